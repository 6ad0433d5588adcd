# LogRecord attributes and getMessage, makeLogRecord, Formatter (format, formatTime, converter,
# formatException, exc_text caching, unicode), BufferingFormatter.
# -*- coding: utf-8 -*-
import sys
import time
import logging
import threading

r = logging.LogRecord("rec.name", logging.WARNING, "/some/dir/file.py", 12, "hello %s %d", ("x", 3), None, "fn")
print r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno, r.funcName
print r.msg, r.args, r.exc_info, r.exc_text, r.getMessage()
print type(r.created).__name__, type(r.msecs).__name__, type(r.relativeCreated).__name__
print abs(r.created - time.time()) < 5, 0 <= r.msecs < 1000, r.msecs == (r.created - int(r.created)) * 1000
print r.relativeCreated > 0, r.relativeCreated < 60000
print type(r.thread).__name__, r.thread == threading.current_thread().ident, r.threadName
print r.processName, r.process == __import__("os").getpid()
print str(r)
print repr(r).startswith("<LogRecord: rec.name, 30, /some/dir/file.py, 12, \"hello %s %d\">")
print sorted(r.__dict__.keys())
r2 = logging.LogRecord("n", 20, "noext", 1, "plain", (), None)
print r2.funcName, r2.filename, r2.module, r2.args
r3 = logging.LogRecord("n", 20, "a.b.py", 1, "%(k)s and %(v)d", ({"k": "key", "v": 5},), None)
print r3.args, r3.getMessage()
r4 = logging.LogRecord("n", 20, "p", 1, "%s", ({},), None)
print r4.args, r4.getMessage()
r5 = logging.LogRecord("n", 20, "p", 1, ["a", "list"], (), None)
print r5.getMessage(), type(r5.getMessage()).__name__
r6 = logging.LogRecord("n", 20, "p", 1, u"uni %s", ("str",), None)
print repr(r6.getMessage())
r7 = logging.LogRecord("n", 20, "p", 1, "str %s", (u"uni",), None)
print repr(r7.getMessage())
r8 = logging.LogRecord("n", 20, "p", 1, 42, (), None)
print repr(r8.getMessage())
r9 = logging.LogRecord("n", 20, "p", 1, "no args %s", (), None)
print repr(r9.getMessage())
r10 = logging.LogRecord("n", 20, "p", 1, "%s %s", ("only one",), None)
try:
    r10.getMessage()
except TypeError as e:
    print "TypeError:", e
class Obj(object):
    def __str__(self):
        return "Obj-str %s"
r11 = logging.LogRecord("n", 20, "p", 1, Obj(), ("arg",), None)
print r11.getMessage()
r12 = logging.LogRecord("n", 20, "p", 1, "tuple %s", (("a", "b"),), None)
print r12.args, r12.getMessage()
r13 = logging.LogRecord("n", 77, "p", 1, "m", None, None)
print r13.levelname, r13.args, r13.getMessage()
def in_thread():
    rt = logging.LogRecord("n", 20, "p", 1, "m", (), None)
    print rt.threadName, rt.thread == threading.current_thread().ident, rt.thread != r.thread
t = threading.Thread(target=in_thread, name="Worker-7")
t.start(); t.join()

mr = logging.makeLogRecord({"msg": "made %s", "args": ("up",), "custom": 1, "levelno": 40})
print mr.getMessage(), mr.custom, mr.levelno, mr.levelname, mr.name, mr.pathname, mr.lineno, mr.funcName
mr0 = logging.makeLogRecord({})
print mr0.name, mr0.levelno, mr0.levelname, repr(mr0.msg), mr0.args, mr0.exc_info, repr(mr0.getMessage())

# Formatter
f = logging.Formatter()
print f._fmt, f.datefmt, f.format(r), r.message
print f.usesTime(), logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("%(asctime)").usesTime()
all_attrs = ("%(name)s|%(levelno)d|%(levelname)s|%(pathname)s|%(filename)s|%(module)s|%(lineno)d|"
             "%(funcName)s|%(processName)s|%(message)s|%(threadName)s")
print logging.Formatter(all_attrs).format(r)
print logging.Formatter("%(levelname)-8s|%(lineno)05d|%(name)r").format(r)
rt = logging.makeLogRecord({"created": 1234567890.125, "msecs": 125.0, "msg": "timed"})
class UTC(logging.Formatter):
    converter = time.gmtime
print UTC("%(asctime)s %(message)s").format(rt), rt.asctime
print UTC("%(asctime)s", "%d/%m/%Y %H-%M-%S").format(rt)
print UTC().formatTime(rt), UTC().formatTime(rt, "%H:%M"), repr(UTC().formatTime(rt, ""))
g = logging.Formatter("%(asctime)s")
g.converter = time.gmtime
print g.format(rt)
rt.msecs = 7.9
print g.format(rt)
print logging.Formatter.converter is time.localtime
try:
    logging.Formatter("%(nosuch)s").format(r)
except KeyError as e:
    print "KeyError:", e
try:
    logging.Formatter("%(name)d").format(r)
except TypeError as e:
    print "TypeError:", e

def failing():
    raise ValueError("bad value")
try:
    failing()
except ValueError:
    ei = sys.exc_info()
fe = f.formatException(ei)
print fe.replace(__file__, "FILE")
print repr(fe[-1])
re_ = logging.LogRecord("exc", 40, "p", 1, "failed: %s", ("x",), ei)
print f.format(re_).replace(__file__, "FILE")
print re_.exc_text == fe
re_.exc_text = "cached text"
print f.format(re_)
class Counting(logging.Formatter):
    calls = 0
    def formatException(self, ei):
        Counting.calls += 1
        return "EXC %s" % ei[1]
re2 = logging.LogRecord("exc", 40, "p", 1, "msg ends with newline\n", (), ei)
c = Counting("%(message)s")
print repr(c.format(re2)), repr(c.format(re2)), Counting.calls
re3 = logging.LogRecord("exc", 40, "p", 1, "", (), ei)
print repr(c.format(re3))

# unicode
uf = logging.Formatter(u"%(levelname)s: %(message)s")
ur = logging.LogRecord("u", 20, "p", 1, u"caf\xe9 %s", ("x",), None)
print repr(uf.format(ur))
sr = logging.LogRecord("u", 20, "p", 1, "caf\xc3\xa9 %s", (u"\xe9",), None)
try:
    print repr(sr.getMessage())
except UnicodeDecodeError as e:
    print "UnicodeDecodeError:", e
sr2 = logging.LogRecord("u", 20, "p", 1, "plain %s", (u"\xe9",), None)
print repr(logging.Formatter("%(message)s").format(sr2)), repr(logging.Formatter("[%(name)s] %(message)s").format(sr2))
ue = logging.LogRecord("u", 40, "p", 1, u"uni \xe9", (), (ValueError, ValueError("v"), None))
print repr(logging.Formatter().format(ue))

# BufferingFormatter
bf = logging.BufferingFormatter()
print repr(bf.format([])), repr(bf.format([r, r2]))
class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "<%d>" % len(records)
    def formatFooter(self, records):
        return "</>"
print Framed(logging.Formatter("[%(message)s]")).format([r, r2, r9])
print type(bf.linefmt).__name__, bf.linefmt._fmt
