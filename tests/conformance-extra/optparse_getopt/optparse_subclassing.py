# optparse: subclassing OptionParser/Option/formatters -- overridden methods are the ones called
# (error, exit, print_help, _process_long_opt, _check_* methods), add_options, args=None from sys.argv
import optparse, sys
from optparse import OptionParser, Option, OptionValueError
sys.stderr = sys.stdout

def run(p, argv, values=None):
    try:
        opts, args = p.parse_args(argv, values)
        print opts, args
    except SystemExit as e:
        print "exit", e.code

class LoggingParser(OptionParser):
    def error(self, msg):
        print "error() called with", repr(msg)
        OptionParser.error(self, msg)
    def exit(self, status=0, msg=None):
        print "exit() called with", status, repr(msg)
        raise SystemExit(status + 100)
    def print_help(self, file=None):
        print "print_help() override"
    def print_version(self, file=None):
        print "print_version() override"
    def _process_long_opt(self, rargs, values):
        print "long:", rargs[0]
        OptionParser._process_long_opt(self, rargs, values)
    def _process_short_opts(self, rargs, values):
        print "short:", rargs[0]
        OptionParser._process_short_opts(self, rargs, values)
    def get_prog_name(self):
        return "LOGGING"
p = LoggingParser(version="1.0")
p.add_options([Option("-a", action="store_true"), Option("--bee", type="int", default=1)])
run(p, ["-a", "--bee=2", "x"])
run(p, ["--bee", "x"])
run(p, ["-h"])
run(p, ["--version"])
run(p, ["--nope"])
print p.get_usage(),
print p.expand_prog_name("%prog!")

sys.argv[1:] = ["-a", "from-argv"]
p = OptionParser(prog="ARGV")
p.add_option("-a", action="store_true")
run(p, None)
print sys.argv[1:]

class StrictOption(Option):
    def _check_dest(self):
        Option._check_dest(self)
        if self.dest and self.dest.startswith("x"):
            raise optparse.OptionError("dest may not start with x", self)
    CHECK_METHODS = Option.CHECK_METHODS[:]
    CHECK_METHODS[CHECK_METHODS.index(Option.__dict__["_check_dest"])] = _check_dest
    def convert_value(self, opt, value):
        v = Option.convert_value(self, opt, value)
        print "convert", opt, repr(v)
        return v
    def check_value(self, opt, value):
        if value == "bad":
            raise OptionValueError("option %s: custom check failed" % opt)
        return Option.check_value(self, opt, value)
p = OptionParser(prog="STRICT", option_class=StrictOption)
p.add_option("-y", "--yes")
try:
    p.add_option("--xylophone")
except optparse.OptionError as e:
    print "OptionError:", e
p.add_option("-n", type="int", nargs=2)
run(p, ["-y", "ok", "-n", "1", "2"])
run(p, ["-y", "bad"])
print [f.__name__ for f in Option.CHECK_METHODS]

class Upper(optparse.IndentedHelpFormatter):
    def format_heading(self, heading):
        return heading.upper() + "\n"
    def format_option_strings(self, option):
        return "[" + optparse.IndentedHelpFormatter.format_option_strings(self, option) + "]"
    def format_description(self, description):
        return "DESC: " + description + "\n"
p = OptionParser(prog="UP", formatter=Upper(), description="the description")
p.add_option("-f", "--file", help="file help")
g = optparse.OptionGroup(p, "grp")
g.add_option("-g", action="store_true", help="g help")
p.add_option_group(g)
p.print_help()
f = optparse.TitledHelpFormatter()
p = OptionParser(prog="T", formatter=f)
p.add_option("-q", help="q")
print f.parser is p, f.help_position, f.width, f.current_indent, f.level, f.indent_increment, f.short_first, f.default_tag
p.format_help()
print f.help_position, f.help_width, sorted(f.option_strings.values())
f.indent()
print f.current_indent, f.level, repr(f.format_heading("Lvl"))
f.indent()
try:
    f.format_heading("Lvl")
except IndexError as e:
    print "IndexError:", e
f.dedent(); f.dedent()
try:
    f.dedent()
except AssertionError as e:
    print "AssertionError:", e
h = optparse.HelpFormatter(2, 24, 80, 1)
for m in ("format_usage", "format_heading"):
    try:
        getattr(h, m)("x")
    except NotImplementedError as e:
        print "NotImplementedError:", e

p = OptionParser(prog="GR")
p.add_option("-a", action="store_true")
p.add_option("-b", action="store_true")
p.add_option("-o", nargs=3)
run(p, ["-ab", "--", "-a"])
run(p, ["-o", "1", "2"])
run(p, ["-o", "1", "2", "3", "-"])
run(p, ["-ba", "-"])
p.rargs = None
print p.largs if hasattr(p, "largs") else None
p = OptionParser(prog="DEF")
p.add_option("-l", action="append", default=["a"])
p.add_option("-c", action="count", default=1)
v1, _ = p.parse_args(["-l", "b", "-c"])
v2, _ = p.parse_args([])
print v1, v2, p.defaults
p = OptionParser(prog="VAL")
p.add_option("-z", type="float", default="1.5")
p.add_option("-k", type="choice", choices=["x"], default="x")
print p.get_default_values()
p.set_defaults(z="nope")
try:
    p.get_default_values()
except optparse.OptionValueError as e:
    print "OptionValueError:", e
