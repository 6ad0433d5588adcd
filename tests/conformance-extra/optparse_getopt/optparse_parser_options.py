# optparse: OptionParser keywords, every action and type, dest inference, defaults, errors
import optparse, sys
from optparse import OptionParser, Option, make_option, OptionGroup, SUPPRESS_HELP, SUPPRESS_USAGE
sys.stderr = sys.stdout

def run(p, argv, values=None):
    try:
        opts, args = p.parse_args(argv, values)
        print opts, args
    except SystemExit as e:
        print "exit", e.code

sys.argv[0] = "/usr/bin/frob.py"
p = OptionParser()
print p.get_prog_name(), repr(p.get_usage()), p.expand_prog_name("%prog is %prog")
p.print_usage()
p = OptionParser(usage="%prog [opts] FILE", version="%prog 1.0", description="A description long enough that the formatter must wrap it, because it goes on and on past the edge of the terminal.", epilog="The epilog, also long enough to need wrapping at the default width of eighty columns minus two.")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True, help="don't print status messages to stdout")
p.print_help()
run(p, ["--version"])
run(p, ["-f", "out", "-q", "arg1", "arg2"])
print p.get_version(), repr(p.get_usage())
p.print_version()
p = OptionParser(usage=SUPPRESS_USAGE, add_help_option=False, prog="custom")
p.add_option("-x")
p.print_help()
run(p, ["-h"])
run(p, ["-y"])
p = OptionParser(prog="PROG", option_list=[make_option("-a", action="store_true"), Option("--bee", type="int")])
run(p, ["-a", "--bee", "3", "--", "-a"])
p.print_help()

p = OptionParser(prog="PROG")
p.add_option("-s", "--store")
p.add_option("-c", action="store_const", const=42, dest="const")
p.add_option("-t", action="store_true", dest="flag")
p.add_option("-F", action="store_false", dest="flag")
p.add_option("-a", "--append", action="append")
p.add_option("--ac", action="append_const", const="X", dest="consts")
p.add_option("-v", action="count", dest="verbosity")
p.add_option("--two", nargs=2, type="int")
p.add_option("--app2", nargs=2, action="append")
run(p, [])
run(p, "-s x -c -t -F -a 1 --append=2 --ac --ac -vvv --two 1 2 --app2 a b --app2 c d rest".split())
run(p, "-sVALUE -tv -vtsz".split())
run(p, "--two 1".split())
run(p, "--two 1 x".split())
run(p, "-s".split())
run(p, "--store".split())
run(p, "--sto=val --app=1".split())
run(p, "--ac=1".split())
run(p, "-t=1".split())
run(p, "--nope".split())
run(p, "-z".split())
run(p, "-tz".split())
p.add_option("--appear", action="store_true")
run(p, "--app x".split())
run(p, "--s x".split())

p = OptionParser(prog="PROG")
p.add_option("-i", type="int")
p.add_option("-l", type="long")
p.add_option("-f", type="float")
p.add_option("-x", type="complex")
p.add_option("-c", type="choice", choices=["a", "b"])
p.add_option("--str", type="string")
p.add_option("--str2", type=str)
p.add_option("--int2", type=int)
for argv in (["-i", "0x1f", "-l", "0b101", "-f", "1e3", "-x", "1+2j", "-c", "b"], ["-i", "017"], ["-i", "-0x10"], ["-i", "+7"],
             ["-i", "y"], ["-l", "1.5"], ["-f", "f"], ["-x", "1+"], ["-c", "z"], ["-i", "0b2"], ["-i", " 5 "], ["--str2", "s", "--int2", "9"], ["-i", "99999999999999999999"]):
    run(p, argv)

