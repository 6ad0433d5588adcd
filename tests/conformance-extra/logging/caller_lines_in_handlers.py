# lineno of records logged from inside an except block and from a lambda. Known to differ: .NET
# reports a call made inside a catch block at the line of its try, and lambda bodies carry no #line
# of their own (see known-failures.txt).
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(lineno)d %(funcName)s: %(message)s"))
log = logging.getLogger("handlers")
log.addHandler(handler)
log.setLevel(logging.INFO)

try:
    1 / 0
except ZeroDivisionError:
    log.error("caught %s", sys.exc_info()[0].__name__)
finally:
    log.info("finally")
(lambda: log.info("in lambda"))()


def f():
    try:
        raise KeyError("k")
    except KeyError as e:
        log.warning("in function handler %s", e)
f()
