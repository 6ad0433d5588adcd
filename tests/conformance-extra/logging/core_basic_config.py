# basicConfig's keywords (filename, filemode, format, datefmt, level, stream), its no-op once the root
# logger has handlers, 2.7's filename-wins-over-stream rule, and the module-level logging functions.
import os
import sys
import logging

root = logging.getLogger()
def reset():
    for h in list(root.handlers):
        root.removeHandler(h)
        h.close()
    root.setLevel(logging.WARNING)

logging.basicConfig(stream=sys.stdout)
h = root.handlers[0]
print type(h).__name__, h.stream is sys.stdout, h.formatter._fmt, h.formatter.datefmt, root.level, h.level
logging.warning("default format %s", "here")
logging.info("below WARNING")
logging.basicConfig(stream=sys.stdout, format="ignored %(message)s", level=logging.DEBUG)
print len(root.handlers), root.level
reset()

logging.basicConfig(stream=sys.stdout, format="%(levelname)s|%(name)s|%(message)s", level=logging.DEBUG)
logging.debug("debug %d", 1)
logging.info("info %d", 2)
logging.warning("warning %d", 3)
logging.warn("warn %d", 4)
logging.error("error %d", 5)
logging.critical("critical %d", 6)
logging.fatal("fatal %d", 7)
logging.log(25, "log %d", 8)
logging.log(logging.INFO, "%(a)s-%(b)s", {"a": 1, "b": 2})
logging.info("no exception active", exc_info=True)
try:
    raise KeyError("k")
except KeyError:
    logging.exception("exception %s", "here")
    logging.error("error with exc_info", exc_info=True)
    logging.info("info with exc_info tuple", exc_info=sys.exc_info())
logging.warning("extra %s", "kw", extra={"unused": 1})
reset()

logging.basicConfig(stream=sys.stdout, level="INFO", format="%(asctime)s %(message)s", datefmt="[%Y]")
print root.level
import time
rec = logging.makeLogRecord({"msg": "fixed time", "created": time.mktime((2011, 5, 6, 7, 8, 9, 0, 0, -1))})
root.handlers[0].handle(rec)
reset()

logging.basicConfig(filename="app.log", filemode="w", format="%(name)s:%(message)s", level=logging.INFO)
fh = root.handlers[0]
print type(fh).__name__, os.path.basename(fh.baseFilename), fh.mode
logging.getLogger("file").info("to the file")
reset()
print repr(open("app.log").read())
logging.basicConfig(filename="app.log")
logging.warning("appended by default mode a")
reset()
print repr(open("app.log").read())

logging.basicConfig(filename="both.log", stream=sys.stdout, format="%(message)s")
print type(root.handlers[0]).__name__
logging.warning("filename wins over stream")
reset()
print repr(open("both.log").read())

logging.basicConfig(format="%(message)s", unknown_keyword=1)
print type(root.handlers[0]).__name__, root.handlers[0].stream is sys.stderr
reset()

try:
    logging.basicConfig(level="NOPE")
except ValueError as e:
    print "ValueError:", e
print len(root.handlers)
reset()

# module functions configure the root logger on first use when it has no handlers
sys.stderr = sys.stdout
logging.info("not shown, root is WARNING")
print len(root.handlers), root.handlers[0].stream is sys.stdout
logging.warning("auto-configured")
reset()
logging.debug("auto-configures too")
print len(root.handlers)
reset()
logging.log(5, "also log()")
print len(root.handlers)
reset()
try:
    logging.log("WARNING", "string level")
except TypeError as e:
    print "TypeError:", e
print len(root.handlers)
