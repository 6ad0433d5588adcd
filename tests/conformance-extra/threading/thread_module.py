# thread: start_new_thread, locks, get_ident, error, exit, stack_size, _count, _local; messages as CPython prints them
import thread
import time

print "names:", sorted(n for n in dir(thread) if not n.startswith('__'))
print "LockType:", thread.LockType, type(thread.allocate_lock()) is thread.LockType
print "error:", thread.error, issubclass(thread.error, Exception), thread.error.__mro__[1].__name__
l = thread.allocate_lock()
print "acquire:", l.acquire(), "again non-blocking:", l.acquire(0), "locked:", l.locked()
print "release returns:", l.release(), "locked:", l.locked()
try:
    l.release()
except thread.error, e:
    print "release unlocked:", type(e).__name__, e
print "aliases:", l.acquire_lock(), l.locked_lock(), l.release_lock(), l.locked_lock()
for args in [(1, 2), ()]:
    try:
        l.acquire(*args)
    except TypeError, e:
        print "acquire%r:" % (args,), e
    else:
        l.release()
try:
    l.acquire(waitflag=1)
except TypeError, e:
    print "keyword:", e
print "as context manager:", l.__enter__(), l.locked(), l.__exit__(None, None, None), l.locked()
with l:
    print "inside with:", l.locked()
print "after with:", l.locked()

for args in [(1, ()), (len, []), (len, (), []), (len,)]:
    try:
        thread.start_new_thread(*args)
    except TypeError, e:
        print "start_new_thread error:", e

done = thread.allocate_lock()
done.acquire()
results = []
def work(a, b, c=None):
    results.append((a, b, c, thread.get_ident() != main_ident))
    done.release()
main_ident = thread.get_ident()
print "get_ident is int:", isinstance(main_ident, (int, long)), main_ident == thread.get_ident()
ident = thread.start_new_thread(work, (1, 2), {"c": 3})
done.acquire()
print "worker ran:", results, "ident is int:", isinstance(ident, (int, long)), ident != main_ident

def exits():
    try:
        thread.exit()
    finally:
        results.append("exit raised SystemExit")
        done.release()
thread.start_new_thread(exits, ())
done.acquire()
print "after exit:", results[-1]
try:
    thread.exit()
except SystemExit, e:
    print "thread.exit in main raises:", type(e).__name__, repr(e.code)

print "stack_size:", thread.stack_size()
for s in (100, -1):
    try:
        thread.stack_size(s)
    except ValueError, e:
        print "stack_size(%d):" % s, e
print "set 1 MiB:", thread.stack_size(1 << 20), thread.stack_size(), thread.stack_size(0)
thread.stack_size(1 << 20)
print "set again:", thread.stack_size(0), thread.stack_size(0)

# many threads waiting on a lock chain: each releases the next
n = 10
locks = [thread.allocate_lock() for _ in range(n + 1)]
for lk in locks:
    lk.acquire()
order = []
def link(i):
    locks[i].acquire()
    order.append(i)
    locks[i + 1].release()
for i in reversed(range(n)):
    thread.start_new_thread(link, (i,))
locks[0].release()
locks[n].acquire()
print "chain order:", order
while thread._count():
    time.sleep(0.01)
print "count at end:", thread._count()

loc = thread._local()
loc.x = 1
seen = []
def read_local():
    seen.append(hasattr(loc, "x"))
    loc.x = 2
    seen.append(loc.x)
    done.release()
thread.start_new_thread(read_local, ())
done.acquire()
print "local:", seen, loc.x, loc.__dict__
try:
    thread._local(1)
except TypeError, e:
    print "local args:", e
