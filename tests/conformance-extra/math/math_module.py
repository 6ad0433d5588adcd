# math: every function of the Python 2.7 reference, with special values and CPython's errors.
import math

print repr(math.pi), repr(math.e)
values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 10.0, 1e-300, 1e300, 3, 7L, float('inf'), float('-inf'), float('nan')]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'ceil', 'cos', 'cosh', 'degrees', 'erf', 'erfc', 'exp',
         'expm1', 'fabs', 'floor', 'isinf', 'isnan', 'log', 'log10', 'log1p', 'radians', 'sin', 'sinh', 'sqrt',
         'tan', 'tanh', 'frexp', 'modf', 'trunc']
for name in names:
    f = getattr(math, name)
    row = []
    for v in values:
        try:
            row.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            row.append('%s(%s)' % (type(e).__name__, e))
    print name, ' '.join(row)

for x in [0.1, 0.25, 0.9, 1.2, 1.6, 2.5, 3.0, 5.5, 10.5, 26.0, -0.3, -1.7, -3.2]:
    print x, repr(math.erf(x)), repr(math.erfc(x))

pairs = [(2.0, 3.0), (2.0, 0.5), (-2.0, 0.5), (0.0, -1.0), (0.0, 0.0), (1.0, float('nan')), (float('nan'), 0.0),
         (float('inf'), -1.0), (-float('inf'), 3.0), (0.5, float('inf')), (10.0, 400.0), (-8.0, 1.0 / 3), (3, 4)]
for a, b in pairs:
    row = []
    for name in ['pow', 'atan2', 'fmod', 'hypot', 'copysign']:
        try:
            row.append(repr(getattr(math, name)(a, b)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            row.append('%s(%s)' % (type(e).__name__, e))
    print a, b, ' '.join(row)

print math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log10(10 ** 400), math.log(10L ** 30)
for bad in [lambda: math.log(0), lambda: math.log(-1), lambda: math.log(0L), lambda: math.log(1, 1), lambda: math.sqrt(-1),
            lambda: math.exp(1000), lambda: math.ldexp(1.0, 5000), lambda: math.factorial(-1), lambda: math.factorial(2.5),
            lambda: math.fsum([float('inf'), float('-inf')]), lambda: math.fsum([1e308, 1e308]), lambda: math.sqrt('x'),
            lambda: math.ldexp(1.0, 2.0), lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.lgamma(-1),
            lambda: math.cosh(1000), lambda: math.acosh(0)]:
    try:
        print repr(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print type(e).__name__, e
try:
    math.trunc('x')
except AttributeError as e:
    print 'AttributeError', e

print math.ldexp(0.5, 3), math.ldexp(1.0, -1080), math.ldexp(-0.0, 5), math.ldexp(3.0, 10 ** 30) if False else ''
print math.frexp(8.0), math.frexp(-0.1), math.frexp(1e-320), math.modf(-3.5), math.modf(2.25)
print math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(25), math.factorial(5.0)
print repr(math.fsum([0.1] * 10)), repr(sum([0.1] * 10)), repr(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print repr(math.fsum([])), repr(math.fsum([1, 2, 3])), repr(math.fsum(iter([0.5, 0.25])))
print math.trunc(3.7), math.trunc(-3.7), math.trunc(5), type(math.trunc(1e20)).__name__
print math.floor(2.5), math.ceil(2.5), math.floor(-2.5), math.ceil(-2.5), type(math.floor(3)).__name__
print math.gamma(5), math.gamma(0.5) == math.sqrt(math.pi) or abs(math.gamma(0.5) - math.sqrt(math.pi)) < 1e-15, math.lgamma(1), math.lgamma(2)
print abs(math.gamma(10.5) / 1133278.3889487855 - 1) < 1e-14, abs(math.lgamma(100) / 359.1342053695754 - 1) < 1e-14
print math.isinf(1e308 * 10), math.isnan(float('inf') - float('inf')), math.copysign(1, -0.0), math.degrees(math.pi), math.radians(180)
