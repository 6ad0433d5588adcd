# Files used once without close(): CPython closes them as soon as the statement drops them, so the
# data is on disk by the next statement and no descriptor stays open.
import os, io, codecs

def held():
    # descriptors of this process open on a file of the current directory
    here = os.getcwd() + '/'
    n = 0
    for fd in os.listdir('/proc/self/fd'):
        try:
            n += os.readlink('/proc/self/fd/' + fd).startswith(here)
        except OSError:
            pass
    return n

open('a.txt', 'w').write('alpha\nbeta\ngamma\n')
print os.path.getsize('a.txt'), repr(open('a.txt').read())
print open('a.txt').readlines()
print file('a.txt').readline(), held()

for i in range(20):
    open('n%02d.txt' % i, 'w').write('x' * i)
print sorted(os.path.getsize(n) for n in os.listdir('.') if n.startswith('n')), held()

open('a.txt', 'a').writelines(['delta\n', 'epsilon\n'])
count = 0
for line in open('a.txt'):
    count += 1
    if line.startswith('delta'):
        break
else:
    print 'not reached'
print count, held()

for line in open('a.txt'):
    pass
else:
    print 'loop ended', repr(line), held()

try:
    for line in open('a.txt'):
        raise ValueError(line.strip())
except ValueError as e:
    print 'raised', e, held()

try:
    open('a.txt').read(-5, 3)
except TypeError as e:
    print 'TypeError', e, held()

io.open('u.txt', 'w', encoding='utf-8').write(u'caf\xe9\n')
print repr(io.open('u.txt', encoding='utf-8').read()), os.path.getsize('u.txt'), held()
codecs.open('c.txt', 'w', 'utf-8').write(u'na\xefve')
print repr(codecs.open('c.txt', 'r', 'utf-8').read()), os.path.getsize('c.txt'), held()
codecs.open('d.txt', 'w').write('plain')
print open('d.txt').read(), held()

def inside(n):
    open('f.txt', 'w').write('%d lines\n' % n)
    return open('f.txt').read()
print inside(3), os.path.getsize('f.txt'), held()

it = open('a.txt').__iter__()
print it.closed, it.next().strip(), held()
it.close()
kept = open('a.txt', 'r').__enter__()
print kept.closed, held()
kept.close()
print [len(open('a.txt').read()) for k in range(3)], held()
print open('a.txt').read().split()[:2], open('a.txt').name, open('a.txt').closed
