# FileHandler/StreamHandler writing unicode messages: a plain file gets UTF-8 (2.7's UnicodeError
# fallback), a file with an encoding goes through codecs.open, str messages are written as they are.
import os
import shutil
import tempfile
import logging

base = tempfile.mkdtemp()
def rec(msg):
    return logging.makeLogRecord({"msg": msg})

for enc in [None, "utf-8", "latin-1"]:
    path = os.path.join(base, "u.log")
    h = logging.FileHandler(path, mode="w", encoding=enc)
    print enc, type(h.stream).__name__ if enc is None else h.stream.__class__.__name__
    h.emit(rec(u"caf\xe9"))
    h.emit(rec("plain"))
    h.emit(rec(u"ascii unicode"))
    h.close()
    print repr(open(path, "rb").read())

class Enc(object):
    encoding = "ascii"
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        if isinstance(s, unicode):
            s.encode("ascii")
    def flush(self):
        pass
e = Enc()
sh = logging.StreamHandler(e)
sh.emit(rec(u"na\xefve"))
sh.emit(rec(u"fine"))
print e.parts
shutil.rmtree(base)