for kw in ({"action": "bogus"}, {"type": "bogus"}, {"action": "count", "type": "int"}, {"type": "choice"},
           {"choices": ["a"]}, {"action": "store_const"}, {"action": "store_true", "nargs": 2},
           {"action": "callback"}, {"action": "callback", "callback": 3}, {"action": "store", "callback": len},
           {"action": "callback", "callback": len, "callback_args": 1}, {"action": "callback", "callback": len, "callback_kwargs": 1},
           {"action": "store", "callback_args": (1,)}, {"bogus": 1}, {"dest": "x", "const": 1}, {"type": "choice", "choices": "ab"}):
    try:
        Option("-o", **kw)
        print "ok", kw
    except optparse.OptionError as e:
        print "OptionError:", e
    except TypeError as e:
        print "TypeError:", e
for args in ((), ("x",), ("-",), ("--",), ("-ab",), ("--a",), ("-", "--x"), ("---x",)):
    try:
        Option(*args)
        print "ok", args
    except (optparse.OptionError, TypeError) as e:
        print type(e).__name__, e
o = Option("-f", "--foo-bar", type="int")
print o, repr(o)[:11], repr(o).split(": ")[1], repr(optparse.Values({"a": 1})).split(": ")[1], repr(optparse.Values())[:10], o.dest, o.type, o.action, o.nargs, o.takes_value(), o.get_opt_string()
print Option("-x").dest, Option("--long-x", "-y").dest, Option("-x", "--xx", dest="d").dest
print Option("-z", action="store_true").takes_value(), Option("-q", action="callback", callback=len).type
print Option.ACTIONS, Option.STORE_ACTIONS, Option.TYPED_ACTIONS, Option.ALWAYS_TYPED_ACTIONS, Option.CONST_ACTIONS, Option.TYPES
print Option.ATTRS
print sorted(Option.TYPE_CHECKER.keys())

p = OptionParser(prog="PROG")
p.add_option("-n", dest="n", type="int", default=5, help="n [default: %default]")
p.add_option("-m", dest="m", default="7", type="int")
p.add_option("--nohelp", default="x", help="help with %default and %prog")
p.set_default("n", 10)
p.set_defaults(m="8", other="o")
print p.defaults, p.get_default_values()
run(p, [])
p.print_help()
p.set_defaults(n=None)
p.print_help()
p2 = OptionParser(prog="PROG", formatter=optparse.IndentedHelpFormatter())
p2.add_option("-n", default=3, help="%default")
p2.formatter.default_tag = None
p2.print_help()
values = optparse.Values({"n": 100, "pre": 1})
run(p, ["-n", "3"], values)
print values

p = OptionParser(prog="PROG")
p.add_option("-a", action="store_true")
p.add_option("-b")
p.disable_interspersed_args()
run(p, ["-a", "x", "-b", "1"])
p.enable_interspersed_args()
run(p, ["-a", "x", "-b", "1"])
p.allow_interspersed_args = False
run(p, ["x", "-a"])
print p.has_option("-a"), p.has_option("--zz"), p.get_option("-b"), p.get_option("-q")
p.remove_option("-a")
print p.has_option("-a")
try:
    p.remove_option("-a")
except ValueError as e:
    print "ValueError:", e
run(p, ["-a"])
try:
    p.add_option("-b")
except optparse.OptionConflictError as e:
    print "OptionConflictError:", e
try:
    p.add_option(3)
except TypeError as e:
    print "TypeError:", e
try:
    p.add_option(Option("-q"), "-r")
except TypeError as e:
    print "TypeError:", e
p = OptionParser(prog="PROG", conflict_handler="resolve")
p.add_option("-n", "--dry-run", action="store_true", help="do no harm")
p.add_option("-n", "--noisy", action="store_true", help="be noisy")
p.add_option("--dry-run", "-d", help="new dry run")
p.print_help()
try:
    OptionParser(conflict_handler="bogus")
except ValueError as e:
    print "ValueError:", e
p = OptionParser(prog="PROG")
p.set_conflict_handler("resolve")
p.add_option("-x", help="one")
p.add_option("-x", help="two")
p.print_help()
try:
    p.set_conflict_handler("nope")
except ValueError as e:
    print "ValueError:", e
