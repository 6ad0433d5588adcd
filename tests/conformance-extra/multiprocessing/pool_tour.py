# Pool: apply, apply_async with callbacks, map with chunksize, map_async, imap, imap_unordered,
# initializer, maxtasksperchild, exceptions re-raised in the parent, close/terminate/join.
import multiprocessing as mp
import os, time

def square(x):
    return x * x

def add(a, b=0):
    return a + b

def fail(x):
    if x == 3:
        raise ValueError('bad value %d' % x)
    return x

def pid_of(x):
    return os.getpid()

def slow(x):
    time.sleep(0.2)
    return x

state = {'init': None}

def init(tag):
    state['init'] = tag

def read_init(x):
    return state['init'], x

def attempt(f):
    try:
        r = f()
        print 'ok', repr(r)
    except Exception as e:
        print type(e).__name__, e

if __name__ == '__main__':
    pool = mp.Pool(2)
    print pool.apply(square, (7,)), pool.apply(add, (1,), {'b': 2})
    print pool.map(square, range(10))
    print pool.map(square, range(10), chunksize=3)
    print pool.map(square, [])
    r = pool.apply_async(square, (8,))
    print r.get(5), r.ready(), r.successful()
    got = []
    r = pool.apply_async(add, (2, 3), callback=got.append)
    r.wait(5)
    time.sleep(0.05)
    print r.get(), got
    m = pool.map_async(square, range(5), callback=got.append)
    print m.get(5)
    time.sleep(0.05)
    print got
    print list(pool.imap(square, range(6)))
    print list(pool.imap(square, range(6), 2))
    print sorted(pool.imap_unordered(square, range(6)))
    it = pool.imap(square, [4, 5])
    print it.next(), it.next(timeout=5)
    attempt(it.next)
    attempt(lambda: pool.map(fail, range(5)))
    attempt(lambda: pool.apply(fail, (3,)))
    r = pool.apply_async(fail, (3,))
    r.wait()
    print r.ready(), r.successful()
    attempt(r.get)
    attempt(lambda: list(pool.imap(fail, range(5))))
    s = pool.apply_async(slow, (1,))
    print s.ready()
    attempt(lambda: s.successful())
    attempt(lambda: s.get(0.01))
    print s.get(5)
    print len(set(pool.map(pid_of, range(20), chunksize=1))) <= 2
    pool.close()
    attempt(lambda: pool.apply(square, (1,)))
    pool.join()

    p2 = mp.Pool(processes=2, initializer=init, initargs=('ready',))
    print p2.map(read_init, range(3))
    p2.close(); p2.join()

    p3 = mp.Pool(1, maxtasksperchild=2)
    pids = [p3.apply(pid_of, (i,)) for i in range(6)]
    print 'distinct workers', len(set(pids))
    p3.close(); p3.join()

    p4 = mp.Pool(2)
    r = p4.map_async(slow, range(4))
    p4.terminate()
    p4.join()
    print 'terminated'
    attempt(lambda: mp.Pool(0))
