# logging's findCaller (module, filename, funcName, lineno) and warnings' stacklevel from calls
# in finally blocks, loops with handlers, lambdas, class bodies, comprehensions, generators and
# calls whose arguments span lines (CPython reports the last line of the arguments).
import logging
import sys
import warnings

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(module)s %(filename)s %(funcName)s %(lineno)d %(message)s"))
log = logging.getLogger("blocks")
log.addHandler(h)
log.propagate = False


def fail(x):
    return 1 / x


def logs():
    log.warning("a %s",
                "multi")
    try:
        pass
    finally:
        log.warning("fin")
    for i in [1]:
        try:
            fail(0)
        except ZeroDivisionError:
            log.error("caught")
        else:
            log.error("else")
    f = lambda: log.warning("lam")
    f()
logs()


class Body:
    log.warning("class body")
    try:
        fail(0)
    except ZeroDivisionError:
        log.warning("class handler")
print [log.warning("lc %d", i) for i in range(1)]
print list(log.warning("ge %d", i) for i in range(1))
print {log.warning("sc %d", i) for i in range(1)}


def gen():
    log.warning("gen start")
    yield 1
    log.warning("gen resumed")
    yield 2
it = gen()
next(it)
log.warning("between")
next(it)


def warner():
    warnings.warn("careful", UserWarning, stacklevel=2)
warnings.simplefilter("always")


def show(message, category, filename, lineno, file=None, line=None):
    sys.stdout.write("warn %s:%s %s\n" % (filename.split("/")[-1], lineno, message))
warnings.showwarning = show


def caller():
    warner()
caller()
try:
    pass
finally:
    warner()
try:
    fail(0)
except ZeroDivisionError:
    warner()
warnings.warn("top",
              UserWarning)
