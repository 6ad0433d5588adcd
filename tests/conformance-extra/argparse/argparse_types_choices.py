# argparse: type= (int, float, open, FileType, callables raising ArgumentTypeError/TypeError/ValueError),
# string defaults through type, choices (list, dict, string, xrange), help %-expansions
import argparse, sys, os
sys.stderr = sys.stdout

def run(p, argv):
    try:
        print p.parse_args(argv)
    except SystemExit as e:
        print "exit", e.code

def perfect_square(string):
    value = int(string)
    sqrt = value ** 0.5
    if sqrt != int(sqrt):
        raise argparse.ArgumentTypeError("%r is not a perfect square" % string)
    return value
def raises_type_error(s):
    raise TypeError("nope")
def raises_key_error(s):
    raise KeyError(s)
p = argparse.ArgumentParser(prog="PROG")
p.add_argument("--i", type=int)
p.add_argument("--f", type=float)
p.add_argument("--c", type=complex)
p.add_argument("--sq", type=perfect_square)
p.add_argument("--te", type=raises_type_error)
p.add_argument("--l", type=long)
run(p, "--i 3 --f 2.5 --c 1+2j --sq 9 --l 12".split())
run(p, "--i x".split())
run(p, "--f x".split())
run(p, "--c zz".split())
run(p, "--sq 7".split())
run(p, "--te 7".split())
run(p, "--i 0x10".split())
try:
    p2 = argparse.ArgumentParser(prog="PROG")
    p2.add_argument("--ke", type=raises_key_error)
    p2.parse_args(["--ke", "v"])
except KeyError as e:
    print "KeyError", e

class Point(object):
    def __init__(self, s):
        self.x, self.y = map(int, s.split(","))
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
p = argparse.ArgumentParser(prog="PROG")
p.add_argument("pt", type=Point)
run(p, ["1,2"])
run(p, ["1"])

with open("/tmp/_argparse_in.txt", "w") as f:
    f.write("hello\n")
p = argparse.ArgumentParser(prog="PROG")
p.add_argument("--r", type=argparse.FileType("r"))
p.add_argument("--w", type=argparse.FileType("w"))
p.add_argument("--o", type=open)
p.add_argument("--dash", type=argparse.FileType())
p.add_argument("--dashw", type=argparse.FileType("wb"))
p.add_argument("--dflt", type=argparse.FileType("r"), default="/tmp/_argparse_in.txt")
ns = p.parse_args(["--r", "/tmp/_argparse_in.txt", "--w", "/tmp/_argparse_out.txt", "--o", "/tmp/_argparse_in.txt", "--dash", "-", "--dashw", "-"])
print ns.r.read(), ns.r.name, ns.r.mode, ns.w.name, ns.w.mode, ns.o.read(), ns.dash is sys.stdin, ns.dashw is sys.stdout
print ns.dflt.name, ns.dflt.read(),
run(p, ["--r", "/tmp/_no/such/file"])
run(p, ["--w", "/tmp/_no/such/dir/file"])
try:
    run(p, ["--o", "/tmp/_no_such_file"])
except IOError as e:
    print "IOError:", e
print repr(argparse.FileType()), repr(argparse.FileType("w", 1)), repr(argparse.FileType("rb", -1))
ft = argparse.FileType("x")
try:
    ft("-")
except ValueError as e:
    print "ValueError:", e
for fn in ("/tmp/_argparse_in.txt", "/tmp/_argparse_out.txt"):
    os.remove(fn)

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("move", choices=["rock", "paper", "scissors"])
p.add_argument("--n", type=int, choices=range(1, 4))
p.add_argument("--d", choices={"a": 1, "b": 2})
p.add_argument("--s", choices="xyz")
try:
    p.add_argument("--u", choices=[u"\xe9t\xe9", "ok"])
except UnicodeEncodeError as e:
    print "UnicodeEncodeError:", e
p.add_argument("--u", choices=[u"uni", "ok"])
run(p, ["rock", "--n", "3", "--d", "a", "--s", "y"])
run(p, ["fire"])
run(p, ["rock", "--n", "4"])
run(p, ["rock", "--d", "c"])
run(p, ["rock", "--s", "xy"])
run(p, ["rock", "--u", "no"])
p.print_help()
p = argparse.ArgumentParser(prog="PROG")
p.add_argument("--c", choices=["a", "b"], metavar="CH", help="one of %(choices)s")
p.add_argument("--n", choices=[1, 2], type=int, nargs="+")
p.add_argument("pos", choices=("x", "y"), nargs="?")
p.print_help()
run(p, ["--n", "1", "3"])

p = argparse.ArgumentParser(prog="frobble")
p.add_argument("--foo", type=int, default=42, help="foo of the %(prog)s program, default %(default)s, type %(type)s")
p.add_argument("--bar", default="b", help="%(dest)s %(metavar)s %(nargs)s %(required)s %(const)s")
p.add_argument("--pct", help="100%% sure")
p.add_argument("--fn", type=perfect_square, help="type is %(type)s")
p.add_argument("--secret", help=argparse.SUPPRESS)
p.add_argument("hidden", nargs="?", help=argparse.SUPPRESS)
p.print_help()
p = argparse.ArgumentParser(prog="PROG")
p.add_argument("--bad", help="%(nosuch)s")
try:
    p.print_help()
except KeyError as e:
    print "KeyError", e
