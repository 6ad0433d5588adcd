# cStringIO and StringIO details: types, reset, getvalue(use_pos), type errors, no subclassing of cStringIO
import cStringIO, StringIO
c = cStringIO.StringIO()
c.write("hello")
c.seek(2)
print repr(c.getvalue(True)), repr(c.getvalue()), c.tell()
c.seek(-5)
print c.tell()
c.reset()
print repr(c.read(2)), repr(c.readline(0)), repr(c.readline())
try:
    c.truncate(-1)
except IOError, e:
    print "IOError:", e
i = cStringIO.StringIO("abc")
print hasattr(i, "softspace"), hasattr(c, "softspace"), type(i).__name__, type(c).__name__
print type(i) is cStringIO.InputType, type(c) is cStringIO.OutputType
try:
    class X(cStringIO.OutputType):
        pass
except TypeError, e:
    print "TypeError:", e
print repr(cStringIO.StringIO(bytearray("xy")).read()), repr(cStringIO.StringIO(u"abc").getvalue())
for bad in [3, None]:
    try:
        cStringIO.StringIO(bad)
    except TypeError, e:
        print "TypeError:", e
c = cStringIO.StringIO()
c.write(bytearray("d"))
try:
    c.write(3)
except TypeError, e:
    print "TypeError:", e
c.close()
try:
    c.write("x")
except ValueError, e:
    print "ValueError:", e
s = StringIO.StringIO("a\nb")
print repr(s.readline(0)), s.len, s.pos, repr(s.buf)
s.write(3)
s.write(None)
s.write("")
print repr(s.getvalue()), s.len
s.close()
print s.closed
try:
    s.read()
except ValueError, e:
    print "ValueError:", e
