# exec/eval/compile: namespaces, functions, classes, closures and generators defined by exec'd code
import sys

exec "a = 10\nb = a * 2"
print a, b

g = {}
exec "def f(x, y=3, *rest, **kw):\n    return (x, y, rest, sorted(kw.items()))" in g
print g["f"](1), g["f"](1, 2, 3, 4, k=5), g["f"].__name__, g["f"].func_defaults

ns = {"scale": 3}
exec """
class Point(object):
    '''a point'''
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x * scale, self.y * scale)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(1, -2)
q = Point(3, 4)
""" in ns
print ns["p"], ns["q"], ns["Point"].count, ns["p"].norm1, ns["Point"].__doc__, ns["Point"].__module__

exec """
def make_counter(start):
    n = [start]
    def inc(step=1):
        n[0] += step
        return n[0]
    return inc
def gen(k):
    for i in range(k):
        got = yield i * i
        if got:
            print 'sent', got
    yield 'done'
squares = [x * x for x in range(5)]
evens = list(x for x in range(10) if x % 2 == 0)
table = dict((c, ord(c)) for c in 'abc')
sq = {x: x * x for x in range(3)}
st = {x % 3 for x in range(10)}
"""
c = make_counter(5)
print c(), c(), c(10)
it = gen(3)
print it.next(), it.send('hello'), list(it)
print squares, evens, sorted(table.items()), sq, sorted(st), x

code = compile("total = sum(values)\nmean = total / float(len(values))", "<stats>", "exec")
for values in ([1, 2, 3], [10, 20]):
    env = {"values": values}
    exec code in env
    print env["total"], env["mean"]
expr = compile("w * h", "<area>", "eval")
print eval(expr, {"w": 3, "h": 7}), eval(expr, {}, {"w": 2, "h": 5}), type(expr).__name__
single = compile("1 + 1", "<single>", "single")
exec single

def uses_eval(n):
    k = n + 1
    return eval("k * n"), eval("[k + i for i in range(n)]")
print uses_eval(3)

def exec_in_function():
    v = 1
    exec "v = v + 41"
    return v
print exec_in_function()

class Holder:
    exec "inside = 'class body'"
    size = eval("len(inside)")
print Holder.inside, Holder.size

gl = {"base": 1}
lo = {}
exec "derived = base + 1\nglobal top\ntop = derived * 10" in gl, lo
print sorted(lo.items()), gl["top"], "derived" in gl

exec "nested = 'outer'\nexec 'nested2 = nested + \" inner\"'"
print nested, nested2

globals()["made_by_globals"] = 99
print made_by_globals
exec "from math import sqrt\nimport os.path\nroot = sqrt(16)"
print root, os.path.join("a", "b")
print eval("  1 + 2"), eval(u"u'x' * 2"), eval("a, b")
exec ("tuple_form = 1", {}) 
t_ns = {}
exec ("tuple_form = 2", t_ns)
print t_ns["tuple_form"]
print sorted(k for k in vars().keys() if k in ("a", "b", "made_by_globals"))
print eval("7 / 2"), eval("7 // 2")
exec "print 'exec with print', 3 / 2"
exec "from __future__ import division\nprint 'future in exec', 3 / 2"
f = open("data.txt", "w")
f.write("fromfile = 'read from file'\n")
f.close()
exec open("data.txt")
print fromfile
execfile("data.txt", ns)
print ns["fromfile"]
sys.stdout.write("done\n")
