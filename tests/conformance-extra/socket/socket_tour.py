# socket: TCP, UDP and Unix-domain echo with a client thread, makefile, timeouts and their messages,
# name resolution on localhost, socketpair, options, and the errors CPython reports.
import socket
import threading
import os
import tempfile
import shutil
import errno

def serve_once(listener, transform):
    conn, addr = listener.accept()
    data = conn.recv(1024)
    conn.sendall(transform(data))
    conn.close()

# TCP
listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(('127.0.0.1', 0))
listener.listen(1)
host, port = listener.getsockname()
print 'listening on', host, type(port).__name__
t = threading.Thread(target=serve_once, args=(listener, lambda d: d[::-1]))
t.start()
c = socket.socket()
print 'family/type/proto:', c.family == socket.AF_INET, c.type == socket.SOCK_STREAM, c.proto
c.connect((host, port))
print 'peer is the listener:', c.getpeername() == (host, port)
c.sendall('stressed')
print 'tcp reply:', c.recv(1024)
print 'after close by peer:', repr(c.recv(1024))
c.close()
t.join()

# makefile: line-oriented conversation
def line_server(listener):
    conn, addr = listener.accept()
    f = conn.makefile('rw', 0)
    for line in f:
        if line.strip() == 'end':
            break
        f.write('%d\n' % len(line.strip()))
    f.close()
    conn.close()
t = threading.Thread(target=line_server, args=(listener,))
t.start()
c = socket.create_connection((host, port), timeout=5)
print 'create_connection timeout:', c.gettimeout()
rf = c.makefile('rb')
for word in ['a', 'bb', 'cccc']:
    c.sendall(word + '\n')
    print 'length of %s: %s' % (word, rf.readline().strip())
c.sendall('end\n')
print 'eof:', repr(rf.readline())
rf.close()
c.close()
t.join()

# timeouts
print 'default timeout:', socket.getdefaulttimeout()
c = socket.socket()
print 'gettimeout:', c.gettimeout()
c.settimeout(0.2)
print 'after settimeout:', c.gettimeout()
c.connect((host, port))
try:
    c.recv(10)
except socket.timeout as e:
    print 'timeout:', type(e).__name__, e, e.args, isinstance(e, socket.error)
c.setblocking(0)
print 'non-blocking timeout:', c.gettimeout()
try:
    c.recv(10)
except socket.error as e:
    print 'EAGAIN:', e.args[0] == errno.EAGAIN, e
c.setblocking(1)
print 'blocking timeout:', c.gettimeout()
for bad in [-1, 'x']:
    try:
        c.settimeout(bad)
    except (ValueError, TypeError) as e:
        print type(e).__name__ + ':', e
c.close()
try:
    listener.settimeout(0.1)
    listener.accept()
except socket.timeout as e:
    print 'accept timeout:', e
listener.close()

# connection refused
c = socket.socket()
try:
    c.connect(('127.0.0.1', port))
except socket.error as e:
    print 'refused:', e.errno == errno.ECONNREFUSED, e
    print 'str:', str(e), 'args:', e.args
print 'connect_ex:', c.connect_ex(('127.0.0.1', port)) == errno.ECONNREFUSED
c.close()
try:
    c.recv(1)
except socket.error as e:
    print 'closed socket:', e
try:
    socket.create_connection(('127.0.0.1', port))
except socket.error as e:
    print 'create_connection refused:', e

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(('127.0.0.1', 0))
u2.sendto('datagram', u1.getsockname())
data, addr = u1.recvfrom(100)
print 'udp:', data, addr == u2.getsockname()
u1.sendto('x' * 10, addr)
print 'truncated recv:', u2.recv(4)
u2.connect(u1.getsockname())
u2.send('connected udp')
print 'udp after connect:', u1.recv(100)
buf = bytearray(20)
u2.send('into')
n, addr = u1.recvfrom_into(buf)
print 'recvfrom_into:', n, str(buf[:n])
u1.close(); u2.close()

# Unix-domain stream and socketpair
tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'sock')
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(1)
    print 'unix name:', server.getsockname() == path
    t = threading.Thread(target=serve_once, args=(server, lambda d: d.upper()))
    t.start()
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(path)
    c.sendall('unix domain')
    print 'unix reply:', c.recv(100)
    c.close(); t.join(); server.close()
    try:
        socket.socket(socket.AF_UNIX).connect(os.path.join(tmp, 'missing'))
    except socket.error as e:
        print 'missing unix socket:', e
finally:
    shutil.rmtree(tmp)

a, b = socket.socketpair()
print 'socketpair:', a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM
a.sendall('ping')
print 'pair got', b.recv(10)
b.shutdown(socket.SHUT_WR)
print 'after shutdown:', repr(a.recv(10))
a.close(); b.close()

# names
print 'gethostbyname:', socket.gethostbyname('localhost')
print 'inet_aton/ntoa:', repr(socket.inet_aton('127.0.0.1')), socket.inet_ntoa('\x7f\x00\x00\x01')
print 'htons/ntohs:', socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(1)
infos = socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)
print 'getaddrinfo:', infos
print 'getservbyname:', socket.getservbyname('http', 'tcp'), socket.getservbyport(22)
try:
    socket.gethostbyname('no-such-host.invalid')
except socket.gaierror as e:
    print 'gaierror:', e.args[0] in (socket.EAI_NONAME, -5), isinstance(e, socket.error)
try:
    socket.inet_aton('300.1.1.1')
except socket.error as e:
    print 'inet_aton:', e
print 'inet_pton:', repr(socket.inet_pton(socket.AF_INET6, '::1'))
print 'inet_ntop:', socket.inet_ntop(socket.AF_INET, '\x0a\x00\x00\x01')

# options and errors
s = socket.socket()
print 'SO_REUSEADDR default:', s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print 'TCP_NODELAY:', s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
print 'SO_TYPE:', s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM
try:
    s.bind(('127.0.0.1', 'port'))
except TypeError as e:
    print 'TypeError:', e
try:
    s.recv(-1)
except ValueError as e:
    print 'ValueError:', e
try:
    s.getpeername()
except socket.error as e:
    print 'getpeername:', e
s.close()
print 'error classes:', socket.error.__bases__, socket.timeout.__bases__, socket.gaierror.__bases__, socket.herror.__bases__
print 'done'
