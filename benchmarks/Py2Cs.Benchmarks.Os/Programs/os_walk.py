# os.walk over the tree named by OS_BENCH_TREE (made by the benchmark driver): count and measure
# names. Runs unchanged on CPython 2.7, python3 and py2cs.
import os

top = os.environ["OS_BENCH_TREE"]
dirs = files = chars = 0
for root, dirnames, filenames in os.walk(top):
    dirs += len(dirnames)
    files += len(filenames)
    for name in filenames:
        chars += len(name)
print("dirs %d files %d name chars %d" % (dirs, files, chars))
