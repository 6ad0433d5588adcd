# heapq and bisect: layouts after each operation, the selection helpers, merge and errors.
import heapq
import bisect

def attempt(label, f):
    try:
        print label, '->', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__, e

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print h
print [heapq.heappop(h) for _ in range(3)], h
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print data
print heapq.heapreplace(data, 10), data
print heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data
print heapq.heappushpop([], 1), heapq.heappushpop([1], 0)
print heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2])
print heapq.nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2])
print heapq.nlargest(1, [3, 1, 2]), heapq.nsmallest(1, [3, 1, 2]), heapq.nlargest(0, [1]), heapq.nsmallest(-1, [1]), heapq.nlargest(10, [2, 1])
portfolio = [('IBM', 100, 91.1), ('AAPL', 50, 543.22), ('FB', 200, 21.09), ('HPQ', 35, 31.75), ('YHOO', 45, 16.35), ('ACME', 75, 115.65)]
print heapq.nsmallest(3, portfolio, key=lambda s: s[2])
print heapq.nlargest(2, portfolio, key=lambda s: s[2])
print heapq.nlargest(3, ['a', 'B', 'c', 'D'], key=str.lower), heapq.nsmallest(2, iter([5, 4, 3, 4, 5]))
print heapq.nlargest(3, [(1, 'a'), (1, 'b'), (2, 'c')], key=lambda t: t[0])
print list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])), list(heapq.merge()), list(heapq.merge([], [1]))
print list(heapq.merge([(1, 'a'), (2, 'x')], [(1, 'b')]))
m = heapq.merge('ace', 'bdf')
print m.next(), m.next(), list(m)
tasks = []
heapq.heappush(tasks, (2, 'code'))
heapq.heappush(tasks, (1, 'write spec'))
heapq.heappush(tasks, (3, 'test'))
while tasks:
    print heapq.heappop(tasks)
attempt('heappush int', lambda: heapq.heappush(1, 2))
attempt('heappop empty', lambda: heapq.heappop([]))
attempt('heapreplace empty', lambda: heapq.heapreplace([], 1))
attempt('heapify int', lambda: heapq.heapify(1))
attempt('heappop int', lambda: heapq.heappop(1))
attempt('nlargest int', lambda: heapq.nlargest(2, 5))

a = [1, 2, 2, 2, 3, 5, 8]
print bisect.bisect(a, 2), bisect.bisect_right(a, 2), bisect.bisect_left(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9)
print bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, hi=1), bisect.bisect_right(a, 5, 0, 3), bisect.bisect(a, 2, lo=4)
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print b
bisect.insort_left(b, 4); bisect.insort_right(b, 4.0); bisect.insort(b, 0, 0, 0)
print b
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print [grade(s) for s in [33, 99, 77, 70, 89, 90, 100]]
print bisect.bisect('acegi', 'f'), bisect.bisect((1, 3, 5), 3), bisect.bisect([], 1, 0, -5)
class Log(list):
    def insert(self, i, x):
        print 'insert', i, x
        list.insert(self, i, x)
lg = Log([1, 3])
bisect.insort(lg, 2)
print lg
attempt('lo negative', lambda: bisect.bisect([1, 2], 1, -1))
attempt('bisect int', lambda: bisect.bisect(1, 2))
attempt('insort int', lambda: bisect.insort(1, 2))
attempt('hi None', lambda: bisect.bisect([1, 2, 3], 2, 1, None))
attempt('lo str', lambda: bisect.bisect([1, 2], 1, lo='a'))
