# tarfile: header bytes (tobuf/frombuf) in the three formats, long names, byte-identical archives
# (md5 of the bytes), list() output, and the error messages
import tarfile, hashlib, StringIO, os, tempfile, shutil, sys

def info(name, size=0, **kw):
    ti = tarfile.TarInfo(name)
    ti.size = size
    ti.mtime = 1300000000
    ti.uid, ti.gid, ti.uname, ti.gname = 1000, 100, "alice", "users"
    for k, v in kw.items():
        setattr(ti, k, v)
    return ti

def build(fmt, entries):
    buf = StringIO.StringIO()
    tar = tarfile.open(fileobj=buf, mode="w", format=fmt)
    for ti, data in entries:
        tar.addfile(ti, StringIO.StringIO(data) if data is not None else None)
    tar.close()
    return buf.getvalue()

longname = "very/" * 25 + "long_file_name.txt"
longlink = "target/" * 20 + "x"
def entries():
    return [
        (info("hello.txt", 12), "hello world\n"),
        (info("bin", type=tarfile.DIRTYPE, mode=0755), None),
        (info("bin/tool", 5, mode=0755), "#!sh\n"),
        (info("link", type=tarfile.SYMTYPE, linkname="hello.txt", mode=0777), None),
        (info("hard", type=tarfile.LNKTYPE, linkname="hello.txt"), None),
        (info(longname, 3), "abc"),
        (info("longlink", type=tarfile.SYMTYPE, linkname=longlink), None),
        (info("dev", type=tarfile.CHRTYPE, devmajor=1, devminor=3, mode=0666), None),
        (info("fifo", type=tarfile.FIFOTYPE), None),
    ]

for fmt, fname in ((tarfile.GNU_FORMAT, "GNU"), (tarfile.PAX_FORMAT, "PAX")):
    data = build(fmt, entries())
    print fname, len(data), hashlib.md5(data).hexdigest()
    tar = tarfile.open(fileobj=StringIO.StringIO(data))
    for m in tar.getmembers():
        print " ", repr(m.name[-20:]), m.type, m.size, oct(m.mode), m.uid, m.gid, m.uname, m.gname, m.mtime, repr(m.linkname[-10:]), m.devmajor, m.devminor, sorted(m.pax_headers.items())
    tar.list(verbose=False)
    tar.list()
try:
    build(tarfile.USTAR_FORMAT, entries())
except ValueError as e:
    print "USTAR:", e
ustar = build(tarfile.USTAR_FORMAT, entries()[:5] + [(info("d/" * 60 + "f", 1), "z")])
print "USTAR", len(ustar), hashlib.md5(ustar).hexdigest()
print "prefix split:", tarfile.open(fileobj=StringIO.StringIO(ustar)).getnames()[-1] == "d/" * 60 + "f"
try:
    build(tarfile.USTAR_FORMAT, [(info("x" * 101), "")])
except ValueError as e:
    print "USTAR:", e

# tobuf / frombuf
ti = info("name.txt", 100)
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    b = ti.tobuf(fmt)
    print "tobuf", fmt, len(b), hashlib.md5(b).hexdigest(), repr(b[257:265])
back = tarfile.TarInfo.frombuf(ti.tobuf())
print "frombuf:", back.name, back.size, back.mtime, back.uname, back.chksum
big = info("big", 8 ** 11)
print "GNU base-256 size:", repr(big.tobuf(tarfile.GNU_FORMAT)[124:136])
try:
    big.tobuf(tarfile.USTAR_FORMAT)
except ValueError as e:
    print "ValueError:", e
print "PAX big size:", tarfile.TarInfo.frombuf(big.tobuf(tarfile.PAX_FORMAT)[1024:1536]).name, tarfile.TarInfo.frombuf(big.tobuf(tarfile.PAX_FORMAT)[:512]).name
neg = info("neg", mtime=-1)
print "negative mtime (GNU):", repr(neg.tobuf()[136:148])
fl = info("float", mtime=1300000000.75)
print "float mtime:", repr(fl.tobuf()[136:148]), "pax:", "mtime=1300000000.75" in fl.tobuf(tarfile.PAX_FORMAT)
try:
    ti.tobuf(7)
except ValueError as e:
    print "ValueError:", e
for bad, label in (("", "empty"), ("x" * 100, "truncated"), ("\0" * 512, "eof"), ("x" * 512, "garbage")):
    try:
        tarfile.TarInfo.frombuf(bad)
    except tarfile.HeaderError as e:
        print label, type(e).__name__, e
corrupt = ti.tobuf()[:148] + "0000000\0" + ti.tobuf()[156:]
try:
    tarfile.TarInfo.frombuf(corrupt)
except tarfile.HeaderError as e:
    print "checksum:", type(e).__name__, e

# helpers
print tarfile.nti("0000644\0"), tarfile.nti("\x80\0\0\0\0\0\0\x10"), repr(tarfile.itn(420)), repr(tarfile.itn(8 ** 7, 8, tarfile.GNU_FORMAT))
print repr(tarfile.stn("ab", 4)), repr(tarfile.nts("ab\0cd")), tarfile.filemode(0100755), tarfile.filemode(040700), tarfile.filemode(0120777), tarfile.filemode(06755), tarfile.filemode(01777)
print tarfile.calc_chksums(ti.tobuf())

# errors when opening
d = tempfile.mkdtemp()
junk = os.path.join(d, "junk.tar")
with open(junk, "w") as f:
    f.write("this is not a tar archive at all" * 20)
for mode in ("r", "r:", "r:gz", "r|gz", "r|"):
    try:
        tarfile.open(junk, mode)
    except tarfile.TarError as e:
        print mode, type(e).__name__, e
empty = os.path.join(d, "empty.tar")
open(empty, "w").close()
for mode in ("r", "r:"):
    try:
        tarfile.open(empty, mode)
    except tarfile.ReadError as e:
        print "empty", mode, e
print "is_tarfile:", tarfile.is_tarfile(junk), tarfile.is_tarfile(empty)
for mode in ("r:xz", "x", "w:gz:9", "q|"):
    try:
        tarfile.open(os.path.join(d, "t.tar"), mode)
    except (tarfile.TarError, ValueError) as e:
        print repr(mode), type(e).__name__, e
try:
    tarfile.open()
except ValueError as e:
    print "ValueError:", e
try:
    tarfile.TarFile(os.path.join(d, "t.tar"), "x")
except ValueError as e:
    print "ValueError:", e
t = tarfile.open(os.path.join(d, "t.tar"), "w")
try:
    t.extractfile("x")
except IOError as e:
    print "IOError:", e
t.close()
t = tarfile.open(os.path.join(d, "t.tar"))
try:
    t.add(junk)
except IOError as e:
    print "IOError:", e
print "empty archive members:", t.getmembers()
t.close()
s = tarfile.open(fileobj=StringIO.StringIO(build(tarfile.GNU_FORMAT, entries())), mode="r|")
first = s.next()
print "stream next:", first.name, s.extractfile(first).read()
try:
    s.extractfile("link")
except tarfile.StreamError as e:
    print "StreamError:", e
try:
    s.next()
except tarfile.StreamError as e:
    print "StreamError:", e
print issubclass(tarfile.ReadError, tarfile.TarError), issubclass(tarfile.EOFHeaderError, tarfile.HeaderError), tarfile.TarError.__bases__ == (Exception,)
shutil.rmtree(d)
