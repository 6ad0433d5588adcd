# argparse: sub-commands (dest, title/description/help, metavar, set_defaults, help, invalid choice),
# argument groups, mutually exclusive groups (required, conflicts, usage brackets)
import argparse, sys
sys.stderr = sys.stdout

def run(p, argv, known=False):
    try:
        if known:
            print p.parse_known_args(argv)
        else:
            print p.parse_args(argv)
    except SystemExit as e:
        print "exit", e.code

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("--foo", action="store_true", help="foo help")
sub = p.add_subparsers(help="sub-command help")
a = sub.add_parser("a", help="a help")
a.add_argument("bar", type=int, help="bar help")
b = sub.add_parser("b", help="b help", description="B's description")
b.add_argument("--baz", choices="XYZ", help="baz help")
sub.add_parser("c")
run(p, ["a", "12"])
run(p, ["--foo", "b", "--baz", "Z"])
run(p, ["d"])
run(p, [])
run(p, ["--help"])
run(p, ["a", "--help"])
run(p, ["b", "--help"])
run(p, ["b", "--baz", "Q"])
run(p, ["a", "1", "extra"])
run(p, ["a", "1", "extra"], known=True)
print a.prog, b.prog

p = argparse.ArgumentParser(prog="PROG")
sub = p.add_subparsers(title="subcommands", description="valid subcommands", help="additional help", dest="cmd", metavar="COMMAND")
s1 = sub.add_parser("foo", prog="custom-foo")
s1.set_defaults(func="foo-func", level=1)
s2 = sub.add_parser("bar")
s2.set_defaults(func="bar-func")
s2.add_argument("-x", default="xx")
p.set_defaults(level=0)
p.print_help()
run(p, ["foo"])
run(p, ["bar", "-x", "1"])
run(p, ["baz"])
print s1.prog
try:
    p.add_subparsers()
except SystemExit as e:
    print "exit", e.code
print sub.choices.keys() if hasattr(sub.choices, "keys") else sub.choices

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("pos")
sub = p.add_subparsers(title="cmds")
x = sub.add_parser("x", help="do x", add_help=False)
x.add_argument("--q")
sub2 = x.add_subparsers(dest="inner")
sub2.add_parser("deep").add_argument("n", type=int)
p.print_help()
run(p, ["P", "x", "--q", "1", "deep", "5"])
run(p, ["P", "x", "deep", "n"])
print sub2._prog_prefix if hasattr(sub2, "_prog_prefix") else "-"

p = argparse.ArgumentParser(prog="PROG", add_help=False)
g = p.add_argument_group("group")
g.add_argument("--foo", help="foo help")
g.add_argument("bar", help="bar help")
g2 = p.add_argument_group("group2", "group2 description that is quite long, long enough to need wrapping at the eighty column limit")
g2.add_argument("--baz", help="baz help")
g3 = p.add_argument_group(description="untitled")
g3.add_argument("--qux")
p.add_argument_group("empty", "no arguments")
p.print_help()
run(p, ["--foo", "1", "B", "--baz", "2"])
print g.title, g.description, g2.title, g3.title

p = argparse.ArgumentParser(prog="PROG")
group = p.add_mutually_exclusive_group()
group.add_argument("--foo", action="store_true")
group.add_argument("--bar", action="store_false")
run(p, ["--foo"])
run(p, ["--bar"])
run(p, ["--foo", "--bar"])
run(p, ["--bar", "--foo"])
p.print_help()
p = argparse.ArgumentParser(prog="PROG")
group = p.add_mutually_exclusive_group(required=True)
group.add_argument("--foo", action="store_true")
group.add_argument("--bar", action="store_false")
group.add_argument("baz", nargs="?")
run(p, [])
run(p, ["--foo", "x"])
run(p, ["x"])
p.print_usage()
try:
    group.add_argument("q")
except ValueError as e:
    print "ValueError:", e
try:
    group.add_argument("--req", required=True)
except ValueError as e:
    print "ValueError:", e

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("--a")
g1 = p.add_mutually_exclusive_group()
g1.add_argument("--b", help="b")
g1.add_argument("--c", help="c")
g2 = p.add_mutually_exclusive_group(required=True)
g2.add_argument("-d", action="store_true")
g2.add_argument("-e", action="store_true")
p.add_argument("--f")
p.print_help()
run(p, ["-d", "-e"])
run(p, ["--b", "1", "-d", "--c", "2"])
run(p, ["--b", "1"])

p = argparse.ArgumentParser(prog="PROG")
ag = p.add_argument_group("title", "desc")
mx = ag.add_mutually_exclusive_group()
mx.add_argument("--in-group", action="store_true", help="inside")
mx.add_argument("--also", action="store_true", help="also inside")
p.print_help()
run(p, ["--in-group", "--also"])

p = argparse.ArgumentParser(prog="PROG")
mx = p.add_mutually_exclusive_group()
mx.add_argument("--long-option-one-" + "x" * 20, metavar="VALUE")
mx.add_argument("--long-option-two-" + "y" * 20, metavar="VALUE")
mx.add_argument("--long-option-three-" + "z" * 20, metavar="VALUE")
p.add_argument("positional_with_a_long_name")
p.print_usage()
