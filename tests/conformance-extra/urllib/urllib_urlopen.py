# urllib's client: urlopen over http (GET, POST with data, headers sent, the response object's
# read/readline/readlines/iteration/info/geturl/getcode/close), FancyURLopener following redirects
# and returning error pages, URLopener raising IOError('http error', ...), file: URLs and local
# paths, urlretrieve with a filename and a reporthook, to a temporary file, urlcleanup,
# ContentTooShortError, the split helpers, pathname2url/url2pathname, unknown schemes.
import os
import shutil
import socket
import tempfile
import threading
import urllib

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
    return s.replace(str(port), "PORT")

f = urllib.urlopen(root + "/hello")
print f.getcode(), show(f.geturl()), f.info()["content-type"], f.info().getheader("X-Server"), f.headers["content-length"]
print repr(f.readline()), f.readlines()
f.close()
print f.fp
print show(repr(seen[-1]))
f = urllib.urlopen(root + "/hello")
print [line for line in f]
f = urllib.urlopen(root + "/hello")
print repr(f.read(4)), repr(f.read())
print show(str(f.info())),
print type(f).__name__, repr(f).startswith("<addinfourl at "), f.fileno() > 0

f = urllib.urlopen(root + "/echo", urllib.urlencode([("a", "1"), ("b", "x y")]))
print f.getcode(), f.read()
print show(repr(seen[-1]))
f = urllib.urlopen(root + "/echo?q=1 2")
print f.read()

f = urllib.urlopen(root + "/moved")
print f.getcode(), show(f.geturl()), f.read()
f = urllib.urlopen(root + "/loop")
print f.getcode(), show(f.geturl()), repr(f.read())
try:
    urllib.urlopen(root + "/badredirect")
except IOError as e:
    print "IOError:", e.args[:3]
f = urllib.urlopen(root + "/missing")
print f.getcode(), show(f.geturl()), f.read(), f.info()["content-type"]

opener = urllib.URLopener()
print opener.version, opener.addheaders
try:
    opener.open(root + "/missing")
except IOError as e:
    print "IOError:", e.args[0], e.args[1], e.args[2], e.args[3]["content-length"]
try:
    opener.open(root + "/moved")
except IOError as e:
    print "IOError:", e.args[:3]
opener.addheader("X-Extra", "1")
print opener.open(root + "/hello").read(4)
print [h for h in seen[-1][2] if h[0].startswith("x-") or h[0] == "user-agent"]

class Custom(urllib.FancyURLopener):
    version = "custom-agent/1.0"
    def http_error_404(self, url, fp, errcode, errmsg, headers, data=None):
        return "handled %d %s %s" % (errcode, errmsg, show(url))
print Custom().open(root + "/missing")
print [h for h in seen[-1][2] if h[0] == "user-agent"]

base = tempfile.mkdtemp()
path = os.path.join(base, "data file.txt")
open(path, "w").write("alpha\nbeta\n")
url = "file://" + urllib.pathname2url(path)
print urllib.pathname2url("/a b/c%d"), urllib.url2pathname("/a%20b/c%25d")
f = urllib.urlopen(url)
print f.read(), f.getcode(), f.geturl() == url, f.info()["Content-Type"], f.info()["Content-Length"]
print sorted(f.info().keys())
f = urllib.urlopen(urllib.pathname2url(path))
print repr(f.read()), f.geturl() == "file://" + urllib.pathname2url(path)
try:
    urllib.urlopen("file://" + urllib.pathname2url(os.path.join(base, "missing.txt")))
except IOError as e:
    print "IOError:", e.errno, e.strerror, e.filename == os.path.join(base, "missing.txt")
try:
    urllib.urlopen("gopherx://host/")
except IOError as e:
    print "IOError:", e.args
try:
    urllib.urlopen("file://remote.example.invalid/x")
except IOError as e:
    print "IOError:", type(e).__name__

hooks = []
def hook(blocknum, bs, size):
    hooks.append((blocknum, bs, size))
target = os.path.join(base, "big.out")
filename, headers = urllib.urlretrieve(root + "/big", target, hook)
print filename == target, os.path.getsize(target), headers["content-length"], hooks
filename, headers = urllib.urlretrieve(url)
print filename == path, headers["content-length"]
filename, headers = urllib.urlretrieve(root + "/nolength")
print os.path.exists(filename), filename.endswith(""), open(filename).read()
urllib.urlcleanup()
print os.path.exists(filename)
try:
    urllib.urlretrieve(root + "/short", os.path.join(base, "short.out"))
except urllib.ContentTooShortError as e:
    print "ContentTooShortError:", e, e.content[0].endswith("short.out"), isinstance(e, IOError)

print urllib.splittype("HTTP://h/p"), urllib.splittype("/p"), urllib.splithost("//user@h:80/p?q"), urllib.splithost("/p")
print urllib.splithost("//h"), urllib.splithost("//h?x")
print urllib.splituser("u:p@h"), urllib.splituser("h"), urllib.splitpasswd("u:p:q"), urllib.splitpasswd("u")
print urllib.splitport("h:80"), urllib.splitport("h:"), urllib.splitport("h"), urllib.splitport("[::1]:8")
print urllib.splitnport("h:80"), urllib.splitnport("h:x"), urllib.splitnport("h"), urllib.splitnport("h", 5), urllib.splitnport("h:", 7)
print urllib.splitquery("/p?a?b"), urllib.splitquery("/p"), urllib.splittag("/p#t"), urllib.splittag("/p")
print urllib.splitattr("/p;a=1;b"), urllib.splitvalue("a=1=2"), urllib.splitvalue("a")
print urllib.unwrap(" <URL:http://x/> "), urllib.unwrap("URL: y"), urllib.toBytes(u"http://x"), urllib.basejoin("http://a/b/c", "../d")
try:
    urllib.toBytes(u"http://\xe9")
except UnicodeError as e:
    print "UnicodeError:", e
shutil.rmtree(base)
