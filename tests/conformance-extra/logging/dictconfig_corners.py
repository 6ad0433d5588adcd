# logging.config.dictConfig corners, one by one against the 2.7 documentation: cfg:// with indexing,
# converters inside lists/dicts/tuples, ext://, '()' factories with '.' properties for formatters,
# filters and handlers, handler names, incremental (handler levels, logger level/propagate only),
# disable_existing_loggers with the child-logger rule, root vs '' logger, and the error texts.
import os
import sys
import logging
import logging.config

class Recorder(logging.Handler):
    def __init__(self, tag, targets=None, options=None, level=logging.NOTSET):
        logging.Handler.__init__(self, level)
        self.tag = tag
        self.targets = targets
        self.options = options
    def emit(self, record):
        print "%s<%s>" % (self.tag, self.format(record))

class TagFormatter(logging.Formatter):
    def __init__(self, tag):
        logging.Formatter.__init__(self, "%(name)s %(message)s")
        self.tag = tag
    def format(self, record):
        return self.tag + ":" + logging.Formatter.format(self, record)

def make_filter(prefix):
    f = logging.Filter()
    f.filter = lambda record: record.getMessage().startswith(prefix)
    return f

config = {
    "version": 1,
    "email": {"toaddrs": ["first@example.com", "second@example.com"], "subject": "Alert", "nested": {"deep": [1, {"x": "X"}]}},
    "formatters": {
        "tagged": {"()": TagFormatter, "tag": "cfg://email.subject", ".": {"marker": "plain marker"}},
        "simple": {"format": "%(levelname)s %(message)s"},
        "timed": {"format": "%(asctime)s", "datefmt": "%Y"},
    },
    "filters": {
        "yes": {"()": make_filter, "prefix": "yes", ".": {"label": "prefix-filter"}},
        "named": {"name": "app.sub"},
    },
    "handlers": {
        "rec": {"()": Recorder, "tag": "rec", "targets": ["cfg://email.toaddrs[0]", "ext://sys.maxint", "plain"],
                "options": {"addr": "cfg://email[toaddrs][1]", "tup": ("cfg://email.subject", 2)},
                "formatter": "tagged", "level": "INFO"},
        "simple": {"()": "__main__.Recorder", "tag": "simple", "formatter": "simple", "filters": ["yes"]},
        "stream": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "simple"},
    },
    "loggers": {
        "app": {"handlers": ["rec"], "level": "DEBUG", "propagate": False},
        "app.sub": {"handlers": ["simple"], "filters": ["named"], "propagate": 0},
    },
    "root": {"handlers": ["stream"], "level": "WARNING"},
}
existing = logging.getLogger("existing")
existing_child = logging.getLogger("app.sub.child")
existing_app_other = logging.getLogger("app.other")
logging.config.dictConfig(config)
rec = logging.getLogger("app").handlers[0]
# (2.7 converts lazily, on item access: read converted values by key or index)
print rec.tag, rec.targets[0], rec.targets[1] == sys.maxint, rec.targets[2], len(rec.targets), rec.level
print rec.options["addr"], rec.options["tup"][0], rec.options["tup"][1], isinstance(rec.options, dict), isinstance(rec.targets, list)
print rec.formatter.tag, rec.formatter.marker, type(rec.formatter).__name__
simple = logging.getLogger("app.sub").handlers[0]
print simple.filters[0].label, simple.name, rec.name, logging.getLogger().handlers[0].name
print sorted(k for k in logging._handlers.keys())
print existing.disabled, existing_child.disabled, existing_app_other.disabled, logging.getLogger("app").disabled
logging.getLogger("app").debug("debug via rec")
logging.getLogger("app").info("info via rec")
logging.getLogger("app.sub").info("yes: passes the filter")
logging.getLogger("app.sub").info("no: stopped by the handler filter")
logging.getLogger("app.sub.x").info("yes: named filter on the logger does not see children's records")
logging.getLogger("other").warning("root stream")

# incremental: handler levels and logger level/propagate only; nothing else changes
logging.config.dictConfig({
    "version": 1, "incremental": True,
    "handlers": {"rec": {"level": "ERROR", "formatter": "timed", "tag": "ignored"}},
    "loggers": {"app": {"level": "WARNING", "propagate": True, "handlers": ["stream"]},
                "new.logger": {"level": "ERROR"}},
    "root": {"level": "CRITICAL"},
})
print rec.level, type(rec.formatter).__name__, rec.tag, logging.getLogger("app").level, logging.getLogger("app").propagate
print len(logging.getLogger("app").handlers), logging.getLogger("new.logger").level, logging.getLogger().level
try:
    logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"app": {"level": "BAD"}}})
except ValueError as e:
    print "ValueError:", e
try:
    logging.config.dictConfig({"version": 1, "incremental": True, "root": {"level": "BAD"}})
except ValueError as e:
    print "ValueError:", e

# disable_existing_loggers=False keeps others enabled; the '' logger is the root
before = logging.getLogger("before")
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"s": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
                           "loggers": {"": {"handlers": ["s"], "level": "INFO"}}})
print before.disabled, logging.getLogger().level, len(logging.getLogger().handlers), type(logging.getLogger().handlers[0]).__name__
logging.getLogger("before").info("root via ''")
logging.config.dictConfig({"version": 1})
print before.disabled, logging.getLogger("app").disabled, len(logging.getLogger().handlers), logging.getLogger().level

# errors
bad = [
    {"version": 1, "formatters": {"f": {"format": "cfg://nosuch"}}},
    {"version": 1, "formatters": {"f": {"format": "cfg://email[missing]"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.nosuch"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.FileHandler", "filename": "no/such/dir/x.log"}}},
    {"version": 1, "handlers": {"h": {"()": Recorder}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "filters": ["missing"]}}},
    {"version": 1, "filters": {"f": {"()": "nosuch.module.f"}}},
    {"version": 1, "formatters": {"f": {"format": "%(message)s", "unknown": 1}}},
    {"version": "1"},
    {"version": 1, "loggers": {"x": {"level": 1.5}}},
    {"version": 1, "handlers": {"h": {"class": "logging.handlers.MemoryHandler", "capacity": 1, "target": "missing"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "stream": "cfg://handlers"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "level": 5.5}}},
    {"version": 1, "handlers": {"h": {}}},
    {"version": 1, "handlers": {"h": {"()": Recorder, "tag": "t", ".": {"extra": 1}}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "strm": "ext://sys.stdout"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.FileHandler", "filename": "ok.log", "stream": 1}}},
]
for b in bad:
    try:
        logging.config.dictConfig(b)
        print "accepted"
    except Exception as e:
        print type(e).__name__ + ":", str(e).replace(os.getcwd(), "CWD")
print logging.config.valid_ident("abc_1")
try:
    logging.config.valid_ident("1abc")
except ValueError as e:
    print "ValueError:", e
