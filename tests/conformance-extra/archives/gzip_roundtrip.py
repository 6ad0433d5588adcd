# gzip: write/read round trips, header bytes with a fixed mtime, multi-member files, modes, errors
import gzip, os, tempfile, shutil, StringIO, struct, zlib

d = tempfile.mkdtemp()
p = os.path.join(d, "data.txt.gz")
text = "".join("line %d: %s\n" % (i, "abc" * (i % 7)) for i in range(200))

f = gzip.GzipFile(p, "wb", 9, None, 1234567890)
print f.mode == gzip.WRITE, f.name == p, f.write(text[:1000]), f.write(text[1000:])
print "closed before:", f.closed
f.close()
print "closed after:", f.closed
f.close()  # closing twice is harmless
raw = open(p, "rb").read()
print "header:", repr(raw[:10])
print "fname:", repr(raw[10:raw.index("\0", 10) + 1])
print "trailer crc ok:", struct.unpack("<I", raw[-8:-4])[0] == (zlib.crc32(text) & 0xffffffff)
print "trailer size:", struct.unpack("<I", raw[-4:])[0], len(text)

g = gzip.open(p)
print "read mode:", g.mode == gzip.READ, g.name == p
print "first line:", repr(g.readline())
print "readline(5):", repr(g.readline(5))
print "rest of line:", repr(g.readline())
print "tell:", g.tell()
print "read(20):", repr(g.read(20))
g.seek(0)
print "after seek(0):", repr(g.read(12))
g.seek(7, 1)
print "seek(7, 1):", g.tell(), repr(g.read(5))
print "mtime:", g.mtime
data = g.read()
print "rest length:", len(data)
print "read at eof:", repr(g.read()), repr(g.readline())
g.close()

with gzip.open(p, "rb") as g:
    lines = g.readlines()
print "readlines:", len(lines), repr(lines[-1])
with gzip.open(p) as g:
    n = 0
    for line in g:
        n += 1
print "iterated:", n

# append mode adds a second member; reading gives both
with gzip.open(p, "ab") as g:
    g.write("appended\n")
with gzip.open(p) as g:
    both = g.read()
print "multi-member:", both == text + "appended\n"

# fileobj with explicit filename and mtime; header bytes are deterministic
buf = StringIO.StringIO()
g = gzip.GzipFile(filename="report.csv.gz", mode="wb", fileobj=buf, mtime=1)
g.write("a,b\n1,2\n")
g.close()
v = buf.getvalue()
print "StringIO header:", repr(v[:10]), repr(v[10:21])
print "decompressed via zlib:", repr(zlib.decompress(v[21:-8], -15))
g = gzip.GzipFile(fileobj=StringIO.StringIO(v))
print "read back:", repr(g.read()), g.name == ""
# no filename: the FNAME flag is not set
buf = StringIO.StringIO()
g = gzip.GzipFile(mode="w", fileobj=buf, mtime=0)
g.write("x")
g.close()
print "no name header:", repr(buf.getvalue()[:10])
# compresslevel 0..9 all decompress the same
for level in (0, 1, 5, 9):
    buf = StringIO.StringIO()
    g = gzip.GzipFile(mode="wb", fileobj=buf, compresslevel=level, mtime=5)
    g.write(text)
    g.close()
    print "level", level, gzip.GzipFile(fileobj=StringIO.StringIO(buf.getvalue())).read() == text

# errors
try:
    gzip.GzipFile(p, "x")
except ValueError as e:
    print "ValueError:", e
try:
    gzip.GzipFile(fileobj=StringIO.StringIO(), mode="x")
except IOError as e:
    print "IOError:", e
g = gzip.GzipFile(fileobj=StringIO.StringIO("this is not gzip data"))
try:
    g.read()
except IOError as e:
    print "IOError:", e
bad = v[:-8] + struct.pack("<I", 0) + v[-4:]
try:
    gzip.GzipFile(fileobj=StringIO.StringIO(bad)).read()
except IOError as e:
    print "IOError:", str(e)[:16]
badlen = v[:-4] + struct.pack("<I", 99)
try:
    gzip.GzipFile(fileobj=StringIO.StringIO(badlen)).read()
except IOError as e:
    print "IOError:", e
g = gzip.open(p, "rb")
try:
    g.write("x")
except IOError as e:
    print "IOError:", e.errno, e.strerror
g.close()
try:
    g.read()
except ValueError as e:
    print "ValueError:", e
g = gzip.open(os.path.join(d, "w.gz"), "wb")
try:
    g.read()
except IOError as e:
    print "IOError:", e.errno, e.strerror
try:
    g.seek(-1, 2)
except ValueError as e:
    print "ValueError:", e
g.write("abc")
try:
    g.seek(1)
except IOError as e:
    print "IOError:", e
print "seek forward in write mode:", g.seek(10)
g.close()
print "zero filled:", repr(gzip.open(os.path.join(d, "w.gz")).read())
print "readable/writable:", gzip.open(p).readable(), gzip.open(p).writable()
print "empty file reads:", repr(gzip.GzipFile(fileobj=StringIO.StringIO("")).read())
try:
    gzip.open(os.path.join(d, "missing.gz"))
except IOError as e:
    print "IOError:", e.errno, e.strerror
print "repr:", repr(gzip.open(p))[:6]
print gzip.__all__, gzip.READ, gzip.WRITE, gzip.FNAME
shutil.rmtree(d)
