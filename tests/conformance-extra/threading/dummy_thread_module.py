# dummy_thread: the thread module without threads; start_new_thread runs the function at once
import dummy_thread as thread

print "names:", sorted(n for n in dir(thread) if not n.startswith('_'))
print "types:", thread.LockType, thread.error, thread.error.__mro__[1].__name__, thread.get_ident()
l = thread.allocate_lock()
print "lock:", type(l).__name__, l.acquire(), l.acquire(0), l.acquire(), l.locked(), l.release(), l.locked()
try:
    l.release()
except thread.error, e:
    print "release unlocked:", repr(e), e.args
with l:
    print "with:", l.locked()
print "after with:", l.locked()
try:
    thread.stack_size(5)
except thread.error, e:
    print "stack_size(5):", e
print "stack_size():", thread.stack_size()
order = []
def work(a, b=0):
    order.append(("work", a, b))
print "start_new_thread returns:", thread.start_new_thread(work, (1,), {"b": 2})
order.append("after")
print "ran synchronously:", order
for args in [(work, [1]), (work, (1,), [])]:
    try:
        thread.start_new_thread(*args)
    except TypeError, e:
        print "error:", e
def exits():
    thread.exit()
thread.start_new_thread(exits, ())
print "exit in a dummy thread is swallowed"
def interrupts():
    thread.interrupt_main()
    order.append("still running")
try:
    thread.start_new_thread(interrupts, ())
except KeyboardInterrupt:
    print "interrupt_main raised after the function returned:", order[-1]
try:
    thread.interrupt_main()
except KeyboardInterrupt:
    print "interrupt_main in main raises at once"
