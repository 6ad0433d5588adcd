# io.TextIOWrapper and io.StringIO: encodings, newline modes, line_buffering, errors
import io, os, tempfile, shutil

base = tempfile.mkdtemp()
p = os.path.join(base, "t.txt")
with io.open(p, "w", encoding="utf-8") as f:
    print type(f).__name__, f.name == p, f.mode, f.encoding, f.errors, f.line_buffering, type(f.buffer).__name__
    print f.write(u"\u00e9t\u00e9\n"), f.write(u"line2\n"), f.tell()
    f.writelines([u"a\n", u"b\n"])
    for bad in ["str", 3, None]:
        try:
            f.write(bad)
        except TypeError, e:
            print "TypeError:", e
    print f.readable(), f.writable(), f.seekable()
    try:
        f.read()
    except IOError, e:
        print type(e).__name__, e
print repr(open(p, "rb").read())
with io.open(p, encoding="utf-8") as f:
    print repr(f.read(2)), repr(f.readline()), repr(f.readline(3)), repr(f.read())
    print f.seek(0), repr(f.read(1))
    try:
        f.seek(1, 1)
    except IOError, e:
        print type(e).__name__, e
    try:
        f.seek(-1)
    except ValueError, e:
        print type(e).__name__, e
    print f.seek(0, 2) > 0, repr(f.read())
    f.seek(0)
    print [l for l in f]
    try:
        f.write(u"x")
    except IOError, e:
        print type(e).__name__, e
print f.closed
try:
    f.read()
except ValueError, e:
    print "ValueError:", e
with io.open(p, "a", encoding="utf-8") as f:
    f.write(u"appended\n")
with io.open(p, "r+", encoding="utf-8") as f:
    print repr(f.read())
    f.write(u"more")
print repr(io.open(p, encoding="utf-8").read())
with io.open(p, "w+", encoding="latin-1") as f:
    f.write(u"caf\xe9\n")
    f.seek(0)
    print repr(f.read())
try:
    with io.open(p, "w", encoding="ascii") as f:
        f.write(u"caf\xe9")
except UnicodeEncodeError, e:
    print "UnicodeEncodeError:", e
with io.open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write(u"caf\xe9 \u20ac")
print repr(open(p, "rb").read())
with io.open(p, "w", encoding="ascii", errors="ignore") as f:
    f.write(u"caf\xe9")
print repr(open(p, "rb").read())
for mode in ["rw", "rbt", "wU", "Ur", "rb+", "U", "x", "r++", ""]:
    try:
        f = io.open(p, mode)
        print repr(mode), "->", type(f).__name__, f.mode
        f.close()
    except (ValueError, IOError), e:
        print repr(mode), type(e).__name__, e
for kw in [dict(encoding="utf-8"), dict(errors="strict"), dict(newline="")]:
    try:
        io.open(p, "rb", **kw)
    except ValueError, e:
        print "ValueError:", e
try:
    io.open(p, "r", newline="x")
except ValueError, e:
    print "ValueError:", e
try:
    io.open(p, "r", buffering=0)
except ValueError, e:
    print "ValueError:", e
f = io.open(p, "rb", buffering=0)
print type(f).__name__
f.close()
try:
    io.open(p, encoding="no-such-codec")
except LookupError, e:
    print "LookupError:", e

out = io.BytesIO()
tw = io.TextIOWrapper(out, encoding="utf-8", line_buffering=True)
tw.write(u"no newline")
print repr(out.getvalue())
tw.write(u" now\n")
print repr(out.getvalue())
tw = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), newline=None)
print tw.readlines(), tw.newlines
tw = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), newline="")
print tw.readlines(), tw.newlines
tw = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9"), encoding="utf-8")
print repr(tw.read()), tw.encoding
b = io.BytesIO()
tw = io.TextIOWrapper(b, encoding="utf-8")
tw.write(u"x")
print repr(b.getvalue())
tw.flush()
print repr(b.getvalue())
print repr(tw.detach() is b)
try:
    tw.write(u"y")
except ValueError, e:
    print "ValueError:", e
tw = io.TextIOWrapper(io.BytesIO(b"\xff\xfeh\x00i\x00"), encoding="utf-16")
print repr(tw.read())
b = io.BytesIO()
tw = io.TextIOWrapper(b, encoding="utf-16")
tw.write(u"ab")
tw.write(u"c")
tw.flush()
print repr(b.getvalue())
tw = io.TextIOWrapper(io.BytesIO(b"abc\xffdef"), encoding="utf-8", errors="replace")
print repr(tw.read())
tw = io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8")
print tw.readable(), tw.writable(), tw.seekable(), tw.closed, tw.isatty()
tw.close()
print tw.closed

s = io.StringIO(u"one\ntwo\nthree")
print type(s).__name__, s.readable(), s.writable(), s.seekable(), s.line_buffering, s.encoding, s.errors, s.newlines
print repr(s.readline()), repr(s.read(3)), s.tell(), s.readlines()
print s.seek(0), s.seek(0, 2), s.tell()
for args in [(1, 1), (-1, 2), (-1,)]:
    try:
        s.seek(*args)
    except (IOError, ValueError), e:
        print type(e).__name__, e
s = io.StringIO()
print s.write(u"abc"), s.seek(6), s.write(u"d"), repr(s.getvalue())
print s.truncate(2), repr(s.getvalue()), s.tell()
try:
    s.truncate(-1)
except ValueError, e:
    print "ValueError:", e
s = io.StringIO(u"a\r\nb", newline="\r\n")
print repr(s.getvalue()), s.readlines()
s = io.StringIO(newline="\r")
s.write(u"x\ny\n")
print repr(s.getvalue())
s = io.StringIO(newline=None)
s.write(u"x\r\ny\rz")
print repr(s.getvalue()), s.newlines
try:
    io.StringIO(newline="foo")
except ValueError, e:
    print "ValueError:", e
try:
    io.StringIO(3)
except TypeError, e:
    print "TypeError:", e
s = io.StringIO(u"\u20ac")
print repr(s.read()), s.tell()
try:
    s.fileno()
except io.UnsupportedOperation, e:
    print "UnsupportedOperation:", e
try:
    s.detach()
except io.UnsupportedOperation, e:
    print "UnsupportedOperation:", e
s.close()
try:
    s.getvalue()
except ValueError, e:
    print "ValueError:", e
class Upper(io.StringIO):
    def write(self, t):
        return io.StringIO.write(self, t.upper())
u = Upper()
u.write(u"printed\n")
u.writelines([u"more\n"])
print repr(u.getvalue())
d = io.IncrementalNewlineDecoder(None, translate=True)
print repr(d.decode(u"a\r")), repr(d.decode(u"\nb\r", final=True)), d.newlines
shutil.rmtree(base)
