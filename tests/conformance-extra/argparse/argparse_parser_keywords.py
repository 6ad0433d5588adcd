# argparse: every ArgumentParser keyword -- prog, usage with %(prog)s, description/epilog, parents,
# formatter classes, prefix_chars, fromfile_prefix_chars, argument_default, conflict_handler, add_help
import argparse, sys, os
sys.stderr = sys.stdout

def run(p, argv):
    try:
        print p.parse_args(argv)
    except SystemExit as e:
        print "exit", e.code

sys.argv[0] = "/usr/local/bin/mytool.py"
p = argparse.ArgumentParser()
print p.prog
p.print_usage()
p = argparse.ArgumentParser(prog="tool", usage="%(prog)s [options] FILE...")
p.add_argument("--foo")
p.print_help()
print repr(p.format_usage())
run(p, ["--bar"])

p = argparse.ArgumentParser(prog="desc", description="This is a long description that should be wrapped because it is longer than the width of the terminal which is eighty columns by default.   Extra   spaces  vanish.\n\nNew paragraphs do not survive either.", epilog="And an epilog which is also rather long, long enough that the help formatter has to wrap it onto a second line.")
p.add_argument("x", help="an x")
p.print_help()

for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter, argparse.HelpFormatter):
    print "---", cls.__name__
    p = argparse.ArgumentParser(prog="fmt", formatter_class=cls,
        description="  Raw\n    description\n  kept   as is", epilog="epi\n  log")
    p.add_argument("--foo", type=int, default=42, help="FOO!\n   with   newline")
    p.add_argument("--sup", default=argparse.SUPPRESS, help="suppressed default")
    p.add_argument("--none", help="none default")
    p.add_argument("--nohelp", default=3)
    p.add_argument("--already", default=5, help="has %(default)s already")
    p.add_argument("bar", nargs="*", default=[1, 2, 3], help="BAR!")
    p.add_argument("baz", nargs="?", default="z", help="BAZ")
    p.print_help()

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--parent", type=int)
parent.add_argument("-v", action="store_true")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("foo")
run(child, ["--parent", "2", "XXX", "-v"])
child.print_help()
try:
    argparse.ArgumentParser(parents=[parent, parent])
except argparse.ArgumentError as e:
    print "ArgumentError:", e
try:
    argparse.ArgumentParser(parents=[argparse.ArgumentParser()])
except argparse.ArgumentError as e:
    print "ArgumentError:", e
p2 = argparse.ArgumentParser(prog="res", parents=[parent], conflict_handler="resolve")
p2.add_argument("-v", "--verbose", action="count", help="new v")
p2.print_help()
run(p2, ["-vv"])

p = argparse.ArgumentParser(prog="PROG", prefix_chars="-+")
p.add_argument("+f")
p.add_argument("++bar")
p.add_argument("-x", action="store_true")
run(p, "+f X ++bar Y -x".split())
p.print_help()
p = argparse.ArgumentParser(prog="PROG", prefix_chars="+")
p.add_argument("+f", action="store_true")
p.add_argument("++long")
run(p, ["+f", "++long=3"])
run(p, ["+h"])
run(p, ["-h"])
p = argparse.ArgumentParser(prog="PROG", prefix_chars="/")
p.add_argument("/f", action="store_true")
p.add_argument("//bar")
run(p, ["/f", "//bar", "b"])
p.print_help()
try:
    p.add_argument("-x")
except ValueError as e:
    print "ValueError:", e

with open("/tmp/_argparse_args.txt", "w") as f:
    f.write("-f\nbar\n--num\n7\n")
p = argparse.ArgumentParser(prog="PROG", fromfile_prefix_chars="@")
p.add_argument("-f")
p.add_argument("--num", type=int)
p.add_argument("rest", nargs="*")
run(p, ["-f", "foo", "@/tmp/_argparse_args.txt", "tail"])
run(p, ["@/tmp/_no_such_file_here.txt"])
class LineSplitter(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        for arg in arg_line.split():
            if not arg.strip():
                continue
            yield arg
with open("/tmp/_argparse_args2.txt", "w") as f:
    f.write("-f bar --num 9\nx y\n")
p = LineSplitter(prog="PROG", fromfile_prefix_chars="@")
p.add_argument("-f")
p.add_argument("--num", type=int)
p.add_argument("rest", nargs="*")
run(p, ["@/tmp/_argparse_args2.txt"])
os.remove("/tmp/_argparse_args.txt"); os.remove("/tmp/_argparse_args2.txt")

p = argparse.ArgumentParser(prog="PROG", argument_default=argparse.SUPPRESS)
p.add_argument("--foo")
p.add_argument("bar", nargs="?")
run(p, ["--foo", "1", "BAR"])
run(p, [])
p = argparse.ArgumentParser(prog="PROG", argument_default=7)
p.add_argument("--foo")
run(p, [])

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("-f", "--foo", help="old foo")
try:
    p.add_argument("--foo", help="new foo")
except argparse.ArgumentError as e:
    print "ArgumentError:", e
try:
    argparse.ArgumentParser(conflict_handler="bogus")
except ValueError as e:
    print "ValueError:", e
p = argparse.ArgumentParser(prog="PROG", conflict_handler="resolve")
p.add_argument("-f", "--foo", help="old foo help")
p.add_argument("--foo", help="foo help")
p.add_argument("-g", help="g")
p.add_argument("-g", help="g again")
p.print_help()

p = argparse.ArgumentParser(prog="PROG", add_help=False)
p.add_argument("--foo", help="foo help")
p.print_help()
run(p, ["-h"])
print p.format_usage(),
p = argparse.ArgumentParser(prog="PROG", usage=argparse.SUPPRESS)
p.add_argument("--foo")
p.print_help()
run(p, ["--zz"])
