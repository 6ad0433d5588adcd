# signal: constants, getsignal defaults, errors, handlers run in order, setitimer/getitimer, alarm, pause, wakeup fd, KeyboardInterrupt
import os
import signal
import time
import thread
import threading

print "constants:", sorted((n, getattr(signal, n)) for n in dir(signal) if n.startswith("SIG") or n.startswith("ITIMER") or n == "NSIG")
print "functions:", sorted(n for n in dir(signal) if not n.startswith("SIG") and not n.startswith("_") and not n.startswith("ITIMER"))
print "ItimerError:", signal.ItimerError, signal.ItimerError.__mro__[1].__name__
print "non-default at start:", [(s, signal.getsignal(s)) for s in range(1, signal.NSIG) if signal.getsignal(s) != signal.SIG_DFL]
for args in [(0, signal.SIG_DFL), (65, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_IGN), (signal.SIGSTOP, signal.SIG_DFL),
             (signal.SIGUSR1, 5), ("x", 0), (signal.SIGUSR1, None), (signal.SIGUSR1, "SIG_IGN")]:
    try:
        print "signal%r ->" % (args,), signal.signal(*args)
    except (ValueError, RuntimeError, TypeError), e:
        print "signal%r:" % (args,), type(e).__name__, e
for a in [0, 65, -1, "x", 2.0]:
    try:
        print "getsignal(%r):" % (a,), signal.getsignal(a)
    except (ValueError, TypeError), e:
        print "getsignal(%r):" % (a,), type(e).__name__, e
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt, e:
    print "default_int_handler raises:", repr(e)

log = []
def h(signum, frame):
    log.append(signum)
for s in (signal.SIGUSR2, signal.SIGUSR1, signal.SIGHUP):
    signal.signal(s, h)
os.kill(os.getpid(), signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGHUP)
os.kill(os.getpid(), signal.SIGUSR1)
print "each kill handled before the next statement:", log
print "handler returned by signal():", signal.signal(signal.SIGHUP, signal.SIG_IGN) is h
os.kill(os.getpid(), signal.SIGHUP)
time.sleep(0.05)
print "ignored SIGHUP:", log, signal.getsignal(signal.SIGHUP)

class Stop(Exception):
    pass
def raiser(signum, frame):
    raise Stop("signal %d" % signum)
signal.signal(signal.SIGUSR1, raiser)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
    print "not reached"
except Stop, e:
    print "handler exception propagates from kill:", e

print "itimer initially:", signal.getitimer(signal.ITIMER_REAL), signal.getitimer(signal.ITIMER_VIRTUAL)
print "setitimer returns old:", signal.setitimer(signal.ITIMER_REAL, 30, 2)
left, interval = signal.getitimer(signal.ITIMER_REAL)
print "running:", 25 < left <= 30, interval
left, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print "cancel returns:", 25 < left <= 30, interval, signal.getitimer(signal.ITIMER_REAL)
for bad in [(5, 1), (-1, 1)]:
    try:
        signal.setitimer(*bad)
    except signal.ItimerError, e:
        print "setitimer%r:" % (bad,), type(e).__name__, e, e.errno
try:
    signal.getitimer(7)
except signal.ItimerError, e:
    print "getitimer(7):", e

ticks = []
def on_alarm(signum, frame):
    ticks.append(signum)
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
deadline = time.time() + 5
while len(ticks) < 3 and time.time() < deadline:
    time.sleep(1)
signal.setitimer(signal.ITIMER_REAL, 0)
print "interval timer ticks (sleep woken by each):", ticks[:3]
print "alarm:", signal.alarm(0), signal.alarm(10), signal.alarm(0)
try:
    signal.alarm("x")
except TypeError, e:
    print "alarm('x'):", e

signal.signal(signal.SIGUSR2, h)
del log[:]
def later():
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGUSR2)
t = threading.Thread(target=later)
t.start()
print "pause returns:", signal.pause(), log
t.join()

got = []
def from_thread():
    try:
        signal.signal(signal.SIGUSR1, h)
    except ValueError, e:
        got.append(str(e))
    try:
        signal.set_wakeup_fd(-1)
    except ValueError, e:
        got.append(str(e))
t = threading.Thread(target=from_thread)
t.start()
t.join()
print "outside the main thread:", got

r, w = os.pipe()
print "set_wakeup_fd:", signal.set_wakeup_fd(w), signal.set_wakeup_fd(w) == w
os.kill(os.getpid(), signal.SIGUSR2)
print "wakeup byte:", repr(os.read(r, 1))
print "reset:", signal.set_wakeup_fd(-1) == w
try:
    signal.set_wakeup_fd(999)
except ValueError, e:
    print "set_wakeup_fd(999):", e
print "siginterrupt:", signal.siginterrupt(signal.SIGUSR1, True), signal.siginterrupt(signal.SIGUSR1, False)
try:
    signal.siginterrupt(0, 1)
except ValueError, e:
    print "siginterrupt(0, 1):", e

try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(1)
    print "not interrupted"
except KeyboardInterrupt:
    print "SIGINT raised KeyboardInterrupt"
def interrupter():
    time.sleep(0.05)
    thread.interrupt_main()
t = threading.Thread(target=interrupter)
t.start()
try:
    time.sleep(2)
    print "not interrupted"
except KeyboardInterrupt:
    print "interrupt_main raised KeyboardInterrupt"
t.join()
signal.signal(signal.SIGINT, h)
del log[:]
os.kill(os.getpid(), signal.SIGINT)
print "custom SIGINT handler:", log
print "restore default_int_handler:", signal.signal(signal.SIGINT, signal.default_int_handler) is h
