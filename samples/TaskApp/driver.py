# What Program.cs does, in Python: samples/record-expected.sh runs it with python2.7 to record
# expected.stdout, which the sample tests compare the C# program's output with. (GeneratorApp's
# Program.cs does the same calls through the source generator's classes.)
import sys
sys.path.insert(0, 'scripts')

import inventory
import text.stats

print 'inventory module version', inventory.VERSION
stock = inventory.Inventory()
stock.add('apple', 10, 0.5)
print 'loaded', inventory.load(stock, ['pear, 3, 0.25', 'apple, 5, 0.5', 'fig, 12, 1.75']), 'rows'
for line in stock.report():
    print line
print 'total as a C# double:', repr(stock.total())
print 'after discounts:', repr(inventory.apply_discounts(stock, {'fig': 20, 'pear': 10}))
prices = inventory.price_list(stock)
for name in sorted(prices):
    print '%s costs %.2f' % (name, prices[name])
try:
    stock.add('plum', -1, 1.0)
except ValueError as error:
    print 'Python raised ValueError:', error
inventory.VERSION = '2.0'
print 'version set from C#:', inventory.VERSION

sentence = "The quick brown fox jumps over the lazy dog; the dog sleeps, the fox doesn't."
for word, count in text.stats.top_words(sentence):
    print '%s=%d' % (word, count)
counts = text.stats.frequencies(sentence)
print 'distinct words:', len(counts), '- fox appears', counts['fox'], 'times'
