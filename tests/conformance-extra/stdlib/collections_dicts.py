# collections.defaultdict and Counter: factories, __missing__, reprs, multiset arithmetic, errors.
from collections import defaultdict, Counter
import copy

def attempt(label, f):
    try:
        print label, '->', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__, e

s = [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]
d = defaultdict(list)
for k, v in s:
    d[k].append(v)
print sorted(d.items()), d.default_factory
print d
ints = defaultdict(int)
for ch in 'mississippi':
    ints[ch] += 1
print sorted(ints.items()), ints['zz'], 'qq' in ints, ints.get('yy'), 'yy' in ints
n = defaultdict()
print n, n.default_factory
attempt('missing without factory', lambda: n['x'])
n.default_factory = lambda: 'dflt'
print n['x'], sorted(n.items())
sets = defaultdict(set, {'a': set([1])}, b=set([2]))
sets['c'].add(3)
print sorted(sets.items())
print defaultdict(None, [(1, 2)]), defaultdict(lambda: 0).__missing__('k')
print repr(defaultdict(dict)), repr(defaultdict(list, {1: [2]}))
c1 = d.copy()
c2 = copy.copy(d)
c3 = copy.deepcopy(d)
c1['new'].append(0)
print type(c1).__name__, c1.default_factory, 'new' in d, c2['blue'] is d['blue'], c3['blue'] is d['blue'], c3['blue'] == d['blue']
print d.__reduce__()[0].__name__, d.__reduce__()[1]
print defaultdict(list) == {}, isinstance(d, dict), type(d)
attempt('not callable', lambda: defaultdict(1))
attempt('missing arg', lambda: defaultdict(list).__missing__())
class Tree(defaultdict):
    def __init__(self):
        defaultdict.__init__(self, Tree)
    def __repr__(self):
        return 'T' + dict.__repr__(self)
t = Tree()
t['a']['b']['c'] = 1
print t, type(t['a']).__name__
class Noisy(defaultdict):
    def __missing__(self, key):
        print 'missing', key
        return defaultdict.__missing__(self, key)
nz = Noisy(int)
nz['q'] += 5
print nz

c = Counter('gallahad')
print c
print Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8), Counter(), Counter([])
print c['a'], c['z'], c.most_common(), c.most_common(2), c.most_common(0)
print sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements())
c.update('aaz')
print c
c.update({'z': 10}, h=2)
print c
c.subtract('gggz')
print c
c.subtract({'a': 100})
print c['a'], c
del c['zzz']
del c['a']
print 'a' in c, c
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print a + b, a - b, a | b, a & b
print Counter('abc') + Counter('bcd'), Counter('aab') - Counter('abb')
print sum((Counter('ab'), Counter('bc')), Counter())
words = 'the quick brown fox jumps over the lazy dog the end'.split()
wc = Counter(words)
print wc.most_common(3), len(wc), sum(wc.values())
print Counter('hello').items() == dict(Counter('hello')).items()
cc = wc.copy()
cc['the'] = 0
print wc['the'], cc['the'], type(cc).__name__
print copy.deepcopy(Counter('aab')), Counter('ab').__reduce__()
print repr(Counter(x=1.5, y=1)), Counter({'k': 'v'}) if False else ''
attempt('fromkeys', lambda: Counter.fromkeys('ab'))
attempt('too many args', lambda: Counter('a', 'b'))
attempt('add dict', lambda: Counter('a') + {'a': 1})
attempt('elements float', lambda: list(Counter(a=1.5).elements()))
class Tally(Counter):
    pass
t = Tally('xxy')
print t, t + Tally('y'), type(t + Tally('y')).__name__
print isinstance(t, dict), isinstance(c, Counter)
