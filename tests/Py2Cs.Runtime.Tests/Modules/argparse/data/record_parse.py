# Records argparse parse results and errors from CPython 2.7 for ArgparseModuleTests.
# Run: COLUMNS=80 python2.7 record_parse.py > parse_cases.txt
# Each case: "case <name> <argv...>" then "-> <repr(namespace)>" or "exit <status>" and the stderr text.
import argparse, sys, StringIO

def build():
    p = argparse.ArgumentParser(prog="tool", description="A tool.")
    p.add_argument("src")
    p.add_argument("extra", nargs="*")
    p.add_argument("-v", "--verbose", action="count")
    p.add_argument("-n", "--num", type=int, default=3)
    p.add_argument("--mode", choices=["a", "b"], default="a")
    p.add_argument("--flag", action="store_true")
    p.add_argument("--no-cache", dest="cache", action="store_false")
    p.add_argument("-I", action="append", dest="includes")
    p.add_argument("--const", action="store_const", const=42)
    p.add_argument("--ac", action="append_const", const="x", dest="acs")
    p.add_argument("--pair", nargs=2, metavar=("K", "V"))
    p.add_argument("--opt", nargs="?", const="C", default="D")
    p.add_argument("-x", action="store_true")
    p.add_argument("-y", action="store_true")
    p.add_argument("--verbosity-level", type=float)
    g = p.add_mutually_exclusive_group()
    g.add_argument("--fast", action="store_true")
    g.add_argument("--slow", action="store_true")
    return p

cases = [
    ["a"], ["a", "b", "c"], ["-vv", "a"], ["-v", "--verbose", "a", "-v"], ["-n", "5", "a"], ["-n5", "a"], ["--num=7", "a"],
    ["--nu", "8", "a"], ["--mode", "b", "a"], ["--mode", "c", "a"], ["--flag", "--no-cache", "a"], ["-I", "x", "-Iy", "a"],
    ["--const", "--ac", "--ac", "a"], ["--pair", "k", "v", "a"], ["--pair", "k", "a"], ["--opt", "a"], ["a", "--opt"],
    ["--opt", "z", "a"], ["-xy", "a"], ["-xn4", "a"], ["--verb", "a"], ["--verbosity-level", "1.5", "a"], ["--verbosity-level", "x", "a"],
    [], ["-n", "x", "a"], ["-n"], ["--fast", "--slow", "a"], ["--bogus", "a"], ["a", "--", "-n", "3"], ["-n", "-1", "a"], ["a", "-1"],
    ["--flag=1", "a"], ["-x1", "a"], ["--fast", "a", "--fast"],
]
for argv in cases:
    print "case", " ".join(argv)
    p = build()
    err = StringIO.StringIO()
    sys.stderr = err
    try:
        ns = p.parse_args(argv)
        sys.stderr = sys.__stderr__
        print "->", repr(ns)
    except SystemExit as e:
        sys.stderr = sys.__stderr__
        print "exit", e.code
        sys.stdout.write(err.getvalue())
for argv in [["a", "--zzz", "b"], ["--flag", "q", "-k"]]:
    print "known", " ".join(argv)
    print "->", repr(build().parse_known_args(argv))
