# Handler (level, locks, formatter, filters, flush/close and _handlerList, handleError's stderr report),
# StreamHandler (stream attribute, unicode fallback), FileHandler (mode, encoding, delay), NullHandler,
# the one-off "No handlers could be found" message and shutdown().
import os
import sys
import logging

class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        logging.Handler.__init__(self, level)
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

h = logging.Handler()
print h.level, h.formatter, h.filters, h.name, h.get_name(), type(h.lock).__name__ in ("_RLock", "RLock")
h.set_name("named")
print h.name, h.get_name()
h.name = "renamed"
print h.get_name(), h._name
h.acquire(); h.acquire(); h.release(); h.release()
h.setLevel("INFO")
print h.level
try:
    h.setLevel("BOGUS")
except ValueError as e:
    print "ValueError:", e
try:
    h.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print "NotImplementedError:", e
print h.format(logging.makeLogRecord({"msg": "default %s", "args": ("formatter",)}))
print h.flush(), h.close()
print logging.Handler(logging.DEBUG).level
try:
    logging.Handler("NOPE")
except ValueError as e:
    print "ValueError:", e

lh = ListHandler(logging.INFO)
lh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
lg = logging.getLogger("list")
lg.propagate = False
lg.setLevel(logging.DEBUG)
lg.addHandler(lh)
lg.debug("below handler level")
lg.info("kept")
lh.addFilter(logging.Filter("other"))
lg.info("filtered out")
print lh.handle(logging.makeLogRecord({"name": "other", "msg": "direct"})), lh.handle(logging.makeLogRecord({"name": "x"}))
print lh.records
lg.removeHandler(lh)

# handleError: the traceback and "Logged from file" on stderr
class Broken(logging.StreamHandler):
    def format(self, record):
        raise RuntimeError("cannot format")
import StringIO
def stderr_report(call):
    # the traceback's stdlib frames differ between implementations; keep its first line and the end
    saved, sys.stderr = sys.stderr, StringIO.StringIO()
    try:
        call()
    finally:
        text, sys.stderr = sys.stderr.getvalue(), saved
    lines = text.splitlines()
    print lines[:1] + lines[-2:] if lines else lines
bh = Broken(sys.stdout)
lg.addHandler(bh)
def breaks():
    lg.info("this breaks")
stderr_report(breaks)
out = logging.StreamHandler(sys.stdout)
lg.addHandler(out)
def bad_args():
    lg.info("%d is not a number", "x")
stderr_report(bad_args)
lg.removeHandler(out)
logging.raiseExceptions = False
def silent():
    lg.info("silently broken")
stderr_report(silent)
logging.raiseExceptions = True
lg.removeHandler(bh)
class Reporting(logging.StreamHandler):
    def handleError(self, record):
            print "handleError called for", record.msg, sys.exc_info()[0].__name__
rh = Reporting(sys.stdout)
rh.format = lambda record: 1 / 0
lg.addHandler(rh)
lg.warning("zero")
lg.removeHandler(rh)

# StreamHandler
sh = logging.StreamHandler()
print sh.stream is sys.stderr, sh.level, sh.formatter
sh2 = logging.StreamHandler(sys.stdout)
print sh2.stream is sys.stdout
class Collect(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
col = Collect()
sh3 = logging.StreamHandler(col)
sh3.flush()
sh3.emit(logging.makeLogRecord({"msg": "to a stream without flush"}))
sh3.emit(logging.makeLogRecord({"msg": u"unicode \xe9"}))
print col.parts
class Ascii(object):
    encoding = "ascii"
    def __init__(self):
        self.parts = []
    def write(self, s):
        if isinstance(s, unicode):
            s.encode(self.encoding)
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
asc = Ascii()
logging.StreamHandler(asc).emit(logging.makeLogRecord({"msg": u"caf\xe9"}))
print asc.parts
class Latin(Ascii):
    encoding = "latin-1"
lat = Latin()
logging.StreamHandler(lat).emit(logging.makeLogRecord({"msg": u"caf\xe9"}))
print lat.parts
class NoEncoding(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        if isinstance(s, unicode) and u"\xe9" in s:
            raise UnicodeError("refused")
        self.parts.append(s)
ne = NoEncoding()
logging.StreamHandler(ne).emit(logging.makeLogRecord({"msg": u"caf\xe9"}))
print ne.parts
sh2.emit(logging.makeLogRecord({"msg": "byte str \xc3\xa9"}))

# FileHandler
fh = logging.FileHandler("log.txt")
print os.path.basename(fh.baseFilename), os.path.isabs(fh.baseFilename), fh.mode, fh.encoding, fh.delay, fh.stream.name == fh.baseFilename
fh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
fh.emit(logging.makeLogRecord({"msg": "first", "levelno": 20, "levelname": "INFO"}))
fh.close()
print fh.stream, open("log.txt").read(),
fh.close()
fw = logging.FileHandler("log.txt", "w")
fw.emit(logging.makeLogRecord({"msg": "overwritten"}))
fw.close()
print repr(open("log.txt").read())
fa = logging.FileHandler("log.txt", mode="a")
fa.emit(logging.makeLogRecord({"msg": "appended"}))
fa.close()
print repr(open("log.txt").read())
fd = logging.FileHandler("delayed.txt", delay=True)
print fd.stream, os.path.exists("delayed.txt")
fd.emit(logging.makeLogRecord({"msg": "now opened"}))
print fd.stream is not None, os.path.exists("delayed.txt")
fd.close()
print open("delayed.txt").read(),
fdc = logging.FileHandler("never.txt", delay=1)
fdc.close()
print os.path.exists("never.txt")
fe = logging.FileHandler("enc.txt", "w", encoding="utf-8")
print fe.encoding, fe.stream.name == fe.baseFilename
fe.emit(logging.makeLogRecord({"msg": u"caf\xe9 \u20ac"}))
fe.close()
print repr(open("enc.txt", "rb").read())
fb = logging.FileHandler("bytes.txt", "w")
fb.emit(logging.makeLogRecord({"msg": u"caf\xe9"}))
fb.close()
print repr(open("bytes.txt", "rb").read())
try:
    logging.FileHandler("no/such/dir/x.log")
except IOError as e:
    print "IOError:", e.errno, e.strerror

# NullHandler
nh = logging.NullHandler()
print nh.lock, nh.handle(logging.makeLogRecord({})), nh.emit(None)
lib = logging.getLogger("library")
lib.addHandler(nh)
lib.error("swallowed, no 'No handlers' message")

# shutdown: flush and close in reverse order of creation, again at exit for live handlers
class Tracking(logging.StreamHandler):
    def flush(self):
        print "flush", self.tag
    def close(self):
        print "close", self.tag
        logging.StreamHandler.close(self)
keep = []
for tag in ("one", "two"):
    t = Tracking(sys.stdout)
    t.tag = tag
    keep.append(t)
logging.shutdown()
print "shutdown done"
logging.getLogger("orphan").warning("no handler anywhere")
logging.getLogger("orphan2").warning("printed once only")
sys.stderr.flush()
print "end"
