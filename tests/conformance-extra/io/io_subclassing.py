# io classes subclassed from Python: the native code calls the overrides through attribute look-up
import io


class Lines(io.TextIOBase):
    def __init__(self, items):
        self.items = list(items)
    def readable(self):
        return True
    def readline(self):
        return self.items.pop(0) if self.items else u""
print [l for l in Lines([u"a\n", u"b\n"])]
print Lines([u"x\n", u"y\n", u"z\n"]).readlines()
print Lines([u"p\n", u"q\n"]).readlines(1)


class Collect(io.RawIOBase):
    def __init__(self):
        self.out = []
    def writable(self):
        return True
    def write(self, b):
        self.out.append(bytes(bytearray(b)))
        return len(b)
c = Collect()
c.writelines([b"one", b"two"])
print c.out
with Collect() as c2:
    print c2.closed, c2.writable(), c2.readable()
print c2.closed
try:
    c2.writelines([b"late"])
except ValueError, e:
    print "ValueError:", e


class Chunky(io.BytesIO):
    reads = 0
    def read1(self, n):
        Chunky.reads += 1
        return io.BytesIO.read1(self, min(n, 4))
t = io.TextIOWrapper(Chunky(b"hello world\nsecond line\n"), encoding="ascii")
print t.readline(), Chunky.reads > 2, repr(t.read())


class Peeky(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
r = io.BufferedReader(Peeky(b"abc\ndef\n"), 2)
print repr(r.readline()), repr(r.peek(1)[:1]), [l for l in r]


class Tracked(io.BytesIO):
    def close(self):
        print "Tracked.close"
        io.BytesIO.close(self)
with Tracked(b"x") as tr:
    print repr(tr.read())
tw = io.TextIOWrapper(Tracked(), encoding="utf-8")
tw.write(u"z")
tw.close()


class Named(io.FileIO):
    def __init__(self, path, mode="r"):
        io.FileIO.__init__(self, path, mode)
        self.extra = "set"
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "n.txt")
with open(p, "w") as f:
    f.write("named\n")
n = Named(p)
print n.extra, n.mode, repr(n.read()), type(n).__name__, isinstance(n, io.RawIOBase)
n.close()
os.remove(p)
os.rmdir(d)


class MyStringIO(io.StringIO):
    def readline(self, *args):
        line = io.StringIO.readline(self, *args)
        return line.upper()
print [l for l in MyStringIO(u"ab\ncd\n")]
