# logging.handlers.BufferingHandler and MemoryHandler: capacity, flushLevel, target, setTarget,
# shouldFlush, flush with no target, close, subclass overrides.
import logging
import logging.handlers

class Collect(logging.Handler):
    def __init__(self, tag):
        logging.Handler.__init__(self)
        self.tag = tag
        self.got = []
    def emit(self, record):
        self.got.append(record.getMessage())
    def __repr__(self):
        return "<Collect %s>" % self.tag

def rec(msg, level=logging.INFO):
    return logging.makeLogRecord({"msg": msg, "levelno": level, "levelname": logging.getLevelName(level)})

print logging.handlers.MemoryHandler.__bases__, logging.handlers.BufferingHandler.__bases__
b = logging.handlers.BufferingHandler(3)
print b.capacity, b.buffer, b.level
for i in range(5):
    b.handle(rec("b%d" % i))
    print i, [r.msg for r in b.buffer], b.shouldFlush(rec("probe"))
b.flush()
print b.buffer
b.handle(rec("left"))
b.close()
print b.buffer

t = Collect("t")
m = logging.handlers.MemoryHandler(4, target=t)
print m.capacity, m.flushLevel, m.target, m.buffer
m.handle(rec("one"))
m.handle(rec("two", logging.DEBUG))
print t.got, len(m.buffer), m.shouldFlush(rec("x")), m.shouldFlush(rec("x", logging.ERROR))
m.handle(rec("three", logging.ERROR))
print t.got, m.buffer
for i in range(4):
    m.handle(rec("n%d" % i))
print t.got, m.buffer

m2 = logging.handlers.MemoryHandler(2, logging.CRITICAL)
print m2.target, m2.flushLevel
m2.handle(rec("a"))
m2.handle(rec("b"))
m2.handle(rec("c", logging.CRITICAL))
print [r.msg for r in m2.buffer]
m2.flush()
print [r.msg for r in m2.buffer]
t2 = Collect("t2")
m2.setTarget(t2)
print m2.target
m2.flush()
print t2.got, m2.buffer
m2.handle(rec("pending"))
m2.close()
print t2.got, m2.target, m2.buffer

class Quiet(Collect):
    def __len__(self):
        return 0
q = Quiet("falsy")
m3 = logging.handlers.MemoryHandler(1, target=q)
m3.handle(rec("kept, target is false"))
print q.got, [r.msg for r in m3.buffer]

class EveryOther(logging.handlers.MemoryHandler):
    def shouldFlush(self, record):
        return len(self.buffer) % 2 == 0
t3 = Collect("t3")
e = EveryOther(100, target=t3)
for i in range(5):
    e.handle(rec("e%d" % i))
print t3.got, [r.msg for r in e.buffer]

log = logging.getLogger("mem")
log.propagate = False
t4 = Collect("t4")
t4.setLevel(logging.WARNING)
mh = logging.handlers.MemoryHandler(10, logging.ERROR, t4)
log.addHandler(mh)
log.setLevel(logging.DEBUG)
log.info("info %s", "x")
log.warning("warn %d", 1)
log.error("error!")
print t4.got
log.removeHandler(mh)
mh.close()
