# hasattr(x, "__call__") is the usual Python 2 test for callables: functions, methods and built-ins have __call__.
class C(object):
    def f(self): return 1
    @staticmethod
    def s(): return 2
    @classmethod
    def c(cls): return 3
class O:
    def f(self): return 1
def g(): pass
for name, o in [("unbound", C.f), ("bound", C().f), ("static", C.s), ("classm", C.c), ("oldunbound", O.f),
                ("oldbound", O().f), ("func", g), ("lambda", lambda: 0), ("builtin", len), ("type", C),
                ("classic", O), ("int", 3), ("methdesc", str.upper), ("boundbuiltin", "x".upper)]:
    print name, hasattr(o, '__call__'), callable(o)
print C.f.__call__(C())
print g.__call__ is not None
def kw(a, b=2, *rest, **more):
    return a, b, rest, sorted(more.items())
print kw.__call__(1)
print kw.__call__(1, b=5, z=9)
print kw.__call__(1, 2, 3, 4)
print len.__call__([1, 2, 3])
print str.upper.__call__("ab"), "cd".upper.__call__()
print C().f.__call__(), C.s.__call__(), C.c.__call__()
print sorted.__call__([3, 1, 2], reverse=True)
try:
    len.__call__()
except TypeError, e:
    print "TypeError", e
try:
    C.f.__call__(3)
except TypeError, e:
    print "TypeError", e
print [x for x in (len, 3, "s", C, O, C.f, None) if hasattr(x, '__call__')] == [len, C, C.f]
