# The popen2 module (deprecated in 2.7): popen2/popen3/popen4 and the Popen3/Popen4 classes.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import popen2
print [str(w.message) for w in caught], [w.category.__name__ for w in caught]
import os, sys

fromchild, tochild = popen2.popen2('sort')
tochild.write('pear\napple\nfig\n')
tochild.close()
print repr(fromchild.read())
fromchild.close()

fromchild, tochild, childerr = popen2.popen3(['sh', '-c', 'read x; echo "got $x"; echo "warn $x" >&2; exit 3'])
tochild.write('input\n')
tochild.close()
print repr(fromchild.read()), repr(childerr.read())

fromchild, tochild = popen2.popen4('echo to-out; echo to-err 1>&2')
tochild.close()
print sorted(fromchild.read().split())

p = popen2.Popen3('cat; exit 5', True)
print isinstance(p, popen2.Popen3), p.sts, p.cmd, p.pid > 0, type(p.tochild) is file, p.childerr is not None
print p.poll() in (-1, p.sts)
p.tochild.write('echo me\n')
p.tochild.close()
print repr(p.fromchild.read()), repr(p.childerr.read())
status = p.wait()
print status, os.WEXITSTATUS(status), p.poll(), p.wait()

p4 = popen2.Popen4(['sh', '-c', 'echo four; echo err-four >&2; exit 2'])
print p4.childerr, isinstance(p4, popen2.Popen3), repr(p4.fromchild.read())
print os.WEXITSTATUS(p4.wait()), p4.sts == p4.poll()

p = popen2.Popen3('true')
p.tochild.close()
p.fromchild.read()
p.wait()
print p.childerr, p.poll(_deadstate=99)

class Counted(popen2.Popen3):
    waits = 0
    def wait(self):
        Counted.waits += 1
        return popen2.Popen3.wait(self)
c = Counted('exit 7')
c.tochild.close()
print os.WEXITSTATUS(c.wait()), Counted.waits, c.poll()
print popen2.__all__, popen2._active, popen2.MAXFD > 0
print type(popen2.Popen3).__name__, popen2.Popen4.__bases__[0] is popen2.Popen3
