# select: select() and poll objects over pipes and sockets, timeouts, the poll masks, and errors.
import select
import socket
import os
import time

r, w = os.pipe()
print 'empty pipe, timeout 0:', select.select([r], [], [], 0)
print 'writable pipe:', select.select([r], [w], [], 0) == ([], [w], [])
os.write(w, 'data')
print 'readable pipe:', select.select([r], [w], [], 0) == ([r], [w], [])
start = time.time()
print 'ready before the timeout:', select.select([r], [], [], 0.05)[0] == [r]
os.read(r, 4)
start = time.time()
result = select.select([r], [], [], 0.1)
print 'waited about 0.1s:', result, 0.08 <= time.time() - start < 2

class Wrapper(object):
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
wr = Wrapper(w)
print 'objects with fileno come back as given:', select.select([], [wr], [], 0)[1][0] is wr
os.write(w, 'x')
f = os.fdopen(os.dup(r), 'rb', 0)
print 'file objects:', select.select([f], [], [], 0)[0] == [f]
f.close()

# sockets
a, b = socket.socketpair()
print 'socket not readable:', select.select([a], [], [], 0)[0]
b.send('hi')
print 'socket readable:', select.select([a], [], [], 0)[0] == [a]
print 'same object twice:', len(select.select([a, a], [], [], 0)[0])
a.recv(10)

# errors
for args in [([1.5], [], []), ([-1], [], []), ('abc', [], []), ([], [], [], 'x'), ([], [], [], -1), ([object()], [], [])]:
    try:
        select.select(*args)
        print 'no error for', args
    except (TypeError, ValueError, select.error) as e:
        print type(e).__name__ + ':', e
closed_r, closed_w = os.pipe()
os.close(closed_r)
try:
    select.select([closed_r], [], [], 0)
except select.error as e:
    print 'select.error:', e.args, isinstance(e, EnvironmentError), select.error.__bases__
os.close(closed_w)

# poll
p = select.poll()
print 'constants:', select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL
p.register(r, select.POLLIN)
p.register(a)
names = {r: 'pipe', a.fileno(): 'socket'}
def named(events):
    return sorted((names[fd], mask) for fd, mask in events)
print 'poll readable pipe and writable socket:', named(p.poll(0))
print 'poll with timeout:', named(p.poll(10))
os.read(r, 1)
p.modify(a, select.POLLIN)
print 'nothing ready:', p.poll(0), p.poll(50)
b.send('more')
print 'socket ready:', p.poll(100) == [(a.fileno(), select.POLLIN)]
p.unregister(a)
print 'after unregister:', p.poll(0)
try:
    p.unregister(a)
except KeyError as e:
    print 'KeyError:', e.args[0] == a.fileno()
try:
    p.modify(b, select.POLLIN)
except IOError as e:
    print 'modify unregistered:', e
os.close(w)
print 'hang-up on closed writer:', p.poll(0) == [(r, select.POLLHUP)]
try:
    p.poll('x')
except TypeError as e:
    print 'TypeError:', e
p.register(r, select.POLLOUT)
print 'register again replaces the mask:', named(p.poll(0))
os.close(r)
print 'closed descriptor:', p.poll(0) == [(r, select.POLLNVAL)]
a.close(); b.close()

# epoll
if hasattr(select, 'epoll'):
    ep = select.epoll()
    print 'epoll fileno is int:', isinstance(ep.fileno(), int), ep.closed
    x, y = socket.socketpair()
    ep.register(x.fileno(), select.EPOLLIN)
    print 'epoll nothing:', ep.poll(0)
    y.send('z')
    print 'epoll ready:', ep.poll(1) == [(x.fileno(), select.EPOLLIN)]
    ep.modify(x, select.EPOLLIN | select.EPOLLOUT)
    print 'epoll in|out:', ep.poll(0.1) == [(x.fileno(), select.EPOLLIN | select.EPOLLOUT)]
    try:
        ep.register(x, select.EPOLLIN)
    except IOError as e:
        print 'register twice:', e
    ep.unregister(x)
    print 'after unregister:', ep.poll(0)
    try:
        ep.unregister(x)
    except IOError as e:
        print 'unregister twice:', e
    print 'constants:', select.EPOLLIN, select.EPOLLOUT, select.EPOLLPRI, select.EPOLLERR, select.EPOLLHUP, select.EPOLLET, select.EPOLLONESHOT
    ep2 = select.epoll.fromfd(os.dup(ep.fileno()))
    print 'fromfd:', type(ep2).__name__
    ep2.close()
    ep.close()
    print 'closed:', ep.closed
    try:
        ep.poll(0)
    except ValueError as e:
        print 'ValueError:', e
    x.close(); y.close()
print 'done'
