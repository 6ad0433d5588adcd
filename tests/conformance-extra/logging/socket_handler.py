# SocketHandler and DatagramHandler: the pickled LogRecord dict with its 4-byte length prefix,
# received by servers on local sockets; retry/backoff attributes; makePickle's exact bytes.
import logging, logging.handlers, socket, struct, cPickle, threading

FIXED = {
    'name': 'net', 'msg': 'value %d', 'args': (42,), 'levelname': 'INFO', 'levelno': 20,
    'pathname': '/src/app.py', 'filename': 'app.py', 'module': 'app', 'exc_info': None,
    'exc_text': None, 'lineno': 7, 'funcName': 'main', 'created': 1000000000.5, 'msecs': 500.0,
    'relativeCreated': 12.25, 'thread': 1, 'threadName': 'MainThread', 'processName': 'MainProcess',
    'process': 99,
}

def fixed_record(**changes):
    d = dict(FIXED)
    d.update(changes)
    return logging.makeLogRecord(d)

h = logging.handlers.SocketHandler('localhost', 1)
print h.host, h.port, h.sock, h.closeOnError, h.retryTime, h.retryStart, h.retryMax, h.retryFactor
data = h.makePickle(fixed_record())
print repr(data)
print struct.unpack('>L', data[:4])[0] == len(data) - 4
d = cPickle.loads(data[4:])
print sorted(d.items())

# exc_info: the traceback text goes into exc_text and exc_info is not pickled
try:
    1 / 0
except ZeroDivisionError:
    import sys
    r = fixed_record(exc_info=sys.exc_info())
h.setFormatter(logging.Formatter('%(message)s'))
d = cPickle.loads(h.makePickle(r)[4:])
print d['exc_info'], d['exc_text'].splitlines()[0], d['exc_text'].splitlines()[-1]
print r.exc_info[0].__name__

# msg % args is resolved before pickling, args zapped
d = cPickle.loads(h.makePickle(fixed_record(msg='%s and %s', args=('a', 'b')))[4:])
print d['msg'], d['args']

# a refused connection: no exception, backoff doubles up to retryMax
h.retryStart = 0.0
h.retryFactor = 3.0
h.retryMax = 0.0
h.createSocket()
print h.sock, h.retryPeriod, h.retryTime is not None
h.createSocket()
print h.sock, h.retryPeriod
h.emit(fixed_record())
print h.sock
h.close()

# TCP: a server thread reads length-prefixed pickles
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(('127.0.0.1', 0))
server.listen(1)
port = server.getsockname()[1]
received = []

def read_exact(conn, n):
    buf = ''
    while len(buf) < n:
        chunk = conn.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return buf

def serve():
    conn, _ = server.accept()
    while True:
        head = read_exact(conn, 4)
        if head is None:
            break
        body = read_exact(conn, struct.unpack('>L', head)[0])
        received.append(cPickle.loads(body))
    conn.close()

t = threading.Thread(target=serve)
t.start()
logger = logging.getLogger('tcp')
logger.propagate = False
logger.setLevel(logging.DEBUG)
sh = logging.handlers.SocketHandler('127.0.0.1', port)
logger.addHandler(sh)
logger.info('hello %s', 'world')
logger.warning('second')
logger.debug(u'unicode \xe9')
sh.close()
t.join()
server.close()
for rec in received:
    print rec['name'], rec['levelname'], repr(rec['msg']), rec['args'], rec['funcName'], rec['lineno']
    r = logging.makeLogRecord(rec)
    print r.getMessage().encode('utf-8')

# UDP: each record is one datagram
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(('127.0.0.1', 0))
dh = logging.handlers.DatagramHandler('127.0.0.1', udp.getsockname()[1])
print dh.closeOnError, dh.sock
ulog = logging.getLogger('udp')
ulog.propagate = False
ulog.addHandler(dh)
ulog.error('over udp %d', 1)
ulog.critical('over udp %d', 2)
for i in range(2):
    packet, _ = udp.recvfrom(65536)
    rec = cPickle.loads(packet[4:])
    print struct.unpack('>L', packet[:4])[0] == len(packet) - 4, rec['levelname'], rec['msg']
print type(dh.sock).__name__ != 'NoneType'
dh.close()
print dh.sock
udp.close()

# subclasses override the steps
class Recording(logging.handlers.SocketHandler):
    def makePickle(self, record):
        return 'PICKLE:' + record.getMessage()
    def send(self, s):
        print 'send', s
rh = Recording('x', 0)
rlog = logging.getLogger('rec')
rlog.propagate = False
rlog.addHandler(rh)
rlog.warning('a %s', 'b')
