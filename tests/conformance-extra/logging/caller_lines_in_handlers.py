# lineno of records logged from inside an except block, a finally block and a lambda: the
# lowering runs handler bodies outside the C# catch and finally bodies in a local function, and
# gives a lambda's body its own #line (docs/lowering.md "Line mapping").
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
