# Value/Array/RawValue/RawArray: shared memory seen by children, ctypes conversions and errors.
import multiprocessing as mp
from multiprocessing import sharedctypes

def attempt(f):
    try:
        r = f()
        print 'ok', repr(r)
    except Exception as e:
        print type(e).__name__, e

def bump(counter, n):
    for i in range(n):
        with counter.get_lock():
            counter.value += 1

def fill(arr, text, raw):
    for i in range(len(arr)):
        arr[i] = i * i
    text.value = 'from child'
    raw.value = 2.5

if __name__ == '__main__':
    v = mp.Value('i', 5)
    print v, v.value, v.get_lock(), v.get_obj()
    v.value += 1
    print v.value
    print mp.Value('d'), mp.Value('c', 'x'), mp.RawValue('l', 7), mp.Value('i', lock=False)
    print mp.Value('f', 0.1).value, mp.Value('h', -5).value, mp.Value('H', -1).value, mp.Value('b', 200).value
    print mp.Value('i', 2 ** 40).value, mp.Value('B', 300).value, mp.Value('L', -1).value, mp.Value('d', 3).value
    attempt(lambda: mp.Value('i', 1.5))
    attempt(lambda: mp.Value('z'))
    attempt(lambda: mp.Value('i', 1, foo=1))
    attempt(lambda: setattr(v, 'value', 'a'))
    attempt(lambda: mp.Value('c', 'ab'))
    attempt(lambda: mp.Value('i', lock=5))
    attempt(lambda: mp.Value('d', 'x'))
    print v.acquire(), v.release(), hasattr(v, '__enter__')

    a = mp.Array('i', 4)
    print a[:], len(a), a[1], type(a).__name__
    a[1] = 9
    a[2:4] = [7, 8]
    print a[:], list(a), a[-1]
    attempt(lambda: a[10])
    attempt(lambda: a.__setitem__(0, 'x'))
    attempt(lambda: a.__setslice__(0, 2, [1]))
    b = mp.Array('d', [1.5, 2.5])
    print b[:], type(b.get_obj()).__name__
    s = mp.Array('c', 'hello')
    print repr(s.value), repr(s.raw), s[:], s[0], type(s).__name__
    s.value = 'hi'
    print repr(s.value), repr(s.raw)
    attempt(lambda: setattr(s, 'value', 'much too long'))
    ra = mp.RawArray('i', [1, 2, 3])
    print ra[:], len(ra), type(ra).__name__
    print mp.Array('i', 3, lock=False)[:]
    print sorted(sharedctypes.typecode_to_type)

    counter = mp.Value('i', 0)
    procs = [mp.Process(target=bump, args=(counter, 50)) for i in range(4)]
    for p in procs: p.start()
    for p in procs: p.join()
    print 'counter', counter.value

    arr = mp.Array('i', 5)
    text = mp.Array('c', 20)
    raw = mp.RawValue('d', 0)
    p = mp.Process(target=fill, args=(arr, text, raw))
    p.start()
    p.join()
    print arr[:], repr(text.value), raw.value
