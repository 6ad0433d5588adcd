class Point(object):
    "a point"
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
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
        return Point.__repr__(self) + "+z%d" % self.z
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
