# threads and blocking system calls: a thread blocked in os.read or time.sleep lets the others run
# (five 0.2 s sleeps in sequence would take 1 s)
import os
import threading
import time

r, w = os.pipe()
def writer():
    for word in ("alpha", "beta", "gamma"):
        time.sleep(0.02)
        os.write(w, word + "\n")
    os.close(w)
t = threading.Thread(target=writer)
t.start()
chunks = []
while True:
    data = os.read(r, 100)
    if not data:
        break
    chunks.append(data)
t.join()
os.close(r)
print "main read from a pipe a thread wrote:", "".join(chunks).split()

r, w = os.pipe()
got = []
def reader():
    buf = ""
    while True:
        data = os.read(r, 3)
        if not data:
            break
        buf += data
    got.append(buf)
readers = threading.Thread(target=reader)
readers.start()
ticks = 0
for i in range(5):
    ticks += 1
    os.write(w, "x%d" % i)
    time.sleep(0.01)
os.close(w)
readers.join()
os.close(r)
print "thread read what main wrote:", got, ticks

sleepers = []
lock = threading.Lock()
def sleeper(i):
    time.sleep(0.2)
    with lock:
        sleepers.append(i)
start = time.time()
ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print "five 0.2 s sleeps overlapped:", sorted(sleepers), time.time() - start < 1.0
