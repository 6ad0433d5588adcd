# csv's errors: dialect validation (TypeError from _csv, csv.Error from csv.Dialect), parsing errors
# with strict and without, field_size_limit, registry errors.
import csv
import _csv


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print 'ok', type(r).__name__
    except Exception as e:
        print type(e).__name__ + ':', e


def parse(lines, **kw):
    try:
        print list(csv.reader(lines, **kw))
    except Exception as e:
        print type(e).__name__ + ':', e


# dialect validation
err(csv.reader, [], delimiter='ab')
err(csv.reader, [], delimiter=1)
err(csv.reader, [], delimiter=u',')
err(csv.reader, [], delimiter='')
err(csv.reader, [], delimiter=None)
err(csv.reader, [], quotechar=None)
err(csv.reader, [], quotechar=None, quoting=csv.QUOTE_ALL)
err(csv.reader, [], quotechar='', quoting=csv.QUOTE_MINIMAL)
err(csv.reader, [], quotechar='xy')
err(csv.reader, [], quoting=7)
err(csv.reader, [], quoting=-1)
err(csv.reader, [], quoting='a')
err(csv.reader, [], quoting=1L)
err(csv.reader, [], lineterminator=None)
err(csv.reader, [], lineterminator=5)
err(csv.reader, [], lineterminator=u'\n')
err(csv.reader, [], escapechar='ab')
err(csv.reader, [], escapechar=3)
err(csv.reader, [], bogus=1)
err(csv.reader, [], 'nosuch')
err(csv.reader, [], u'excel')
err(csv.reader, [], 7)
err(csv.reader)
err(csv.reader, 1)
err(csv.writer, 1)
err(_csv.Dialect, delimiter=';')
err(_csv.Dialect, 'excel', delimiter='::')


class NoDelim(csv.Dialect):
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


class Good(csv.excel):
    delimiter = ';'


class BadQuoting(csv.excel):
    quoting = 9


err(NoDelim)
err(Good)
err(BadQuoting)
err(csv.Dialect)
print Good()._valid, csv.Dialect._valid
d = csv.get_dialect('excel')
for attr in ('delimiter', 'strict', 'quoting', 'lineterminator'):
    try:
        setattr(d, attr, 1)
    except Exception as e:
        print attr, type(e).__name__ + ':', e

# parsing
parse(['a,"b'])
parse(['a,"b'], strict=True)
parse(['a,"b"c'], strict=True)
parse(['a,"b"c'])
parse(['a\0b'])
parse(['a\rb'])
parse(['a,b\nc'])
parse(['"a\rb"'])
parse([1])
parse([None])
parse([u'a,\xe9'])
parse(['x,y'], quoting=csv.QUOTE_NONNUMERIC)
parse(['1,2', 'abc'], quoting=csv.QUOTE_NONNUMERIC)
parse(['a\\'], escapechar='\\')
parse(['"a\\'], escapechar='\\')
parse(['"a\\', 'b"'], escapechar='\\')
print csv.field_size_limit(5)
parse(['12345'])
parse(['123456'])
parse(['"1234', '5"'])
print csv.field_size_limit(131072)
err(csv.field_size_limit, 'a')
err(csv.field_size_limit, 1, 2)
err(csv.field_size_limit, 2L)

# registry
err(csv.get_dialect, 'zz')
err(csv.unregister_dialect, 'zz')
err(csv.register_dialect, 1)
err(csv.register_dialect)
err(csv.register_dialect, 'x', 'nosuch')
err(csv.register_dialect, 'x', delimiter='')
err(csv.register_dialect, 'x', NoDelim)
err(csv.get_dialect)
print sorted(csv.list_dialects())
print csv.Error.__module__, csv.Error.__name__, issubclass(csv.Error, Exception), csv.Error is _csv.Error

# the writer's errors
from StringIO import StringIO
w = csv.writer(StringIO(), escapechar=None, quoting=csv.QUOTE_NONE)
err(w.writerow, ['a,b'])
err(w.writerow, [''])
err(w.writerow, 3)
err(w.writerows, 3)
err(csv.writer(StringIO(), doublequote=False).writerow, ['a"b'])
