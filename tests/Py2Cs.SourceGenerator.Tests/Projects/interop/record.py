# Records expected.stdout with CPython 2.7: the same calls Caller.cs makes through the facades,
# printing repr() of each result as Caller.cs does.  Run: python2.7 record.py > expected.stdout
import sys
sys.path.insert(0, 'scripts')
import greeting, stats, shapes, shapes.square, inventory

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
print str(inventory.restock(item='x', count=3))
print str(inventory.restock('y'))
print str(inventory.restock('x', rush=True, label='fast'))
print str(inventory.restock(item='z', scale=2.5, note='n'))
print str(inventory.restock('z', 2, 'kept'))
print repr(inventory.discount(price=100, floor=80)), repr(inventory.discount(10.0)), repr(inventory.discount(8, rate=0.5))
print repr(inventory.tag('n', suffix='!')), repr(inventory.tag('n')), repr(inventory.tag(prefix='<', name='n'))
print repr(inventory.Item(name='bolt', unit='box')), repr(inventory.Item('nut', 5))
print inventory.MAX_STOCK, inventory.STORE, inventory.RATE, inventory.OPEN
inventory.MAX_STOCK = 5
print inventory.MAX_STOCK * 2
