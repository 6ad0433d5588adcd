# Records CPython 2.7's time.strptime, strftime (fixed tuples), gmtime and asctime results.
# Run once with TZ=UTC from this folder:  TZ=UTC python2.7 generate_time_cases.py > time_cases.txt
# Lines: <function> <args...> => <result> | !Type: message  (string_escape-encoded fields)
import time
def e(s): return str(s).encode('string_escape').replace('\t', '\\t')
def out(f):
    try: r = f()
    except Exception as ex: return '!%s: %s' % (type(ex).__name__, e(ex))
    return e(tuple(r) if isinstance(r, time.struct_time) else r)
lines = []
STRPTIME = [('2000-01-01', '%Y-%m-%d'), ('1/2/03', '%m/%d/%y'), ('31 Dec 1999 23:59:59', '%d %b %Y %H:%M:%S'),
    ('Mon Jun 20 23:21:05 1993', '%a %b %d %H:%M:%S %Y'), ('Mon Jun 20 23:21:05 1993', None), ('12 AM', '%I %p'), ('12 pm', '%I %p'),
    ('1 PM', '%I %p'), ('7', '%I'), ('february 29', '%B %d'), ('Feb 30 2001', '%b %d %Y'), ('2001 45', '%Y %j'),
    ('2001 10 3', '%Y %U %w'), ('2001 10 3', '%Y %W %w'), ('2001 0 0', '%Y %U %w'), ('99', '%y'), ('68', '%y'), ('69', '%y'),
    ('2000-01-01 junk', '%Y-%m-%d'), ('2000/01/01', '%Y-%m-%d'), ('x', '%Q'), ('x', '%'), ('  10:20', '%H:%M'),
    ('10:20', ' %H:%M'), ('10   :20', '%H :%M'), ('UTC', '%Z'), ('gmt', '%Z'), ('EST', '%Z'), ('123456', '%f'), ('12', '%f'),
    ('Thursday', '%A'), ('thu', '%a'), ('5', '%w'), ('0', '%w'), ('60', '%S'), ('61', '%S'), ('62', '%S'), ('24', '%H'),
    ('%', '%%'), ('12/31/99', '%x'), ('23:59:59', '%X'), ('Tue Feb  1 00:00:00 2000', '%c'), ('1.5', '%H.%M'), ('(1)', '(%d)'),
    ('9999', '%Y'), ('0001', '%Y'), ('+0100', '%z'), ('', ''), ('a', ''), ('366', '%j'), ('1999 366', '%Y %j'), ('2000 366', '%Y %j')]
for s, f in STRPTIME:
    args = [s] if f is None else [s, f]
    lines.append('strptime\t%s\t=>\t%s' % ('\t'.join(e(a) for a in args), out(lambda: time.strptime(*args))))
FORMATS = ['%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%c', '%x %X', '%j %U %W %w', '%y %I %p %M', '%%', '', 'plain', '%Z', '%e']
TUPLES = [(2000, 1, 1, 0, 0, 0, 5, 1, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0), (2024, 2, 29, 12, 30, 0, 3, 60, 0),
          (2000, 0, 0, 0, 0, 0, 0, 0, 0), (2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
          (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -2, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 367, 0),
          (50, 1, 1, 0, 0, 0, 0, 1, 0), (99, 1, 1, 0, 0, 0, 0, 1, 0), (1800, 1, 1, 0, 0, 0, 0, 1, 0)]
for f in FORMATS:
    for t in TUPLES:
        lines.append('strftime\t%s\t%s\t=>\t%s' % (e(f), e(t), out(lambda: time.strftime(f, t))))
for t in TUPLES:
    lines.append('asctime\t%s\t=>\t%s' % (e(t), out(lambda: time.asctime(t))))
for secs in [0, 1, -1, 86399.9, 951782400, 2 ** 31, -2 ** 31, 1e11, 253402300799, 1e20]:
    lines.append('gmtime\t%r\t=>\t%s' % (secs, out(lambda: time.gmtime(secs))))
    lines.append('ctime\t%r\t=>\t%s' % (secs, out(lambda: time.ctime(secs))))
for t in TUPLES[:3]:
    lines.append('mktime\t%s\t=>\t%s' % (e(t), out(lambda: repr(time.mktime(t)))))
print '\n'.join(lines)
