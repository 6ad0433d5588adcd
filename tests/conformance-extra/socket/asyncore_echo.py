# asyncore: an echo server and clients in one loop (select and poll), dispatcher_with_send,
# file_dispatcher on a pipe, handle_error's report, loop(count=...), close_all and the hooks' defaults.
import asyncore
import socket
import os
import sys

log = []

class EchoHandler(asyncore.dispatcher_with_send):
    def handle_read(self):
        data = self.recv(8192)
        if data:
            log.append('server read %r' % data)
            self.send(data.upper())
    def handle_close(self):
        log.append('server handler closed')
        self.close()

class EchoServer(asyncore.dispatcher):
    def __init__(self, map=None):
        asyncore.dispatcher.__init__(self, map=map)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.set_reuse_addr()
        self.bind(('127.0.0.1', 0))
        self.listen(5)
    def handle_accept(self):
        pair = self.accept()
        if pair is not None:
            sock, addr = pair
            log.append('accepted from %s' % addr[0])
            EchoHandler(sock, map=self._map)

class Client(asyncore.dispatcher):
    def __init__(self, address, message, map=None):
        asyncore.dispatcher.__init__(self, map=map)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.connect(address)
        self.buffer = message
        self.received = ''
    def handle_connect(self):
        log.append('client connected')
    def writable(self):
        return len(self.buffer) > 0
    def handle_write(self):
        sent = self.send(self.buffer)
        self.buffer = self.buffer[sent:]
    def handle_read(self):
        self.received += self.recv(8192)
        if self.received.endswith('!'):
            log.append('client received %r' % self.received)
            self.close()
    def handle_close(self):
        self.close()

for use_poll in (False, True):
    del log[:]
    server = EchoServer()
    print 'server in socket_map:', asyncore.socket_map[server.socket.fileno()] is server, server.accepting
    print 'repr:', repr(server).startswith('<__main__.EchoServer listening 127.0.0.1:'), str(server) == repr(server)
    client = Client(server.socket.getsockname(), 'hello asyncore!')
    print 'connecting:', client.connecting, 'connected:', client.connected
    asyncore.loop(timeout=0.1, use_poll=use_poll, count=20)
    for line in log:
        print ' ', line
    print 'map after the client left:', sorted(type(d).__name__ for d in asyncore.socket_map.values())
    asyncore.close_all()
    print 'after close_all:', asyncore.socket_map

# a private map, the loop ends when the map is empty
private = {}
server = EchoServer(map=private)
del log[:]
client = Client(server.socket.getsockname(), 'private map!', map=private)
asyncore.loop(0.1, False, private, 20)
print 'private:', log
print 'global map untouched:', asyncore.socket_map
server.close()
print 'private after close:', private

# handle_error: the exception is reported with log_info('error') and the channel closed
class Faulty(asyncore.dispatcher):
    def handle_read(self):
        raise ValueError('boom')
    def writable(self):
        return False
    def log_info(self, message, type='info'):
        print 'log_info %s: %s' % (type, message.split(' at 0x')[0])
        print '  exception part:', message.split(' (')[1].split(' [')[0]
    def handle_close(self):
        print 'handle_close'
        self.close()

a, b = socket.socketpair()
f = Faulty(a)
print 'socketpair dispatcher connected:', f.connected, 'addr:', repr(f.addr)
b.send('x')
asyncore.loop(0.1, count=1)
print 'map empty:', asyncore.socket_map == {}
b.close()

# default hooks print warnings (ignore_log_types holds 'warning') or info
d = asyncore.dispatcher()
print 'ignore_log_types:', d.ignore_log_types
d.log_info('plain message')
d.log_info('a warning', 'warning')
d.log_info('custom', 'notice')
d.ignore_log_types = frozenset()
d.handle_read()
d.handle_write()
d.handle_expt()
d.handle_connect()
d.handle_accept()
print 'readable/writable:', d.readable(), d.writable()
print 'defaults:', d.connected, d.accepting, d.connecting, d.closing, d.addr, d.debug, d.socket

# the deprecated attribute passthrough to the socket and its error
d2 = asyncore.dispatcher()
d2.create_socket(socket.AF_INET, socket.SOCK_STREAM)
print 'family_and_type:', d2.family_and_type == (socket.AF_INET, socket.SOCK_STREAM)
print 'passthrough gettimeout:', d2.gettimeout()
try:
    d2.no_such_thing
except AttributeError as e:
    print 'AttributeError:', e
d2.close()

# file_dispatcher over a pipe
r, w = os.pipe()
class PipeReader(asyncore.file_dispatcher):
    def writable(self):
        return False
    def handle_read(self):
        data = self.recv(100)
        print 'pipe read %r' % data
        if not data or data.endswith('.'):
            self.close()
    def handle_close(self):
        print 'pipe closed'
        self.close()
reader = PipeReader(r)
print 'file_dispatcher connected:', reader.connected, 'fd is a dup:', reader.socket.fileno() != r
print 'getsockopt SO_ERROR:', reader.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
try:
    reader.socket.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE)
except NotImplementedError as e:
    print 'NotImplementedError:', e
os.write(w, 'through the pipe.')
asyncore.loop(0.1, count=5)
os.close(w)
os.close(r)
print 'map:', asyncore.socket_map

# connect errors and compact_traceback
c = asyncore.dispatcher()
c.create_socket(socket.AF_INET, socket.SOCK_STREAM)
def broken():
    raise KeyError('k')
try:
    broken()
except KeyError:
    (file, function, line), t, v, info = asyncore.compact_traceback()
    print 'compact_traceback:', function, t.__name__, repr(v), info.count('[')
try:
    asyncore.compact_traceback()
except AssertionError as e:
    print 'AssertionError:', e
c.close()
print 'ExitNow:', issubclass(asyncore.ExitNow, Exception), asyncore._DISCONNECTED == frozenset([104, 107, 108, 103, 32, 9])
print '_strerror:', asyncore._strerror(111)
print 'done'
