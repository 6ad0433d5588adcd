# optparse: callbacks (callback_args/kwargs, largs/rargs/values), OptionGroup, formatters and their
# keywords, custom Option subclasses (TYPES/TYPE_CHECKER, ACTIONS), Values methods, check_values, errors
# -*- coding: utf-8 -*-
import optparse, sys, os
from copy import copy
from optparse import OptionParser, Option, OptionGroup, OptionValueError, SUPPRESS_HELP
sys.stderr = sys.stdout

def run(p, argv, values=None):
    try:
        opts, args = p.parse_args(argv, values)
        print opts, args
    except SystemExit as e:
        print "exit", e.code

def record(option, opt_str, value, parser, *args, **kwargs):
    print "cb", option, opt_str, repr(value), parser.largs, parser.rargs, args, sorted(kwargs.items())
    if option.dest:
        setattr(parser.values, option.dest, value)
def vararg(option, opt_str, value, parser):
    value = []
    for arg in parser.rargs:
        if arg[:2] == "--" and len(arg) > 2:
            break
        if arg[:1] == "-" and len(arg) > 1:
            break
        value.append(arg)
    del parser.rargs[:len(value)]
    if option.dest:
        setattr(parser.values, option.dest, value)
def check_order(option, opt_str, value, parser):
    if parser.values.b:
        raise OptionValueError("can't use %s after -b" % opt_str)
    parser.values.a = 1
def bad_cb(option, opt_str, value, parser):
    parser.error("from callback")
p = OptionParser(prog="PROG")
p.add_option("-r", action="callback", callback=record, type="int", dest="r", callback_args=(1, 2), callback_kwargs={"k": "v"})
p.add_option("--pair", action="callback", callback=record, type="string", nargs=2, dest="pair")
p.add_option("-n", action="callback", callback=record)
p.add_option("-V", "--vararg", action="callback", callback=vararg, dest="va")
p.add_option("-a", action="callback", callback=check_order)
p.add_option("-b", action="store_true")
p.add_option("-e", action="callback", callback=bad_cb)
run(p, ["x", "-r", "5", "y", "--pair", "p", "q", "-n", "z"])
run(p, ["-V", "1", "2", "-b", "3"])
run(p, ["-a", "-b"])
run(p, ["-b", "-a"])
run(p, ["-r", "x"])
run(p, ["-e"])
run(p, ["-n=3"])

p = OptionParser(prog="PROG", usage="%prog [options] args", description="Desc.")
p.add_option("-v", "--verbose", action="store_true", help="verbose output, with a help text long enough to wrap around onto the following line")
p.add_option("--hidden", help=SUPPRESS_HELP)
g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk.  It is believed that some of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
p.add_option_group(g)
g2 = p.add_option_group("Debug Options")
g2.add_option("-d", "--debug", action="store_true", help="Print debug information")
g2.add_option("-s", "--sql", action="store_true", help="Print all SQL statements executed")
print p.get_option_group("-g") is g, p.get_option_group("--sql") is g2, p.get_option_group("-v"), p.get_option_group("-zz")
p.print_help()
print repr(p.format_option_help())
print repr(p.format_description(p.formatter)), repr(p.format_epilog(p.formatter))
g.set_title("Renamed")
g.set_description(None)
print p.format_help()
try:
    OptionGroup(OptionParser(), "x").add_option("-q") and p.add_option_group(OptionGroup(OptionParser(), "other"))
except ValueError as e:
    print "ValueError:", e
try:
    p.add_option_group(3)
except TypeError as e:
    print "TypeError:", e

for fmt in (optparse.IndentedHelpFormatter(), optparse.TitledHelpFormatter(),
            optparse.IndentedHelpFormatter(indent_increment=4, max_help_position=10, width=50, short_first=0),
            optparse.TitledHelpFormatter(indent_increment=1, max_help_position=30, width=60, short_first=1)):
    p = OptionParser(prog="PROG", formatter=fmt, description="Some description text that is wrapped.", epilog="epilog here")
    p.add_option("-f", "--file", metavar="FILE", help="input file")
    p.add_option("--a-long-option-name-here", type="int", help="long option with help that wraps across lines when narrow")
    p.add_option("-x", action="store_true")
    og = OptionGroup(p, "Group", "group description")
    og.add_option("-y", help="y help")
    p.add_option_group(og)
    print "====", type(fmt).__name__
    p.print_help()
    print repr(fmt.format_heading("Head")), repr(fmt.format_usage("use it"))
fmt = optparse.IndentedHelpFormatter()
fmt.set_long_opt_delimiter(" ")
fmt.set_short_opt_delimiter("")
p = OptionParser(prog="PROG", formatter=fmt)
p.add_option("-f", "--file", metavar="FILE", help="input file")
p.print_help()
try:
    fmt.set_long_opt_delimiter("x")
except ValueError as e:
    print "ValueError:", e
os.environ["COLUMNS"] = "40"
p = OptionParser(prog="PROG", description="a description at forty columns that wraps")
p.add_option("--long", help="a help text at forty columns that wraps a lot")
p.print_help()
del os.environ["COLUMNS"]

def check_mytype(option, opt, value):
    try:
        return tuple(int(x) for x in value.split(","))
    except ValueError:
        raise OptionValueError("option %s: invalid tuple value: %r" % (opt, value))
