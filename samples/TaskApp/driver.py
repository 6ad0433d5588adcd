# What Program.cs does, in Python: run with python2.7 by samples/record-expected.sh to record
# expected.stdout, which the sample test compares the C# program's output with.
import sys
sys.path.insert(0, 'scripts')

import inventory
from text import stats

print 'inventory module version', inventory.VERSION
stock = inventory.Inventory()
stock.add('apple', 10, 0.5)
for line in ['pear, 3, 0.25', 'apple, 5, 0.5', 'fig, 12, 1.75']:
    name, quantity, price = inventory.parse_line(line)
    stock.add(name, quantity, price)
for line in stock.report():
    print line
print 'total as a C# double:', stock.total()
try:
    stock.add('plum', -1, 1.0)
except ValueError as error:
    print 'Python raised ValueError:', error

text = "The quick brown fox jumps over the lazy dog; the dog sleeps, the fox doesn't."
for word, count in stats.top_words(text):
    print '%s=%d' % (word, count)
print 'distinct words:', len(stats.frequencies(text))
