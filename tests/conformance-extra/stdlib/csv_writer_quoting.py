# csv.writer: every quoting mode and dialect option, written to a StringIO and to an object with write().
import csv
from StringIO import StringIO


def show(rows, **kw):
    out = StringIO()
    w = csv.writer(out, **kw)
    for row in rows:
        w.writerow(row)
    print sorted(kw.items()), repr(out.getvalue())


rows = [
    ['plain', 'with,comma', 'with "quote"', 'line\nbreak', '', None, 3, 2.5, 10L, True, 1e100, -0.0],
    ['cr\rhere', ' leading', 'trailing ', "single'quote", 'tab\there'],
]
show(rows)
show(rows, quoting=csv.QUOTE_ALL)
show(rows, quoting=csv.QUOTE_NONNUMERIC)
show([['a', 'b,c', 'd"e', 'f\ng', 1, 2.0]], quoting=csv.QUOTE_NONE, escapechar='\\')
show([['a', 'b;c', 'x']], delimiter=';')
show([['a', 'b\tc']], dialect='excel-tab')
show([['a', "it's", 'b']], quotechar="'")
show([['say "hi"', 'x']], doublequote=False, escapechar='\\')
show([['a', 'b']], lineterminator='\n')
show([['a', 'b|c']], lineterminator='|')
show([['a', 'b']], lineterminator='')
show([['esc\\ape', 'x']], escapechar='\\')
show([['esc\\ape', 'x,y']], escapechar='\\', quoting=csv.QUOTE_NONE)
show([['']])
show([[None]])
show([[]])
show([['', '']])
show([['nul\0byte', 'after']])
show([[u'uni', u'code,x']])
show([('tuple', 'row')])
show(['abc'])
show([xrange(3)])
show([['a b', 'c']], quoting=csv.QUOTE_MINIMAL, delimiter=' ')
show([['x', 'y']], quoting=csv.QUOTE_NONE, quotechar=None)


class Row(object):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return 'item%d' % i


show([Row()])


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


sink = Sink()
w = csv.writer(sink)
print w.writerow(['a', 'b'])
print w.writerows([['c'], ['d', 'e']])
print sink.parts
print type(w).__name__, type(w.dialect).__name__, w.dialect.delimiter

out = StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
w.writerows(iter([[1, 'a'], (2.25, None)]))
print repr(out.getvalue())

# errors
def err(f, *a, **k):
    try:
        f(*a, **k)
        print 'no error'
    except Exception as e:
        print type(e).__name__, e

out = StringIO()
err(csv.writer(out).writerow, 5)
err(csv.writer(out).writerows, 5)
err(csv.writer(out).writerows, [5])
err(csv.writer(out, quoting=csv.QUOTE_NONE).writerow, ['a,b'])
err(csv.writer(out, quoting=csv.QUOTE_NONE).writerow, [''])
err(csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\').writerow, [''])
err(csv.writer(out).writerow, [u'caf\xe9'])
err(csv.writer, 5)
err(csv.writer)
err(csv.writer, out, 'nosuch')
print repr(out.getvalue())
