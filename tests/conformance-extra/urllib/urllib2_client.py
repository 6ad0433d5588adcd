# urllib2: urlopen with a URL or a Request (headers, data -> POST, get_method override), the
# response (read, readline, info, geturl, getcode, code/msg), HTTPError (code, msg, hdrs, read, str,
# reason) and URLError (reason, str), redirects as 2.7 follows them (302 GET, 303 POST -> GET, 307
# POST refused, loops, non-http targets), build_opener/install_opener with custom handlers and
# processors, handler ordering, Request's accessors, file: URLs and unknown schemes.
import os
import shutil
import socket
import tempfile
import threading
import urllib
import urllib2

def readline(conn):
    line = ""
    while not line.endswith("\n"):
        c = conn.recv(1)
        if not c:
            break
        line += c
    return line

seen = []

def handle(conn):
    request = readline(conn).rstrip("\r\n")
    headers = {}
    while True:
        line = readline(conn)
        if line in ("\r\n", ""):
            break
        k, v = line.rstrip("\r\n").split(": ", 1)
        headers[k.lower()] = v
    body = ""
    if "content-length" in headers:
        n = int(headers["content-length"])
        while len(body) < n:
            body += conn.recv(n - len(body))
    method, path, version = request.split(" ")
    seen.append((method, path, sorted(headers.items()), body))
    if path == "/hello":
        payload = "line one\nline two\nline three\n"
        conn.sendall("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nX-Server: test\r\nContent-Length: %d\r\n\r\n%s" % (len(payload), payload))
    elif path.startswith("/echo"):
        payload = "%s %s body=%r" % (method, path, body)
        conn.sendall("HTTP/1.0 201 Created\r\nContent-Length: %d\r\n\r\n%s" % (len(payload), payload))
    elif path == "/moved":
        conn.sendall("HTTP/1.0 302 Found\r\nLocation: /hello\r\nContent-Length: 0\r\n\r\n")
    elif path == "/see-other":
        conn.sendall("HTTP/1.0 303 See Other\r\nLocation: http://127.0.0.1:%d/echo/after\r\nContent-Length: 0\r\n\r\n" % port)
    elif path == "/temp":
        conn.sendall("HTTP/1.0 307 Temporary\r\nLocation: /echo/temp\r\nContent-Length: 0\r\n\r\n")
    elif path == "/loop":
        conn.sendall("HTTP/1.0 301 Moved\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n")
    elif path == "/badredirect":
        conn.sendall("HTTP/1.0 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\n\r\n")
    elif path == "/short":
        conn.sendall("HTTP/1.0 200 OK\r\nContent-Length: 100\r\n\r\nonly this")
    elif path == "/big":
        payload = "x" * 20000
        conn.sendall("HTTP/1.0 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(payload), payload))
    elif path == "/nolength":
        conn.sendall("HTTP/1.0 200 OK\r\n\r\nno length given")
    else:
        payload = "<h1>not here</h1>"
        conn.sendall("HTTP/1.0 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(payload), payload))
    conn.close()

def serve(listener):
    while True:
        conn, _ = listener.accept()
        handle(conn)

listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(20)
port = listener.getsockname()[1]
t = threading.Thread(target=serve, args=(listener,))
t.daemon = True
t.start()
root = "http://127.0.0.1:%d" % port
def show(s):
    return str(s).replace(str(port), "PORT")

r = urllib2.urlopen(root + "/hello")
print r.getcode(), r.code, r.msg, show(r.geturl()), r.info()["content-type"], r.headers.getheader("x-server")
print repr(r.readline()), r.read()
print show(seen[-1])
r.close()

req = urllib2.Request(root + "/echo/req?x=1#frag", headers={"x-custom": "v", "ACCEPT": "text/plain"})
print req.get_method(), show(req.get_full_url()), req.get_type(), show(req.get_host()), req.get_selector(), req.has_data()
print sorted(req.headers.items()), req.has_header("X-custom"), req.get_header("Accept"), req.get_header("None", "dflt")
print req.get_origin_req_host(), req.is_unverifiable(), req.has_proxy()
req.add_data("k=v")
print req.get_method(), req.get_data(), req.has_data()
r = urllib2.urlopen(req)
print r.code, r.read()
print show(seen[-1])
req.add_unredirected_header("x-once", "1")
print show(sorted(req.header_items()))

class PutRequest(urllib2.Request):
    def get_method(self):
        return "PUT"
print urllib2.urlopen(PutRequest(root + "/echo/put", "body")).read()

try:
    urllib2.urlopen(root + "/missing")
except urllib2.HTTPError as e:
    print "HTTPError:", e, e.code, e.msg, e.reason, e.hdrs["content-type"], e.read(), show(e.geturl()), e.getcode()
    print isinstance(e, urllib2.URLError), isinstance(e, IOError), show(e.filename), e.info()["content-length"]

print urllib2.urlopen(root + "/moved").read()
print urllib2.urlopen(root + "/see-other", "posted=1").read()
print urllib2.urlopen(root + "/temp").read()
try:
    urllib2.urlopen(root + "/temp", "posted=1")
except urllib2.HTTPError as e:
    print "HTTPError:", e.code, e.msg
try:
    urllib2.urlopen(root + "/loop")
except urllib2.HTTPError as e:
    print "HTTPError:", e.code, repr(e.msg)
try:
    urllib2.urlopen(root + "/badredirect")
except urllib2.HTTPError as e:
    print "HTTPError:", e.code, e.msg, e.filename

free = socket.socket()
free.bind(("127.0.0.1", 0))
free_port = free.getsockname()[1]
free.close()
try:
    urllib2.urlopen("http://127.0.0.1:%d/" % free_port)
except urllib2.URLError as e:
    print "URLError:", type(e.reason).__name__, e.reason.errno == 111, str(e).startswith("<urlopen error [Errno 111]")
try:
    urllib2.urlopen("nosuch://x/")
except urllib2.URLError as e:
    print "URLError:", e, e.reason, e.args
try:
    urllib2.urlopen("no-scheme")
except ValueError as e:
    print "ValueError:", e
try:
    urllib2.urlopen("http:///nohost")
except urllib2.URLError as e:
    print "URLError:", e

base = tempfile.mkdtemp()
path = os.path.join(base, "f.txt")
open(path, "w").write("file body\n")
r = urllib2.urlopen("file://" + urllib.pathname2url(path))
print repr(r.read()), r.geturl() == "file://" + path, r.info()["content-type"], r.info()["content-length"]
try:
    urllib2.urlopen("file://" + os.path.join(base, "missing"))
except urllib2.URLError as e:
    print "URLError:", e.reason.errno, e.reason.strerror
shutil.rmtree(base)

class Recorder(urllib2.BaseHandler):
    handler_order = 100
    def http_request(self, req):
        req.add_header("X-Recorded", "yes")
        print "recorder saw request", req.get_method(), req.get_selector()
        return req
    def http_response(self, req, resp):
        print "recorder saw response", resp.code
        return resp

class NotFoundIsFine(urllib2.BaseHandler):
    def http_error_404(self, req, fp, code, msg, hdrs):
        return "404 handled for " + req.get_selector()

opener = urllib2.build_opener(Recorder, NotFoundIsFine())
print [h.__class__.__name__ for h in opener.handlers]
print opener.addheaders
r = opener.open(root + "/hello")
print r.read(4), [h for h in seen[-1][2] if h[0] in ("x-recorded", "user-agent", "connection")]
print opener.open(root + "/missing")
opener.addheaders = [("User-agent", "tool/1.0")]
urllib2.install_opener(opener)
r = urllib2.urlopen(root + "/hello")
print [h for h in seen[-1][2] if h[0] == "user-agent"]
urllib2.install_opener(None)
print urllib2.urlopen(root + "/hello").read(4), [h for h in seen[-1][2] if h[0] == "user-agent"]
try:
    urllib2.OpenerDirector().add_handler(object())
except TypeError as e:
    print "TypeError:", e
o = urllib2.OpenerDirector()
print o.open(root + "/hello"), o.handlers
print sorted(o.handle_open), sorted(urllib2.build_opener().handle_error["http"])
h1, h2 = urllib2.BaseHandler(), urllib2.HTTPErrorProcessor()
print h1 < h2, h2 < h1, h1.handler_order, h2.handler_order, urllib2.HTTPRedirectHandler.max_repeats, urllib2.HTTPRedirectHandler.max_redirections
