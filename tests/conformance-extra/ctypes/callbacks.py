# Callback functions: CFUNCTYPE prototypes, qsort from the C library with a Python comparison
# function (the tutorial's example), callbacks returning doubles, prototypes calling addresses.
from ctypes import *

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, repr(r)

libc = CDLL('libc.so.6')
IntArray5 = c_int * 5
ia = IntArray5(5, 1, 7, 33, 99)
qsort = libc.qsort
qsort.restype = None

CMPFUNC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
print CMPFUNC, CMPFUNC.__name__, CMPFUNC._restype_, CMPFUNC._argtypes_, CMPFUNC._flags_
print CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int)) is CMPFUNC

calls = []
def py_cmp_func(a, b):
    calls.append((type(a).__name__, a[0], b[0]))
    return a[0] - b[0]

cmp_func = CMPFUNC(py_cmp_func)
print type(cmp_func).__name__, bool(cmp_func)
qsort(ia, len(ia), sizeof(c_int), cmp_func)
print list(ia), len(calls) > 0, calls[0][0]

def reverse(a, b):
    return b[0] - a[0]
qsort(ia, len(ia), sizeof(c_int), CMPFUNC(reverse))
print list(ia)

words = (c_char_p * 4)('pear', 'apple', 'fig', 'banana')
STRCMP = CFUNCTYPE(c_int, POINTER(c_char_p), POINTER(c_char_p))
def by_length(a, b):
    return cmp(len(a[0]), len(b[0])) or cmp(a[0], b[0])
libc.qsort(words, 4, sizeof(c_char_p), STRCMP(by_length))
print list(words)

DOUBLEFUNC = CFUNCTYPE(c_double, c_double, c_int)
def scale(x, n):
    return x * n + 0.5
f = DOUBLEFUNC(scale)
print f(1.5, 3), f(-2.0, 2)

INTFUNC = CFUNCTYPE(c_int, c_int, c_int, c_int, c_int, c_int, c_int, c_int, c_int)
def total(*args):
    return sum(args)
print INTFUNC(total)(1, 2, 3, 4, 5, 6, 7, 8)

VOIDFUNC = CFUNCTYPE(None, c_char_p)
seen = []
VOIDFUNC(seen.append)('from C')
print seen

SIGNED = CFUNCTYPE(c_byte, c_ubyte)
print SIGNED(lambda v: v)(200), SIGNED(lambda v: v + 1)(10)

labs = CFUNCTYPE(c_long, c_long)(cast(libc.labs, c_void_p).value)
print labs(-123456789012)
strlen_proto = CFUNCTYPE(c_size_t, c_char_p)
strlen = strlen_proto(('strlen', libc))
print strlen('seven!!'), type(strlen('x'))

attempt('too few', lambda: f(1.0))
attempt('wrong type', lambda: f('x', 1))
attempt('not callable', lambda: CMPFUNC(5.5))
attempt('keyword', lambda: CFUNCTYPE(c_int, foo=1))
print CFUNCTYPE(c_int, use_errno=True)._flags_, PYFUNCTYPE(c_int)._flags_
null = CMPFUNC()
print bool(null)
