# logging.handlers.TimedRotatingFileHandler: interval/suffix per `when`, rollover time computation
# (UTC, so the result does not depend on the local zone), a forced rollover and backupCount pruning.
import os
import shutil
import tempfile
import logging
import logging.handlers

base = tempfile.mkdtemp()
path = os.path.join(base, "app.log")
T = 1400000000  # Tue 2014-05-13 16:53:20 UTC

for when, n in [("S", 1), ("s", 5), ("M", 2), ("H", 1), ("h", 3), ("D", 1), ("midnight", 1),
                ("W0", 1), ("W1", 1), ("W2", 1), ("w6", 2)]:
    h = logging.handlers.TimedRotatingFileHandler(path, when=when, interval=n, utc=True, delay=True)
    print when, h.when, h.interval, h.suffix, h.extMatch.pattern, h.computeRollover(T) - T
    h.close()

for bad in ["X", "W", "W7", "W10", "", "Wx"]:
    try:
        logging.handlers.TimedRotatingFileHandler(path, when=bad, utc=True, delay=True)
    except ValueError as e:
        print "ValueError:", e

# Hourly, so that a slow machine cannot cross a rollover boundary by itself during the test.
h = logging.handlers.TimedRotatingFileHandler(path, when="H", backupCount=2, utc=True)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("timed")
log.propagate = False
log.addHandler(h)
log.warning("first line")
print "should roll now:", h.shouldRollover(None)
h.rolloverAt = 0
print "should roll forced:", h.shouldRollover(None)
log.warning("second line")
print sorted(os.listdir(base))
print open(os.path.join(base, "app.log.1969-12-31_23")).read(),
print open(path).read(),
for stamp in ["2000-01-01_00", "2000-01-01_01", "2000-01-01_02", "notadate"]:
    open(path + "." + stamp, "w").close()
print [os.path.basename(p) for p in h.getFilesToDelete()]
h.rolloverAt = 7200
log.warning("third line")
print sorted(os.listdir(base))
print h.rolloverAt > 7200
log.removeHandler(h)
h.close()
shutil.rmtree(base)
