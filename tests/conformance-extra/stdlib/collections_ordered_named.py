# collections.OrderedDict and namedtuple: ordering, equality, popitem, views, subclassing, validation.
from collections import OrderedDict, namedtuple
import copy

def attempt(label, f):
    try:
        print label, '->', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__, e

od = OrderedDict()
for k in 'zebra':
    od[k] = ord(k)
print od
print od.keys(), od.values(), od.items()
print list(od), list(od.iterkeys()), list(od.itervalues()), list(od.iteritems()), list(reversed(od))
od['z'] = 0
print od
del od['e']
od['e'] = 1
print od, len(od), 'b' in od, od.get('q', 'none')
print od.popitem(), od.popitem(last=False), od
print od.pop('b'), od.pop('missing', 'dflt'), od
attempt('pop missing', lambda: od.pop('missing'))
print od.setdefault('r', 5), od.setdefault('new', 6), od
od.update([('x', 1)], y=2)
od.update({'w': 3})
print od
print OrderedDict([('a', 1), ('b', 2)]) == OrderedDict([('b', 2), ('a', 1)]), OrderedDict([('a', 1), ('b', 2)]) == {'b': 2, 'a': 1}
print OrderedDict([('a', 1)]) != OrderedDict([('a', 1)]), {'a': 1} == OrderedDict(a=1)
print OrderedDict(), repr(OrderedDict(a=1)), str(OrderedDict([(1, [2])]))
print OrderedDict.fromkeys('abc'), OrderedDict.fromkeys(['x', 'y'], 0)
c = od.copy()
c['added'] = True
print type(c).__name__, 'added' in od, c.keys()[-1]
print copy.copy(od) == od, copy.deepcopy(OrderedDict([('l', [1])])), od.__reduce__()[0].__name__
print od.viewkeys(), list(od.viewvalues()), ('x', 1) in od.viewitems(), len(od.viewkeys())
e = OrderedDict()
attempt('popitem empty', lambda: e.popitem())
attempt('too many args', lambda: OrderedDict([], []))
od.clear()
print od, len(od)
od['after'] = 'clear'
print od
r = OrderedDict()
r['self'] = r
print r
d = OrderedDict(sorted({'banana': 3, 'apple': 4, 'pear': 1, 'orange': 2}.items(), key=lambda t: t[1]))
print d
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        if key in self:
            del self[key]
        OrderedDict.__setitem__(self, key, value)
lu = LastUpdated()
lu['a'] = 1; lu['b'] = 2; lu['a'] = 3
print lu, lu.keys(), isinstance(lu, dict)
print dict(OrderedDict([('k', 'v')])), sorted(OrderedDict(b=1, a=2))

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print p, p[0] + p[1], p.x, p.y, tuple(p), list(p), len(p)
x, y = p
print x, y, p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22))
print Point._fields, Point._make([1, 2]), p._replace(x=100), p._asdict(), vars(p)
print Point.__doc__, Point.x.__doc__, Point.__name__, Point.__module__, Point.__slots__, p.__getnewargs__()
Color = namedtuple('Color', 'red green blue')
print Color(1, 2, 3), Color._fields
Single = namedtuple('Single', 'only')
print Single(1), Single.__doc__, Single._make([5])
Empty = namedtuple('Empty', '')
print Empty(), Empty._fields, len(Empty())
R = namedtuple('R', 'a, b  c', rename=False)
print R(1, 2, 3)
print namedtuple('Renamed', 'abc def ghi abc _x 1y', rename=True)._fields
print namedtuple(u'U', u'a b')(1, 2)
class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()
    @property
    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return 'P3(%d, %d, %d)' % self
q = Point3(1, -2, 3)
print q, repr(q), q.norm, q._replace(z=0), type(q._replace(z=0)).__name__
print copy.copy(p), copy.deepcopy(Point([1], 2)), sorted([Point(2, 1), Point(1, 2)])
attempt('keyword', lambda: namedtuple('P', 'x def'))
attempt('underscore', lambda: namedtuple('P', 'x _y'))
attempt('duplicate', lambda: namedtuple('P', 'x x'))
attempt('digit', lambda: namedtuple('1P', 'x'))
attempt('dash', lambda: namedtuple('P', 'x-y'))
attempt('int field', lambda: namedtuple('P', [1]))
attempt('too few', lambda: Point(1))
attempt('too many', lambda: Point(1, 2, 3))
attempt('bad keyword', lambda: Point(1, z=2))
attempt('make short', lambda: Point._make([1]))
attempt('replace unknown', lambda: p._replace(z=1))
attempt('set attr', lambda: setattr(p, 'x', 5))
attempt('new attr', lambda: setattr(p, 'w', 5))
attempt('missing attr', lambda: p.z)
Verbose = namedtuple('Verbose', 'a b', verbose=True)
