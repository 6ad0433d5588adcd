# traceback.extract_stack / format_stack / print_stack and extract_tb / format_tb / print_tb
# called from except, else and finally blocks, a lambda, a generator and a class body: each
# frame's line is the one CPython 2.7 reports.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"


class Out(object):
    def write(self, s):
        sys.stdout.write(s.replace(HERE, ""))


def stack():
    return [(os.path.basename(f), line, name) for f, line, name, text in traceback.extract_stack()[:-1]]


def from_handlers():
    try:
        {}[1]
    except KeyError:
        print stack()
        print [(l, n, t) for f, l, n, t in traceback.extract_tb(sys.exc_info()[2])]
        traceback.print_tb(sys.exc_info()[2], file=Out())
        print "".join(traceback.format_tb(sys.exc_info()[2])).replace(HERE, "")
    else:
        print "not here"
    try:
        pass
    except KeyError:
        pass
    else:
        print stack()
    finally:
        traceback.print_stack(file=Out())
        print "".join(traceback.format_stack()[-1:]).replace(HERE, "")
from_handlers()

f = lambda: stack()
print f()


def gen():
    yield stack()
    yield stack()
g = gen()
print next(g)
print next(g)


class K:
    print stack()
    try:
        1 / 0
    except ZeroDivisionError:
        print [(l, n) for f, l, n, t in traceback.extract_tb(sys.exc_info()[2])]


def depth(n):
    if n == 0:
        return [(l, n) for f, l, n, t in traceback.extract_stack()]
    try:
        raise ValueError(n)
    except ValueError:
        return depth(n - 1)
print depth(2)
