# abc and the collections ABCs: abstract methods, register, isinstance/issubclass hooks, mixins.
import abc
from abc import ABCMeta, abstractmethod, abstractproperty
import collections
from collections import (Hashable, Iterable, Iterator, Sized, Container, Callable, Set, MutableSet,
                         Mapping, MutableMapping, Sequence, MutableSequence, MappingView, KeysView, ItemsView, ValuesView)

def attempt(label, f):
    try:
        print label, '->', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__, e

class Base(object):
    __metaclass__ = ABCMeta
    @abstractmethod
    def run(self):
        return 'base run'
    @abstractproperty
    def name(self):
        return 'base'
    def describe(self):
        return '%s: %s' % (self.name, self.run())

print type(Base), Base.__abstractmethods__ == frozenset(['run', 'name']), sorted(Base.__abstractmethods__)
attempt('instantiate abstract', lambda: Base())

class Half(Base):
    def run(self):
        return 'half ' + super(Half, self).run()
print sorted(Half.__abstractmethods__)
attempt('instantiate half', lambda: Half())

class Full(Half):
    @property
    def name(self):
        return 'full'
f = Full()
print f.describe(), isinstance(f, Base), issubclass(Full, Base), Full.__abstractmethods__

class Plugin(object):
    __metaclass__ = ABCMeta
class Outside(object):
    pass
print issubclass(Outside, Plugin), isinstance(Outside(), Plugin)
print Plugin.register(Outside)
print issubclass(Outside, Plugin), isinstance(Outside(), Plugin), Plugin in Outside.__mro__
class Sub(Outside):
    pass
print issubclass(Sub, Plugin), isinstance(Sub(), Plugin)
Plugin.register(int)
print isinstance(3, Plugin), isinstance(3.0, Plugin), issubclass(bool, Plugin)
attempt('register non-class', lambda: Plugin.register(3))
class Child(Plugin):
    pass
attempt('register cycle', lambda: Child.register(Plugin))
print abstractmethod(lambda: 0).__isabstractmethod__, isinstance(abstractproperty(), property)

class WithHook(object):
    __metaclass__ = ABCMeta
    @classmethod
    def __subclasshook__(cls, C):
        if cls is WithHook:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck(object):
    def quack(self):
        return 'quack'
print issubclass(Duck, WithHook), isinstance(Duck(), WithHook), isinstance(1, WithHook)

class Classic:
    def __len__(self):
        return 0
print isinstance(Classic(), Sized), issubclass(Classic, Sized)

for obj in [1, 'a', u'u', [], (), {}, set(), frozenset(), xrange(2), iter([]), len, None, 1.5, Duck()]:
    print type(obj).__name__, [abc_.__name__ for abc_ in (Hashable, Iterable, Iterator, Sized, Container, Callable,
                                                          Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence)
                               if isinstance(obj, abc_)]

class Bag(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(sorted(self._d))
    def __len__(self):
        return len(self._d)
b = Bag([('b', 2)], a=1)
print len(b), b['a'], b.get('zz', 'no'), 'a' in b, 'q' in b, b.keys(), b.values(), b.items()
print list(b.iterkeys()), list(b.itervalues()), list(b.iteritems())
print b.pop('a'), b.pop('missing', 'dflt'), b.setdefault('c', 3), b.setdefault('c', 4), b.items()
print b.popitem(), b.items(), b == {'c': 3}, b != {'c': 3}, b == Bag(c=3)
b.update({'x': 1}); b.update([('y', 2)]); b.update(z=3)
print b.items()
b.clear()
print b.items(), len(b), isinstance(b, Mapping), isinstance(b, dict)
attempt('pop empty', lambda: b.pop('nope'))
attempt('popitem empty', lambda: b.popitem())
attempt('Bag hash', lambda: hash(b))
attempt('abstract Mapping', lambda: Mapping())
attempt('abstract MutableSequence', lambda: MutableSequence())

class Seq(Sequence):
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i]
    def __len__(self):
        return len(self.data)
s = Seq('abcab')
print list(s), 'c' in s, 'z' in s, list(reversed(s)), s.index('b'), s.count('a'), len(s)
attempt('index missing', lambda: s.index('z'))

class MList(MutableSequence):
    def __init__(self):
        self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)
ml = MList()
ml.append(1); ml.extend([2, 3, 4]); ml += [5]
print ml.data
ml.reverse(); print ml.data, ml.pop(), ml.pop(0), ml.data
ml.remove(3); print ml.data

class ListSet(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __repr__(self): return 'LS%r' % sorted(self.items)
a, c = ListSet('abc'), ListSet('bcd')
print a & c, a | c, a - c, a ^ c, a <= c, ListSet('ab') < a, a == ListSet('cba'), a != c, a.isdisjoint('xyz'), a.isdisjoint('a')
print a >= ListSet('a'), a > a, ListSet() == ListSet(), a & ['a', 'z'], ['b'] & a if False else ''

class MSet(MutableSet):
    def __init__(self, items=()):
        self.s = set(items)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
ms = MSet([1, 2, 3])
ms |= [4]; print list(ms)
ms &= MSet([2, 3, 4, 5]); print list(ms)
ms ^= MSet([4, 6]); print list(ms)
ms -= [2]; print list(ms)
ms.remove(3); print list(ms), ms.pop(), list(ms)
attempt('remove missing', lambda: ms.remove(99))
ms.clear(); print list(ms)

d = {'k': 1, 'j': 2}
kv = KeysView(d)
print len(kv), 'k' in kv, sorted(kv), sorted(kv & set(['k', 'x'])), kv
iv = ItemsView(d)
print ('k', 1) in iv, ('k', 2) in iv, sorted(iv)
vv = ValuesView(d)
print 2 in vv, 5 in vv, sorted(vv), isinstance(kv, Set), isinstance(vv, Set), isinstance(kv, MappingView)
print Mapping.__module__, collections.Mapping is Mapping, Iterator.__abstractmethods__, Sized.__abstractmethods__
print issubclass(dict, MutableMapping), issubclass(tuple, Sequence), issubclass(list, MutableSequence), issubclass(str, Sequence), issubclass(frozenset, Set), issubclass(set, MutableSet)
print issubclass(dict, Sequence), issubclass(list, Mapping), issubclass(str, MutableSequence), issubclass(collections.OrderedDict, MutableMapping), isinstance(collections.Counter(), Mapping)
