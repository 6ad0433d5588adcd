# Queue, JoinableQueue, SimpleQueue between processes; Empty/Full, timeouts, qsize, close.
import multiprocessing as mp
import Queue as stdqueue
import multiprocessing.queues

def producer(q, start, n):
    for i in range(start, start + n):
        q.put(('item', i))
    q.put(None)

def consumer(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * 10)
        jq.task_done()

def simple_child(sq):
    sq.put(sq.get() + 1)

def attempt(f):
    try:
        r = f()
        print 'ok', repr(r)
    except Exception as e:
        print type(e).__name__, repr(e)

if __name__ == '__main__':
    q = mp.Queue()
    print type(q).__name__, type(q).__module__, q.empty(), q.qsize(), q.full()
    q.put(1)
    q.put_nowait('two')
    print q.get(), q.get(True, 5), q.qsize()
    attempt(lambda: q.get(False))
    attempt(lambda: q.get_nowait())
    attempt(lambda: q.get(True, 0.01))
    print mp.queues.Empty is stdqueue.Empty, mp.queues.Full is stdqueue.Full

    small = mp.Queue(2)
    small.put('a'); small.put('b')
    print small.full(), small.qsize()
    attempt(lambda: small.put('c', False))
    attempt(lambda: small.put('c', True, 0.01))
    print small.get(), small.get(), small.full()

    procs = [mp.Process(target=producer, args=(q, k * 100, 5)) for k in range(3)]
    for p in procs: p.start()
    results, done = [], 0
    while done < 3:
        item = q.get(True, 10)
        if item is None:
            done += 1
        else:
            results.append(item)
    for p in procs: p.join()
    print len(results), sorted(results)[:3], sorted(results)[-1]

    jq = mp.JoinableQueue()
    out = mp.Queue()
    workers = [mp.Process(target=consumer, args=(jq, out)) for i in range(2)]
    for w in workers: w.start()
    for i in range(10):
        jq.put(i)
    for w in workers:
        jq.put(None)
    jq.join()
    print 'joined', sorted(out.get(True, 5) for i in range(10))
    for w in workers: w.join()
    print [w.exitcode for w in workers]
    attempt(jq.task_done)

    sq = mp.queues.SimpleQueue()
    print sq.empty()
    p = mp.Process(target=simple_child, args=(sq,))
    sq.put(41)
    p.start()
    p.join()
    print sq.get(), sq.empty()

    many = mp.Queue()
    for i in range(2000):
        many.put(i)
    print sum(many.get() for i in range(2000))

    q.close()
    attempt(lambda: q.put(1))
    q.join_thread()
    q2 = mp.Queue()
    q2.put('x')
    q2.cancel_join_thread()
    print q2.get()
    attempt(lambda: mp.Queue().join_thread())
