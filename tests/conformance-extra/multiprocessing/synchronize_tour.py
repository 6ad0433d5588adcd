# Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event: reprs, errors and use across processes.
import multiprocessing as mp
import time

def attempt(f):
    try:
        r = f()
        print 'ok', repr(r)
    except Exception as e:
        print type(e).__name__, e

def add_under_lock(lock, counter_pipe, n):
    for i in range(n):
        with lock:
            counter_pipe.send(1)

def hold_lock(lock, ready, release):
    lock.acquire()
    ready.set()
    release.wait()
    lock.release()

def wait_for_event(ev, conn):
    conn.send(ev.wait(5))

def condition_waiter(cond, conn):
    with cond:
        conn.send('waiting')
        cond.wait(5)
        conn.send('notified')

def take_slots(sem, conn):
    taken = 0
    while sem.acquire(False):
        taken += 1
    conn.send(taken)

if __name__ == '__main__':
    l = mp.Lock()
    print l, type(l).__name__, type(l).__module__
    print l.acquire(), l
    print l.acquire(False), l.acquire(True, 0.01)
    l.release()
    attempt(l.release)
    with l:
        print 'in with', l
    print l

    rl = mp.RLock()
    print rl
    rl.acquire(); rl.acquire()
    print rl
    rl.release(); rl.release()
    attempt(rl.release)

    s = mp.Semaphore(3)
    print s, s.get_value()
    s.acquire(); s.acquire()
    print s, s.acquire(False), s.acquire(False), s.get_value()
    s.release(); s.release(); s.release(); s.release()
    print s
    bs = mp.BoundedSemaphore(2)
    print bs
    attempt(bs.release)
    bs.acquire()
    print bs

    c = mp.Condition()
    print c
    attempt(c.wait)
    attempt(c.notify)
    with c:
        print c.wait(0.01)
        c.notify(); c.notify_all()
    c2 = mp.Condition(mp.Lock())
    print c2

    e = mp.Event()
    print e.is_set(), e.wait(0.01)
    e.set()
    print e.is_set(), e.wait(), e.wait(0)
    e.clear()
    print e.is_set()

    # A lock shared by several processes: every increment is seen once.
    lock = mp.Lock()
    r, w = mp.Pipe(False)
    procs = [mp.Process(target=add_under_lock, args=(lock, w, 20)) for i in range(3)]
    for p in procs: p.start()
    total = sum(r.recv() for i in range(60))
    for p in procs: p.join()
    print 'total', total, [p.exitcode for p in procs]

    # A lock held by a child is seen as held by the parent.
    ready, release = mp.Event(), mp.Event()
    p = mp.Process(target=hold_lock, args=(lock, ready, release))
    p.start()
    ready.wait(5)
    print 'child holds it:', lock.acquire(False), lock
    release.set()
    p.join()
    print 'released:', lock.acquire(True, 5), lock
    lock.release()

    # Event set by the parent wakes a child.
    ev = mp.Event()
    a, b = mp.Pipe()
    p = mp.Process(target=wait_for_event, args=(ev, b))
    p.start()
    time.sleep(0.05)
    ev.set()
    print 'child saw event', a.recv()
    p.join()

    # Condition notified by the parent.
    cond = mp.Condition()
    p = mp.Process(target=condition_waiter, args=(cond, b))
    p.start()
    print a.recv()
    time.sleep(0.05)
    with cond:
        cond.notify()
    print a.recv()
    p.join()

    # A semaphore's count is shared.
    sem = mp.Semaphore(5)
    sem.acquire()
    p = mp.Process(target=take_slots, args=(sem, b))
    p.start()
    print 'child took', a.recv()
    p.join()
    print 'left', sem.get_value()
