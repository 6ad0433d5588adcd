# Records expected.stdout with CPython 2.7: the same calls Caller.cs makes through the facades,
# printing repr() of each result as Caller.cs does.  Run: python2.7 record.py > expected.stdout
import sys
sys.path.insert(0, 'scripts')
import greeting, stats, shapes, shapes.square

print repr(greeting.greet('Ann'))
print repr(greeting.greet('Bob', 'Goodbye'))
greeting.PUNCTUATION = '?'
print repr(greeting.greet(u'Zo\xeb'))
print repr(greeting.calls)
print repr(greeting.shout('quiet'))
print repr(stats.mean([1, 2, 3, 4]))
print repr(stats.histogram(['a', 'b', 'a', 'c', 'a']))
print repr(stats.describe([2.5, 3.5]))
print repr(stats.check(21))
try:
    stats.check(-1)
except ValueError as e:
    print 'ValueError', str(e)
sq = shapes.square.Square(3)
print repr(sq), repr(sq.area()), repr(sq.scaled(2).area())
print repr(shapes.unit()), repr(shapes.DEFAULT_SIDE)
print repr(stats.histogram({'x': 1}.keys()))
