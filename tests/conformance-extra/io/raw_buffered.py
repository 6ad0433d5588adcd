# io.FileIO, the buffered classes, RawIOBase subclasses under BufferedReader, UnsupportedOperation
import io, os, tempfile, shutil

base = tempfile.mkdtemp()
p = os.path.join(base, "data.bin")
with open(p, "wb") as f:
    f.write(b"0123456789abcdefghij")
r = io.FileIO(p)
print r.mode, r.name == p, r.readable(), r.writable(), r.seekable(), r.isatty(), r.closefd
print repr(r.read(4)), repr(r.read(0)), r.tell(), r.seek(2, 1), repr(r.readall())
print r.seek(0), repr(r.readline()), r.seek(-3, 2), repr(r.read(10)), repr(r.read(10))
ba = bytearray(4)
r.seek(1)
print r.readinto(ba), repr(ba)
print repr(r)[:16]
try:
    r.write(b"x")
except (IOError, ValueError), e:
    print type(e).__name__, e
fd = r.fileno()
r.close()
print r.closed
for call in [lambda: r.read(), lambda: r.fileno(), lambda: r.seek(0), lambda: r.readable()]:
    try:
        call()
    except ValueError, e:
        print "ValueError:", e
for mode in ["w", "a", "r+", "rb", "wb", "ab", "r+b", "x", "rw", "", "rt", "w+"]:
    try:
        f = io.FileIO(p + ".m", mode)
        print mode, "->", f.mode
        f.close()
    except (ValueError, IOError), e:
        print mode, type(e).__name__, e
try:
    io.FileIO(os.path.join(base, "missing"))
except IOError, e:
    print "IOError:", e.errno, e.strerror, e.filename == os.path.join(base, "missing")
try:
    io.FileIO(base)
except IOError, e:
    print "IOError:", e.errno, e.strerror
w = io.FileIO(p + ".w", "w")
print w.write(b"abc"), w.write(bytearray(b"de")), w.tell()
try:
    w.read()
except (IOError, ValueError), e:
    print type(e).__name__, e
w.truncate(2)
w.close()
print repr(open(p + ".w", "rb").read())
fd = os.open(p, os.O_RDONLY)
f = io.FileIO(fd, closefd=False)
print f.name == fd, repr(f.read(3))
f.close()
print repr(os.read(fd, 2))
os.close(fd)

br = io.BufferedReader(io.FileIO(p), buffer_size=4)
print type(br).__name__, br.raw.name == p, br.name == p, br.mode
print repr(br.peek(1)[:1]), repr(br.read(3)), repr(br.read1(100)), br.tell()
print repr(br.readline()), repr(br.read(2)), br.seek(0), repr(br.read(5)), br.seekable()
ba = bytearray(3)
print br.readinto(ba), repr(ba), repr(br.read())
try:
    br.write(b"x")
except io.UnsupportedOperation, e:
    print "UnsupportedOperation:", e
br.close()
try:
    br.read()
except ValueError, e:
    print "ValueError:", e
try:
    io.BufferedReader(io.FileIO(p), buffer_size=0)
except ValueError, e:
    print "ValueError:", e
bw = io.BufferedWriter(io.FileIO(p + ".bw", "w"), buffer_size=4)
print bw.write(b"ab"), os.path.getsize(p + ".bw"), bw.write(b"cdefgh"), os.path.getsize(p + ".bw") >= 4
bw.flush()
print os.path.getsize(p + ".bw"), bw.tell()
bw.close()
print bw.closed, bw.raw.closed

rnd = io.BufferedRandom(io.FileIO(p, "r+"))
print repr(rnd.read(3)), rnd.write(b"XY"), rnd.tell(), rnd.seek(0), repr(rnd.read(7))
rnd.seek(0, 2)
rnd.write(b"END")
rnd.seek(-5, 2)
print repr(rnd.read()), rnd.truncate(5), rnd.tell()
rnd.close()
print repr(open(p, "rb").read())

class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.calls = 0
    def readable(self):
        return True
    def readinto(self, b):
        self.calls += 1
        n = min(len(b), 3, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
src = Source(b"raw data from python\nsecond line\n")
print repr(src.read(2)), repr(src.read())
src = Source(b"raw data from python\nsecond line\n")
buf = io.BufferedReader(src)
print buf.readline(), repr(buf.read()), src.calls > 2
src = Source(b"wrapped\ntext\n")
tw = io.TextIOWrapper(io.BufferedReader(src), encoding="ascii")
print tw.readlines()

class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(bytearray(b)))
        return len(b)
s = Sink()
w = io.BufferedWriter(s, buffer_size=8)
w.write(b"1234")
w.write(b"5678901234")
w.flush()
print s.chunks
pair = io.BufferedRWPair(io.BytesIO(b"pair input"), io.BytesIO())
print type(pair).__name__, repr(pair.read(4)), repr(pair.peek(1)[:1]), pair.write(b"out"), pair.readable(), pair.writable(), pair.seekable()
pair.close()
print pair.closed

class Bare(io.RawIOBase):
    pass
x = Bare()
for name in ["read", "write", "seek", "tell", "truncate", "fileno", "readinto"]:
    try:
        getattr(x, name)(*([bytearray(1)] if name in ("write", "readinto") else []))
        print name, "ok"
    except Exception, e:
        print name, type(e).__name__, e
print x.readable(), x.writable(), x.seekable(), x.closed
x.close()
print x.closed
try:
    x.readline()
except Exception, e:
    print type(e).__name__, e
class T(io.TextIOBase):
    pass
t = T()
for name in ["read", "readline", "write", "detach"]:
    try:
        getattr(t, name)(*([u"x"] if name == "write" else []))
    except Exception, e:
        print name, type(e).__name__, e
print t.encoding, t.newlines, t.errors
print issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.StringIO, io.TextIOBase)
print issubclass(io.UnsupportedOperation, ValueError), issubclass(io.UnsupportedOperation, IOError), io.BlockingIOError.__name__
e = io.BlockingIOError(11, "would block", 5)
print e.errno, e.strerror, e.characters_written
shutil.rmtree(base)
