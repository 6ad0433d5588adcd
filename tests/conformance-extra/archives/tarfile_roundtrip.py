# tarfile: build archives from files and from TarInfo objects, read them back in every mode,
# member metadata, extractfile/extract/extractall, names, iteration, listing
import tarfile, os, tempfile, shutil, StringIO, time

d = tempfile.mkdtemp()
src = os.path.join(d, "src")
os.makedirs(os.path.join(src, "sub", "deeper"))
files = {"a.txt": "alpha\n", "sub/b.txt": "bravo\n" * 100, "sub/deeper/c.bin": "".join(chr(i) for i in range(256)) * 3, "empty": ""}
for rel, data in sorted(files.items()):
    with open(os.path.join(src, rel), "wb") as f:
        f.write(data)
    os.utime(os.path.join(src, rel), (1000000000, 1000000000))
os.chmod(os.path.join(src, "a.txt"), 0640)
os.symlink("a.txt", os.path.join(src, "link"))

for mode, ext in (("w", ".tar"), ("w:", ".tar"), ("w:gz", ".tgz"), ("w|", ".tar"), ("w|gz", ".tgz")):
    path = os.path.join(d, "out" + mode.replace(":", "_").replace("|", "_") + ext)
    tar = tarfile.open(path, mode)
    tar.add(src, arcname="src")
    tar.close()
    for rmode in ("r", "r:*", "r|*", "r:" + ("gz" if ext == ".tgz" else ""), "r|" + ("gz" if ext == ".tgz" else "")):
        t = tarfile.open(path, rmode)
        names = sorted(t.getnames()) if "|" not in rmode else sorted(m.name for m in t)
        t.close()
        print mode, rmode, names == sorted(["src", "src/a.txt", "src/empty", "src/link", "src/sub", "src/sub/b.txt", "src/sub/deeper", "src/sub/deeper/c.bin"])
    print mode, "is_tarfile:", tarfile.is_tarfile(path), "size multiple of 10240:", os.path.getsize(path) % 10240 == 0 if ext == ".tar" else "-"

path = os.path.join(d, "outw.tar")
tar = tarfile.open(path)
for m in sorted(tar.getmembers(), key=lambda m: m.name):
    print "%-22s type=%r size=%-4d mode=%o mtime=%s file=%s dir=%s sym=%s lnk=%s dev=%s linkname=%r" % (
        m.name, m.type, m.size, m.mode & 0777 if not m.issym() else 0777, m.mtime if not m.isdir() and not m.issym() else "-",
        m.isfile(), m.isdir(), m.issym(), m.islnk(), m.isdev(), m.linkname)
print "uid/gid are ints:", type(tar.getmember("src/a.txt").uid), type(tar.getmember("src/a.txt").gid)
m = tar.getmember("src/sub/b.txt")
print "repr:", repr(m)[:22]
print "offsets:", m.offset % 512, m.offset_data - m.offset
f = tar.extractfile("src/sub/b.txt")
print "extractfile:", f.name, f.size, repr(f.readline()), f.tell()
print "read(7):", repr(f.read(7)), f.tell()
f.seek(0)
print "lines:", len(f.readlines())
f.seek(-7, 2)
print "seek from end:", repr(f.read())
f.seek(3)
print "iterate:", [line for line in f][:2]
f.close()
try:
    f.read()
except ValueError as e:
    print "ValueError:", e
print "extractfile(dir):", tar.extractfile("src/sub")
print "extractfile(symlink):", tar.extractfile("src/link").read()
print "binary ok:", tar.extractfile("src/sub/deeper/c.bin").read() == files["sub/deeper/c.bin"]
print "empty:", repr(tar.extractfile("src/empty").read())
try:
    tar.getmember("nope")
except KeyError as e:
    print "KeyError:", e
out = os.path.join(d, "x")
tar.extract("src/a.txt", out)
print "extract:", open(os.path.join(out, "src", "a.txt")).read(), oct(os.stat(os.path.join(out, "src", "a.txt")).st_mode & 0777), os.path.getmtime(os.path.join(out, "src", "a.txt"))
tar.extractall(os.path.join(d, "all"))
for root, dirs, fs in sorted(os.walk(os.path.join(d, "all"))):
    dirs.sort()
    for fn in sorted(fs):
        p = os.path.join(root, fn)
        print "extracted:", os.path.relpath(p, d), os.path.islink(p), open(p, "rb").read() == files.get(os.path.relpath(p, os.path.join(d, "all", "src")), files["a.txt"])
tar.extractall(os.path.join(d, "some"), members=[m for m in tar.getmembers() if m.name.endswith(".txt")])
print "some:", sorted(os.listdir(os.path.join(d, "some", "src")))
tar.close()
try:
    tar.getnames()
except IOError as e:
    print "IOError:", e

# add with filter, exclude and recursive=False
path = os.path.join(d, "filtered.tar")
def only_txt(ti):
    if ti.isfile() and not ti.name.endswith(".txt"):
        return None
    ti.uid = ti.gid = 0
    ti.uname = ti.gname = "root"
    return ti
with tarfile.open(path, "w") as tar:
    tar.add(src, "top", filter=only_txt)
    tar.add(os.path.join(src, "sub"), "lonely", recursive=False)
with tarfile.open(path) as tar:
    print "filtered:", sorted(tar.getnames())
    print "owner:", tar.getmember("top/a.txt").uname, tar.getmember("top/a.txt").uid

# TarInfo objects with addfile, fileobj reading and writing, append mode
buf = StringIO.StringIO()
tar = tarfile.open(fileobj=buf, mode="w")
for name, data in (("one.txt", "1" * 10), ("dir/two.txt", "2" * 600)):
    ti = tarfile.TarInfo(name)
    ti.size = len(data)
    ti.mtime = 1234567890
    tar.addfile(ti, StringIO.StringIO(data))
ti = tarfile.TarInfo("dir")
ti.type = tarfile.DIRTYPE
ti.mode = 0755
tar.addfile(ti)
tar.close()
print "fileobj archive:", len(buf.getvalue())
buf.seek(0)
tar = tarfile.open(fileobj=buf)
print "members:", [(m.name, m.size, m.type, m.mtime) for m in tar]
print "data:", tar.extractfile("dir/two.txt").read() == "2" * 600
tar.close()
apath = os.path.join(d, "append.tar")
with open(apath, "wb") as f:
    f.write(buf.getvalue())
tar = tarfile.open(apath, "a")
ti = tarfile.TarInfo("three.txt")
ti.size = 3
tar.addfile(ti, StringIO.StringIO("333"))
tar.close()
print "appended:", tarfile.open(apath).getnames()
tar = tarfile.open(os.path.join(d, "new.tar"), "a")
tar.close()
print "append creates:", os.path.exists(os.path.join(d, "new.tar"))
shutil.rmtree(d)
