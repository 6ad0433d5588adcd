class Point(object):
    "a point"
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def make(cls, v):
        return cls(v, v)
p = Point(1, 2) + Point(3, 4)
print p, p.norm, Point.origin(), Point.make(7), Point.count, Point.__doc__
class Point3(Point):
    def __init__(self, x, y, z):
        super(Point3, self).__init__(x, y)
        self.z = z
    def __repr__(self):
        return Point.__repr__(self) + "+z" + str(self.z)
print Point3(1, 2, 3), isinstance(Point3(0, 0, 0), Point)
class Old:
    def hello(self):
        return "old-style"
print Old().hello(), type(Old())
def deco(cls):
    cls.tag = "decorated"
    return cls
@deco
class Tagged(object):
    print "class body runs"
    items = [i * i for i in range(3)]
print Tagged.tag, Tagged.items
def factory(n):
    class Local(object):
        def get(self):
            return n
    return Local
print factory(5)().get()
def echo():
    received = yield "first"
    while True:
        received = yield received
g = echo()
print g.next(), g.send("a"), g.send("b")
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print "gen cleanup"
for v in with_finally():
    print v
print sum(x * x for x in range(5)), {x % 3 for x in range(10)} == set([0, 1, 2]), sorted({k: k * 2 for k in "ab"}.items())
gen = (c for c in "abc")
print gen.next(), list(gen)
def varargs(a, *args, **kwargs):
    return a, args, sorted(kwargs.items())
print varargs(1)
print varargs(1, 2, 3, x=4)
print varargs(*[5, 6, 7], **{"k": "v"})
def dist((x1, y1), (x2, y2)):
    return abs(x1 - x2) + abs(y1 - y2)
print dist((0, 0), (3, 4))
def deco2(f):
    def wrapper(*a):
        return "<" + f(*a) + ">"
    return wrapper
@deco2
def shout(s):
    "docstring"
    return s + "!"
print shout("hi"), shout.__name__
f = lambda x, y=2: x * y
print f(3), f(3, 4), (lambda: "empty")()
def greet(name, greeting="Hello"):
    return greeting + name
try:
    greet()
except TypeError, e:
    print "TypeError:", e
def many(a, b, c, d, e, f):
    return a + b + c + d + e + f
print many(1, 2, 3, 4, 5, 6), greet.__doc__, shout.__doc__
