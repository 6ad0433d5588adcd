# SysLogHandler: <PRI> prefix and NUL framing over UDP, TCP and unix sockets (datagram, and the
# stream fallback), facility/priority names and maps, encodePriority, mapPriority, errors.
import logging, logging.handlers, socket, os, threading

H = logging.handlers.SysLogHandler
print H.LOG_EMERG, H.LOG_DEBUG, H.LOG_KERN, H.LOG_USER, H.LOG_FTP, H.LOG_LOCAL0, H.LOG_LOCAL7
print sorted(H.priority_names.items())
print sorted(H.facility_names.items())
print sorted(H.priority_map.items())
print repr(H.log_format_string)
print logging.handlers.SYSLOG_UDP_PORT, logging.handlers.SYSLOG_TCP_PORT

udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(('127.0.0.1', 0))
addr = udp.getsockname()
h = H(address=addr)
print h.address == addr, h.facility, h.socktype == socket.SOCK_DGRAM, h.unixsocket
print h.encodePriority('user', 'info'), h.encodePriority(H.LOG_LOCAL3, H.LOG_ERR), h.encodePriority('local7', 7)
print h.mapPriority('INFO'), h.mapPriority('CRITICAL'), h.mapPriority('CUSTOM')
try:
    h.encodePriority('nosuch', 'info')
except KeyError as e:
    print 'KeyError', e

log = logging.getLogger('sys')
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(h)
h.setFormatter(logging.Formatter('%(name)s[%(levelname)s]: %(message)s'))
log.debug('debug %d', 1)
log.info('info')
log.warning('warning')
log.error('error')
log.critical('critical')
log.log(25, 'custom level')
log.info(u'unicode \xe9\u20ac')
for i in range(7):
    print repr(udp.recv(4096))

h2 = H(addr, facility=H.LOG_DAEMON)
h2.setLevel(logging.ERROR)
log.addHandler(h2)
log.error('to daemon')
print repr(udp.recv(4096)), repr(udp.recv(4096))
log.removeHandler(h2)
h2.close()
h.close()
udp.close()

# a subclass may map priorities its own way
class Mapped(H):
    def mapPriority(self, levelName):
        return 'emerg'
m = Mapped(addr, 'local0')
print m.encodePriority(m.facility, m.mapPriority('INFO'))
m.close()

# TCP: sendall, no framing beyond the NUL
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('127.0.0.1', 0))
server.listen(1)
chunks = []
def serve():
    conn, _ = server.accept()
    while True:
        data = conn.recv(4096)
        if not data:
            break
        chunks.append(data)
    conn.close()
t = threading.Thread(target=serve)
t.start()
th = H(server.getsockname(), socktype=socket.SOCK_STREAM)
print th.socktype == socket.SOCK_STREAM, th.unixsocket
tl = logging.getLogger('tcp')
tl.propagate = False
tl.addHandler(th)
tl.warning('one')
tl.error('two')
th.socket.close()
t.join()
server.close()
print repr(''.join(chunks))

# unix datagram socket
path = 'log.sock'  # relative: the test's temp dir may be deeper than AF_UNIX's 108 bytes
usock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
usock.bind(path)
uh = H(path)
print uh.unixsocket, uh.socktype == socket.SOCK_DGRAM, uh.address == path
ul = logging.getLogger('unix')
ul.propagate = False
ul.addHandler(uh)
ul.warning('to %s', 'unix')
print repr(usock.recv(4096))
uh.close()
usock.close()
os.remove(path)

# unix stream socket: SOCK_DGRAM fails, the handler falls back to SOCK_STREAM
ssock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
ssock.bind(path)
ssock.listen(1)
sh = H(path)
conn, _ = ssock.accept()
print sh.socktype == socket.SOCK_STREAM
sl = logging.getLogger('unixstream')
sl.propagate = False
sl.addHandler(sh)
sl.error('streamed')
print repr(conn.recv(4096))
sh.close()
conn.close()
ssock.close()
os.remove(path)

# a missing unix socket
try:
    H('missing.sock')
except socket.error as e:
    print 'socket.error', e.errno, e.strerror
try:
    H('missing.sock', socktype=socket.SOCK_DGRAM)
except socket.error as e:
    print 'socket.error', e.errno, e.strerror
