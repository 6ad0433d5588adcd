# The builtin file object: modes, reading and writing, seek/tell/truncate, iteration, errors
import os, re, sys, tempfile, shutil

def show_repr(f):
    print re.sub(r"0x[0-9a-f]+", "0xADDR", repr(f))

base = tempfile.mkdtemp()
os.chdir(base)
f = open("a.txt", "w")
show_repr(f)
print f.name, f.mode, f.closed, f.encoding, f.newlines, f.softspace, f.errors, type(f).__name__, f.isatty()
print f.write("line one\n"), f.tell()
f.writelines(["two\n", "three\n"])
f.write(u"unicode ascii\n")
try:
    f.write(u"caf\xe9")
except UnicodeEncodeError, e:
    print "UnicodeEncodeError:", e
for bad in [3, None, ["x"]]:
    try:
        f.write(bad)
    except TypeError, e:
        print "TypeError:", e
try:
    f.writelines([1])
except TypeError, e:
    print "TypeError:", e
try:
    f.read()
except IOError, e:
    print "IOError:", e
f.write(bytearray("ba\n"))
f.close()
show_repr(f)
f.close()
for call in [lambda: f.write("x"), lambda: f.read(), lambda: f.tell(), lambda: f.seek(0), lambda: f.flush(),
             lambda: f.fileno(), lambda: f.isatty(), lambda: iter(f), lambda: f.readline(), lambda: f.truncate()]:
    try:
        call()
        print "ok"
    except ValueError, e:
        print "ValueError:", e
f = open("a.txt")
print repr(f.read(4)), repr(f.readline()), repr(f.readline(2)), repr(f.readline(0)), f.tell()
print f.readlines(), repr(f.read()), repr(f.readline())
f.seek(0)
print f.readlines(5)
f.seek(-3, os.SEEK_END)
print repr(f.read()), f.tell()
f.seek(2, os.SEEK_SET)
f.seek(2, os.SEEK_CUR)
print f.tell(), repr(f.read(3))
try:
    f.seek(-100)
except IOError, e:
    print "IOError:", e
try:
    f.seek(0, 7)
except IOError, e:
    print "IOError:", e
try:
    f.write("x")
except IOError, e:
    print "IOError:", e
try:
    f.truncate()
except IOError, e:
    print "IOError:", e
f.seek(0)
print f.next(), f.readline() if False else "-"
try:
    f.read(1)
except ValueError, e:
    print "ValueError:", e
f.close()
with open("a.txt") as f:
    lines = list(f)
    print len(lines), f.closed
print f.closed
with open("a.txt") as f:
    for i, line in enumerate(f):
        if i == 1:
            break
    print repr(next(f))
f = open("a.txt", "a")
print f.tell() if False else "append", f.write("appended\n")
f.close()
print open("a.txt").read().splitlines()[-1]
f = open("a.txt", "r+")
f.write("LINE")
f.seek(0)
print repr(f.readline())
f.seek(0, 2)
f.write("end")
f.seek(0)
print repr(f.read()[-6:])
f.truncate(4)
f.close()
print repr(open("a.txt").read())
f = open("a.txt", "w+")
f.write("hello")
f.seek(0)
print repr(f.read())
f.close()
f = open("a.txt", "a+")
f.write(" world")
f.seek(0)
print repr(f.read())
f.close()
f = open("a.txt", "rb")
print f.mode, repr(f.read(100))
f.close()
for mode in ["", "z", "rw", "r+b", "rb+", "wb", "Ub", "rUb", "br", "+r", "a+b"]:
    try:
        g = open("a.txt", mode)
        print repr(mode), "->", g.mode
        g.close()
    except (ValueError, IOError), e:
        print repr(mode), type(e).__name__, e
for name, mode in [("missing.txt", "r"), (base, "r"), (base, "w"), ("no/such/dir/x", "w"), ("", "r")]:
    try:
        open(name, mode)
    except IOError, e:
        print "IOError:", e.errno, e.strerror, repr(e.filename) if name != base else "base"
try:
    open("a.txt", "r", "x")
except TypeError, e:
    print "TypeError:", e
try:
    file()
except TypeError, e:
    print "TypeError:", e
f = file("a.txt")
print isinstance(f, file), f.read()
f.close()
f = open("a.txt", "w", 0)
f.write("unbuffered")
print os.path.getsize("a.txt")
f.close()
f = open("a.txt", "w", 1)
f.write("line buffered\nrest")
print os.path.getsize("a.txt")
f.close()
f = open("a.txt", "w")
f.write("buffered")
print os.path.getsize("a.txt")
f.flush()
print os.path.getsize("a.txt")
print f.fileno() > 2, os.fstat(f.fileno()).st_size
f.close()
f = open("a.txt", "r")
print f.readline(), f.newlines
f.close()
print sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode, type(sys.stdout).__name__
print sys.stdin.read(), repr(sys.stdin.readline())
sys.stdout.write("direct\n")
sys.stdout.writelines(["x", "y\n"])
print sys.stdout.closed, sys.stdout.fileno(), sys.stderr.fileno()
try:
    open("/dev/full", "w").write("x" * 10000)
    print "no error?"
except IOError, e:
    print "IOError:", e
g = open("/dev/full", "w")
g.write("small")
try:
    g.flush()
except IOError, e:
    print "flush IOError:", e
try:
    g.close()
    print "closed without error"
except IOError, e:
    print "close IOError:", e
os.chdir("/")
shutil.rmtree(base)
