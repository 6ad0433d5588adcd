# Process: target/args/kwargs, names, reprs, exit codes (sys.exit, exceptions, signals), subclassing.
import multiprocessing as mp
import os, sys, signal, time

def show(*args, **kwargs):
    print 'child', args, sorted(kwargs.items()), mp.current_process().name
    sys.stdout.flush()

def exit_with(code):
    sys.exit(code)

def exit_with_message():
    sys.exit('goodbye')

def exit_plain():
    sys.exit()

def fail():
    raise ValueError('boom')

def sleeper():
    time.sleep(30)

def buffered():
    print 'buffered output from the child'

class Worker(mp.Process):
    def __init__(self, value):
        mp.Process.__init__(self)
        self.value = value
    def run(self):
        print 'Worker.run', self.value * 2, self.name
        sys.exit(self.value)

if __name__ == '__main__':
    print mp.current_process(), mp.current_process().name, mp.current_process().daemon
    p = mp.Process(target=show, args=(1, 'a'), kwargs={'k': 2})
    print p, p.name, p.daemon, p.exitcode, p.pid, p.is_alive()
    p.start()
    p.join()
    print p, p.exitcode, p.is_alive(), p.pid > 0, p.pid != os.getpid()
    print mp.Process(name='named'), mp.Process(target=len, args=[1])
    for target, args in [(exit_with, (3,)), (exit_with, (0,)), (exit_with_message, ()), (exit_plain, ()), (fail, ()), (buffered, ())]:
        q = mp.Process(target=target, args=args)
        q.start()
        q.join()
        print target.__name__, args, 'exitcode', q.exitcode, repr(q).split(',')[1]
    s = mp.Process(target=sleeper)
    s.daemon = True
    print s
    s.start()
    print s.is_alive(), s in mp.active_children()
    s.join(0.05)
    print 'after timed join', s.exitcode, s.is_alive()
    s.terminate()
    s.join()
    print s.exitcode, repr(s).split(',')[1]
    k = mp.Process(target=sleeper)
    k.start()
    os.kill(k.pid, signal.SIGKILL)
    k.join()
    print k.exitcode, repr(k).split(',')[1]
    w = Worker(5)
    w.start()
    w.join()
    print w.exitcode, w.value, isinstance(w, mp.Process)
    print mp.active_children()
    for bad in [lambda: p.start(), lambda: mp.Process().join(), lambda: mp.Process(group=1)]:
        try:
            bad()
        except AssertionError as e:
            print 'AssertionError', e
    try:
        p.daemon = True
    except AssertionError as e:
        print 'AssertionError', e
    try:
        p.name = 5
    except AssertionError as e:
        print 'AssertionError', e
    p.name = 'renamed'
    print p
    print type(mp.current_process().authkey).__name__, len(mp.current_process().authkey)
    print mp.cpu_count() >= 1
