# collections.deque: both ends, maxlen, rotation, indexing, comparisons, errors, subclassing.
from collections import deque
import copy

def attempt(label, f):
    try:
        print label, '->', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__, e

d = deque('ghi')
d.append('j'); d.appendleft('f')
print d, len(d), d[0], d[-1], d[2]
print d.pop(), d.popleft(), d, list(reversed(d))
d.extend('jkl'); d.extendleft('abc')
print d
d.rotate(1); print d
d.rotate(-2); print d
d.rotate(0); d.rotate(len(d) * 3 + 1); print d
d.reverse(); print d
print d.count('h'), d.count('zz'), 'h' in d, 'zz' in d
d.remove('h'); print d
d[0] = 'X'; del d[1]; print d
d.clear(); print d, len(d), bool(d)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print m
m.appendleft('L'); print m
m.extend([10, 11]); print m
m.extendleft('ab'); print m, m.maxlen
print deque([], 0), deque(range(3), maxlen=0), deque(maxlen=None), repr(deque()), str(deque([1, 'a']))
z = deque([1, 2], maxlen=0); z.append(3); z.appendleft(4); print z
print deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]), deque('ab') != deque('ab')
e = deque([1, 2])
e += [3, 4]; print e
e.extend(e); print e
c = copy.copy(e); c.append(99); print e, c, copy.deepcopy(deque([[1]], maxlen=4))
print e.__copy__(), type(e.__reduce__()[0]).__name__, e.__reduce__()[1]
r = deque(); r.append(r); print r
print list(deque(xrange(5))), sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])), max(deque('abc'))
it = iter(deque([1, 2, 3]))
print it.next(), list(it)
q = deque([1, 2, 3])
def mutate():
    for x in q:
        q.append(x)
attempt('mutate during iteration', mutate)
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('remove missing', lambda: deque([1]).remove(2))
attempt('index', lambda: deque([1])[5])
attempt('negative index', lambda: deque([1])[-2])
attempt('slice', lambda: deque([1])[0:1])
attempt('str index', lambda: deque([1])['a'])
attempt('maxlen negative', lambda: deque([], -1))
attempt('maxlen str', lambda: deque([], 'a'))
attempt('hash', lambda: hash(deque()))
attempt('set maxlen', lambda: setattr(deque(), 'maxlen', 3))
attempt('not iterable', lambda: deque(5))
attempt('too many', lambda: deque([], 1, 2))
attempt('rotate str', lambda: deque([1]).rotate('a'))

class Stack(deque):
    def push(self, x):
        self.append(x)
    def __repr__(self):
        return 'Stack%s' % list(self)
s = Stack([1, 2])
s.push(3)
print s, len(s), isinstance(s, deque), s.pop(), type(copy.copy(s)).__name__, copy.copy(s)
class Sized(deque):
    def __len__(self):
        return 42
print len(Sized([1])), bool(Sized())
history = deque(maxlen=3)
for line in ['a', 'b', 'c', 'd', 'e']:
    history.append(line)
print list(history), history.maxlen
