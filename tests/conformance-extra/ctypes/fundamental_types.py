# The fundamental data types: values, reprs, wrapping of integers that do not fit, sizes, errors.
from ctypes import *

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, repr(r)

for t in (c_bool, c_char, c_wchar, c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
          c_longlong, c_ulonglong, c_size_t, c_ssize_t, c_float, c_double, c_longdouble, c_char_p,
          c_wchar_p, c_void_p, c_int8, c_int16, c_int32, c_int64, c_uint8, c_uint16, c_uint32, c_uint64):
    print t.__name__, sizeof(t), alignment(t), t._type_, repr(t().value)

print c_int(42), c_int(-7), c_uint(7), c_long(123456789012), c_ulong(5), c_short(-3), c_ushort(65535)
print c_byte(127), c_byte(128), c_ubyte(256), c_ubyte(-1), c_short(32768), c_int(2**31), c_uint(-1)
print c_long(2**63), c_ulong(-1), c_longlong(-2**63 - 1), c_int(10**20), c_ulonglong(2**64 + 3)
print c_float(1.5), c_float(0.1), c_double(0.1), c_double(-2), c_longdouble(3.25), c_float(1e300)
print c_bool(0), c_bool(5), c_bool([]), c_bool('x'), c_char('a'), c_char('\0'), c_wchar(u'\u00e9')
print c_char_p('hello').value, c_char_p().value, c_wchar_p(u'wide').value, c_void_p(1234).value, c_void_p().value
print repr(c_int(3).value), repr(c_uint(3).value), repr(c_long(3).value), repr(c_ulong(3).value)
print repr(c_short(3).value), repr(c_ushort(3).value), repr(c_byte(3).value), repr(c_ubyte(3).value)
print repr(c_longlong(3).value), repr(c_ulonglong(3).value), repr(c_double(3).value), repr(c_bool(3).value)

i = c_int(1)
i.value = 99
print i, i.value
i.value = 2**32 + 17
print i
s = c_char_p('first')
s.value = 'second'
print s.value
s.value = None
print s.value
v = c_void_p()
v.value = 0x1000
print v.value, bool(v), bool(c_void_p()), bool(c_int(0)), bool(c_int(3)), bool(c_double(0.0))

attempt('float to int', lambda: c_int(1.5))
attempt('str to int', lambda: c_int('a'))
attempt('None to int', lambda: c_int(None))
attempt('str to double', lambda: c_double('a'))
attempt('huge long to double', lambda: c_double(10**400))
attempt('two chars', lambda: c_char('ab'))
attempt('int to char', lambda: c_char(65))
attempt('unicode to char', lambda: c_char(u'a'))
attempt('two wchars', lambda: c_wchar('ab'))
attempt('str to wchar', lambda: c_wchar('a'))
attempt('float to char_p', lambda: c_char_p(1.5))
attempt('int to char_p', lambda: c_char_p(5))
attempt('str to void_p', lambda: c_void_p('abc'))
attempt('float to void_p', lambda: c_void_p(1.5))
attempt('two args', lambda: c_int(1, 2))
attempt('default', lambda: c_int())
attempt('int from_param', lambda: c_int.from_param(5))
attempt('int from_param float', lambda: c_int.from_param(1.5))
attempt('char_p from_param int', lambda: c_char_p.from_param(5))
attempt('void_p from_param None', lambda: c_void_p.from_param(None))
attempt('void_p from_param float', lambda: c_void_p.from_param(1.5))
attempt('double from_param', lambda: c_double.from_param(2))
attempt('sizeof int', lambda: sizeof(3))
attempt('sizeof type', lambda: sizeof(int))
attempt('hash', lambda: hash(c_int(1)))
attempt('equality', lambda: c_int(1) == c_int(1))
print type(c_int), type(c_int).__name__, c_int.__mro__
print c_int.__name__, c_int.__module__, c_char_p.__bases__
