# argparse: Namespace (repr/eq/contains/vars), ArgumentError/ArgumentTypeError str, exit/error,
# print_version/format_version deprecation, version action output, parser repr, custom error()
import argparse, sys, warnings
sys.stderr = sys.stdout

ns = argparse.Namespace(b=2, a=1)
print ns, repr(ns), vars(ns)
print "a" in ns, "z" in ns
print ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1), ns == {"a": 1}
ns.c = 3
print ns, getattr(ns, "c")
print argparse.Namespace(), argparse.Namespace(**{"with space": 1, "x": [1, "y"]})
print argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER

p = argparse.ArgumentParser(prog="PROG", description="d", epilog="e")
a = p.add_argument("--foo", "-f", type=int, default=3, help="h", metavar="M", dest="foo")
print repr(a)
print repr(p)
e = argparse.ArgumentError(a, "bad thing")
print str(e), e.argument_name, e.message
e = argparse.ArgumentError(None, "no arg")
print str(e), e.argument_name
pos = p.add_argument("pos")
print str(argparse.ArgumentError(pos, "m"))
mv = p.add_argument("mv", metavar="METAV")
print str(argparse.ArgumentError(mv, "m"))
sup = p.add_argument("sup", metavar=argparse.SUPPRESS, nargs="?")
print str(argparse.ArgumentError(sup, "m"))
print str(argparse.ArgumentTypeError("atype")), argparse.ArgumentTypeError.__bases__, argparse.ArgumentError.__bases__

def tryit(f, *args):
    try:
        f(*args)
    except SystemExit as e:
        print "exit", repr(e.code)
tryit(p.exit)
tryit(p.exit, 3)
tryit(p.exit, 4, "message\n")
tryit(p.exit, 0, "msg without newline")
tryit(p.error, "custom error %s" % "x")

class MyParser(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError("MyParser: " + message)
mp = MyParser(prog="MP")
mp.add_argument("x", type=int)
try:
    mp.parse_args(["z"])
except ValueError as e:
    print e
try:
    mp.parse_args([])
except ValueError as e:
    print e
class ExitParser(argparse.ArgumentParser):
    def exit(self, status=0, message=None):
        print "ExitParser.exit", status, repr(message)
        raise SystemExit(99)
ep = ExitParser(prog="EP")
tryit(ep.parse_args, ["--nope"])
tryit(ep.parse_args, ["-h"])
class UsageParser(argparse.ArgumentParser):
    def format_usage(self):
        return "custom usage\n"
    def format_help(self):
        return "custom help\n"
up = UsageParser(prog="UP")
tryit(up.parse_args, ["--nope"])
tryit(up.parse_args, ["-h"])
class PrintParser(argparse.ArgumentParser):
    def _print_message(self, message, file=None):
        print "PRINT", repr(message), file is sys.stdout, file is sys.stderr
pp = PrintParser(prog="PP")
tryit(pp.parse_args, ["--nope"])
pp.print_help()
pp.print_usage()

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    vp = argparse.ArgumentParser(prog="VP", version="1.0")
    vp.print_version()
    print repr(vp.format_version())
    for x in w:
        print x.category.__name__, x.message
vp.print_help()
tryit(vp.parse_args, ["-v"])
tryit(vp.parse_args, ["--version"])
p = argparse.ArgumentParser(prog="P2")
p.add_argument("-V", action="version", version="%(prog)s version 3\nsecond line")
tryit(p.parse_args, ["-V"])
p.add_argument("--ver", action="version")
tryit(p.parse_args, ["--ver"])
p = argparse.ArgumentParser(prog="P3")
p.add_argument("--long-version", action="version", version="1.2.3 " + "word " * 30)
tryit(p.parse_args, ["--long-version"])
p.print_help()

p = argparse.ArgumentParser(prog="P4")
p.add_argument("--x", default=argparse.SUPPRESS)
print p.parse_args([]), hasattr(p.parse_args([]), "x")
print p.parse_args(["--x", "1"])
args = p.parse_args(["--x", "2"], namespace=argparse.Namespace(x="pre", y="keep"))
print args
class Obj(object):
    pass
o = Obj()
p.parse_args(["--x", "q"], namespace=o)
print o.x
print sorted(argparse.__all__)
