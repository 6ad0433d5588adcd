# multiprocessing.dummy: the same API backed by threads (ThreadPool, DummyProcess, queue Pipe).
import multiprocessing.dummy as md
from multiprocessing.pool import ThreadPool
import threading

results = []

def record(x):
    results.append(x * 2)

def square(x):
    return x * x

def talk(conn):
    conn.send(conn.recv() + ' back')

if __name__ == '__main__':
    print sorted(md.__all__)
    p = md.Process(target=record, args=(21,))
    print p.exitcode, isinstance(p, threading.Thread), p.name.startswith('Thread-')
    p.start()
    p.join()
    print results, p.exitcode, p.is_alive()
    print md.current_process() is threading.current_thread(), md.active_children()
    pool = md.Pool(3)
    print type(pool).__name__, isinstance(pool, ThreadPool)
    print pool.map(square, range(8))
    print pool.apply(square, (9,)), pool.apply_async(square, (10,)).get(5)
    print sorted(pool.imap_unordered(square, range(5))), list(pool.imap(square, range(5), 2))
    print pool.map(lambda x: x + 1, [1, 2, 3])
    pool.close()
    pool.join()
    a, b = md.Pipe()
    t = md.Process(target=talk, args=(b,))
    t.start()
    a.send('hello')
    print a.poll(5), a.recv()
    t.join()
    print a.poll(), a.poll(0.01)
    q = md.Queue()
    q.put(1)
    print q.get(), md.JoinableQueue is md.Queue
    v = md.Value('i', 3)
    v.value += 1
    print v.value, repr(v)
    ns = md.Namespace(a=1, b='x', _hidden=2)
    print ns
    m = md.Manager()
    print m is md, m.list([1, 2]), m.dict(a=1)
    print md.Lock is threading.Lock, md.RLock is threading.RLock, md.Event is threading.Event, md.Semaphore is threading.Semaphore
    c = md.Condition()
    with c:
        c.notify_all()
    print 'condition ok', md.cpu_count() >= 1, md.TimeoutError
