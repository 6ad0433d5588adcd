# HTTPHandler (GET and POST of the urlencoded record dict through httplib.HTTP) against a tiny HTTP
# server thread, and the httplib/urllib pieces it uses.
import logging, logging.handlers, httplib, urllib, socket, threading

STABLE = ('x', 'source', 'level', 'text', 'name', 'msg', 'args', 'levelname', 'levelno', 'funcName', 'module', 'filename', 'exc_info', 'exc_text', 'lineno')

def show_query(query):
    pairs = [p.split('=', 1) for p in query.split('&')]
    print '    keys:', [k for k, v in pairs]
    print '    values:', [(k, urllib.unquote_plus(v)) for k, v in pairs if k in STABLE]

class Server(object):
    def __init__(self, replies):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(('127.0.0.1', 0))
        self.sock.listen(5)
        self.port = self.sock.getsockname()[1]
        self.replies = replies
        self.requests = []
        self.thread = threading.Thread(target=self.serve)
        self.thread.start()

    def serve(self):
        for reply in self.replies:
            conn, _ = self.sock.accept()
            f = conn.makefile('rb')
            request = f.readline().rstrip('\r\n')
            headers = []
            length = 0
            while True:
                line = f.readline().rstrip('\r\n')
                if not line:
                    break
                headers.append(line)
                if line.lower().startswith('content-length:'):
                    length = int(line.split(':')[1])
            body = f.read(length) if length else ''
            self.requests.append((request, headers, body))
            conn.sendall(reply)
            f.close()
            conn.close()
        self.sock.close()

    def show(self):
        self.thread.join()
        for request, headers, body in self.requests:
            method, target, version = request.split(' ')
            path, _, query = target.partition('?')
            print '  ', method, path, version
            # the record's time, thread and process values make the length vary
            print '   ', [h.replace(str(self.port), 'PORT') if h != 'Content-length: %d' % len(body) else 'Content-length: <len(body)>'
                         for h in headers]
            if query:
                show_query(query)
            if body:
                show_query(body)

OK = 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nlogged'

s = Server([OK, OK, OK, 'HTTP/1.0 500 Internal Server Error\r\n\r\n'])
host = '127.0.0.1:%d' % s.port
get = logging.handlers.HTTPHandler(host, '/log')
post = logging.handlers.HTTPHandler(host, '/log?source=app', method='post')
print get.host == host, get.url, get.method, post.method
log = logging.getLogger('web')
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(get)
log.warning('disk %s at %d%%', 'sda', 93)
log.removeHandler(get)
log.addHandler(post)
log.error(u'cafe & more')
log.removeHandler(post)

class Mapped(logging.handlers.HTTPHandler):
    def mapLogRecord(self, record):
        return [('level', record.levelname), ('text', record.getMessage())]
m = Mapped(host, '/custom?x=1')
log.addHandler(m)
log.info('a+b=c d')
log.critical('server error is ignored')
log.removeHandler(m)
s.show()

try:
    logging.handlers.HTTPHandler('h', '/', 'PUT')
except ValueError as e:
    print 'ValueError', e

# httplib.HTTPConnection directly
s = Server(['HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Multi: a\r\nX-Multi: b\r\nConnection: close\r\n\r\nhello',
            'HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n4\r\nnot \r\n5\r\nfound\r\n0\r\n\r\n',
            'HTTP/1.0 204 No Content\r\n\r\n'])
c = httplib.HTTPConnection('127.0.0.1', s.port, timeout=5)
print c.host == '127.0.0.1', c.port == s.port
c.request('POST', '/submit', 'a=1&b=2', {'Content-Type': 'application/x-www-form-urlencoded', 'X-Custom': 'v'})
r = c.getresponse()
print r.status, r.reason, r.version, r.length, r.will_close, r.chunked
print r.getheader('x-multi'), r.getheader('missing', 'dflt'), sorted(r.getheaders())
print repr(r.read(2)), r.length, repr(r.read()), r.isclosed()
c.request('GET', '/missing')
r = c.getresponse()
print r.status, r.reason, r.chunked, repr(r.read(3)), repr(r.read())
c.putrequest('HEAD', '')
c.putheader('X-Values', 'one', 2)
c.endheaders()
try:
    c.putheader('Late', 'x')
except httplib.CannotSendHeader as e:
    print 'CannotSendHeader', repr(e)
r = c.getresponse()
print r.status, r.reason, r.length, repr(r.read())
c.close()
s.show()

print httplib.HTTPConnection('example.com:8080').port, httplib.HTTPConnection('[::1]:81').host, httplib.HTTPConnection('example.com:').port
try:
    httplib.HTTPConnection('example.com:http')
except httplib.InvalidURL as e:
    print 'InvalidURL', e
c = httplib.HTTPConnection('localhost')
c.putrequest('GET', '/')
try:
    c.putrequest('GET', '/')
except httplib.CannotSendRequest as e:
    print 'CannotSendRequest', isinstance(e, httplib.ImproperConnectionState)
try:
    c.getresponse()
except httplib.ResponseNotReady as e:
    print 'ResponseNotReady'
try:
    c.putheader('Bad Name:', 'x')
except ValueError as e:
    print 'ValueError', e
print httplib.responses[200], httplib.responses[404], httplib.OK, httplib.NOT_FOUND, httplib.INTERNAL_SERVER_ERROR, httplib.HTTP_PORT
print repr(httplib.IncompleteRead('abc', 4)), str(httplib.IncompleteRead('')), httplib.BadStatusLine('').line, httplib.BadStatusLine('x').args
print httplib.UnknownProtocol('HTTP/2').version, issubclass(httplib.HTTPException, Exception), httplib.error is httplib.HTTPException

# urllib quoting
print urllib.quote('a b/c?d=e&f~'), urllib.quote('a b/c', safe=''), urllib.quote_plus('a b+c/d'), urllib.quote_plus('x y', safe='/ ')
print urllib.quote(''), repr(urllib.quote(u'abc')), urllib.quote('\xff\x00')
print urllib.unquote('a%20b%2Fc%zz%4'), urllib.unquote_plus('a+b%2B'), repr(urllib.unquote(u'caf%C3%A9 \xe9%41'))
print urllib.urlencode([('a', 1), ('b', 'x y'), ('c', '&=')]), urllib.urlencode({'k': 'v'})
print urllib.urlencode([('l', [1, 2]), ('s', 'st'), ('u', u'\xe9x'), ('n', 5)], doseq=1), urllib.urlencode([('l', [1, 2])])
for bad in (lambda: urllib.quote(None), lambda: urllib.urlencode('abc'), lambda: urllib.quote(u'\xe9')):
    try:
        bad()
    except (TypeError, KeyError) as e:
        print type(e).__name__, repr(e)
