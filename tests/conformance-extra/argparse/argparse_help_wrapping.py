# argparse: help and usage wrapping at COLUMNS 40/80/120 with long option names, long metavars,
# long positionals and groups; print_help/print_usage to a file; format_help/format_usage
import argparse, sys, os
sys.stderr = sys.stdout

def build(prog="wrap"):
    p = argparse.ArgumentParser(prog=prog, description="A tool whose description is long enough to wrap at any of the widths tried here, forty, eighty and one hundred twenty.", epilog="See the manual for more details.")
    p.add_argument("-v", "--verbose", action="count", help="increase verbosity; may be given several times")
    p.add_argument("--a-really-very-long-option-name-indeed", metavar="A_REALLY_LONG_METAVAR_NAME", help="short help")
    p.add_argument("-o", "--output", metavar="FILE", default="-", help="write the output to FILE instead of standard output, which is the default when no FILE is given")
    p.add_argument("--mode", choices=["fast", "slow", "careful", "reckless"], help="mode")
    p.add_argument("-n", type=int, nargs=2, metavar=("ROWS", "COLS"), help="size")
    p.add_argument("--x" * 1 + "y" * 40, action="store_true")
    g = p.add_argument_group("advanced", "Advanced options that most users never need; they are documented for completeness.")
    g.add_argument("--tune", nargs="*", help="tuning knobs")
    g.add_argument("--threshold-for-something-important", type=float, help="a threshold with a help text that is quite long too, so it wraps onto more lines")
    p.add_argument("inputs", nargs="+", metavar="INPUT_FILE_WITH_LONG_NAME", help="input files")
    p.add_argument("extra", nargs="?", help="optional extra")
    return p

for cols in ("40", "80", "120", "20", "bogus"):
    os.environ["COLUMNS"] = cols
    print "=== COLUMNS", cols
    build().print_help()
del os.environ["COLUMNS"]
print "=== unset"
p = build()
p.print_usage()
print repr(p.format_usage())
print len(p.format_help())

p = build("a-program-with-a-very-long-name-that-takes-up-most-of-the-usage-line")
p.print_usage()
p = argparse.ArgumentParser(prog="PROG")
for i in range(12):
    p.add_argument("--option%d" % i, metavar="V%d" % i)
for i in range(4):
    p.add_argument("positional%d" % i)
p.print_usage()
p = argparse.ArgumentParser(prog="PROG")
p.add_argument("--x", metavar="X" * 90)
p.add_argument("y" * 85)
p.print_help()

class Out(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
out = Out()
p = argparse.ArgumentParser(prog="PROG", description="d")
p.add_argument("--foo")
p.print_usage(out)
p.print_help(out)
print out.parts
p = argparse.ArgumentParser(prog="PROG", description="    indented first line  \n  and more   ", epilog="\n\n")
p.print_help()
p = argparse.ArgumentParser(prog="PROG", formatter_class=argparse.RawTextHelpFormatter)
p.add_argument("--foo", help="line one\nline two that is quite long indeed and goes beyond the help position width of the terminal\n\nafter blank")
p.print_help()
p = argparse.ArgumentParser(prog="PROG", formatter_class=lambda prog: argparse.HelpFormatter(prog, indent_increment=4, max_help_position=10, width=50))
p.add_argument("--foo", help="foo help that wraps a bit")
p.add_argument("bar", help="bar help")
p.print_help()

class MyFormatter(argparse.HelpFormatter):
    def _split_lines(self, text, width):
        return text.upper().split("|")
    def _format_action_invocation(self, action):
        return "<" + argparse.HelpFormatter._format_action_invocation(self, action) + ">"
p = argparse.ArgumentParser(prog="PROG", formatter_class=MyFormatter)
p.add_argument("-f", "--foo", help="one|two|three")
p.add_argument("bar", help="x|y")
p.print_help()
f = p._get_formatter()
print type(f).__name__, f._prog, f._width, f._max_help_position
f.add_usage(None, p._actions, [])
f.start_section("sec")
f.add_text("some text")
f.add_argument(p._actions[1])
f.end_section()
print f.format_help()
