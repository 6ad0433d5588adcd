# Python subclasses of the ctypes classes: _SimpleCData and fundamental types, structures with
# methods, from_param overrides, CDLL subclasses with their own function class, _as_parameter_.
from ctypes import *

class Celsius(c_double):
    def describe(self):
        return '%.1f C' % self.value
c = Celsius(21.5)
print c.describe(), c.value, type(c).__name__, isinstance(c, c_double), repr(c).startswith('<Celsius object at 0x')

class MyInt(c_int):
    def __repr__(self):
        return 'MyInt<%d>' % self.value
print MyInt(5), [MyInt(1), MyInt(2)]

class Counted(Structure):
    _fields_ = [('n', c_int)]
    instances = 0
    def __init__(self, *args, **kw):
        Counted.instances += 1
        super(Counted, self).__init__(*args, **kw)
    def __repr__(self):
        return 'Counted(%d)' % self.n
    def double(self):
        self.n *= 2
        return self
print Counted(4).double(), Counted(), Counted.instances

class Vec(Structure):
    _fields_ = [('x', c_double), ('y', c_double)]
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
v = Vec(1, 2) + Vec(3, 4)
print v.x, v.y, len(v), list(v)

class Handle(object):
    def __init__(self, fd):
        self._as_parameter_ = fd
libc = CDLL('libc.so.6')
libc.abs.argtypes = [c_int]
print libc.abs(Handle(-8))

class Checked(c_int):
    @classmethod
    def from_param(cls, value):
        if value < 0:
            raise ValueError('negative values are not allowed')
        return c_int(value * 2)
libc.labs.argtypes = [Checked]
print libc.labs(21)
try:
    libc.labs(-1)
except ArgumentError as e:
    print 'ArgumentError:', e

class Loud(CDLL):
    def __getitem__(self, name):
        print 'looking up', name
        return CDLL.__getitem__(self, name)
loud = Loud('libc.so.6')
print loud.strlen('four'), loud.strlen('again')
print isinstance(loud, CDLL), type(loud).__name__

class TracingFunc(object):
    pass
class MyDLL(CDLL):
    _func_restype_ = c_long
libc2 = MyDLL('libc.so.6')
print libc2.labs(-2**40), libc2.strlen.restype

class Pair(Structure):
    _fields_ = [('a', c_short), ('b', c_short)]
class Triple(Pair):
    _fields_ = [('c', c_short)]
t = Triple(1, 2, 3)
print t.a, t.b, t.c, sizeof(Triple), Triple.c

class MyArray(Array):
    _type_ = c_char
    _length_ = 6
a = MyArray('x', 'y')
print a.value, len(a), sizeof(a), MyArray.__name__

class IntPtr(POINTER(c_int)):
    pass
x = c_int(7)
try:
    IntPtr(x)
except TypeError as e:
    print 'TypeError:', e
class IntPtr2(POINTER(c_int)):
    _type_ = c_int
ip = IntPtr2(x)
print ip.contents.value, type(ip).__name__, ip[0]

class MyLoader(LibraryLoader):
    pass
print MyLoader(CDLL).LoadLibrary('libc.so.6').abs(-3)
