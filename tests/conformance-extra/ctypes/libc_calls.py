# Calling the C library: default conversions, argtypes, restype (types, None, callables), errcheck,
# errno, and the errors for bad arguments, missing libraries and missing symbols.
import os
from ctypes import *
from ctypes.util import find_library

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print label, type(e).__name__, e
    else:
        print label, repr(r)

print find_library('c'), find_library('m'), find_library('nosuchlibraryxyz')
libc = CDLL('libc.so.6')
libm = cdll.LoadLibrary('libm.so.6')
print repr(libc).startswith("<CDLL 'libc.so.6', handle "), type(libc.strlen).__name__, libc.strlen.__name__
print libc.strlen is libc.strlen, libc['strlen'] is libc.strlen
print libc.strlen('hello world'), libc.strlen(''), libc.strlen(u'abc')
print libc.abs(-5), libc.abs(5L), libc.abs(2**40 + 3), libc.labs(-7)
print libc.getpid() == os.getpid(), libc.time(None) > 1000000000
print libc.atoi('1234'), libc.atoi('  -56xyz'), libc.toupper(ord('q'))

libm.sqrt.restype = c_double
libm.sqrt.argtypes = [c_double]
print libm.sqrt(2.0), libm.sqrt(16), libm.sqrt.restype, libm.sqrt.argtypes
libm.pow.restype = c_double
print libm.pow(c_double(2), c_double(10))
libm.powf.restype = c_float
libm.powf.argtypes = (c_float, c_float)
print libm.powf(1.5, 2)
libm.frexp.restype = c_double
e = c_int()
print libm.frexp(c_double(48.0), byref(e)), e.value
libm.modf.restype = c_double
ip = c_double()
print libm.modf(c_double(3.75), pointer(ip)), ip.value

strchr = libc.strchr
strchr.restype = c_char_p
print strchr('abcdef', ord('d')), strchr('abcdef', ord('z'))
strchr.argtypes = [c_char_p, c_char]
print strchr('abcdef', 'c')
attempt('strchr bad', lambda: strchr('abcdef', 'xy'))
attempt('strchr missing arg', lambda: strchr('abcdef'))
print strchr('abcdef', 'e', 'extra is allowed for cdecl')

libc.strtol.restype = c_long
end = c_char_p()
print libc.strtol('0x1f rest', byref(end), 0), end.value

libc.getenv.restype = c_char_p
print libc.getenv('NO_SUCH_VARIABLE_HERE'), libc.getenv('HOME') == os.environ.get('HOME')

def nonzero(result, func, args):
    print 'errcheck', result, func.__name__, args
    return result * 10
libc.abs.errcheck = nonzero
print libc.abs(-4)
fabs = libc['abs']
fabs.restype = lambda v: 'abs gave %d' % v
print fabs(-9)
fabs = libc['abs']
fabs.restype = None
print fabs(-9)
attempt('bad restype', lambda: setattr(libc['abs'], 'restype', 5))
attempt('bad argtypes', lambda: setattr(libc['abs'], 'argtypes', 5))
attempt('bad argtypes item', lambda: setattr(libc['abs'], 'argtypes', [5]))
attempt('bad errcheck', lambda: setattr(libc['abs'], 'errcheck', 5))

attempt('float arg', lambda: libc.strlen(1.5))
attempt('object arg', lambda: libc.abs(object()))
attempt('huge arg', lambda: libc.abs(2**70))
attempt('missing lib', lambda: CDLL('libnosuchlib.so'))
attempt('missing lib via loader', lambda: cdll.LoadLibrary('libnosuchlib.so'))
attempt('missing symbol', lambda: libc.no_such_function_xyz)
attempt('missing symbol item', lambda: libc['no_such_function_xyz'])
attempt('dunder', lambda: libc.__something__)
attempt('loader private', lambda: cdll._private)

self_ = CDLL(None)
print self_.strlen('process symbols'), self_._name
libc2 = CDLL('libc.so.6', mode=RTLD_GLOBAL)
print libc2.abs(-1), RTLD_GLOBAL, RTLD_LOCAL, DEFAULT_MODE

errlib = CDLL('libc.so.6', use_errno=True)
set_errno(0)
print errlib.close(-1), get_errno()
print set_errno(5), get_errno()
errlib.strtol.restype = c_long
print errlib.strtol('99999999999999999999999', None, 10) == 2**63 - 1, get_errno()

class Param(object):
    def __init__(self, n):
        self._as_parameter_ = n
print libc['abs'](Param(-12))

libc.printf('printf from C: %d %s\n', 42, 'text')
print 'python line between'
libc.printf('second printf %5.2f\n', c_double(3.14159))
print 'done'
