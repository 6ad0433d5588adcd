# Structures and unions: layout (alignment, _pack_, bit fields, nesting, inheritance), field
# descriptors, initialisation rules, anonymous members and the errors of bad _fields_.
from ctypes import *

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, repr(r)

class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

p = POINT(10, 20)
print p.x, p.y, sizeof(POINT), alignment(POINT), POINT.x, POINT.y, POINT.x.offset, POINT.y.size
p.x = 7
p.y = 2**33 + 5
print p.x, p.y
print POINT().x, POINT(1).y, POINT(y=3).y, POINT(1, y=4).y

class RECT(Structure):
    _fields_ = [("upperleft", POINT), ("lowerright", POINT)]

rc = RECT(p)
print rc.upperleft.x, rc.upperleft.y, rc.lowerright.x
rc = RECT(POINT(1, 2), POINT(3, 4))
print rc.upperleft.x, rc.lowerright.y, sizeof(RECT)
rc = RECT((1, 2), (3, 4))
print rc.upperleft.y, rc.lowerright.x
ul = rc.upperleft
ul.x = 100
print rc.upperleft.x, ul._b_base_ is rc, rc._b_base_
rc.lowerright = POINT(9, 8)
print rc.lowerright.x, rc.lowerright.y

class Mixed(Structure):
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short), ("i", c_int), ("b", c_byte)]
print sizeof(Mixed), alignment(Mixed), [getattr(Mixed, n).offset for n in ("c", "d", "s", "i", "b")]

class Packed(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short)]
print sizeof(Packed), alignment(Packed), Packed.d.offset, Packed.s.offset

class Packed2(Structure):
    _pack_ = 2
    _fields_ = [("c", c_char), ("i", c_int), ("l", c_long)]
print sizeof(Packed2), Packed2.i.offset, Packed2.l.offset

class Bits(Structure):
    _fields_ = [("first_16", c_int, 16), ("second_16", c_int, 16), ("flag", c_uint, 1), ("rest", c_uint, 31),
                ("small", c_ubyte, 3), ("signed3", c_byte, 3)]
print Bits.first_16, Bits.second_16, Bits.flag, Bits.rest, Bits.small, Bits.signed3, sizeof(Bits)
b = Bits()
b.first_16 = 0x1234
b.second_16 = -2
b.flag = 3
b.rest = 2**31 - 1
b.small = 9
b.signed3 = 3
print b.first_16, b.second_16, b.flag, b.rest, b.small, b.signed3
b.signed3 = 4
print b.signed3, string_at(addressof(b), sizeof(b)).encode('hex')

class Mixed2(Structure):
    _fields_ = [("a", c_short, 4), ("b", c_int, 20), ("c", c_char), ("d", c_long, 40)]
print Mixed2.a, Mixed2.b, Mixed2.c, Mixed2.d, sizeof(Mixed2)

class IntOrDouble(Union):
    _fields_ = [("i", c_int), ("d", c_double), ("chars", c_char * 8)]
u = IntOrDouble()
u.d = 1.0
print sizeof(IntOrDouble), alignment(IntOrDouble), u.i, repr(u.chars), IntOrDouble.d, IntOrDouble.i.offset
u.i = 65
print repr(u.chars), type(u).__name__, type(IntOrDouble)

class Named(Structure):
    _fields_ = [("name", c_char * 8), ("wide", c_wchar * 4), ("ptr", c_char_p), ("nums", c_int * 3)]
n = Named('abc', u'xy', 'pointed', (1, 2, 3))
print repr(n.name), repr(n.wide), n.ptr, list(n.nums), type(n.nums).__name__
n.name = 'exactly8'
print repr(n.name), sizeof(Named)
attempt('name too long', lambda: setattr(n, 'name', 'ninechars'))
n.nums[1] = 50
print n.nums[:], n.nums[1]

class _U(Union):
    _fields_ = [("lval", c_long), ("sval", c_short)]
class WithAnon(Structure):
    _anonymous_ = ("u",)
    _fields_ = [("tag", c_int), ("u", _U)]
w = WithAnon()
w.lval = 12345
print w.lval, w.u.lval, w.sval, WithAnon.lval, WithAnon.sval

class Base(Structure):
    _fields_ = [("a", c_int)]
class Derived(Base):
    _fields_ = [("b", c_double)]
d = Derived(1, 2.5)
print d.a, d.b, sizeof(Derived), Derived.b.offset

class Node(Structure):
    pass
Node._fields_ = [("value", c_int), ("next", POINTER(Node))]
n1 = Node(1)
n2 = Node(2, pointer(n1))
print n2.next.contents.value, bool(n1.next), sizeof(Node)

class S(Structure):
    _fields_ = [('a', c_int), ('b', c_char * 4)]
attempt('too many', lambda: S(1, 'xy', 3))
attempt('string too long', lambda: S(1, 'xyzwq'))
attempt('wrong type', lambda: S(a='q'))
attempt('unknown keyword', lambda: S(c=1).c)
attempt('duplicate', lambda: S(1, a=2))
attempt('struct into int field', lambda: setattr(S(), 'a', POINT()))
attempt('wrong struct', lambda: setattr(rc, 'upperleft', S()))
attempt('abstract', lambda: Structure())
attempt('abstract size', lambda: sizeof(Structure))
def bad(fields):
    class X(Structure):
        _fields_ = fields
    return X
attempt('bits on double', lambda: bad([('a', c_double, 3)]))
attempt('too many bits', lambda: bad([('a', c_int, 33)]))
attempt('zero bits', lambda: bad([('a', c_int, 0)]))
attempt('one-tuple', lambda: bad([('a',)]))
attempt('not a type', lambda: bad([('a', 3)]))
attempt('not a sequence', lambda: bad(5))
attempt('empty', lambda: sizeof(bad([])))
