def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print list(count(4))
def echo():
    received = yield "first"
    while True:
        received = yield "got %s" % received
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
def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
print [e for e in evens(range(7))]
gen = (c.upper() for c in "abc")
print gen.next(), list(gen)
