# io.BytesIO: the documented API, edge cases and error messages
import io

b = io.BytesIO(b"hello\nworld\nlast")
print type(b).__name__, isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase)
print b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed
print repr(b.read(3)), b.tell(), repr(b.read1(4)), repr(b.readline()), repr(b.readline(2))
print b.readlines(), repr(b.read()), repr(b.readline())
b.seek(0)
print b.readlines(1), b.readlines(0)
b.seek(0)
print [l for l in b]
print b.seek(3), b.seek(2, 1), b.seek(-1, 2), b.tell()
for args in [(-1,), (0, 3), (1, 5)]:
    try:
        b.seek(*args)
    except (ValueError, IOError, TypeError), e:
        print type(e).__name__, e
try:
    b.seek(0.5)
except TypeError, e:
    print "TypeError:", e
b = io.BytesIO()
print b.write(b"abc"), b.write(b""), b.tell(), repr(b.getvalue())
print b.write(bytearray(b"de")), repr(b.getvalue())
try:
    b.write(u"text")
except TypeError, e:
    print "TypeError:", e
try:
    b.write(42)
except TypeError, e:
    print "TypeError:", e
b.seek(10)
b.write(b"!")
print repr(b.getvalue()), len(b.getvalue())
print b.truncate(4), repr(b.getvalue()), b.tell()
print b.truncate(), repr(b.getvalue())
b.seek(1)
print b.truncate(), repr(b.getvalue())
try:
    b.truncate(-1)
except ValueError, e:
    print "ValueError:", e
b.writelines([b"x", b"y", b"z"])
print repr(b.getvalue())
ba = bytearray(5)
b = io.BytesIO(b"xyz")
print b.readinto(ba), repr(ba), b.readinto(ba), repr(ba)
b = io.BytesIO(b"0123")
print repr(b.read(None)), repr(b.read(-5))
b = io.BytesIO(b"abc")
print b.flush(), b.fileno if False else "-"
try:
    b.fileno()
except io.UnsupportedOperation, e:
    print "UnsupportedOperation:", e, isinstance(e, ValueError), isinstance(e, IOError)
with io.BytesIO(b"ctx") as c:
    print repr(c.read())
print c.closed
for name, call in [("read", lambda: c.read()), ("write", lambda: c.write(b"x")), ("seek", lambda: c.seek(0)),
                   ("tell", lambda: c.tell()), ("getvalue", lambda: c.getvalue()), ("readline", lambda: c.readline()),
                   ("truncate", lambda: c.truncate()), ("flush", lambda: c.flush()), ("iter", lambda: iter(c)),
                   ("isatty", lambda: c.isatty()), ("readable", lambda: c.readable())]:
    try:
        call()
        print name, "ok"
    except ValueError, e:
        print name, "ValueError:", e
c.close()
print "close twice ok"
class Counting(io.BytesIO):
    def write(self, data):
        print "Counting.write", repr(data)
        return io.BytesIO.write(self, data)
cb = Counting()
cb.write(b"q")
cb.writelines([b"r", b"s"])
print repr(cb.getvalue()), cb.__class__.__name__
cb.extra = 1
print cb.extra
print io.BytesIO(b"a\r\nb\rc").readlines()
