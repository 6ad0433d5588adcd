# tempfile: SpooledTemporaryFile rollover and file API, NamedTemporaryFile delete, TemporaryFile unlinked
import os
import tempfile

base = tempfile.mkdtemp(prefix="spool")
sp = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
print sp._rolled, sp.mode, sp.name, sp.closed, sp.tell(), sp.softspace
print sp.write("abc"), sp._rolled, sp.tell()
sp.writelines(["de", "fgh"])
print sp._rolled, sp.tell(), os.listdir(base)
sp.write("ijk")
print "rolled after 11 bytes:", sp._rolled, sp.mode, type(sp.name).__name__, os.listdir(base)
sp.seek(0)
print repr(sp.read()), sp.tell()
sp.seek(2)
print repr(sp.read(3)), repr(sp.readline())
sp.seek(0)
print sp.readlines()
sp.truncate()
sp.flush()
print sp.isatty(), sp.closed
sp.close()
print sp.closed
try:
    with sp:
        pass
except ValueError, e:
    print "ValueError:", e

sp = tempfile.SpooledTemporaryFile()
sp.write("line one\nline two\nline three\n")
sp.seek(0)
print sp._rolled, [l for l in sp], sp.tell()
sp.seek(0)
print list(sp.xreadlines())
print callable(sp.next())
fd = sp.fileno()
print "fileno rolls over:", sp._rolled, isinstance(fd, int), sp.tell()
sp.seek(0)
print repr(sp.readline()), list(sp.xreadlines())
sp.close()

with tempfile.SpooledTemporaryFile(max_size=4, mode="w+") as s2:
    s2.write("12345")
    print "with:", s2._rolled, s2.mode
print "after with:", s2.closed

class Watched(tempfile.SpooledTemporaryFile):
    def rollover(self):
        print "rolling over at", self._file.tell()
        tempfile.SpooledTemporaryFile.rollover(self)
w = Watched(max_size=3)
w.write("ab")
w.write("cd")
w.write("ef")
w.seek(0)
print w.read()
w.close()

named = tempfile.NamedTemporaryFile(prefix="nt", suffix=".txt", dir=base)
print os.path.basename(named.name).startswith("nt"), named.name.endswith(".txt"), os.path.exists(named.name)
named.write("hello")
named.flush()
print open(named.name).read(), named.delete, named.mode
named.close()
print "deleted on close:", os.path.exists(named.name)
with tempfile.NamedTemporaryFile(dir=base, delete=False) as kept:
    kept.write("kept")
print "delete=False:", open(kept.name).read(), kept.close_called
os.remove(kept.name)
with tempfile.NamedTemporaryFile(dir=base) as gone:
    path = gone.name
    print "inside with:", os.path.exists(path)
print "after with:", os.path.exists(path)

tf = tempfile.TemporaryFile(dir=base)
print "TemporaryFile leaves no name:", os.listdir(base), tf.name
tf.write("data")
tf.seek(0)
print tf.read(), tf.mode
tf.close()
os.rmdir(base)
print "done", os.path.exists(base)
