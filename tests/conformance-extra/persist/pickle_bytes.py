# pickle: the exact bytes of each protocol for the basic types, containers, shared references and classes
import pickle
import cPickle

class New(object):
    def __init__(self):
        self.a = 1
        self.b = [u"x\u1234", "s"]

class Old:
    def __init__(self):
        self.v = (1, 2)

class WithArgs:
    def __getinitargs__(self):
        return (5,)
    def __init__(self, n=0):
        self.n = n

class Slotted(object):
    __slots__ = ("x",)

shared = [1]
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**62, 2**64, -2**70, 0L, 5L,
          0.5, -1e300, "", "abc", "a'b\n\x00\xff", "x" * 300, u"", u"caf\xe9\\\n\U0001f600",
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2]], {}, {"k": "v", 1: 2},
          [shared, shared], New(), Old(), WithArgs(3), len, New, Old, set([1]), frozenset(), 1 + 2j]
for proto in (0, 1, 2):
    for v in values:
        print proto, repr(pickle.dumps(v, proto))
for proto in (0, 1, 2):
    for v in values:
        if not isinstance(v, (New, Old, WithArgs, set, frozenset)):
            assert pickle.loads(pickle.dumps(v, proto)) == v, (proto, v)
            assert cPickle.loads(pickle.dumps(v, proto)) == v, (proto, v)
try:
    pickle.dumps(Slotted(), 0)
except TypeError, e:
    print "TypeError:", e
try:
    pickle.dumps(None, 3)
except ValueError, e:
    print "ValueError:", e
for bad in ["", "x", "(", "S'abc\n."]:
    for mod in (pickle, cPickle):
        try:
            mod.loads(bad)
        except Exception, e:
            print mod.__name__, repr(bad), type(e).__name__
print "done"
