class Square(object):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def scaled(self, factor):
        return Square(self.side * factor)

    def __repr__(self):
        return 'Square(%r)' % (self.side,)
