# tarfile: an archive of real files (fixed contents, modes and mtimes; owner from pwd/grp) is
# byte-identical to 2.7's, in GNU, PAX and USTAR formats, written through 'w', 'w|' and fileobj
import tarfile, os, tempfile, shutil, hashlib, StringIO

d = tempfile.mkdtemp()
root = os.path.join(d, "proj")
os.makedirs(os.path.join(root, "src", "pkg"))
layout = [("README", "read me\n", 0644), ("src/main.py", "print 'hi'\n" * 40, 0755), ("src/pkg/__init__.py", "", 0600),
          ("src/pkg/data.bin", "".join(chr(i % 251) for i in range(5000)), 0640)]
for rel, data, mode in layout:
    p = os.path.join(root, rel)
    with open(p, "wb") as f:
        f.write(data)
    os.chmod(p, mode)
os.link(os.path.join(root, "README"), os.path.join(root, "README.hardlink"))
os.symlink("src/main.py", os.path.join(root, "run"))
for dirpath, dirnames, filenames in os.walk(root, topdown=False):
    for n in filenames + dirnames:
        p = os.path.join(dirpath, n)
        if not os.path.islink(p):
            os.utime(p, (1262304000, 1262304000))
    os.chmod(dirpath, 0755)
    os.utime(dirpath, (1262304000, 1262304000))

def fixed_link_time(ti):
    # a symlink's own mtime is when it was made (2.7 has no lutime)
    if ti.issym():
        ti.mtime = 1262304000
    return ti

def entries(t):
    return [(m.name, m.type, m.size, oct(m.mode), m.uname, m.gname, m.linkname) for m in t.getmembers()]

for fmt in (tarfile.GNU_FORMAT, tarfile.PAX_FORMAT, tarfile.USTAR_FORMAT):
    out = os.path.join(d, "out%d.tar" % fmt)
    t = tarfile.open(out, "w", format=fmt)
    for name in sorted(os.listdir(root)):
        t.add(os.path.join(root, name), arcname=name, filter=fixed_link_time)
    t.close()
    data = open(out, "rb").read()
    print fmt, len(data), hashlib.md5(data).hexdigest()
    t = tarfile.open(out)
    for e in entries(t):
        print "  ", e
    t.close()
    buf = StringIO.StringIO()
    t = tarfile.open(fileobj=buf, mode="w|", format=fmt)
    for name in sorted(os.listdir(root)):
        t.add(os.path.join(root, name), arcname=name, filter=fixed_link_time)
    t.close()
    print "  stream identical:", buf.getvalue() == data
shutil.rmtree(d)
