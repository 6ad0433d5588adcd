# logging.handlers.WatchedFileHandler: dev/ino recorded from the open stream, reopen after the file
# is moved away or deleted, delay (no stream, dev/ino -1), _statstream, mode and encoding.
import os
import shutil
import tempfile
import logging
import logging.handlers

base = tempfile.mkdtemp()
path = os.path.join(base, "watched.log")
h = logging.handlers.WatchedFileHandler(path)
h.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
st = os.stat(path)
print h.dev == st.st_dev, h.ino == st.st_ino, h.mode, h.encoding, h.delay
print isinstance(h, logging.FileHandler), logging.handlers.WatchedFileHandler.__bases__
log = logging.getLogger("watched")
log.propagate = False
log.addHandler(h)
log.warning("one")
os.rename(path, path + ".old")
log.warning("two")
print sorted(os.listdir(base))
print repr(open(path + ".old").read()), repr(open(path).read())
old_ino = h.ino
os.remove(path)
log.error("three")
print repr(open(path).read()), h.ino == os.stat(path).st_ino
# the same file is kept when nothing changed
ino = h.ino
log.error("four")
print h.ino == ino, repr(open(path).read())
log.removeHandler(h)
h.close()

d = logging.handlers.WatchedFileHandler(os.path.join(base, "delayed.log"), delay=True)
print d.stream, d.dev, d.ino, os.path.exists(os.path.join(base, "delayed.log"))
d._statstream()
print d.dev, d.ino
d.emit(logging.makeLogRecord({"msg": "delayed message", "levelname": "INFO"}))
print d.dev == os.stat(os.path.join(base, "delayed.log")).st_dev, d.ino == -1
print repr(open(os.path.join(base, "delayed.log")).read())
d.close()

w = logging.handlers.WatchedFileHandler(os.path.join(base, "w.log"), mode="w", encoding="utf-8")
print w.mode, w.encoding
w.emit(logging.makeLogRecord({"msg": u"caf\xe9"}))
w.close()
print repr(open(os.path.join(base, "w.log")).read())

class Counting(logging.handlers.WatchedFileHandler):
    opened = 0
    def _open(self):
        Counting.opened += 1
        return logging.handlers.WatchedFileHandler._open(self)

c = Counting(os.path.join(base, "c.log"))
c.emit(logging.makeLogRecord({"msg": "x"}))
os.remove(os.path.join(base, "c.log"))
c.emit(logging.makeLogRecord({"msg": "y"}))
print Counting.opened
c.close()
shutil.rmtree(base)
