# The file object: a Python subclass of file, seek/tell/truncate in r+ and a+, iteration, readinto
import os, sys, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "x.txt")
class LoggedFile(file):
    def write(self, s):
        file.write(self, s.upper())
f = LoggedFile(p, "w")
f.write("hello\n")
print >>f, "printed"
f.close()
print repr(open(p).read()), type(f).__name__, isinstance(f, file)
f = open(p)
print f.read(0), repr(f.readline(-1)), f.tell()
try:
    f.seek(0, 3)
except IOError as e:
    print "IOError", e
f.close()
f = open(p, "r+")
f.seek(0, 2)
print f.tell()
f.write("end\n")
f.seek(0)
print repr(f.read())
f.truncate(3)
f.seek(0)
print repr(f.read())
f.close()
with open(p, "w") as f:
    f.write("a\nb\nc")
print list(open(p)), open(p).readlines(), open(p).read().split("\n")
f = open(p)
print f.xreadlines() is f, f.next(), f.next(), f.next()
try:
    f.next()
except StopIteration:
    print "StopIteration"
f.close()
f = open(p, "rb")
b = bytearray(2)
print f.readinto(b), repr(b)
f.close()
print repr(open(p, "U").read())
g = open(p, "a+")
print repr(g.read()), g.tell()
g.close()
os.remove(p); os.rmdir(d)
