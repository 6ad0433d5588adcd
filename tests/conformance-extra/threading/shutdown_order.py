# threading at exit: the program waits for non-daemon threads (before atexit handlers), abandons daemon threads;
# a spinning while loop lets other threads run; exceptions in threads do not stop the program
import atexit
import sys
import threading
import time

atexit.register(lambda: sys.stdout.write("atexit handler runs after the worker finished\n"))

flag = []
def setter():
    time.sleep(0.05)
    flag.append(True)
t = threading.Thread(target=setter)
t.start()
spins = 0
while not flag:
    spins += 1
t.join()
print "busy-wait loop saw the other thread's write:", flag, spins > 0

def forever():
    while True:
        time.sleep(0.01)
d = threading.Thread(target=forever, name="daemon")
d.daemon = True
d.start()

def failing():
    raise ValueError("in a thread")
f = threading.Thread(target=failing)
f.start()
f.join()
print "after a thread failed:", f.is_alive()

exc_seen = []
def keeps_own_exc_info():
    try:
        raise KeyError("worker")
    except KeyError:
        time.sleep(0.05)
        exc_seen.append(repr(sys.exc_info()[1]))
w = threading.Thread(target=keeps_own_exc_info)
w.start()
try:
    raise IndexError("main")
except IndexError:
    time.sleep(0.01)
    main_exc = repr(sys.exc_info()[1])
w.join()
print "exc_info is per thread:", main_exc, exc_seen

def late_printer():
    time.sleep(0.2)
    print "non-daemon thread printed after the main module ended"
threading.Thread(target=late_printer).start()
print "main module ends; alive threads:", sorted(th.name for th in threading.enumerate() if th.name != "MainThread" and not th.name.startswith("Thread-"))
