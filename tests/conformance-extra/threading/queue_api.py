# Queue: classic classes, maxsize, block/timeout errors, task_done/join, subclass overriding _init/_put/_get, priority ties
import Queue
import threading

print "types:", type(Queue.Queue).__name__, Queue.LifoQueue.__bases__[0] is Queue.Queue, Queue.PriorityQueue.__bases__[0] is Queue.Queue
print "exceptions:", Queue.Empty.__mro__[1].__name__, Queue.Full.__mro__[1].__name__, Queue.Empty.__module__
print "names:", sorted(n for n in dir(Queue) if not n.startswith('_'))
q = Queue.Queue()
print "new:", q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks
for i in range(3):
    q.put(i)
print "after puts:", q.qsize(), q.empty(), q.full(), q.unfinished_tasks, q.queue
print "gets:", q.get(), q.get_nowait(), q.get(True, 1), q.qsize()
try:
    q.get(False)
except Queue.Empty, e:
    print "get(False) on empty:", type(e).__name__, repr(e)
try:
    q.get(True, -1)
except ValueError, e:
    print "negative timeout:", e
try:
    q.get(timeout=0)
except Queue.Empty:
    print "timeout=0 on empty: Empty"
for _ in range(3):
    q.task_done()
try:
    q.task_done()
except ValueError, e:
    print "task_done too many:", e
q.join()
print "join with nothing pending returns"

b = Queue.Queue(1)
b.put_nowait("x")
print "bounded:", b.full(), b.qsize()
try:
    b.put_nowait("y")
except Queue.Full, e:
    print "put_nowait on full:", type(e).__name__
try:
    b.put("y", True, -0.5)
except ValueError, e:
    print "put negative timeout:", e
try:
    b.put("y", timeout=0.01)
except Queue.Full:
    print "put timeout: Full"
n = Queue.Queue(-3)
for i in range(5):
    n.put(i)
print "negative maxsize is unbounded:", n.qsize(), n.full()

lq = Queue.LifoQueue()
for x in range(5):
    lq.put(x)
print "lifo:", [lq.get() for _ in range(5)]
pq = Queue.PriorityQueue()
for item in [5, 1, 4, 1, 3, 9, 2, 6, 5, 3, 5]:
    pq.put(item)
print "priority heap list:", pq.queue
print "priority order:", [pq.get() for _ in range(11)]
pq2 = Queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (0, "q")]:
    pq2.put(item)
print "priority tuples:", [pq2.get_nowait() for _ in range(5)]

class SortedQueue(Queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)
    def _get(self):
        return self.queue.pop()
    def _qsize(self, len=len):
        return len(self.queue)
sq = SortedQueue()
for w in ["pear", "apple", "fig"]:
    sq.put(w)
print "subclass:", [sq.get() for _ in range(3)], sq.empty()

work = Queue.Queue()
done = []
lock = threading.Lock()
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            done.append(item * 10)
        work.task_done()
ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws:
    w.start()
for i in range(100):
    work.put(i)
work.join()
print "join waited for all:", len(done), sum(done)
for w in ws:
    work.put(None)
for w in ws:
    w.join()
print "unfinished:", work.unfinished_tasks

bq = Queue.Queue(2)
produced = []
def producer():
    for i in range(10):
        bq.put(i)
        produced.append(i)
p = threading.Thread(target=producer)
p.start()
got = [bq.get() for _ in range(10)]
p.join()
print "bounded producer/consumer:", got, len(produced)
