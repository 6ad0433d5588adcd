# os.fdopen and tempfile's files are the builtin file type over the descriptor.
import os, tempfile, re

def show(f):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(f))

def attempt(label, f, *args):
    try:
        print label, show(f(*args))
    except Exception as e:
        print label, type(e).__name__, e

r, w = os.pipe()
out = os.fdopen(w, 'w')
print show(out), out.name, out.mode, type(out) is file, out.fileno() == w, out.closed
out.write('line one\nline two\n')
out.close()
inp = os.fdopen(r)
print show(inp), inp.readline(), list(inp), inp.read()
inp.close()
print inp.closed, show(inp)

attempt('bad fd', os.fdopen, 999)
attempt('bad mode', os.fdopen, 0, 'x')
attempt('empty mode', os.fdopen, 0, '')
attempt('U write', os.fdopen, 0, 'Uw')
attempt('float', os.fdopen, 0.5)
attempt('mode type', os.fdopen, 0, 5)
d = os.open('.', os.O_RDONLY)
attempt('directory', os.fdopen, d)
os.close(d)
ro = os.open('/dev/null', os.O_RDONLY)
attempt('write on read-only', os.fdopen, ro, 'w')
os.close(ro)
wo = os.open('/dev/null', os.O_WRONLY)
attempt('read on write-only', os.fdopen, wo, 'r')
os.close(wo)

fd, path = tempfile.mkstemp(suffix='.txt')
f = os.fdopen(fd, 'w')
f.write('abc')
print f.tell(), show(f)
f.close()
fd = os.open(path, os.O_WRONLY)
f = os.fdopen(fd, 'a', 0)
print f.tell(), show(f)
f.write('def')
f.close()
print open(path).read()
fd = os.open(path, os.O_RDONLY)
f = os.fdopen(fd, 'rU', 1)
print show(f), f.read(), f.newlines
f.close()
os.remove(path)

t = tempfile.TemporaryFile()
print show(t), t.name, t.mode, type(t) is file
t.write('x' * 10)
t.seek(0)
print t.read(), t.tell()
t.close()
t2 = tempfile.TemporaryFile('w+', 0)
print show(t2), t2.mode
t2.close()
n = tempfile.NamedTemporaryFile(suffix='.dat')
print show(n), show(n.file), n.file.name, n.name.endswith('.dat'), os.path.exists(n.name)
n.write('named')
n.flush()
print open(n.name).read(), type(n.file) is file
name = n.name
n.close()
print os.path.exists(name)
