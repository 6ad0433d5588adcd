# threading stress: 8 threads x 10,000 list.append / dict updates / Lock-protected counter increments; counts exact
import threading

N_THREADS = 8
N_ITER = 10000

shared_list = []
shared_dict = {}
counter = [0]
counter_lock = threading.Lock()
rcounter = {"n": 0}
rlock = threading.RLock()

def worker(tid):
    for i in xrange(N_ITER):
        shared_list.append((tid, i))
        shared_dict[(tid, i)] = i
        shared_dict["last-%d" % tid] = i
        with counter_lock:
            counter[0] += 1
        with rlock:
            with rlock:
                rcounter["n"] += 1

threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print "list length:", len(shared_list), "expected:", N_THREADS * N_ITER
print "dict length:", len(shared_dict), "expected:", N_THREADS * N_ITER + N_THREADS
print "locked counter:", counter[0]
print "rlock counter:", rcounter["n"]
per_thread = {}
for tid, i in shared_list:
    per_thread.setdefault(tid, []).append(i)
print "each thread's appends in its own order:", all(v == range(N_ITER) for v in per_thread.values())
print "last values:", sorted(shared_dict["last-%d" % t] for t in range(N_THREADS))
print "sum of dict values:", sum(v for k, v in shared_dict.items() if isinstance(k, tuple))

# a shared counter updated by many threads through a Condition-protected handoff
cond = threading.Condition()
turn = [0]
trace = []
def ping(me, other, rounds):
    for _ in range(rounds):
        with cond:
            while turn[0] != me:
                cond.wait()
            trace.append(me)
            turn[0] = other
            cond.notify_all()
a = threading.Thread(target=ping, args=(0, 1, 500))
b = threading.Thread(target=ping, args=(1, 0, 500))
a.start(); b.start(); a.join(); b.join()
print "ping-pong strictly alternates:", trace == [0, 1] * 500

# busy threads that never block still let the others run (switches at calls)
def spin(n, out):
    total = 0
    for i in xrange(n):
        total += abs(i)
    out.append(total)
outs = []
spinners = [threading.Thread(target=spin, args=(200000, outs)) for _ in range(4)]
for s in spinners:
    s.start()
for s in spinners:
    s.join()
print "spinners:", outs
print "threads left:", threading.active_count()
