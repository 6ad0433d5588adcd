# Records heapq, bisect and itertools-combinatorics results from python2.7 for HeapqItertoolsDifferentialTests.
# Run: python2.7 record_cases.py > cases.txt   (tab-separated: op, k, comma-separated ints, expected repr)
import random, heapq, bisect, itertools
random.seed(7)
def emit(op, k, data, result):
    print '%s\t%d\t%s\t%r' % (op, k, ','.join(map(str, data)), result)
for n in range(0, 60):
    data = [random.randint(-5, 25) for _ in range(n)]
    h = list(data); heapq.heapify(h); emit('heapify', 0, data, h)
    h = []
    for x in data: heapq.heappush(h, x)
    emit('heappush', 0, data, h)
    pops = []
    while h: pops.append(heapq.heappop(h))
    emit('heappop_all', 0, data, pops)
    if data:
        h = list(data); heapq.heapify(h)
        emit('heapreplace', 7, data, (heapq.heapreplace(h, 7), h))
        h = list(data); heapq.heapify(h)
        emit('heappushpop', 7, data, (heapq.heappushpop(h, 7), h))
    for k in (0, 1, 3, 100):
        emit('nlargest', k, data, heapq.nlargest(k, data))
        emit('nsmallest', k, data, heapq.nsmallest(k, data))
    s = sorted(data)
    emit('bisect_left', 0, s, [bisect.bisect_left(s, x) for x in range(-7, 28)])
    emit('bisect_right', 0, s, [bisect.bisect_right(s, x) for x in range(-7, 28)])
    ins = []
    for x in data: bisect.insort(ins, x)
    emit('insort', 0, data, ins)
    small = data[:5]
    for r in range(0, 4):
        emit('permutations', r, small, list(itertools.permutations(small, r)))
        emit('combinations', r, data[:6], list(itertools.combinations(data[:6], r)))
        emit('combinations_with_replacement', r, data[:4], list(itertools.combinations_with_replacement(data[:4], r)))
    emit('product', 2, data[:3], list(itertools.product(data[:3], repeat=2)))
    emit('merge', 0, data, list(heapq.merge(sorted(data[:n // 2]), sorted(data[n // 2:]))))
