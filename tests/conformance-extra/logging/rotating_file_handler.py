# logging.handlers.RotatingFileHandler: maxBytes=0 never rolls, mode 'a' forced when maxBytes > 0,
# backupCount=0 truncates in place, the renaming chain, shouldRollover's >= test, delay, encoding,
# overriding doRollover/shouldRollover from Python, BaseRotatingHandler attributes.
import os
import shutil
import tempfile
import logging
import logging.handlers

base = tempfile.mkdtemp()
def p(name):
    return os.path.join(base, name)
def listing():
    return sorted(os.listdir(base))
def rec(msg):
    return logging.makeLogRecord({"msg": msg, "levelname": "INFO"})

print logging.handlers.RotatingFileHandler.__bases__, logging.handlers.BaseRotatingHandler.__bases__
open(p("keep.log"), "w").write("existing\n")
h = logging.handlers.RotatingFileHandler(p("keep.log"), mode="w")
print h.mode, h.maxBytes, h.backupCount, h.encoding, h.delay
for i in range(50):
    h.emit(rec("line %d" % i))
h.close()
print listing(), os.path.getsize(p("keep.log"))

open(p("forced.log"), "w").write("existing\n")
h = logging.handlers.RotatingFileHandler(p("forced.log"), mode="w", maxBytes=1000)
print h.mode
h.emit(rec("appended"))
h.close()
print repr(open(p("forced.log")).read())

h = logging.handlers.RotatingFileHandler(p("nobackup.log"), maxBytes=20)
h.emit(rec("0123456789"))
h.emit(rec("abcdefghij"))
h.emit(rec("ABCDEFGHIJ"))
h.close()
print listing(), repr(open(p("nobackup.log")).read())

h = logging.handlers.RotatingFileHandler(p("chain.log"), maxBytes=12, backupCount=3)
for i in range(7):
    h.emit(rec("message-%d" % i))
h.close()
print [n for n in listing() if n.startswith("chain")]
for n in ["chain.log", "chain.log.1", "chain.log.2", "chain.log.3"]:
    print n, repr(open(p(n)).read())

h = logging.handlers.RotatingFileHandler(p("exact.log"), maxBytes=10, backupCount=1)
print h.shouldRollover(rec("12345678")), h.shouldRollover(rec("123456789")), h.shouldRollover(rec(""))
h.emit(rec("1234"))
print h.shouldRollover(rec("1234")), h.shouldRollover(rec("123"))
h.close()

h = logging.handlers.RotatingFileHandler(p("delayed.log"), maxBytes=100, backupCount=2, delay=True)
print h.stream, os.path.exists(p("delayed.log"))
print h.shouldRollover(rec("x")), h.stream is not None, os.path.exists(p("delayed.log"))
h.doRollover()
print h.stream, [n for n in listing() if n.startswith("delayed")]
h.emit(rec("after"))
h.close()
print repr(open(p("delayed.log")).read())

h = logging.handlers.RotatingFileHandler(p("enc.log"), maxBytes=30, backupCount=1, encoding="utf-8")
h.emit(rec(u"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"))
h.emit(rec(u"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"))
h.emit(rec(u"\u00e9"))
h.close()
print repr(open(p("enc.log.1")).read()), repr(open(p("enc.log")).read())

class Noisy(logging.handlers.RotatingFileHandler):
    def shouldRollover(self, record):
        return record.msg == "roll"
    def doRollover(self):
        print "doRollover called"
        logging.handlers.RotatingFileHandler.doRollover(self)

h = Noisy(p("noisy.log"), backupCount=1)
h.emit(rec("a"))
h.emit(rec("roll"))
h.close()
print repr(open(p("noisy.log.1")).read()), repr(open(p("noisy.log")).read())

class Failing(logging.handlers.RotatingFileHandler):
    def shouldRollover(self, record):
        raise ValueError("boom")
    def handleError(self, record):
        import sys
        print "handleError:", sys.exc_info()[0].__name__, sys.exc_info()[1], record.msg

h = Failing(p("failing.log"))
h.emit(rec("lost"))
h.close()
print repr(open(p("failing.log")).read())

b = logging.handlers.BaseRotatingHandler(p("base.log"), "w", None, 1)
print b.mode, b.encoding, b.delay, b.stream
try:
    b.emit(rec("x"))
except Exception as e:
    print type(e).__name__
b.close()
shutil.rmtree(base)
