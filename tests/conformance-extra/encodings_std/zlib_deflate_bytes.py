# zlib.compress and compressobj produce zlib 1.2.13's exact bytes (md5 of the output) over text, noise,
# runs and mixed data, every level, raw/zlib/gzip wrappers, memLevel, strategies and flush points.
import zlib, random, hashlib
random.seed(7)
words = ['alpha', 'beta', 'gamma', 'delta', 'log', 'INFO', 'ERROR', '2026-11-21', 'user', 'id=', '\n']
def text(n):
    return ''.join(random.choice(words) + ' ' for _ in xrange(n))
def noise(n):
    return ''.join(chr(random.randrange(256)) for _ in xrange(n))
samples = [('empty', ''), ('a', 'a'), ('text1k', text(200)), ('text100k', text(20000)), ('text300k', text(30000)),
           ('noise10k', noise(10000)), ('noise80k', noise(80000)), ('zeros100k', '\0' * 100000),
           ('mixed', text(3000) + noise(40000) + text(10000) + '\0' * 1000 + text(10000)),
           ('runs', ''.join(chr(65 + i % 7) * (i % 300) for i in range(1500)))]
for name, data in samples:
    out = []
    for level in range(0, 10):
        out.append(hashlib.md5(zlib.compress(data, level)).hexdigest()[:6])
    print name, len(data), ' '.join(out)
    for wbits, mem, strat in [(-15, 8, 0), (31, 8, 0), (9, 1, 0), (12, 9, 1), (15, 8, 2), (15, 8, 3), (15, 8, 4), (-10, 3, 0)]:
        for level in (0, 1, 6, 9):
            c = zlib.compressobj(level, zlib.DEFLATED, wbits, mem, strat)
            chunks = [c.compress(data[i:i + 7777]) for i in range(0, len(data), 7777)]
            chunks.append(c.flush(zlib.Z_SYNC_FLUSH))
            chunks.append(c.compress(data[:5000]))
            chunks.append(c.flush(zlib.Z_FULL_FLUSH))
            chunks.append(c.compress(data[-3000:]))
            d = c.copy()
            chunks.append(c.flush())
            chunks.append(d.flush(1) + d.flush())
            print ' ', wbits, mem, strat, level, hashlib.md5(''.join(chunks)).hexdigest()[:8], [len(x) for x in chunks][-6:]
