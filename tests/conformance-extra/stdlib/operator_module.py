# operator: every function, its __x__ alias, in-place forms, getters and error messages.
import operator

def attempt(label, f, *args):
    try:
        print label, repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e

print operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne('a', 'a'), operator.ge(3, 4), operator.gt(4, 3)
print operator.__lt__(1, 2), operator.__eq__([1], [1]), operator.__ge__('b', 'a')
print operator.not_(0), operator.__not__([1]), operator.truth([]), operator.truth('x')
a = []
print operator.is_(a, a), operator.is_not(a, []), operator.is_(None, None)
print operator.abs(-3), operator.add(1, 2), operator.and_(6, 3), operator.div(7, 2), operator.div(7.0, 2)
print operator.floordiv(7, -2), operator.index(5), operator.inv(5), operator.invert(0), operator.lshift(1, 10)
print operator.mod(-7, 3), operator.mul('ab', 3), operator.neg(4), operator.or_(4, 1), operator.pos(-2)
print operator.pow(2, 10), operator.rshift(1024, 3), operator.sub(10, 4), operator.truediv(7, 2), operator.xor(5, 1)
print operator.__abs__(-1.5), operator.__add__('a', 'b'), operator.__mul__([0], 2), operator.__neg__(2), operator.__pow__(3, 2)
print operator.concat([1], [2]), operator.concat('ab', 'cd'), operator.__concat__((1,), (2,))
print operator.contains([1, 2], 2), operator.__contains__('abc', 'z'), operator.sequenceIncludes((1, 2), 1)
print operator.countOf([1, 2, 1, 1], 1), operator.indexOf('hello', 'l'), operator.repeat([1, 2], 2), operator.__repeat__('x', 3)
l = [0, 1, 2, 3, 4]
print operator.getitem(l, 1), operator.getitem({'k': 'v'}, 'k'), operator.getitem(l, slice(1, 3))
operator.setitem(l, 0, 'z'); print l
operator.delitem(l, 0); print l
print operator.getslice(l, 1, 3), operator.__getslice__('abcdef', 2, 4)
operator.setslice(l, 0, 2, ['a', 'b', 'c']); print l
operator.delslice(l, 1, 3); print l
operator.__setitem__(l, 0, 9); operator.__delitem__(l, 1); print l
x = [1]
y = operator.iadd(x, [2]); print x, y, x is y
print operator.iadd(1, 2), operator.isub(5, 3), operator.imul(2, 3), operator.idiv(9, 2), operator.ifloordiv(9, 2)
print operator.imod(9, 4), operator.ipow(2, 5), operator.ilshift(1, 3), operator.irshift(16, 2), operator.iand(7, 2)
print operator.ior(1, 2), operator.ixor(3, 1), operator.itruediv(1, 4), operator.iconcat([1], [2]), operator.irepeat([1], 3)
print operator.__iadd__(1, 1), operator.__iconcat__('a', 'b'), operator.__irepeat__('ab', 2)
print operator.isCallable(len), operator.isCallable(1), operator.isCallable(operator)
print operator.isSequenceType([]), operator.isSequenceType(()), operator.isSequenceType('s'), operator.isSequenceType({}), operator.isSequenceType(1)
print operator.isMappingType({}), operator.isMappingType([]), operator.isMappingType('s'), operator.isMappingType(1)
print operator.isNumberType(1), operator.isNumberType(1.5), operator.isNumberType(2L), operator.isNumberType('1'), operator.isNumberType(None)

class Classic:
    def __getitem__(self, i): return i * 2
class NewSeq(object):
    def __getitem__(self, i): return i
    def __len__(self): return 3
class Num(object):
    def __int__(self): return 7
print operator.isSequenceType(Classic()), operator.isMappingType(Classic()), operator.isSequenceType(NewSeq()), operator.isMappingType(NewSeq())
print operator.isNumberType(Num()), operator.isNumberType(Classic())

g = operator.itemgetter(1)
print g([5, 6, 7]), g('xyz'), g({1: 'one'})
g2 = operator.itemgetter(0, 2, -1)
print g2('abcdef'), g2(range(10))
print map(operator.itemgetter(1), [(1, 'b'), (2, 'a')])
print sorted([(1, 'b'), (2, 'a'), (0, 'c')], key=operator.itemgetter(1))

class P(object):
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
p = P('top', P('inner', P('leaf')))
print operator.attrgetter('name')(p), operator.attrgetter('child.name')(p), operator.attrgetter('child.child.name', 'name')(p)
print operator.methodcaller('upper')('abc'), operator.methodcaller('split', ',')('a,b,c'), operator.methodcaller('split', ',', 1)('a,b,c')
print operator.methodcaller('replace', 'a', 'b')('banana'), operator.methodcaller('get', 'k', default=None) if False else ''
d = {'x': 1}
print operator.methodcaller('get', 'y', 42)(d), operator.methodcaller('setdefault', 'z', 3)(d), sorted(d.items())

attempt('concat int', operator.concat, 1, 2)
attempt('concat mix', operator.concat, [1], (2,))
attempt('iconcat int', operator.iconcat, 1, 2)
attempt('repeat str count', operator.repeat, [1], 'a')
attempt('repeat int', operator.repeat, 1, 2)
attempt('index str', operator.index, 'a')
attempt('indexOf missing', operator.indexOf, [1], 2)
attempt('countOf int', operator.countOf, 1, 2)
attempt('contains int', operator.contains, 1, 2)
attempt('sequenceIncludes', operator.sequenceIncludes, 1, 2)
attempt('itemgetter none', operator.itemgetter)
attempt('attrgetter none', operator.attrgetter)
attempt('attrgetter int', operator.attrgetter(1), p)
attempt('methodcaller none', operator.methodcaller)
attempt('methodcaller int', operator.methodcaller(1), 'x')
attempt('getslice str', operator.getslice, [1, 2, 3], 'a', 2)
attempt('itemgetter call', operator.itemgetter(5), [1])
attempt('itemgetter two args', operator.itemgetter(0), [1], [2])
attempt('attrgetter missing', operator.attrgetter('nope'), p)
attempt('attrgetter dotted missing', operator.attrgetter('child.nope'), p)
attempt('methodcaller missing', operator.methodcaller('nope'), p)
attempt('getitem key', operator.getitem, {}, 'k')
attempt('add mixed', operator.add, 1, 'a')
attempt('div zero', operator.div, 1, 0)
attempt('truediv zero', operator.truediv, 1.0, 0)
attempt('neg str', operator.neg, 'a')
attempt('lt arity', operator.lt, 1)
attempt('not arity', operator.not_)
print reduce(operator.mul, range(1, 8)), reduce(operator.add, ['a', 'b', 'c'])
print operator.__name__, operator.add.__name__, operator.__iadd__.__name__
