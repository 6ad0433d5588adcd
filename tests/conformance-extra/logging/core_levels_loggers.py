# logging core: levels and their names, the logger hierarchy (Manager, PlaceHolder, parents, children),
# setLoggerClass, disable, isEnabledFor/getEffectiveLevel, Filter name rules, Filterer, makeRecord extras.
import sys
import logging

print logging.BASIC_FORMAT
print logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN, logging.INFO, logging.DEBUG, logging.NOTSET
print sorted((k, v) for k, v in logging._levelNames.items() if isinstance(k, int))
print sorted((k, v) for k, v in logging._levelNames.items() if isinstance(k, str))
print logging.logThreads, logging.logProcesses, logging.logMultiprocessing, logging.raiseExceptions
print logging.getLevelName(10), logging.getLevelName("DEBUG"), logging.getLevelName(15), logging.getLevelName("NOPE")
print repr(logging.getLevelName(None)), repr(logging.getLevelName(15L))
logging.addLevelName(15, "VERBOSE")
print logging.getLevelName(15), logging.getLevelName("VERBOSE")
logging.addLevelName(logging.DEBUG, "DBG")
print logging.getLevelName(10), logging.getLevelName("DBG"), logging.getLevelName("DEBUG")
logging.addLevelName(logging.DEBUG, "DEBUG")
print logging._checkLevel(10), logging._checkLevel("INFO")
for bad in ("NOPE", 2.5):
    try:
        logging._checkLevel(bad)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
logging._acquireLock(); logging._acquireLock(); logging._releaseLock(); logging._releaseLock()
print type(logging._srcfile).__name__, logging._srcfile is None or logging._srcfile.endswith("__init__.py")

root = logging.getLogger()
print root is logging.root, root is logging.getLogger(""), root is logging.getLogger(None), root.name, root.level
print type(root).__name__, isinstance(root, logging.Logger), root.parent, root.propagate, root.disabled
print logging.Logger.root is root, logging.Logger.manager is root.manager, type(root.manager).__name__
print root.manager.root is root, root.manager.disable, root.manager.emittedNoHandlerWarning

a_b_c = logging.getLogger("a.b.c")
print sorted(k for k in logging.Logger.manager.loggerDict if k.startswith("a"))
ph = logging.Logger.manager.loggerDict["a.b"]
print type(ph).__name__, isinstance(ph, logging.PlaceHolder), ph.loggerMap.keys() == [a_b_c]
print a_b_c.parent is root, a_b_c.name
a = logging.getLogger("a")
print a_b_c.parent is a, a.parent is root
a_b = logging.getLogger("a.b")
print a_b_c.parent is a_b, a_b.parent is a, type(logging.Logger.manager.loggerDict["a.b"]).__name__
print logging.getLogger("a.b") is a_b, a.getChild("b") is a_b, a.getChild("b.c") is a_b_c, root.getChild("a") is a
print a.getChild("x.y").name, a.getChild("x.y").parent is a
u = logging.getLogger(u"uni.code")
print type(u.name).__name__, u.name
try:
    logging.getLogger(5)
except TypeError as e:
    print "TypeError:", e

# levels and effective levels
print a.level, a.getEffectiveLevel(), a_b_c.getEffectiveLevel()
a.setLevel(logging.INFO)
print a.level, a_b_c.getEffectiveLevel(), a_b_c.isEnabledFor(logging.DEBUG), a_b_c.isEnabledFor(logging.INFO)
a.setLevel("ERROR")
print a.level, a.isEnabledFor(40), a.isEnabledFor(30)
for bad in ("NOPE", 1.5, None, [10]):
    try:
        a.setLevel(bad)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
a.setLevel(0)
root.setLevel(logging.DEBUG)
print a.getEffectiveLevel()
logging.disable(logging.INFO)
print root.manager.disable, a.isEnabledFor(logging.INFO), a.isEnabledFor(logging.WARNING)
logging.disable(logging.NOTSET)
print a.isEnabledFor(logging.INFO)
root.setLevel(logging.WARNING)

# handlers and propagation
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
root.addHandler(out)
root.addHandler(out)
print len(root.handlers)
b = logging.getLogger("prop.child")
b.setLevel(logging.DEBUG)
b.debug("reaches root's handler")
b.propagate = 0
b.debug("goes nowhere")
b.propagate = 1
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("child handler: %(message)s"))
h2.setLevel(logging.INFO)
b.addHandler(h2)
b.debug("debug: only root")
b.info("info: both")
b.removeHandler(h2)
b.removeHandler(h2)
b.info("after remove")
b.disabled = 1
b.error("disabled logger")
b.disabled = 0
b.log(25, "custom level %d", 25)
b.log(15, "verbose %s", "level")
try:
    b.log("INFO", "level as string")
except TypeError as e:
    print "TypeError:", e
logging.raiseExceptions = 0
b.log("INFO", "ignored")
logging.raiseExceptions = 1

# Filter rules
for fname, rname in [("", "x"), ("a.b", "a.b"), ("a.b", "a.b.c"), ("a.b", "a.bc"), ("a.b", "a"), ("a", "b.a")]:
    f = logging.Filter(fname)
    r = logging.makeLogRecord({"name": rname})
    print repr(fname), repr(rname), f.filter(r), f.nlen
class NoSecrets(logging.Filter):
    def filter(self, record):
        return "secret" not in record.msg
ns = NoSecrets()
b.addFilter(ns)
b.addFilter(ns)
print len(b.filters)
b.warning("public")
b.warning("secret stuff")
b.removeFilter(ns)
b.removeFilter(ns)
b.warning("secret now visible")
fl = logging.Filterer()
print fl.filters, fl.filter(logging.makeLogRecord({}))
fl.addFilter(logging.Filter("zzz"))
print fl.filter(logging.makeLogRecord({"name": "abc"})), fl.filter(logging.makeLogRecord({"name": "zzz.y"}))

# makeRecord and extra
r = b.makeRecord("nm", 20, "/x/y.py", 7, "m %s", ("a",), None, "fn", {"user": "u1"})
print r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno, r.funcName, r.user, r.getMessage()
for key in ("message", "asctime", "name", "levelno", "msg"):
    try:
        b.makeRecord("nm", 20, "/x/y.py", 7, "m", (), None, extra={key: 1})
    except KeyError as e:
        print "KeyError:", e
b.info("with extra %(user)s", extra={"user": "not substituted"})
try:
    b.info("bad extra", extra={"levelname": "X"})
except KeyError as e:
    print "KeyError:", e

# setLoggerClass
class MyLogger(logging.Logger):
    def __init__(self, name, level=logging.NOTSET):
        logging.Logger.__init__(self, name, level)
        self.custom = True
logging.setLoggerClass(MyLogger)
print logging.getLoggerClass() is MyLogger
m = logging.getLogger("custom.one")
print type(m).__name__, m.custom, type(logging.getLogger("a")).__name__, type(logging.getLogger("custom")).__name__
logging.setLoggerClass(logging.Logger)
print type(logging.getLogger("custom.two")).__name__
for bad in (object, int):
    try:
        logging.setLoggerClass(bad)
    except TypeError as e:
        print "TypeError:", e
root.manager.setLoggerClass(MyLogger)
print type(logging.getLogger("viamanager")).__name__
root.manager.loggerClass = None
print type(logging.getLogger("viamanager2")).__name__

