# csv.Sniffer: sniff() on several samples (quoted, unquoted, delimiters restricted, failures) and
# has_header().
import csv

samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'name;age;city\n"Smith, J";42;"New York"\n"Doe";7;"Oslo"\n',
    "'a'\t'b'\t'c'\n'1'\t'2'\t'3'\n",
    'x|y|z\n1|2|3\n4|5|6\n7|8|9\n',
    'one: two: three\nfour: five: six\n',
    'a b c\nd e f\n',
    '"only"\n"quoted"\n"column"\n',
    'h1,h2\n"a ""quoted"" word",2\n"b",3\n',
    'id,name,score\n1,alice,90.5\n2,bob,85\n3,carol,77.25\n',
    'title,year\nAlien,1979\nHeat,1995\nUp,2009\n',
    '\n'.join('%d,%d;%d' % (i, i * 2, i * 3) for i in range(25)) + '\n',
]

s = csv.Sniffer()
print s.preferred
for sample in samples:
    try:
        d = s.sniff(sample)
        print repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d._name, d.__name__
        print '   ', list(csv.reader(sample.splitlines(), d))[:2]
    except csv.Error as e:
        print 'Error:', e
    try:
        print '    header:', s.has_header(sample)
    except Exception as e:
        print '    header error:', type(e).__name__, e

print repr(s.sniff('a;b,c\n1;2,3\n', delimiters=';').delimiter)
print repr(s.sniff('a;b,c\n1;2,3\n', delimiters=',').delimiter)
for bad in ['abc\ndef\n', '']:
    try:
        s.sniff(bad)
    except csv.Error as e:
        print 'Error:', e
print s._guess_quote_and_delimiter('"a","b"\n', None)
print s._guess_delimiter('a:b\nc:d\n', None)
print s._guess_delimiter('a:b;c\nc:d;e\n', None)


class Picky(csv.Sniffer):
    def __init__(self):
        csv.Sniffer.__init__(self)
        self.preferred = [';']


print repr(Picky().sniff('a;b,c\n1;2,3\n').delimiter)
d = s.sniff('a,b\n1,2\n')
print issubclass(d, csv.Dialect), d.__module__
