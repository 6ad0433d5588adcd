# functools: partial, reduce, update_wrapper, wraps, total_ordering, cmp_to_key.
import functools
from functools import partial, reduce, wraps, update_wrapper, total_ordering, cmp_to_key

def attempt(label, f):
    try:
        print label, '->', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__, e

def power(base, exp=2, **kw):
    return base ** exp, sorted(kw.items())

p = partial(power, 3)
print p(), p(3), p(exp=4), p(extra=1)
print p.func is power, p.args, p.keywords
q = partial(power, exp=3, tag='t')
print q(2), q(2, exp=1), q.args, sorted(q.keywords.items())
r = partial(q, 5)
print r(), r.func is q, r.args, r.keywords
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print basetwo('10010'), basetwo.__doc__
basetwo.attr = 'x'
print basetwo.attr, sorted(basetwo.__dict__.keys())
print type(p).__name__, type(p), callable(p)
print map(partial(lambda a, b: a - b, 10), [1, 2, 3])
attempt('partial()', lambda: partial())
attempt('partial(1)', lambda: partial(1))
attempt('partial(func=int)', lambda: partial(func=int))
attempt('set func', lambda: setattr(p, 'func', len))
attempt('set args', lambda: setattr(p, 'args', ()))
attempt('partial error', lambda: partial(power, 1, 2, 3)())

class MyPartial(partial):
    def describe(self):
        return 'MyPartial of %s with %r' % (self.func.__name__, self.args)
mp = MyPartial(power, 2)
print mp(), mp.describe(), isinstance(mp, partial)

class LoudPartial(partial):
    def __call__(self, *args, **kw):
        print 'calling with', args
        return partial.__call__(self, *args, **kw)
print LoudPartial(power, 4)(1)

print reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2])
attempt('reduce empty', lambda: reduce(lambda a, b: a, []))
attempt('reduce int', lambda: reduce(lambda a, b: a, 1))

def original(a, b=1):
    """Original doc."""
    return a + b
original.custom = 'kept'

def wrapper(*args, **kw):
    return original(*args, **kw)
w = update_wrapper(wrapper, original)
print w is wrapper, w.__name__, w.__doc__, w.__module__, w.custom, w(1)
print functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES

def decorator(f):
    @wraps(f)
    def inner(*args):
        """inner doc"""
        return ('wrapped', f(*args))
    return inner

@decorator
def greet(name):
    """Say hello."""
    return 'hello ' + name
print greet('bob'), greet.__name__, greet.__doc__

def deco2(f):
    @wraps(f, assigned=('__name__',), updated=())
    def inner():
        """keeps this doc"""
        return f()
    return inner

@deco2
def plain():
    """plain doc"""
    return 1
print plain.__name__, plain.__doc__, plain()

class NoName(object):
    def __call__(self):
        return 0
attempt('update_wrapper missing attr', lambda: update_wrapper(wrapper, NoName()))

@total_ordering
class Version(object):
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return 'V%d' % self.n
a, b = Version(1), Version(2)
print a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), a >= Version(1), a > Version(1)
print sorted([Version(3), Version(1), Version(2)]), max(Version(3), Version(5))
print Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__

@total_ordering
class Rank(object):
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n
r1, r2 = Rank(1), Rank(2)
print r1 < r2, r1 <= r2, r1 > r2, r2 > r1, r1 >= r1

@total_ordering
class Both(object):
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __gt__(self, other):
        return self.n > other.n
    def __le__(self, other):
        return self.n <= other.n
print Both(1) < Both(2), Both(2) >= Both(2), Both(3) > Both(1)

class Unordered(object):
    pass
attempt('total_ordering none', lambda: total_ordering(Unordered))

def reverse_numeric(x, y):
    return y - x
print sorted([5, 2, 4, 1, 3], key=cmp_to_key(reverse_numeric))
K = cmp_to_key(lambda a, b: cmp(len(a), len(b)))
print sorted(['ccc', 'a', 'bb'], key=K), K('aa') < K('b'), K('a') == K('b'), K('a') != K('bb'), K('abc') >= K('ab')
print K('xy').obj, min(['zzz', 'y', 'xx'], key=K)
attempt('hash key', lambda: hash(K('a')))
