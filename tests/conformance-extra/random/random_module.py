# random: reproducible sequences, subclassing, state, errors (Python 2.7 library reference).
import random

random.seed(12345)
print random.random(), random.randint(1, 6), random.choice('abcdefg'), random.uniform(1, 10)
items = range(10)
random.shuffle(items)
print items
print random.sample(xrange(10000000), 5), random.sample('abcdefgh', 3)
print random.randrange(0, 101, 2), random.randrange(10), random.randrange(-5, 5)
print random.gauss(100, 15), random.gauss(100, 15)
print random.getrandbits(8), random.getrandbits(70)
print random.expovariate(0.5), random.betavariate(1, 2), random.triangular(), random.triangular(1, 3)

state = random.getstate()
a = [random.random() for i in range(3)]
random.setstate(state)
print a == [random.random() for i in range(3)], state[0], len(state[1]), type(state[1][0]).__name__

r = random.Random(99)
print r.random(), r.randint(1, 10)
r2 = random.Random()
r2.seed(99)
print r2.random() == random.Random(99).random()
r.jumpahead(5)
print r.random()

class Fixed(random.Random):
    """Overrides the core generator: every algorithm must use it."""
    def random(self):
        return 0.25

f = Fixed()
print f.random(), f.randint(1, 100), f.choice([10, 20, 30, 40]), f.uniform(0, 8), f.randrange(0, 100, 10)
xs = range(5)
f.shuffle(xs)
print xs, f.sample(range(5), 2)
print isinstance(f, random.Random)

class Counting(random.Random):
    def __init__(self, seed):
        random.Random.__init__(self, seed)
        self.calls = 0
    def random(self):
        self.calls += 1
        return random.Random.random(self)
c = Counting(3)
print c.gauss(0, 1), c.gauss(0, 1), c.calls

for bad in [lambda: random.randrange(0), lambda: random.randrange(3, 3), lambda: random.randrange(1, 10, 0),
            lambda: random.randrange(1.5), lambda: random.sample([1, 2], 3), lambda: random.getrandbits(0),
            lambda: random.choice([]), lambda: random.gammavariate(-1, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print type(e).__name__, e

random.seed('hello')
print random.random()
random.seed(2 ** 80)
print random.random()
random.seed(-17)
print random.random()
sr = random.SystemRandom()
x = sr.random()
print 0 <= x < 1, isinstance(sr, random.Random)
try:
    sr.getstate()
except NotImplementedError as e:
    print 'NotImplementedError', e
