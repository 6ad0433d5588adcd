def echo():
    received = yield "first"
    while True:
        received = yield received
g = echo()
print g.next(), g.send("a"), g.send("b")
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print "gen cleanup"
for v in with_finally():
    print v
print sum(x * x for x in range(5)), {x % 3 for x in range(10)} == set([0, 1, 2]), sorted({k: k * 2 for k in "ab"}.items())
gen = (c for c in "abc")
print gen.next(), list(gen)
def varargs(a, *args, **kwargs):
    return a, args, sorted(kwargs.items())
print varargs(1)
print varargs(1, 2, 3, x=4)
print varargs(*[5, 6, 7], **{"k": "v"})
def dist((x1, y1), (x2, y2)):
    return abs(x1 - x2) + abs(y1 - y2)
print dist((0, 0), (3, 4))
def deco2(f):
    def wrapper(*a):
        return "<" + f(*a) + ">"
    return wrapper
@deco2
def shout(s):
    "docstring"
    return s + "!"
print shout("hi"), shout.__name__
f = lambda x, y=2: x * y
print f(3), f(3, 4), (lambda: "empty")()
def greet(name, greeting="Hello"):
    return greeting + name
try:
    greet()
except TypeError, e:
    print "TypeError:", e
def many(a, b, c, d, e, f):
    return a + b + c + d + e + f
print many(1, 2, 3, 4, 5, 6), greet.__doc__, shout.__doc__
