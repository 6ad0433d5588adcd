# Structures passed and returned by value (div/ldiv/lldiv, complex numbers in libm), a struct tm
# read through a returned pointer, floats and many arguments mixing integer and floating registers.
from ctypes import *

libc = CDLL('libc.so.6')
libm = CDLL('libm.so.6')

class div_t(Structure):
    _fields_ = [('quot', c_int), ('rem', c_int)]
class ldiv_t(Structure):
    _fields_ = [('quot', c_long), ('rem', c_long)]
libc.div.restype = div_t
r = libc.div(17, 5)
print type(r).__name__, r.quot, r.rem
libc.ldiv.restype = ldiv_t
libc.ldiv.argtypes = [c_long, c_long]
r = libc.ldiv(-123456789012, 1000)
print r.quot, r.rem
libc.lldiv.restype = ldiv_t
print libc.lldiv(c_longlong(10**15 + 7), c_longlong(10)).rem

class Complex(Structure):
    _fields_ = [('re', c_double), ('im', c_double)]
libm.cabs.argtypes = [Complex]
libm.cabs.restype = c_double
print libm.cabs(Complex(3, 4))
libm.conj.argtypes = [Complex]
libm.conj.restype = Complex
c = libm.conj(Complex(1.5, -2.5))
print c.re, c.im
libm.csqrt.argtypes = [Complex]
libm.csqrt.restype = Complex
c = libm.csqrt(Complex(-4, 0))
print c.re, c.im

class FComplex(Structure):
    _fields_ = [('re', c_float), ('im', c_float)]
libm.conjf.argtypes = [FComplex]
libm.conjf.restype = FComplex
c = libm.conjf(FComplex(0.5, 0.25))
print c.re, c.im
libm.cabsf.argtypes = [FComplex]
libm.cabsf.restype = c_float
print libm.cabsf(FComplex(6, 8))

class tm(Structure):
    _fields_ = [('tm_sec', c_int), ('tm_min', c_int), ('tm_hour', c_int), ('tm_mday', c_int),
                ('tm_mon', c_int), ('tm_year', c_int), ('tm_wday', c_int), ('tm_yday', c_int),
                ('tm_isdst', c_int), ('tm_gmtoff', c_long), ('tm_zone', c_char_p)]
libc.gmtime.restype = POINTER(tm)
t = c_long(86400 * 365 + 3661)
g = libc.gmtime(byref(t)).contents
print g.tm_year + 1900, g.tm_mon + 1, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_zone
buf = create_string_buffer(64)
libc.strftime.argtypes = [c_char_p, c_size_t, c_char_p, POINTER(tm)]
n = libc.strftime(buf, sizeof(buf), '%Y-%m-%d %H:%M:%S %A', byref(g))
print n, buf.value
libc.timegm.argtypes = [POINTER(tm)]
libc.timegm.restype = c_long
print libc.timegm(g) == t.value

libm.fma.restype = c_double
libm.fma.argtypes = [c_double, c_double, c_double]
print libm.fma(2, 3, 4)
libm.ldexp.restype = c_double
print libm.ldexp(c_double(0.75), 4)
libm.fmaxf.restype = c_float
libm.fmaxf.argtypes = [c_float, c_float]
print libm.fmaxf(1.25, -3)

buf = create_string_buffer(200)
libc.snprintf(buf, 200, '%d|%s|%.3f|%ld|%c|%d|%d|%d|%.1f|%.1f', 1, 'two', c_double(3.0), c_long(4), ord('5'),
              6, 7, 8, c_double(9.5), c_double(10.25))
print buf.value
libc.snprintf(buf, 200, '%.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f %d %d %d %d %d %d %d',
              *([c_double(i + 0.5) for i in range(10)] + range(7)))
print buf.value
