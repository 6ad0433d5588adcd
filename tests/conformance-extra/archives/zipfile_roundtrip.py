# zipfile: stored archives byte-identical to 2.7's (md5), deflated round trips, ZipInfo fields,
# printdir, open/read/readline modes, extract/extractall, append, comments, errors
import zipfile, hashlib, os, tempfile, shutil, StringIO, time

d = tempfile.mkdtemp()
dt = (2015, 6, 1, 12, 30, 44)

def stored_archive(comment=""):
    buf = StringIO.StringIO()
    z = zipfile.ZipFile(buf, "w")
    for name, data in (("a.txt", "alpha\n"), ("dir/", ""), ("dir/b.txt", "bravo\r\nline2\rline3\n"), ("bin.dat", "".join(map(chr, range(256))))):
        zi = zipfile.ZipInfo(name, dt)
        zi.external_attr = (0o40755 << 16 | 0x10) if name.endswith("/") else 0o644 << 16
        z.writestr(zi, data)
    zi = zipfile.ZipInfo(u"caf\xe9.txt", dt)
    z.writestr(zi, "unicode name")
    zi = zipfile.ZipInfo("commented.txt", dt)
    zi.comment = "a member comment"
    zi.extra = "\x99\x99\x02\x00hi"
    z.writestr(zi, "x")
    if comment:
        z.comment = comment
    z.close()
    return buf.getvalue()

data = stored_archive()
print "stored:", len(data), hashlib.md5(data).hexdigest()
data2 = stored_archive("archive comment")
print "with comment:", len(data2), hashlib.md5(data2).hexdigest()

z = zipfile.ZipFile(StringIO.StringIO(data2))
print "comment:", repr(z.comment)
print "namelist:", z.namelist()
for zi in z.infolist():
    print " ", repr(zi.filename), repr(zi.orig_filename), zi.date_time, zi.compress_type, zi.file_size, zi.compress_size, "%08x" % zi.CRC, \
        hex(zi.external_attr), zi.flag_bits, zi.create_system, zi.create_version, zi.extract_version, zi.header_offset, repr(zi.comment), repr(zi.extra)
print "read:", repr(z.read("a.txt")), repr(z.read(z.getinfo("bin.dat"))[:4])
f = z.open("dir/b.txt")
print "readline:", repr(f.readline()), repr(f.readline()), repr(f.read())
f = z.open("dir/b.txt", "U")
print "universal:", repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), f.newlines
print "lines:", list(z.open("dir/b.txt"))
with z.open("a.txt") as f:
    print "with open:", f.name, repr(f.read(3)), repr(f.read()), f.closed
print "closed after with:", f.closed
print "testzip:", z.testzip()
try:
    z.getinfo("missing")
except KeyError as e:
    print "KeyError:", e
try:
    z.open("a.txt", "w")
except RuntimeError as e:
    print "RuntimeError:", e
try:
    z.writestr("new", "x")
except RuntimeError as e:
    print "RuntimeError:", e
z.close()
z.close()
try:
    z.read("a.txt")
except RuntimeError as e:
    print "RuntimeError:", e

# deflated archives on disk: round trip, extract, append
p = os.path.join(d, "test.zip")
src = os.path.join(d, "src")
os.makedirs(os.path.join(src, "sub"))
with open(os.path.join(src, "big.txt"), "w") as f:
    f.write("the quick brown fox jumps over the lazy dog\n" * 500)
with open(os.path.join(src, "sub", "small.txt"), "w") as f:
    f.write("small\n")
for name in ("big.txt", "sub/small.txt", "sub"):
    os.utime(os.path.join(src, name), (1420070400, 1420070400))
with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
    z.write(os.path.join(src, "big.txt"), "big.txt")
    z.write(os.path.join(src, "sub"), "sub")
    z.write(os.path.join(src, "sub", "small.txt"), "sub/small.txt", zipfile.ZIP_STORED)
    z.writestr("note.txt", "written with writestr\n")
print "is_zipfile:", zipfile.is_zipfile(p), zipfile.is_zipfile(os.path.join(src, "big.txt")), zipfile.is_zipfile(StringIO.StringIO(data))
with zipfile.ZipFile(p) as z:
    for zi in z.infolist():
        print " ", zi.filename, zi.compress_type, zi.file_size, zi.compress_size < zi.file_size, hex(zi.external_attr >> 16)
    z.getinfo("note.txt").date_time = dt
    z.printdir()
    print "big date_time:", z.getinfo("big.txt").date_time == time.localtime(1420070400)[:6]
    print "big ok:", z.read("big.txt") == open(os.path.join(src, "big.txt")).read()
    print "extract:", os.path.relpath(z.extract("big.txt", os.path.join(d, "one")), d)
    z.extractall(os.path.join(d, "all"))
    print "extracted:", sorted(os.listdir(os.path.join(d, "all"))), open(os.path.join(d, "all", "sub", "small.txt")).read(),
    z.extractall(os.path.join(d, "some"), ["note.txt"])
    print "some:", os.listdir(os.path.join(d, "some"))
with zipfile.ZipFile(p, "a") as z:
    z.writestr(zipfile.ZipInfo("appended.txt", dt), "more")
with zipfile.ZipFile(p) as z:
    print "after append:", z.namelist(), z.read("appended.txt")
with zipfile.ZipFile(os.path.join(d, "fresh.zip"), "a") as z:
    z.writestr(zipfile.ZipInfo("x", dt), "y")
print "append creates:", zipfile.ZipFile(os.path.join(d, "fresh.zip")).namelist()
# a zip appended to other data is still found (offsets are corrected)
with open(os.path.join(d, "prefixed.zip"), "wb") as f:
    f.write("#!/bin/sh\nexit 0\n" + data)
print "prefixed:", zipfile.ZipFile(os.path.join(d, "prefixed.zip")).read("a.txt")

# errors
with open(os.path.join(d, "junk.zip"), "w") as f:
    f.write("not a zip file" * 10)
try:
    zipfile.ZipFile(os.path.join(d, "junk.zip"))
except zipfile.BadZipfile as e:
    print "BadZipfile:", e
try:
    zipfile.ZipFile(os.path.join(d, "x.zip"), "q")
except RuntimeError as e:
    print "RuntimeError:", e
try:
    zipfile.ZipFile(os.path.join(d, "x.zip"), "w", 3)
except RuntimeError as e:
    print "RuntimeError:", e
try:
    zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0))
except ValueError as e:
    print "ValueError:", e
corrupt = data.replace("alpha\n", "alphA\n")
z = zipfile.ZipFile(StringIO.StringIO(corrupt))
try:
    z.read("a.txt")
except zipfile.BadZipfile as e:
    print "BadZipfile:", e
print "testzip corrupt:", z.testzip()
z.close()
zi = zipfile.ZipInfo()
print "defaults:", zi.filename, zi.date_time, zi.compress_type, repr(zi.comment), zi.create_system, zi.external_attr
print "nul in name:", repr(zipfile.ZipInfo("ab\0cd").filename)
try:
    zi.foo = 1
except AttributeError as e:
    print "AttributeError:", e
try:
    zi.CRC
except AttributeError as e:
    print "AttributeError:", e
print zipfile.error is zipfile.BadZipfile, zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP64_LIMIT, zipfile.sizeCentralDir, zipfile.sizeFileHeader, zipfile.sizeEndCentDir
shutil.rmtree(d)
