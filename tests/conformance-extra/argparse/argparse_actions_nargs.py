# argparse: every action (incl. custom Action subclasses and register), nargs N/?/*/+/REMAINDER/PARSER,
# const, default, required, metavar tuples, dest derivation
import argparse, sys
sys.stderr = sys.stdout

def run(p, argv):
    try:
        print p.parse_args(argv)
    except SystemExit as e:
        print "exit", e.code

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("--store")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--t", action="store_true")
p.add_argument("--f", action="store_false")
p.add_argument("--app", action="append")
p.add_argument("--ac", dest="types", action="append_const", const=str)
p.add_argument("--ai", dest="types", action="append_const", const=int)
p.add_argument("-v", "--verbose", action="count")
p.add_argument("--version", action="version", version="%(prog)s 2.0")
run(p, [])
run(p, "--store a --const --t --f --app 1 --app 2 --ac --ai -vvv --verbose".split())
run(p, ["--version"])
run(p, ["--const", "x"])
p.print_help()

try:
    p.add_argument("--bad", action="store_const")
except TypeError as e:
    print "TypeError:", e
try:
    p.add_argument("--bad2", action="nonsense")
except ValueError as e:
    print "ValueError:", e
try:
    p.add_argument("--bad3", nargs=0)
except ValueError as e:
    print "ValueError:", e
try:
    p.add_argument("--bad4", action="store_true", nargs=1)
except TypeError as e:
    print "TypeError:", e
try:
    p.add_argument("--bad5", type="notcallable")
except ValueError as e:
    print "ValueError:", e
try:
    p.add_argument("--bad6", metavar=("A", "B"), nargs=3)
except ValueError as e:
    print "ValueError:", e
try:
    p.add_argument("pos", dest="other")
except ValueError as e:
    print "ValueError:", e
try:
    p.add_argument("pos", required=True)
except TypeError as e:
    print "TypeError:", e
try:
    p.add_argument("--bad7", "bad7")
except ValueError as e:
    print "ValueError:", e
try:
    p.add_argument("-")
except ValueError as e:
    print "ValueError:", e

class FooAction(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None:
            raise ValueError("nargs not allowed")
        super(FooAction, self).__init__(option_strings, dest, **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        print "%r %r %r" % (namespace, values, option_string)
        setattr(namespace, self.dest, values)
p = argparse.ArgumentParser(prog="PROG")
p.add_argument("--foo", action=FooAction)
p.add_argument("bar", action=FooAction)
run(p, "1 --foo 2".split())
a = p._actions[1]
print repr(a)
print a.option_strings, a.dest, a.nargs, a.const, a.default, a.type, a.choices, a.required, a.help, a.metavar

class UpperAction(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, [v.upper() for v in values])
p = argparse.ArgumentParser(prog="PROG")
p.register("action", "upper", UpperAction)
p.register("type", "hexint", lambda s: int(s, 16))
p.add_argument("--names", action="upper", nargs="+")
p.add_argument("--num", type="hexint")
run(p, "--names a bc --num ff".split())
run(p, "--num zz".split())

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("--two", nargs=2)
p.add_argument("--one", nargs=1)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--star", nargs="*")
p.add_argument("--plus", nargs="+")
p.add_argument("pos", nargs=2)
p.add_argument("rest", nargs="*")
run(p, "a b".split())
run(p, "--two x y --one z a b c d".split())
run(p, "--opt a b".split())
run(p, "a b --opt".split())
run(p, "--opt=E a b --star --plus p q".split())
run(p, "--two x a b".split())
run(p, "--plus a b".split())
run(p, "a".split())
run(p, [])
p.print_help()

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("infile", nargs="?", default="stdin")
p.add_argument("outfile", nargs="?", default="stdout")
run(p, [])
run(p, ["in"])
run(p, ["in", "out"])
run(p, ["in", "out", "extra"])

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("--foo")
p.add_argument("command")
p.add_argument("args", nargs=argparse.REMAINDER)
run(p, "--foo B cmd --arg1 XX ZZ".split())
run(p, "cmd".split())
p.print_help()
p = argparse.ArgumentParser(prog="PROG")
p.add_argument("sub", nargs=argparse.PARSER)
run(p, "a -b c".split())
run(p, [])
p.print_usage()

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("-x", required=True)
p.add_argument("--yy", required=True)
p.add_argument("a")
p.add_argument("b")
run(p, [])
run(p, ["A", "B"])
run(p, ["A", "B", "-x", "1"])
run(p, ["-x", "1", "--yy", "2"])
run(p, ["-x", "1", "--yy", "2", "A"])
p.print_usage()

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("-x", nargs=2, metavar=("A", "B"))
p.add_argument("--foo", metavar="YYY")
p.add_argument("bar", metavar="XXX")
p.add_argument("-z", nargs="*", metavar=("Z1", "Z2"))
p.add_argument("-w", nargs="+", metavar=("W1", "W2"))
p.add_argument("-q", nargs="?", metavar="Q")
p.print_help()
run(p, ["-x", "1"])
p = argparse.ArgumentParser(prog="PROG")
try:
    p.add_argument("-x", nargs=3, metavar=("A", "B"))
except ValueError as e:
    print "ValueError:", e
p = argparse.ArgumentParser(prog="PROG")
p.add_argument("-f", "--foo-bar", "--foo")
p.add_argument("-x", "-y")
p.add_argument("--", dest="weird") if False else None
p.add_argument("--foo-baz", dest="other")
p.add_argument("-a-b")
run(p, "-f 1 -x 2 --foo-baz 3 -a-b 4".split())

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("--foo", default="7", type=int)
p.add_argument("--bar", default=7.5, type=int)
p.add_argument("--lst", action="append", default=["x"])
p.add_argument("--cnt", action="count", default=10)
run(p, [])
run(p, ["--lst", "y", "--cnt"])
p.set_defaults(foo=99, extra="e")
print p.get_default("foo"), p.get_default("extra"), p.get_default("nothing")
run(p, [])
ns = argparse.Namespace(foo=1, preset="p")
print p.parse_args([], namespace=ns), ns