class MyOption(Option):
    TYPES = Option.TYPES + ("tuple",)
    TYPE_CHECKER = copy(Option.TYPE_CHECKER)
    TYPE_CHECKER["tuple"] = check_mytype
    ACTIONS = Option.ACTIONS + ("extend",)
    STORE_ACTIONS = Option.STORE_ACTIONS + ("extend",)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ("extend",)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ("extend",)
    def take_action(self, action, dest, opt, value, values, parser):
        if action == "extend":
            lvalue = value.split(",")
            values.ensure_value(dest, []).extend(lvalue)
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)
p = OptionParser(prog="PROG", option_class=MyOption)
p.add_option("-t", type="tuple")
p.add_option("--names", action="extend")
run(p, ["-t", "1,2,3", "--names", "a,b", "--names=c"])
run(p, ["-t", "1,x"])
print optparse.check_builtin(Option("-i", type="int"), "-i", "12"), optparse.check_choice(Option("-c", type="choice", choices=["a"]), "-c", "a")
try:
    optparse.check_choice(Option("-c", type="choice", choices=["a", "b"]), "-c", "q")
except OptionValueError as e:
    print "OptionValueError:", e

class CheckingParser(OptionParser):
    def check_values(self, values, args):
        if len(args) != 1:
            self.error("need exactly one argument")
        return values, [a.upper() for a in args]
cp = CheckingParser(prog="CP")
run(cp, ["x"])
run(cp, [])

v = optparse.Values({"a": 1, "b": 2})
print v, v == {"a": 1, "b": 2}, v == optparse.Values({"a": 1, "b": 2}), v != {"a": 1}
print v.ensure_value("c", []), v.ensure_value("a", 5), v
v.c = None
print v.ensure_value("c", "filled"), v
v._update_careful({"a": 10, "zzz": 5})
print v
v._update_loose({"zzz": 5})
print v
v._update({"q": 1}, "loose")
print v
try:
    v._update({}, "bogus")
except ValueError as e:
    print "ValueError:", e
with open("/tmp/_optparse_vals.py", "w") as f:
    f.write("a = 'from file'\nnewvar = [1, 2]\n")
v.read_file("/tmp/_optparse_vals.py")
print v
v.read_file("/tmp/_optparse_vals.py", mode="loose")
print v.a, v.newvar, "__builtins__" in v.__dict__
os.remove("/tmp/_optparse_vals.py")
v.read_module("string", mode="careful")
print v.a
v2 = optparse.Values({"digits": None, "letters": 1, "hexdigits": 2})
v2.read_module("string", mode="careful")
print v2.digits, v2.letters, v2.hexdigits

for cls, args in ((optparse.OptParseError, ("m",)), (optparse.OptionError, ("m", Option("-x", "--ex"))), (optparse.OptionError, ("m", None)),
                  (optparse.OptionConflictError, ("c", Option("-y"))), (optparse.OptionValueError, ("v",)), (optparse.BadOptionError, ("--b",)),
                  (optparse.AmbiguousOptionError, ("--a", ["--ab", "--ac"]))):
    e = cls(*args)
    print cls.__name__, str(e), e.msg if hasattr(e, "msg") else "-", cls.__bases__[0].__name__
p = OptionParser(prog="PROG")
p.add_option("--foo")
p.add_option("--foobar")
p.add_option("--bare", action="store_true")
run(p, ["--fo", "1"])
run(p, ["--b=3"])
run(p, ["--f"])
run(p, ["--foob", "x"])
run(p, ["--foo"])
try:
    p.exit(3, "bye\n")
except SystemExit as e:
    print "exit", e.code
try:
    p.exit()
except SystemExit as e:
    print "exit", e.code
try:
    p.error("boom")
except SystemExit as e:
    print "exit", e.code
p.print_usage(sys.stdout)
print p.get_usage(), p.format_help(optparse.TitledHelpFormatter())
p.set_usage("%prog now")
p.set_description("new desc")
print p.get_usage(), p.get_description()
p.set_usage(None)
print repr(p.usage)
p.set_process_default_values(False)
run(p, [])
p.destroy()
print optparse._match_abbrev("--fo", {"--foo": 1, "--bar": 2})
try:
    optparse._match_abbrev("--f", {"--foo": 1, "--fa": 2})
except optparse.BadOptionError as e:
    print type(e).__name__, e

p = OptionParser(prog="PROG", description=u"d\xe9scription unicode")
p.add_option("--u", help=u"h\xe9lp")
print repr(p.format_help())
print p._get_encoding(sys.stdout), p._get_encoding(object())
class F(object):
    encoding = None
    def write(self, s):
        print "write", repr(s)
p.print_help(F())
class G(object):
    encoding = "latin-1"
    def write(self, s):
        print "write", repr(s)
p.print_help(G())
p = OptionParser(prog="PROG", usage=u"%prog unicode usage", epilog=u"\xe9pilog")
g = OptionGroup(p, u"Gr\xf6up", u"Gr\xf6up description")
g.add_option("-x", help="plain")
p.add_option_group(g)
print repr(p.format_help()), repr(p.get_usage()), repr(p.format_option_help()), repr(p.format_epilog(p.formatter))
p.print_help(G())
p.print_usage(G())
print sorted(optparse.__all__)
