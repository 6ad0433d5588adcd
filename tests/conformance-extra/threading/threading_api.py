# threading: names, reprs, Thread errors and properties, RLock/Condition/Semaphore/Event details, Timer, local subclass
import threading
import thread
import re

def norm(s):
    return re.sub(r"\d{4,}", "IDENT", re.sub(r"0x[0-9a-f]+", "ADDR", s))

print "public names:", sorted(n for n in dir(threading) if not n.startswith('_'))
print "factories:", [type(getattr(threading, n)).__name__ for n in ("Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore", "Event", "Timer")]
print "classes:", threading.Thread, threading._RLock, threading._Condition, threading._Semaphore, threading._BoundedSemaphore, threading._Event, threading._Timer
print "mro:", threading._BoundedSemaphore.__mro__
print "ThreadError is thread.error:", threading.ThreadError is thread.error, "local:", threading.local is thread._local
print "main:", norm(repr(threading.current_thread())), threading.current_thread().name, threading.current_thread().daemon
print "main ident matches:", threading.current_thread().ident == thread.get_ident()

t = threading.Thread()
print "fresh:", norm(repr(t)), t.ident, t.daemon, t.is_alive(), t.isAlive()
t2 = threading.Thread(name=42)
print "name is str:", repr(t2.name), repr(t2)
t2.name = 7
print "set name:", repr(t2.getName())
t2.setName("renamed")
print "setName:", t2.name
t2.daemon = 1
print "daemon set:", t2.daemon, t2.isDaemon(), repr(t2)
t2.setDaemon(False)
print "setDaemon:", t2.daemon
try:
    threading.Thread(1)
except AssertionError, e:
    print "group:", e
try:
    t.join()
except RuntimeError, e:
    print "join before start:", e
try:
    threading.current_thread().join()
except RuntimeError, e:
    print "join self:", e

t = threading.Thread(target=lambda: None, name="quick")
t.start()
t.join()
print "after run:", norm(repr(t)), t.is_alive()
try:
    t.start()
except RuntimeError, e:
    print "start twice:", e
try:
    t.daemon = True
except RuntimeError, e:
    print "daemon after start:", e
print "target dropped after run:", "_Thread__target" in t.__dict__

class NoInit(threading.Thread):
    def __init__(self):
        pass
n = NoInit()
for name, f in [("start", n.start), ("join", n.join), ("set daemon", lambda: setattr(n, "daemon", 1)),
                ("name", lambda: n.name), ("repr", lambda: repr(n)), ("is_alive", n.is_alive), ("ident", lambda: n.ident)]:
    try:
        f()
    except (RuntimeError, AssertionError), e:
        print "no __init__ %s:" % name, type(e).__name__, e

class Runner(threading.Thread):
    def run(self):
        self.out = (self.name, threading.current_thread() is self, norm(repr(self)))
r = Runner(name="runner")
r.start()
r.join()
print "subclass run:", r.out

rl = threading.RLock()
print "rlock:", repr(rl)
print "rlock acquire:", rl.acquire(), rl.acquire(), repr(rl)
rl.release()
rl.release()
try:
    rl.release()
except RuntimeError, e:
    print "rlock over-release:", e
print "rlock non-blocking:", rl.acquire(0), rl.acquire(blocking=0)
rl.release(); rl.release()
with rl:
    print "rlock with:", repr(rl)

c = threading.Condition()
print "condition:", norm(repr(c))
c2 = threading.Condition(threading.Lock())
print "condition(Lock):", norm(repr(c2))
for name, f in [("wait", c.wait), ("notify", c.notify), ("notify_all", c.notify_all), ("notifyAll", c.notifyAll)]:
    try:
        f()
    except RuntimeError, e:
        print "%s unowned:" % name, e
with c2:
    print "wait(0) returns:", c2.wait(0), "notify with no waiters:", c2.notify(), c2.notify_all()

s = threading.Semaphore(0)
print "semaphore(0) non-blocking:", s.acquire(False)
s.release()
print "after release:", s.acquire(False), s.acquire(False)
for bad in (-1, -5):
    try:
        threading.Semaphore(bad)
    except ValueError, e:
        print "Semaphore(%d):" % bad, e
bs = threading.BoundedSemaphore()
with bs:
    print "bounded in with:", bs.acquire(False)
try:
    bs.release()
except ValueError, e:
    print "bounded over-release:", e
print "semaphore kw:", threading.Semaphore(value=3)._Semaphore__value, threading.BoundedSemaphore(value=2)._initial_value

ev = threading.Event()
print "event:", ev.is_set(), ev.isSet(), ev.wait(0), ev.wait(0.01)
ev.set()
print "set:", ev.is_set(), ev.wait(), ev.wait(0)
ev.clear()
print "clear:", ev.isSet()

fired = []
tm = threading.Timer(0.01, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={"k": 3})
print "timer attrs:", tm.interval, tm.args, tm.kwargs, tm.finished.is_set(), norm(repr(tm))
tm.start()
tm.join()
print "timer fired:", fired, tm.finished.is_set()
tm2 = threading.Timer(0.01, fired.append, ["x"])
tm2.cancel()
tm2.start()
tm2.join()
print "cancelled before start:", fired

class Counter(threading.local):
    created = 0
    def __init__(self, start):
        Counter.created += 1
        self.value = start
ctr = Counter(10)
ctr.value += 1
vals = []
def bump():
    ctr.value += 5
    vals.append(ctr.value)
ts = [threading.Thread(target=bump) for _ in range(3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print "local subclass:", ctr.value, vals, Counter.created
print "local type:", type(ctr).__mro__
print "enumerate:", [x.name for x in threading.enumerate()], threading.active_count(), threading.activeCount()
print "stack_size:", threading.stack_size()
print "settrace/setprofile:", threading.settrace(None), threading.setprofile(None)

print "instance dicts:"
for o in [threading.Thread(), threading.RLock(), threading.Condition(), threading.Semaphore(), threading.BoundedSemaphore(), threading.Event(), threading.Timer(1, None)]:
    print " ", type(o).__name__, sorted(o.__dict__)
try:
    class SubLock(thread.LockType):
        pass
except TypeError, e:
    print "subclass thread.lock:", e
