# Classes, inheritance, special methods and exceptions.
import math


class Shape(object):
    def area(self):
        raise NotImplementedError("%s has no area" % type(self).__name__)

    def __repr__(self):
        return "<%s area=%.2f>" % (type(self).__name__, self.area())


class Circle(Shape):
    def __init__(self, radius):
        if radius < 0:
            raise ValueError("negative radius: %r" % radius)
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2


class Rect(Shape):
    def __init__(self, width, height):
        self.width, self.height = width, height

    def area(self):
        return self.width * self.height

    def __eq__(self, other):
        return isinstance(other, Rect) and (self.width, self.height) == (other.width, other.height)


class Square(Rect):
    def __init__(self, side):
        Rect.__init__(self, side, side)


shapes = [Circle(1), Rect(2, 3.5), Square(4)]
for shape in sorted(shapes, key=lambda s: s.area()):
    print shape
print "total area: %.3f" % sum(s.area() for s in shapes)
print Square(2) == Rect(2, 2), Square(2) == Rect(2, 3), isinstance(Square(1), Shape)

for attempt in (lambda: Circle(-1), lambda: Shape().area()):
    try:
        attempt()
    except (ValueError, NotImplementedError), error:
        print "%s: %s" % (type(error).__name__, error)
