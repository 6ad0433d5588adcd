# sys._getframe(n).f_lineno and f_code.co_name as CPython 2.7 reports them: a call spanning lines
# runs at the greatest line compiled before it, decorators at the first decorator's line (or a
# later default), class bodies and comprehensions in frames of their own, generators resumed at
# the line of their yield, and a frame's f_lineno follows the frame while it runs.
import sys


def where():
    f = sys._getframe(1)
    return "%s:%d" % (f.f_code.co_name, f.f_lineno)


def g(*a, **k):
    f = sys._getframe(1)
    return "%s:%d" % (f.f_code.co_name, f.f_lineno)


def multi():
    x = g(1,
          2,
          3)
    y = g(
        1)
    w = [1,
         2, g()]
    v = g(1, g(2,
          3), g(4,
          5)
          )
    u = {'a': 1,
         'b': g()}
    return x, y, w, v, u
print multi()


def chained():
    return (g()
            .upper())
print chained()

if (1 and
        g()):
    print g(
        1), g(2,
              3)


def handlers():
    try:
        1 / 0
    except ZeroDivisionError:
        print where()
    else:
        print "no"
    finally:
        print where()
    try:
        pass
    except:
        pass
    else:
        print where()
handlers()

f = lambda: where()
print f()
h = lambda a=where(): (a, where())
print h()


class C:
    w = where()
    l = lambda self: where()
print C.w, C().l()
print [where() for i in range(1)]
print list(where() for i in range(1))
print {where() for i in range(1)}
print {i: where() for i in range(1)}
print [(lambda: where())() for i in range(1)]
print [where()
       for i in
       range(2)]


def deco(fn):
    print "decorator called at", sys._getframe(1).f_lineno
    return fn


@deco
def decorated():
    pass


@deco

@deco
def decorated_defaults(x=1):
    pass


class K(object):
    @deco
    def m(self):
        pass


@deco
class Q:
    pass


def gen():
    yield where()
    yield where()
it = gen()
print next(it)
x = [1,
     2]
print next(it)


def t():
    try:
        return where()
    finally:
        print where()
print t()

while where() == "x":
    pass
for i in [where()]:
    print i


def depth():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return out


def outer():
    return inner(
        1)


def inner(a):
    return depth()
print outer()

try:
    sys._getframe(100)
except ValueError as e:
    print e
