import sys
def gen():
    try:
        x = yield 1
        print "got", x
        yield 2
    except ValueError:
        print "gen caught"
        yield 3
    finally:
        print "gen finally"
g = gen()
print g.next()
print g.send("s")
print g.throw(ValueError)
g.close()
def early():
    for i in range(10):
        try:
            if i == 2:
                return i
            if i == 0:
                continue
            print "loop", i
        finally:
            print "fin", i
print early()
def nested_try():
    try:
        try:
            raise KeyError("k")
        finally:
            print "inner finally"
    except KeyError as e:
        print "outer caught", repr(e)
        print sys.exc_info()[0].__name__
nested_try()
class E(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code
try:
    raise E(5)
except E as e:
    print "E", e.code, e.args
try:
    raise E, 7
except Exception, e:
    print "E2", e.code
def reraiser():
    try:
        1/0
    except ZeroDivisionError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
try:
    reraiser()
except Exception as e:
    print type(e).__name__
x = [1, 2, 3]
i = 0
def idx():
    global i
    i += 1
    return i - 1
x[idx()] += 10
print x, i
a = b = c = 0
a, b = b, a
print 1 < 2 < 3 > 2, 3 > 2 > 5, (1 < 2) < 3
def f(n):
    if n:
        y = 1
    return y
try:
    f(0)
except UnboundLocalError as e:
    print e
print [(i, j) for i in range(3) for j in range(i) if j != 1]
d = {}
d.setdefault("a", []).append(1)
print d
print 7 // 2, -7 // 2, 7 % -3, 2 ** -1, 10 / 4, 10.0 / 4, divmod(7, 2)
s = [5, 3, 8]
s.sort(key=lambda v: -v)
print s, sorted(s, reverse=True), max(s), min(s)
print `s`, repr("q'uote"), str(1.5), int("42") + 1
class Counter(object):
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def next(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print list(Counter())
for k, v in sorted({"b": 2, "a": 1}.items()):
    print k, v,
print
while 1:
    break
print "done"
