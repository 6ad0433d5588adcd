# csv.DictReader and csv.DictWriter: fieldnames from the first row or given, restkey/restval,
# blank rows skipped, line_num, extrasaction, writeheader, subclassing.
import csv
from StringIO import StringIO

data = 'name,age,city\r\nann,31,Oslo\r\n\r\nbob,42\r\ncid,7,Rome,extra1,extra2\r\n'
r = csv.DictReader(StringIO(data))
print r.line_num, r.fieldnames, r.line_num
for row in r:
    print r.line_num, sorted(row.items())

r = csv.DictReader(StringIO(data), restkey='rest', restval='?')
print [sorted(row.items()) for row in r]

r = csv.DictReader(StringIO('1;2\n3;4\n'), fieldnames=['a', 'b'], delimiter=';')
print r.fieldnames, [sorted(row.items()) for row in r], r.line_num

r = csv.DictReader(['x|y', 'p|q'], dialect='excel', delimiter='|')
print list(r)

r = csv.DictReader(StringIO(''))
print r.fieldnames, list(r)

r = csv.DictReader(['a,b'])
print list(r), r.fieldnames
r.fieldnames = ['z']
print r.fieldnames, r._fieldnames
print r.restkey, r.restval, r.dialect, type(r.reader).__name__

# DictWriter
out = StringIO()
w = csv.DictWriter(out, ['name', 'age', 'city'], restval='-')
w.writeheader()
print w.writerow({'name': 'ann', 'age': 31, 'city': 'Oslo'})
w.writerows([{'name': 'bob'}, {'city': 'Rome', 'age': None}])
print repr(out.getvalue())

out = StringIO()
w = csv.DictWriter(out, ('a', 'b'), extrasaction='ignore', quoting=csv.QUOTE_ALL, lineterminator='\n')
w.writerow({'a': 1, 'b': 2, 'c': 3})
print repr(out.getvalue())

out = StringIO()
w = csv.DictWriter(out, ['a'], extrasaction='IGNORE')
print w.extrasaction
try:
    w.writerow({'a': 1, 'zz': 2})
except ValueError as e:
    print 'ValueError:', e
print repr(out.getvalue())

w = csv.DictWriter(out, ['a'])
try:
    w.writerow({'a': 1, 'zz': 2, 'yy': 3})
except ValueError as e:
    print 'ValueError:', e
try:
    w.writerows([{'a': 1}, {'q': 2}])
except ValueError as e:
    print 'ValueError:', e
try:
    csv.DictWriter(out, ['a'], extrasaction='skip')
except ValueError as e:
    print 'ValueError:', e
try:
    csv.DictWriter(out, ['a'], dialect='nosuch')
except csv.Error as e:
    print 'Error:', e


class Upper(csv.DictReader):
    def next(self):
        row = csv.DictReader.next(self)
        return dict((k.upper(), v) for k, v in row.items())


print [sorted(d.items()) for d in Upper(['k,v', '1,2'])]


class Sorted(csv.DictWriter):
    def _dict_to_list(self, rowdict):
        return sorted(rowdict.values())


out = StringIO()
Sorted(out, ['x', 'y']).writerow({'x': 'b', 'y': 'a'})
print repr(out.getvalue())
print csv.DictReader.__module__, csv.DictWriter.__name__, type(csv.DictReader)
