class MyError(Exception):
    pass
def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise MyError, "one"
    if n == 2:
        raise KeyError(2)
    return n
for n in range(4):
    try:
        print risky(n)
    except (ValueError, KeyError), e:
        print "caught", type(e).__name__, e
    except MyError as e:
        print "mine", e
    else:
        print "else"
    finally:
        print "finally", n
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print "reraise"
        raise
except ZeroDivisionError, e:
    print "outer", e
try:
    assert 1 == 2, "math"
except AssertionError, e:
    print "assert", e
def gen_finally():
    try:
        return "returned"
    finally:
        print "cleanup"
print gen_finally()
try:
    raise MyError("x")
except:
    print "bare except"
