# optparse: help layouts -- long option strings pushing help down, metavars, choices, groups nested
# indentation, max_help_position, width from COLUMNS, SUPPRESS_HELP in groups, empty parser help
import optparse, os, sys
from optparse import OptionParser, OptionGroup, SUPPRESS_HELP
sys.stderr = sys.stdout

p = OptionParser(prog="L", usage="%prog [options] <input> [<output>]", description="First paragraph.\n\nSecond paragraph is joined into the first, because optparse's description is filled as one text block.")
p.add_option("-a", "--a-rather-long-option-name", metavar="SOMETHING", help="long invocation")
p.add_option("-c", "--choice", type="choice", choices=["one", "two"], help="choose one or two [default: %default]", default="two")
p.add_option("--multi", nargs=3, type="int", metavar="N", help="three numbers")
p.add_option("--hidden", help=SUPPRESS_HELP)
p.add_option("--nohelp")
g = OptionGroup(p, "Group with a title that is quite long, longer than most", "Group description that is also long enough that it has to be wrapped onto several lines of output.")
g.add_option("--g1", action="store_true", help="g1 help that wraps because it is long and keeps going on and on")
g.add_option("--ghidden", help=SUPPRESS_HELP)
p.add_option_group(g)
empty = OptionGroup(p, "Empty group")
p.add_option_group(empty)
p.print_help()
for cols in ("50", "120"):
    os.environ["COLUMNS"] = cols
    q = OptionParser(prog="C" + cols, description="A description that is wrapped at the width the COLUMNS variable sets for the formatter.")
    q.add_option("--option-with-help", help="help text that is wrapped at the width of the COLUMNS environment variable minus two")
    q.print_help()
del os.environ["COLUMNS"]
p = OptionParser(prog="E", add_help_option=False)
p.print_help()
print repr(p.format_help()), repr(p.format_option_help())
p = OptionParser(prog="M", formatter=optparse.IndentedHelpFormatter(max_help_position=8))
p.add_option("-x", help="x help")
p.add_option("--yy", help="yy help")
p.print_help()
p = OptionParser(prog="T", formatter=optparse.TitledHelpFormatter())
g = OptionGroup(p, "Titled group", "desc")
g.add_option("-z", help="z")
p.add_option_group(g)
p.add_option("-q", help="q")
p.print_help()
