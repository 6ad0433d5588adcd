# ARGPARSE_BENCH_N (default 100,000) parse_args calls of a 10-option command line: store, store_true,
# append, count, int type, choices and a positional. Prints a checksum of the namespaces. Runs
# unchanged on CPython 2.7, python3 and py2cs.
import argparse
import os

try:
    xrange
except NameError:
    xrange = range

n = int(os.environ.get("ARGPARSE_BENCH_N", "100000"))
parser = argparse.ArgumentParser(prog="bench", description="argparse benchmark")
parser.add_argument("source", help="input file")
parser.add_argument("-o", "--output", default="out.txt", help="output file")
parser.add_argument("-v", "--verbose", action="store_true")
parser.add_argument("-q", "--quiet", action="store_true")
parser.add_argument("-I", "--include", action="append", help="include directory")
parser.add_argument("-d", "--debug", action="count", default=0)
parser.add_argument("-j", "--jobs", type=int, default=1)
parser.add_argument("--mode", choices=["fast", "slow", "auto"], default="auto")
parser.add_argument("--level", type=int, choices=[0, 1, 2, 3, 4, 5])
parser.add_argument("--name", metavar="NAME")

command_lines = []
for k in range(8):
    command_lines.append([
        "input%d.txt" % k, "-o", "result%d.bin" % k, "-v", "-I", "inc", "--include=lib%d" % k,
        "-dd", "-j", str(k + 1), "--mode", ["fast", "slow", "auto"][k % 3], "--level=%d" % (k % 6),
        "--name", "job",
    ])

total = 0
for i in xrange(n):
    ns = parser.parse_args(command_lines[i & 7])
    total += ns.jobs + ns.debug + ns.level + len(ns.include) + len(ns.output) + len(ns.source)
    if ns.verbose and not ns.quiet and ns.mode != "auto":
        total += 1
print("parses %d checksum %d" % (n, total))
