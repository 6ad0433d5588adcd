# A package: `shapes.square` is reached from C# as shapes.square.
from shapes.square import Square

DEFAULT_SIDE = 2


def unit():
    return Square(1)
