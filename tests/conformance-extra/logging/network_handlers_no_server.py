# SocketHandler/DatagramHandler/SysLogHandler/SMTPHandler/HTTPHandler when nothing listens: 2.7's
# retry bookkeeping (retryStart, retryMax, retryFactor, retryPeriod growth, retryTime), silent
# drops, handleError calls and what they receive.
import sys
import socket
import time
import logging
import logging.handlers as H

def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port

def rec(msg, level=logging.ERROR):
    return logging.makeLogRecord({"msg": msg, "levelno": level, "levelname": logging.getLevelName(level)})

class Recording(object):
    def handleError(self, record):
        t, v = sys.exc_info()[:2]
        print "  handleError(%s): %s" % (record.msg, t.__name__)

port = free_port()
h = H.SocketHandler("127.0.0.1", port)
print h.host, h.port == port, h.sock, h.closeOnError, h.retryTime, h.retryStart, h.retryMax, h.retryFactor
print hasattr(h, "retryPeriod")
h.emit(rec("lost 1"))
print h.sock, h.retryPeriod, h.retryTime is not None, h.retryTime > time.time()
first = h.retryTime
h.emit(rec("lost 2"))
print h.retryTime == first, h.retryPeriod
h.retryTime = time.time() - 1
h.emit(rec("lost 3"))
print h.retryPeriod
for i in range(10):
    h.retryTime = 0
    h.createSocket()
print h.retryPeriod, h.sock
try:
    h.makeSocket()
except socket.error as e:
    print "makeSocket:", type(e).__name__, e.errno == 111
h.close()
print h.sock

class RecordingSocketHandler(Recording, H.SocketHandler):
    pass
r = RecordingSocketHandler("127.0.0.1", port)
r.emit(rec("no error reported"))
r.send("bytes")
print r.sock
r.close()

d = H.DatagramHandler("127.0.0.1", port)
print d.closeOnError, d.sock
d.emit(rec("udp into the void"))
print d.sock is not None, d.sock.type == socket.SOCK_DGRAM
d.close()
print d.sock

class RecordingSMTP(Recording, H.SMTPHandler):
    pass
s = RecordingSMTP(("127.0.0.1", port), "from@example.com", ["to@example.com"], "subject")
print s.mailhost, s.mailport == port, s.fromaddr, s.toaddrs, s.subject, s.username, s.secure, s._timeout
s.emit(rec("mail"))
s2 = RecordingSMTP("127.0.0.1", "a@b", "c@d", "subj", credentials=("u", "p"), secure=())
print s2.mailhost, s2.mailport, s2.toaddrs, s2.username, s2.password, s2.secure
print s2.getSubject(rec("x"))

class RecordingHTTP(Recording, H.HTTPHandler):
    pass
w = RecordingHTTP("127.0.0.1:%d" % port, "/log", method="post")
print w.method, w.url
w.emit(rec("http"))
try:
    H.HTTPHandler("h", "/", method="PUT")
except ValueError as e:
    print "ValueError:", e

class RecordingSysLog(Recording, H.SysLogHandler):
    pass
sl = RecordingSysLog(("127.0.0.1", port))
print sl.address == ("127.0.0.1", port), sl.facility, sl.socktype == socket.SOCK_DGRAM, sl.unixsocket
sl.emit(rec("syslog udp"))
sl.close()
try:
    RecordingSysLog(("127.0.0.1", port), socktype=socket.SOCK_STREAM)
except socket.error as e:
    print "SysLogHandler TCP:", type(e).__name__, e.errno == 111
try:
    H.SysLogHandler("/nonexistent/socket/path")
except socket.error as e:
    print "SysLogHandler unix:", type(e).__name__, e.errno
