# Line-by-line file I/O: write a text file of FILES_BENCH_MB megabytes (default 200) with f.write,
# then read it back with `for line in f`, writing every line to a second file. Prints counts so a
# run can be checked against CPython. Runs on Python 2.7 and 3. Written for py2cs's benchmarks.
import os

WORDS = ('alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike '
         'november oscar papa quebec romeo sierra tango uniform victor whiskey xray').split()


def make_lines():
    lines = []
    for i in range(1000):
        w = WORDS[i % len(WORDS)]
        lines.append('%06d %s %s\n' % (i, w, WORDS[(i * 7) % len(WORDS)] * (1 + i % 9)))
    return lines


def generate(path, target):
    lines = make_lines()
    f = open(path, 'w')
    written = 0
    count = 0
    while written < target:
        for line in lines:
            f.write(line)
            written += len(line)
        count += len(lines)
    f.close()
    return count, written


def copy(src, dst):
    out = open(dst, 'w')
    count = 0
    total = 0
    longest = 0
    for line in open(src):
        count += 1
        n = len(line)
        total += n
        if n > longest:
            longest = n
        out.write(line)
    out.close()
    return count, total, longest


def main():
    target = int(os.environ.get('FILES_BENCH_MB', '200')) * 1024 * 1024
    src = 'line_io_input.txt'
    dst = 'line_io_copy.txt'
    count, written = generate(src, target)
    print('generated %d lines, %d bytes' % (count, written))
    count, total, longest = copy(src, dst)
    print('copied %d lines, %d bytes, longest %d' % (count, total, longest))
    print('sizes equal: %s' % (os.path.getsize(src) == os.path.getsize(dst)))
    os.remove(src)
    os.remove(dst)


main()
