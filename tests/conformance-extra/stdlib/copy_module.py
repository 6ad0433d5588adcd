# copy: shallow and deep copies of built-ins, classic and new-style instances, the hooks and the memo.
import copy
import copy_reg

def attempt(label, f):
    try:
        print label, '->', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__, e

inner = [1, 2]
l = [inner, 3]
s = copy.copy(l)
d = copy.deepcopy(l)
print s == l, s is l, s[0] is inner, d[0] is inner, d == l
t = (1, 'a', (2, 3))
print copy.copy(t) is t, copy.deepcopy(t) is t
t2 = (1, [2])
dt = copy.deepcopy(t2)
print dt == t2, dt is t2, dt[1] is t2[1], copy.copy(t2) is t2
dct = {'a': [1], 'b': {'c': 2}}
sd = copy.copy(dct)
dd = copy.deepcopy(dct)
print sd == dct, sd is dct, sd['a'] is dct['a'], dd['a'] is dct['a'], dd['b'] == dct['b']
st = set([1, 2, 3])
print copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st, type(copy.deepcopy(st))
fs = frozenset([1, 2])
print copy.copy(fs) is fs, copy.deepcopy(fs) == fs
for atom in [None, 1, 2L, 1.5, True, 1j, 'str', u'uni', len, copy.copy, int, Ellipsis, xrange(3)]:
    print repr(atom) if not callable(atom) or isinstance(atom, type) else 'callable', copy.copy(atom) is atom, copy.deepcopy(atom) is atom

rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print rc[1] is rc, rc[1] is not rec, len(rc)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print pc[0] is pc[1], pc[0] is not shared
memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print y1 is y2, id(x) in memo, memo[id(x)] is y1

class Classic:
    def __init__(self, v):
        self.v = v
        self.items = [v]
c = Classic(5)
cc = copy.copy(c)
dc = copy.deepcopy(c)
print cc.v, cc.items is c.items, dc.items is c.items, dc.items, cc.__class__ is Classic, isinstance(dc, Classic)

class WithInitArgs:
    def __init__(self, a, b):
        print 'init', a, b
        self.a, self.b = a, b
    def __getinitargs__(self):
        return (self.a, self.b)
w = WithInitArgs(1, [2])
wc = copy.copy(w)
wd = copy.deepcopy(w)
print wc.a, wc.b is w.b, wd.b is w.b

class WithState:
    def __init__(self):
        self.x = 1
        self.cache = 'big'
    def __getstate__(self):
        print 'getstate'
        return {'x': self.x}
    def __setstate__(self, state):
        print 'setstate', state
        self.__dict__.update(state)
ws = copy.copy(WithState())
print ws.x, hasattr(ws, 'cache')
wsd = copy.deepcopy(WithState())
print wsd.x

class NewStyle(object):
    def __init__(self, v):
        self.v = v
        self.lst = [v]
n = NewStyle(3)
nc = copy.copy(n)
nd = copy.deepcopy(n)
print type(nc).__name__, nc.v, nc.lst is n.lst, nd.lst is n.lst, nd.lst

class Hooks(object):
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print '__copy__ called'
        return Hooks(self.v + [1])
    def __deepcopy__(self, memo):
        print '__deepcopy__ called', type(memo)
        return Hooks(copy.deepcopy(self.v, memo))
h = Hooks([1])
print copy.copy(h).v, copy.deepcopy(h).v, copy.deepcopy([h, h])[0].v

class Slotted(object):
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
sl = copy.copy(Slotted())
print sl.a, hasattr(sl, 'b'), copy.deepcopy(Slotted()).a

class WithNewArgs(object):
    def __new__(cls, n):
        print 'new', n
        o = object.__new__(cls)
        o.n = n
        return o
    def __getnewargs__(self):
        return (self.n,)
print copy.copy(WithNewArgs(7)).n

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = 'x'
mlc = copy.copy(ml)
mld = copy.deepcopy(ml)
print type(mlc).__name__, mlc, mlc.tag, mlc[1] is ml[1], mld[1] is ml[1], mld.tag

class MyDict(dict):
    pass
md = MyDict(a=[1])
mdc = copy.deepcopy(md)
print type(mdc).__name__, mdc, mdc['a'] is md['a']

class Reducer(object):
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        print 'reduce'
        return (Reducer, (self.a * 2,))
print copy.copy(Reducer(2)).a, copy.deepcopy(Reducer(3)).a

class Point(object):
    def __init__(self, x):
        self.x = x
def reduce_point(p):
    print 'reduce_point'
    return (Point, (p.x + 100,))
copy_reg.pickle(Point, reduce_point)
print copy.copy(Point(1)).x, copy.deepcopy(Point(2)).x

class Custom(object):
    pass
def copy_custom(x):
    return 'custom copy'
copy._copy_dispatch[Custom] = copy_custom
print copy.copy(Custom())

def f(): pass
print copy.copy(f) is f, copy.deepcopy(f) is f
class Meth(object):
    def m(self): return self
mo = Meth()
bm = copy.deepcopy(mo.m)
print bm.__func__ is Meth.m.__func__, bm.__self__ is not mo, type(bm.__self__).__name__

print issubclass(copy.Error, Exception), copy.error is copy.Error, copy.Error.__module__
print copy.__all__
