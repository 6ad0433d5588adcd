# argparse: help layouts -- subcommand lists with long names and wrapped help, REMAINDER/PARSER in
# usage, choices metavars with nargs, empty help, long invocations pushing help to the next line
import argparse, sys
sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog="LAYOUT")
p.add_argument("--choice-list", nargs="+", choices=["alpha", "beta", "gamma"], help="pick several")
p.add_argument("--opt-choice", nargs="?", choices=["x", "y"], help="")
p.add_argument("--empty-help", help="")
p.add_argument("--two", nargs=2, choices=["a", "b"])
p.add_argument("-s", "--short-and-long-with-a-very-long-name", metavar="LONG_METAVAR_VALUE", help="pushed to the next line because the invocation is long")
p.add_argument("rest", nargs=argparse.REMAINDER, help="everything else")
p.print_help()
sub_p = argparse.ArgumentParser(prog="SUBS")
sub_p.add_argument("--global-flag", action="store_true")
subs = sub_p.add_subparsers(title="commands", dest="command", help="the command to run")
subs.add_parser("short", help="a short command")
subs.add_parser("a-much-longer-command-name", help="a longer command with help text long enough to wrap when printed")
subs.add_parser("nohelp")
subs.add_parser("suppressed", help=argparse.SUPPRESS)
sub_p.print_help()
sub_p.print_usage()
sub_p2 = argparse.ArgumentParser(prog="SUBS2")
subs2 = sub_p2.add_subparsers(metavar="<command>")
subs2.add_parser("x", help="does x")
subs2.add_parser("y", help="does y")
sub_p2.print_help()
try:
    sub_p2.parse_args(["z"])
except SystemExit as e:
    print "exit", e.code
try:
    sub_p2.parse_args([])
except SystemExit as e:
    print "exit", e.code
p = argparse.ArgumentParser(prog="POSSUP")
p.add_argument("hidden", help=argparse.SUPPRESS)
p.add_argument("shown", help="shown")
g = p.add_mutually_exclusive_group()
g.add_argument("--a", help=argparse.SUPPRESS)
g.add_argument("--b")
g.add_argument("--c")
p.print_help()
p = argparse.ArgumentParser(prog="MXPOS")
g = p.add_mutually_exclusive_group()
g.add_argument("--flag", action="store_true")
g.add_argument("maybe", nargs="?")
p.print_usage()
p = argparse.ArgumentParser(prog="MXSTAR")
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("--one", action="store_true")
try:
    g.add_argument("many", nargs="*")
except ValueError as e:
    print "ValueError:", e
g.add_argument("--two", action="store_true")
p.print_usage()
p = argparse.ArgumentParser(prog="INDENT", formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40))
p.add_argument("--medium-length-option", help="help at column 40 at most")
p.add_argument("-x", help="x")
p.print_help()
p = argparse.ArgumentParser(prog="NARROW", formatter_class=lambda prog: argparse.HelpFormatter(prog, width=30))
p.add_argument("--foo", help="a" * 50)
p.add_argument("--bar", help="word " * 12)
p.add_argument("positional_arg", help="positional help")
p.print_help()
class MyNs(argparse.Namespace):
    def _get_kwargs(self):
        return [("only", 1)]
print MyNs(a=1)
class MyAction(argparse.Action):
    def _get_args(self):
        return ["positional", 2]
print repr(MyAction(["-m"], "m"))
print repr(argparse.ArgumentParser(prog="R", description="d"))
