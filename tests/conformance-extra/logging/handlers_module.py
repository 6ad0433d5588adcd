# logging.handlers module surface: constants, the names 2.7 exports, NTEventLogHandler on a system
# without the Win32 extensions (prints its message, emit does nothing), TimedRotatingFileHandler
# has no atTime (3.x only).
import logging
import logging.handlers as H

print H.DEFAULT_TCP_LOGGING_PORT, H.DEFAULT_UDP_LOGGING_PORT, H.DEFAULT_HTTP_LOGGING_PORT
print H.DEFAULT_SOAP_LOGGING_PORT, H.SYSLOG_UDP_PORT, H.SYSLOG_TCP_PORT, H._MIDNIGHT
for name in ["BaseRotatingHandler", "RotatingFileHandler", "TimedRotatingFileHandler",
             "WatchedFileHandler", "SocketHandler", "DatagramHandler", "SysLogHandler",
             "NTEventLogHandler", "SMTPHandler", "BufferingHandler", "MemoryHandler",
             "HTTPHandler", "QueueHandler", "QueueListener"]:
    c = getattr(H, name, None)
    print name, c is not None and c.__module__, c is not None and [b.__name__ for b in c.__bases__]
print H.logging is logging, H.ST_DEV, H.ST_INO, H.ST_MTIME
print H.os.__name__, H.time.__name__, H.re.__name__, H.socket.__name__, H.struct.__name__, H.errno.__name__

h = H.NTEventLogHandler("myapp")
print h._welu, hasattr(h, "appname"), hasattr(h, "typemap")
r = logging.makeLogRecord({"msg": "ignored", "levelno": logging.ERROR})
print h.getMessageID(r), h.getEventCategory(r)
h.emit(r)
try:
    h.getEventType(r)
except AttributeError as e:
    print "AttributeError:", e
h.typemap = {logging.ERROR: 7}
h.deftype = 1
print h.getEventType(r), h.getEventType(logging.makeLogRecord({"levelno": 5}))
h.close()
h2 = H.NTEventLogHandler("app", dllname="x.dll", logtype="System")
print h2.level, h2.formatter

try:
    H.TimedRotatingFileHandler("never.log", when="midnight", atTime=None)
except TypeError as e:
    print "TypeError:", e
import os
print os.path.exists("never.log")
