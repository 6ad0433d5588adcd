# csv.reader: dialect options, multi-line quoted fields, line_num, QUOTE_NONNUMERIC and the registry.
import csv
from StringIO import StringIO


def show(lines, **kw):
    r = csv.reader(lines, **kw)
    rows = []
    for row in r:
        rows.append((r.line_num, row))
    print sorted(kw.items()), rows


show(['a,b,c\r\n', '1,2,3\r\n'])
show(['a,"b,c",d\n', '"x ""y"" z",,\n'])
show(['a,"multi\n', 'line",z\n', 'next,row\n'])
show(['"unterminated'])
show(['a;b;"c;d"'], delimiter=';')
show(["a,'b,c'"], quotechar="'")
show(['a, b,  c, "d"'], skipinitialspace=True)
show(['a, b, "d"'])
show(['a\\,b,c\\\\d,e\\'], escapechar='\\')
show(['"a\\"b",c'], escapechar='\\', doublequote=False)
show(['"a""b",c'], doublequote=False)
show(['a,"b"c,d'])
show(['"a"b'], quoting=csv.QUOTE_NONE)
show(['1,2.5,"x",-3e2, 4 '], quoting=csv.QUOTE_NONNUMERIC)
show(['', 'a', '', 'b'])
show(['\r\n', 'x\r\n'])
show(['a,b\r', 'c\n'])
show(['a\tb\t"c\td"'], dialect='excel-tab')
print list(csv.reader(['a|b|c'], csv.excel, delimiter='|'))
show([u'uni,code'])
show(iter(['gen,erator']))
show(['trailing,'])
show([',leading'])
show([','])
show(['a,"b'])

r = csv.reader(StringIO('h1,h2\r\nv1,v2\r\n'))
print r.line_num, r.next(), r.line_num, list(r), r.line_num
print type(r).__name__, r.dialect.delimiter, repr(r.dialect.quotechar)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect('semi', Semi)
print list(csv.reader(['a;b;"c;d"'], 'semi'))
csv.register_dialect('pipe', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipe')
print type(d).__name__, d.delimiter, d.quoting, repr(d.lineterminator), d.doublequote, d.skipinitialspace, d.strict, repr(d.escapechar)
csv.register_dialect('semi2', 'semi', delimiter=':')
print list(csv.reader(['a:b;c'], 'semi2'))
print sorted(csv.list_dialects())
csv.unregister_dialect('semi2')
print sorted(csv.list_dialects())
e = csv.get_dialect('excel')
print e.delimiter, repr(e.quotechar), e.doublequote, e.skipinitialspace, repr(e.lineterminator), e.quoting, repr(e.escapechar)
t = csv.get_dialect('excel-tab')
print repr(t.delimiter)
print csv.excel.delimiter, csv.excel_tab.delimiter, csv.excel_tab.__bases__[0].__name__, csv.Dialect._name
print csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__
print csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit()
try:
    list(csv.reader(['0123456789,01234567890']))
except csv.Error as exc:
    print 'Error:', exc
print csv.field_size_limit(131072)
inst = Semi()
print inst._valid, inst.delimiter
d2 = csv.get_dialect('semi')
print d2 is csv.get_dialect('semi'), list(csv.reader(['x;y'], d2))
