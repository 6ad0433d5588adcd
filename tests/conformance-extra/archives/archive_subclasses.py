# Python subclasses of the archive classes: overrides are called by the modules' own code
import tarfile, zipfile, gzip, StringIO, os, tempfile, shutil

class NoisyInfo(tarfile.TarInfo):
    def _proc_member(self, tarfile):
        print "  reading header of", self.name
        return super(NoisyInfo, self)._proc_member(tarfile)
    def get_info(self, encoding, errors):
        info = super(NoisyInfo, self).get_info(encoding, errors)
        info["uname"] = "builder"
        return info

class CountingTar(tarfile.TarFile):
    added = 0
    def addfile(self, tarinfo, fileobj=None):
        CountingTar.added += 1
        print "  addfile", tarinfo.name, tarinfo.size, type(tarinfo).__name__
        return tarfile.TarFile.addfile(self, tarinfo, fileobj)
    def makefile(self, tarinfo, targetpath):
        print "  makefile", tarinfo.name
        with open(targetpath, "wb") as f:
            f.write(self.extractfile(tarinfo).read().upper())

d = tempfile.mkdtemp()
src = os.path.join(d, "src")
os.mkdir(src)
for n in ("one.txt", "two.txt"):
    with open(os.path.join(src, n), "w") as f:
        f.write("content of %s\n" % n)
buf = StringIO.StringIO()
t = CountingTar.open(fileobj=buf, mode="w", tarinfo=NoisyInfo)
print "open returns the subclass:", type(t).__name__
for n in ("one.txt", "two.txt"):
    t.add(os.path.join(src, n), arcname=n)
ti = NoisyInfo("three.txt")
ti.size = 5
t.addfile(ti, StringIO.StringIO("three"))
t.close()
print "added:", CountingTar.added
buf.seek(0)
t = CountingTar(fileobj=buf, tarinfo=NoisyInfo)
print "members:", [(m.name, m.uname, type(m).__name__) for m in t.getmembers()]
t.extractall(os.path.join(d, "out"))
print "extracted:", open(os.path.join(d, "out", "one.txt")).read(),
t.close()

class LoggedGzip(gzip.GzipFile):
    def write(self, data):
        print "  gzip write", len(data)
        return gzip.GzipFile.write(self, data)
gz = StringIO.StringIO()
g = LoggedGzip(fileobj=gz, mode="wb", mtime=0)
g.write("abc")
g.writelines(["de", "f"])
g.close()
print "gzip round trip:", gzip.GzipFile(fileobj=StringIO.StringIO(gz.getvalue())).read(), isinstance(g, gzip.GzipFile)
buf = StringIO.StringIO()
t = tarfile.open(fileobj=buf, mode="w:gz")
ti = tarfile.TarInfo("x")
ti.size = 1
t.addfile(ti, StringIO.StringIO("x"))
t.close()
print "tar.gz through a fileobj:", tarfile.open(fileobj=StringIO.StringIO(buf.getvalue())).getnames()

class MyZip(zipfile.ZipFile):
    def getinfo(self, name):
        print "  getinfo", name
        return zipfile.ZipFile.getinfo(self, name)
class MyInfo(zipfile.ZipInfo):
    pass
zbuf = StringIO.StringIO()
z = MyZip(zbuf, "w")
z.writestr(MyInfo("m.txt", (2000, 1, 1, 0, 0, 0)), "zip member")
z.close()
z = MyZip(StringIO.StringIO(zbuf.getvalue()))
print "zip read:", z.read("m.txt")
print "zip extract:", os.path.basename(z.extract("m.txt", d))
shutil.rmtree(d)
