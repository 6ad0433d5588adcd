# LOGGING_BENCH_N (default 1,000,000) logger.info("x %d", i) calls through a FileHandler with an
# asctime formatter, writing bench.log in the working directory; the driver counts and checksums its
# lines (asctime stripped) against CPython's. Runs unchanged on CPython 2.7, python3 and py2cs.
import logging
import os

try:
    xrange
except NameError:
    xrange = range

n = int(os.environ.get("LOGGING_BENCH_N", "1000000"))
logger = logging.getLogger("bench")
logger.setLevel(logging.INFO)
logger.propagate = False
handler = logging.FileHandler("bench.log", mode="w")
handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
logger.addHandler(handler)
for i in xrange(n):
    logger.info("x %d", i)
logger.debug("not emitted %d", n)
handler.close()
print("logged %d records" % n)
