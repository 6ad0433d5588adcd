# Arrays, pointers, byref, cast, the string buffers and the memory functions.
from ctypes import *

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, repr(r)

TenInts = c_int * 10
print TenInts, TenInts.__name__, TenInts._length_, TenInts._type_, sizeof(TenInts), TenInts is c_int * 10
ii = TenInts(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
print len(ii), ii[0], ii[-1], ii[2:5], ii[::3], ii[5:2:-1], list(ii), sum(ii), 7 in ii
for x in ii:
    if x > 3:
        break
print x
ii[0] = 100
ii[-1] = -1
ii[1:3] = [20, 30]
print ii[:4], ii[9]
attempt('index', lambda: ii[10])
attempt('negative index', lambda: ii[-11])
attempt('set index', lambda: ii.__setitem__(10, 1))
attempt('slice size', lambda: ii.__setitem__(slice(0, 2), [1, 2, 3]))
attempt('bad item', lambda: ii.__setitem__(0, 'x'))
attempt('too many initialisers', lambda: (c_int * 2)(1, 2, 3))
attempt('negative length', lambda: c_int * -1)
attempt('non-int length', lambda: c_int * 'a')
print (c_double * 3)(1, 2.5)[:], (c_char * 3)('a', 'b')[:], (c_char * 3)('a', 'b').value, repr((c_char * 3)().raw)
print ARRAY(c_short, 4), sizeof(ARRAY(c_short, 4)), (c_int * 0)()[:], len((c_int * 0)())

Matrix = (c_int * 3) * 2
m = Matrix((1, 2, 3), (4, 5, 6))
print m[1][2], m[0][:], sizeof(Matrix), Matrix.__name__

class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]
pts = (POINT * 3)(POINT(1, 2), (3, 4))
print pts[0].x, pts[1].y, pts[2].x
pts[2].x = 9
print pts[2].x

s = create_string_buffer(3)
print sizeof(s), repr(s.raw), repr(s.value), type(s).__name__
s = create_string_buffer('Hello')
print sizeof(s), repr(s.raw), repr(s.value)
s = create_string_buffer('Hello', 10)
print sizeof(s), repr(s.raw)
s.value = 'Hi'
print repr(s.raw), repr(s.value), s[0], s[1:4]
s.raw = 'abcdefghij'
print repr(s.value)
attempt('buffer too small', lambda: create_string_buffer('abc', 2))
attempt('buffer of float', lambda: create_string_buffer(1.5))
u = create_unicode_buffer(u'caf\xe9')
print sizeof(u), repr(u.value), repr(u[:]), len(u)
u = create_unicode_buffer(5)
print repr(u.value), len(u)
print repr(c_buffer('zz').raw)

i = c_int(42)
pi = pointer(i)
print type(pi).__name__, pi.contents, pi.contents.value, pi[0], pi._type_
pi[0] = 43
print i.value
pi.contents = c_int(99)
print pi[0], i.value
LP = POINTER(c_int)
print LP is POINTER(c_int), LP, LP._type_, sizeof(LP)
null = LP()
print bool(null), bool(pi)
attempt('null index', lambda: null[0])
attempt('null contents', lambda: null.contents)
attempt('wrong contents', lambda: setattr(pi, 'contents', c_long(1)))
attempt('pointer of int', lambda: pointer(3))
attempt('POINTER of int', lambda: POINTER(3))
attempt('pointer from_param', lambda: LP.from_param(5))
attempt('pointer from_param long', lambda: LP.from_param(c_long(5)))
print type(LP.from_param(c_int(1))).__name__, LP.from_param(None), LP.from_param(pi) is pi

arr = (c_int * 4)(10, 20, 30, 40)
p = cast(arr, POINTER(c_int))
print p[0], p[3], p[1:3], p[:4]
p2 = cast(addressof(arr) + 4, POINTER(c_int))
print p2[0], p2[-1]
cp = cast(create_string_buffer('text'), c_char_p)
print cp.value
vp = cast(arr, c_void_p)
print vp.value == addressof(arr)
attempt('cast to int', lambda: cast(3, c_int))
attempt('cast c_int', lambda: cast(c_int(3), POINTER(c_char)))

d = c_double(1.25)
b = byref(d)
print type(b).__name__, b._obj is d
attempt('byref int', lambda: byref(3))
attempt('addressof int', lambda: addressof(3))
print addressof(arr) == cast(arr, c_void_p).value, addressof(pts[1]) - addressof(pts[0])

src = create_string_buffer('source data')
dst = create_string_buffer(20)
r = memmove(dst, src, 6)
print repr(dst.value), r == addressof(dst)
memset(dst, ord('x'), 3)
print repr(dst.value)
print repr(string_at(src)), repr(string_at(src, 3)), repr(string_at(addressof(src) + 7))
w = create_unicode_buffer(u'wide text')
print repr(wstring_at(w)), repr(wstring_at(w, 4))
attempt('string_at NULL', lambda: string_at(None) if False else 'skipped')

short = create_string_buffer(4)
resize(short, 16)
print sizeof(short), len(short), repr(short.raw)
attempt('resize smaller', lambda: resize(short, 2))
attempt('resize int', lambda: resize(3, 8))

print c_int.from_address(addressof(arr)).value, (c_int * 2).from_address(addressof(arr))[1]
buf = (c_char * 8)()
view = c_int.from_buffer(buf, 4)
view.value = 0x41424344
print repr(buf.raw)
copy = POINT.from_buffer_copy('\x01\x00\x00\x00\x02\x00\x00\x00')
print copy.x, copy.y
attempt('from_buffer small', lambda: c_long.from_buffer(create_string_buffer(4)))
attempt('from_buffer_copy small', lambda: c_long.from_buffer_copy('abc'))
attempt('from_buffer str', lambda: c_int.from_buffer('abcd'))
attempt('from_buffer negative', lambda: c_int.from_buffer(buf, -1))
