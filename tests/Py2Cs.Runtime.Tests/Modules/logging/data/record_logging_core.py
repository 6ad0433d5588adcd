# Records the expected values of LoggingCoreTests.cs with python2.7 (rerun to re-record; the tests
# hold the printed values).
import time
import logging

print repr(logging.getLevelName(40)), repr(logging.getLevelName("ERROR")), repr(logging.getLevelName(33))
for fname, rname in [("a.b", "a.b"), ("a.b", "a.b.c"), ("a.b", "a.bc"), ("a.b", "a"), ("", "z")]:
    print repr(fname), repr(rname), repr(logging.Filter(fname).filter(logging.makeLogRecord({"name": rname})))
rt = logging.makeLogRecord({"created": 1234567890.125, "msecs": 125.0})
f = logging.Formatter()
f.converter = time.gmtime
print repr(f.formatTime(rt)), repr(f.formatTime(rt, "%d/%m/%Y"))
try:
    logging.getLogger("unit").makeRecord("n", 20, "p", 1, "m", (), None, extra={"lineno": 2})
except KeyError as e:
    print repr(str(e))
r = logging.LogRecord("rec.name", 30, "/some/dir/file.py", 12, "hello %s", ("x",), None)
print repr(str(r)), repr(r.getMessage()), repr(r.filename), repr(r.module)
d = logging.LogRecord("n", 20, "p", 1, "%(a)s", ({"a": 1},), None)
print repr(d.args), repr(d.getMessage())
ad = logging.LoggerAdapter(logging.getLogger("unit"), {"ip": "1"})
print repr(ad.process("m", {"extra": {"ip": "2"}}))
