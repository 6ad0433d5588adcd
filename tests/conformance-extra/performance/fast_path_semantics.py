# The runtime's fast paths (cached global and type look-ups, counted range
# loops, exact int/float arithmetic, item access, tuple unpacking) must not
# change what a program observes. Each block exercises the case a fast path
# could get wrong.
import sys
import __builtin__

# --- globals: rebinding, writes to the module dict, del, shadowing a builtin
# (the module's __dict__ is the dict globals() returns)
module = sys.modules[__name__]
module_dict = module.__dict__
counter = 1

def read_counter():
    return counter

print read_counter()
counter = 2
print read_counter()
module_dict['counter'] = 3
print read_counter()
module_dict.update({'counter': 4, 'extra_name': 'x'})
print read_counter(), extra_name
del counter
try:
    read_counter()
except NameError as e:
    print 'NameError:', e
counter = 5
print read_counter()

def use_len(s):
    return len(s)

print use_len('abc')
len = lambda s: 'shadowed'
print use_len('abc')
del len
print use_len('abcd')
__builtin__.len = lambda s: 'builtin replaced'
print use_len('abc')
del __builtin__.len
try:
    use_len('abc')
except NameError as e:
    print 'NameError:', e
__builtin__.len = lambda s: 42
print use_len('abc')
setattr(module, 'counter', 6)
print read_counter()
for i in range(3):
    module_dict['g%d' % i] = i * 10
    print read_counter(), module_dict['g%d' % i], g0

def read_both():
    return counter, len('ab'), abs(-1)

for i in range(40):
    # new keys make the module dict grow (a resize moves every slot)
    module_dict['filler%d' % i] = i
    if i % 13 == 0:
        print read_both(), filler0
__builtin__.abs = lambda x: 'new abs'
print read_both()
del __builtin__.abs
try:
    read_both()
except NameError as e:
    print 'NameError:', e

# --- range / xrange loops --------------------------------------------------
def loops():
    out = []
    for i in range(3):
        out.append(i)
    for i in range(5, 0, -2):
        out.append(i)
    for i in xrange(-3, 3, 2):
        out.append(i)
    for i in range(0):
        out.append('never')
    for i in range(2, 2):
        out.append('never')
    for i in xrange(sys.maxint - 2, sys.maxint):
        out.append(i)
    return out

print loops()

def rebound():
    global range
    range = lambda *a: ['rebound'] + list(a)
    try:
        return [x for x in range(2)] + [y for y in xrange(2)] + list(i for i in range(1, 2))
    finally:
        del range

print rebound()
for i in range(2):
    print 'module loop', i
try:
    for i in range(1.5):
        pass
except TypeError as e:
    print 'TypeError:', e
try:
    for i in range(1, 5, 0):
        pass
except ValueError as e:
    print 'ValueError:', e
try:
    for i in xrange(1, 5, 0):
        pass
except ValueError as e:
    print 'ValueError:', e
for i in range(10L, 12L):
    print type(i).__name__, i
for i in range(True, 3):
    print i,
print

# --- arithmetic: int, long, float, bool and their errors -----------------
big = sys.maxint
print big + 1, big * 2, -big - 2, (-big - 1) / -1
print 7 / 2, -7 / 2, 7 % -3, -7 % 3, 7 // -2, 2 ** 62, 2 ** 63, 2 ** -1
print 7.0 / 2, -7 / 2.0, 7.5 % -2, 2 ** 0.5, 1.5 ** 2, 10 - 0.25, 3 * 0.1
print True + 1.5, True * 3, 1 << 62, 1 << 64, -1 >> 70, 6 & 3, 6 | 3, 6 ^ 3
x = 2 ** 53 + 1
print x == float(x), x > float(x), float(x) < x, 2 ** 53 == 2.0 ** 53, 1 < 1.5, 2.5 >= 2
print float('nan') == float('nan'), float('nan') != float('nan'), float('inf') > big
for expr in ['1 / 0', '1.0 / 0', '1 % 0', '1.5 % 0', '1.0 // 0', '0.0 ** -1', '1 << -1']:
    try:
        eval_result = {'1 / 0': lambda: 1 / 0, '1.0 / 0': lambda: 1.0 / 0, '1 % 0': lambda: 1 % 0,
                       '1.5 % 0': lambda: 1.5 % 0, '1.0 // 0': lambda: 1.0 // 0,
                       '0.0 ** -1': lambda: 0.0 ** -1, '1 << -1': lambda: 1 << -1}[expr]()
        print expr, eval_result
    except (ZeroDivisionError, ValueError) as e:
        print expr, type(e).__name__, e
f = 1.0
try:
    f &= 1
except TypeError as e:
    print 'TypeError:', e
n = 3
try:
    n += 'a'
except TypeError as e:
    print 'TypeError:', e
n += 0.5
print n
n = big
n += 1
print n, type(n).__name__

class Meters(float):
    def __add__(self, other):
        return 'Meters.__add__'
    def __lt__(self, other):
        return 'Meters.__lt__'

print Meters(1.0) + 2.0, 2.0 + Meters(1.0), Meters(1.0) < 2.0, 3 * Meters(2.0)

# --- items ------------------------------------------------------------------
l = [1, 2, 3]
l[-1] = 'last'
l[0] += 10
print l, l[-3], (4, 5, 6)[-1]
try:
    l[3] = 0
except IndexError as e:
    print 'IndexError:', e
try:
    (1, 2)[2]
except IndexError as e:
    print 'IndexError:', e
d = {'a': 1, 2: 'two'}
print d['a'], d[2], d[2.0]
try:
    d['missing']
except KeyError as e:
    print 'KeyError:', e

class Defaulting(dict):
    def __missing__(self, key):
        return 'default for %r' % (key,)

print Defaulting(a=1)['a'], Defaulting()['b']

# --- unpacking -----------------------------------------------------------------
t = (1, [2, 3])
a, b = t
b.append(4)
print a, b, t
p, q = q, p = 'xy'
print p, q
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print 'ValueError:', e
lst = [1, 2]
lst[0], lst[1] = lst
print lst
first, (second, third) = 1, (2, 3)
print first, second, third

# --- attribute and method caches --------------------------------------------------
class Shape(object):
    sides = 0
    def describe(self):
        return 'shape with %d sides' % self.sides

class Square(Shape):
    sides = 4

shapes = [Shape(), Square(), Shape()]
print [s.describe() for s in shapes]
Shape.sides = 1
print [s.describe() for s in shapes]
Square.describe = lambda self: 'square'
print [s.describe() for s in shapes]
del Square.describe
shapes[0].describe = lambda: 'instance attribute'
print [s.describe() for s in shapes]
del Square.sides
print [s.sides for s in shapes]

class Classic:
    def describe(self):
        return 'classic'

c = Classic()
print c.describe()
Classic.describe = lambda self: 'classic patched'
print c.describe()
words = ['b', 'a']
words.sort()
print words, 'a,b'.split(','), {'k': 1}.get('k'), {}.get('k', 0)
