class Ctx(object):
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print "enter", self.name
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print "exit", self.name, t.__name__ if t else None
        return self.swallow
with Ctx("a") as n:
    print "inside", n
with Ctx("b", True):
    raise ValueError("swallowed")
print "after b"
try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError:
    print "propagated"
with Ctx("d") as x, Ctx("e") as y:
    print x, y
