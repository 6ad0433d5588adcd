import datetime, struct, time, fnmatch, glob
from datetime import timedelta, date, tzinfo
print repr(timedelta(1, 2, 3)), timedelta(hours=1.5), timedelta(-1), repr(timedelta(0))
d = datetime.date(2000, 2, 28)
print d + timedelta(1), d + timedelta(2), repr(d), d.isocalendar(), d.weekday(), d.strftime('%A %d %B %Y')
dt = datetime.datetime(2001, 2, 3, 4, 5, 6, 7)
print dt, repr(dt), dt.isoformat(), dt - datetime.datetime(2001, 1, 1), dt.strftime('%Y-%m-%d %H:%M:%S.%f')
class UTC(tzinfo):
    def utcoffset(self, d): return timedelta(0)
    def dst(self, d): return timedelta(0)
    def tzname(self, d): return "UTC"
u = datetime.datetime(2000, 1, 1, tzinfo=UTC())
print u, u.strftime('%Z %z'), u.utcoffset()
print datetime.datetime.strptime('2001-02-03 04:05', '%Y-%m-%d %H:%M')
print datetime.datetime.utcfromtimestamp(0), datetime.date.fromordinal(730000)
print struct.pack('<hI', 1, 2).encode('hex') if hasattr('', 'encode') else '', struct.unpack('>HH', '\x00\x01\x00\x02'), struct.calcsize('@ci')
try:
    struct.pack('b', 300)
except struct.error, e:
    print 'struct.error', e
print time.strftime('%Y', time.gmtime(0)), time.gmtime(86400).tm_mday
print fnmatch.fnmatch('a.py', '*.py'), fnmatch.translate('*.py')
try:
    datetime.date(2000, 2, 30)
except ValueError, e:
    print 'ValueError', e
