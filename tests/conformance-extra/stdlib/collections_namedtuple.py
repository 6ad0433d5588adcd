# collections.namedtuple: __module__, verbose=True printing the class source, rename=True, and the
# field-name validation messages.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
print Point.__module__, Point.__name__, Point._fields, Point.__doc__
p = Point(1, y=2)
print p, p._asdict(), p._replace(x=5), Point._make([3, 4])


def factory():
    return namedtuple('Inner', ['a', 'b'])


print factory().__module__

V = namedtuple('V', 'left, right', verbose=True)
print V(1, 2)
namedtuple('One', 'only', verbose=True)

R = namedtuple('R', ['abc', 'def', 'abc', '_x', '1y', 'ok', 'with space'], rename=True)
print R._fields
print namedtuple('R2', 'a b', rename=True)._fields

for typename, fields in [('bad name', 'a'), ('class', 'a'), ('T', 'a def'), ('T', '9a'), ('T', 'a _b'),
                         ('T', 'a b a'), ('1T', 'x'), ('T', ['ok', 'not-ok']), ('T', [u'u', 'v'])]:
    try:
        T = namedtuple(typename, fields)
        print 'ok', T._fields
    except ValueError as e:
        print 'ValueError:', e

try:
    Point(1)
except TypeError as e:
    print 'TypeError:', e
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print 'TypeError:', e
try:
    p._replace(z=1)
except ValueError as e:
    print 'ValueError:', e


class Sub(Point):
    __slots__ = ()

    @property
    def hyp(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


s = Sub(3, 4)
print s, s.hyp, Sub.__module__, Sub.__bases__[0].__module__
