# logging.config.dictConfig: formatters, filters, handlers (class and () factories, ext:// and cfg://),
# MemoryHandler targets, loggers/root, disable_existing_loggers, incremental, and the error messages.
import sys
import logging
import logging.config
import logging.handlers

old = logging.getLogger("old")
old_child = logging.getLogger("app.child")

class Upper(logging.Formatter):
    def format(self, record):
        return logging.Formatter.format(self, record).upper()

class OnlyOdd(logging.Filter):
    def __init__(self, modulo):
        logging.Filter.__init__(self)
        self.modulo = modulo
    def filter(self, record):
        return record.args[0] % self.modulo == 1

def make_stream_handler(stream, tag):
    h = logging.StreamHandler(stream)
    h.tag = tag
    return h

config = {
    "version": 1,
    "settings": {"out": "ext://sys.stdout", "fmt": "[%(name)s] %(message)s"},
    "formatters": {
        "plain": {"format": "cfg://settings.fmt"},
        "upper": {"()": Upper, "fmt": "%(levelname)s|%(message)s", ".": {"extra_attr": 42}},
        "dated": {"format": "%(asctime)s %(message)s", "datefmt": "%Y"},
    },
    "filters": {
        "odd": {"()": "__main__.OnlyOdd", "modulo": 2},
        "apponly": {"name": "app"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "cfg://settings.out", "formatter": "plain"},
        "shout": {"()": make_stream_handler, "stream": "ext://sys.stdout", "tag": "T", "formatter": "upper",
                  "level": "WARNING"},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 3, "target": "console"},
        "oddonly": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain", "filters": ["odd"]},
    },
    "loggers": {
        "app": {"handlers": ["console", "shout"], "level": "DEBUG", "propagate": False, "filters": ["apponly"]},
        "buf": {"handlers": ["buffer"], "level": "INFO", "propagate": 0},
        "odd": {"handlers": ["oddonly"], "level": 10, "propagate": False},
    },
    "root": {"level": "ERROR", "handlers": ["console"]},
}
logging.config.dictConfig(config)
print "old disabled:", old.disabled, "child disabled:", old_child.disabled, "child level:", old_child.level
app = logging.getLogger("app")
app.debug("debug %s", "message")
app.warning("warning message")
print [type(h).__name__ for h in app.handlers], app.handlers[1].tag, app.handlers[1].formatter.extra_attr
print app.handlers[1].name, app.handlers[0].name
buf = logging.getLogger("buf")
buf.info("one")
buf.info("two")
print "nothing yet"
buf.info("three")
for i in range(4):
    logging.getLogger("odd").info("number %d", i)
logging.getLogger("elsewhere").warning("not shown: root is ERROR")
logging.getLogger("elsewhere").error("shown by root")

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"console": {"level": "CRITICAL"}},
                           "loggers": {"app": {"level": "INFO"}}})
print "app level:", app.level, "handlers:", len(app.handlers)
app.error("console is CRITICAL now, only shout prints this")

bad_configs = [
    {},
    {"version": 2},
    {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
    {"version": 1, "handlers": {"h": {"class": "nosuchmodule.Handler"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "level": "LOUD"}}},
    {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
    {"version": 1, "loggers": {"x": {"filters": ["missing"]}}},
    {"version": 1, "root": {"level": "NOPE"}},
    {"version": 1, "incremental": True, "handlers": {"nope": {"level": "INFO"}}},
    {"version": 1, "formatters": {"f": {"()": "nosuchmodule.Formatter"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "not-an-identifier": 1}}},
]
for bad in bad_configs:
    try:
        logging.config.dictConfig(bad)
        print "accepted", bad
    except Exception as e:
        print type(e).__name__ + ":", e
