# Text processing: generate a deterministic ~50 MB text file (a linear
# congruential generator picks words), then read it back line by line,
# split, count words and bigram initials in dicts, and report with %
# formatting. Written for py2cs's benchmarks.
import os
import sys

WORDS = ('the of and to in is was that for on with as by at from his her it '
         'an were are which this be or has had not but their they one all '
         'river mountain python serpent lantern harbor orchard meadow copper '
         'quartz velvet ember glacier thunder whisper falcon juniper saffron '
         'cobalt marble tundra canyon prairie lagoon willow cedar hollow').split()


def generate(path, target_bytes):
    seed = 12345
    n_words = len(WORDS)
    written = 0
    lines = 0
    f = open(path, 'w')
    chunk = []
    while written < target_bytes:
        parts = []
        length = 6 + seed % 9
        for k in range(length):
            seed = (seed * 1103515245 + 12345) & 0x7fffffff
            parts.append(WORDS[(seed >> 8) % n_words])
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        line = '%s %d, %s.\n' % (' '.join(parts), seed % 1000, parts[0].capitalize())
        chunk.append(line)
        written += len(line)
        lines += 1
        if len(chunk) >= 1000:
            f.write(''.join(chunk))
            chunk = []
    f.write(''.join(chunk))
    f.close()
    return lines, written


def analyse(path):
    counts = {}
    initials = {}
    numbers = 0
    longest = ''
    f = open(path)
    for line in f:
        words = line.split()
        for w in words:
            w = w.strip('.,').lower()
            if w.isdigit():
                numbers += int(w)
                continue
            counts[w] = counts.get(w, 0) + 1
            if len(w) > len(longest):
                longest = w
        key = words[0][0] + words[-1][0]
        if key in initials:
            initials[key] += 1
        else:
            initials[key] = 1
    f.close()
    return counts, initials, numbers, longest


def main(megabytes):
    path = 'py2cs_bench_text_%d.txt' % os.getpid()
    try:
        lines, size = generate(path, megabytes * 1024 * 1024)
        counts, initials, numbers, longest = analyse(path)
    finally:
        if os.path.exists(path):
            os.remove(path)
    print 'text_processing lines %d bytes %d numbers %d longest %s' % (lines, size, numbers, longest)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    for word, n in top:
        print '%-10s %8d %6.3f%%' % (word, n, 100.0 * n / sum(counts.values()))
    print 'distinct words %d, initial pairs %d' % (len(counts), len(initials))
    pairs = initials.items()
    pairs.sort()
    print ' '.join(['%s=%d' % kv for kv in pairs[:12]])


if __name__ == '__main__':
    megabytes = 50
    if len(sys.argv) > 1:
        megabytes = int(sys.argv[1])
    main(megabytes)
