# Records optparse parse results and errors from CPython 2.7 for OptparseModuleTests.
# Run: python2.7 record_parse.py > parse_cases.txt
import optparse, sys, StringIO

def build():
    p = optparse.OptionParser(prog="sync", usage="%prog [options] SRC DEST", version="%prog 1.0")
    p.add_option("-v", "--verbose", action="store_true", dest="verbose")
    p.add_option("-q", action="store_false", dest="verbose")
    p.add_option("-j", "--jobs", type="int", default=4)
    p.add_option("--ratio", type="float")
    p.add_option("--exclude", action="append", metavar="PATTERN")
    p.add_option("--mode", choices=["fast", "safe"], default="safe")
    p.add_option("-c", action="count", dest="level")
    p.add_option("--point", nargs=2, type="int")
    p.add_option("--const", action="store_const", const="K")
    p.add_option("--hex", type="int")
    g = optparse.OptionGroup(p, "Journal")
    g.add_option("--journal", default="~/.j")
    p.add_option_group(g)
    return p

cases = [[], ["a", "b"], ["-v", "a"], ["-vq"], ["-j", "8"], ["-j8", "x"], ["--jobs=9"], ["--jo", "2"], ["-j", "x"], ["--ratio", "0.5"],
         ["--ratio", "x"], ["--exclude", "a", "--exclude=b"], ["--mode", "fast"], ["--mode", "slow"], ["-ccc"], ["--point", "1", "2"],
         ["--point", "1"], ["--const"], ["--hex", "0x1f"], ["--hex", "017"], ["--nope"], ["-z"], ["--verbose=1"], ["a", "--", "-v"],
         ["--journal", "/tmp/j", "x", "-v"], ["-j"], ["--version"], ["--e", "x"]]
for argv in cases:
    print "case", " ".join(argv)
    out = StringIO.StringIO()
    sys.stderr = out
    sys.stdout = out
    try:
        values, args = build().parse_args(argv)
        sys.stderr = sys.__stderr__
        sys.stdout = sys.__stdout__
        print "->", sorted(values.__dict__.items()), args
    except SystemExit as e:
        sys.stderr = sys.__stderr__
        sys.stdout = sys.__stdout__
        print "exit", e.code
        sys.stdout.write(out.getvalue())
