# argparse: subclass hooks that 2.7's parser calls through attribute lookup (_get_values, _check_value,
# _get_value, _get_formatter, error, exit, _print_message, _parse_optional), add_parser keywords
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

class Tracing(argparse.ArgumentParser):
    def _get_values(self, action, arg_strings):
        print "_get_values", action.dest, arg_strings
        return argparse.ArgumentParser._get_values(self, action, arg_strings)
    def _check_value(self, action, value):
        print "_check_value", action.dest, repr(value)
        return argparse.ArgumentParser._check_value(self, action, value)
    def _get_value(self, action, arg_string):
        print "_get_value", action.dest, repr(arg_string)
        return argparse.ArgumentParser._get_value(self, action, arg_string)
    def _parse_optional(self, arg_string):
        result = argparse.ArgumentParser._parse_optional(self, arg_string)
        print "_parse_optional", repr(arg_string), None if result is None else (result[0] and result[0].dest, result[1], result[2])
        return result
p = Tracing(prog="T")
p.add_argument("--n", type=int, choices=[1, 2])
p.add_argument("items", nargs="*")
run(p, ["--n", "2", "a", "b"])
run(p, ["--n=3"])
run(p, ["-", "--x=1"], known=True)

class Dashed(argparse.ArgumentParser):
    def _get_option_tuples(self, option_string):
        print "_get_option_tuples", option_string
        return argparse.ArgumentParser._get_option_tuples(self, option_string)
p = Dashed(prog="D")
p.add_argument("--alpha")
p.add_argument("--alps")
run(p, ["--alp", "1"])
run(p, ["--alph", "1"])

class Wide(argparse.ArgumentParser):
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog, width=50, max_help_position=12)
p = Wide(prog="W", description="a description that needs wrapping at fifty columns for sure")
p.add_argument("--option", help="help text that wraps at fifty columns as well, yes")
p.print_help()

p = argparse.ArgumentParser(prog="SUB")
sub = p.add_subparsers(dest="cmd", parser_class=argparse.ArgumentParser)
try:
    sub.add_parser("x", aliases=["y"])
except TypeError as e:
    print "TypeError:", e
s = sub.add_parser("run", description="run things", epilog="run epilog", usage="%(prog)s [stuff]", add_help=False, prefix_chars="+")
s.add_argument("+v", action="store_true")
run(p, ["run", "+v"])
s.print_help()
class MySub(argparse.ArgumentParser):
    pass
p = argparse.ArgumentParser(prog="SUB2")
sub = p.add_subparsers(parser_class=MySub, prog="CUSTOMPROG")
s = sub.add_parser("a")
print type(s).__name__, s.prog
run(p, ["a", "b"])
run(p, ["b"])
p = argparse.ArgumentParser(prog="SUB3")
p.add_argument("--top")
p.add_argument("pos")
sub = p.add_subparsers(title="t")
s = sub.add_parser("go", help="go!")
s.add_argument("--inner", required=True)
print s.prog
run(p, ["P", "go"])
run(p, ["P", "--top", "1", "go", "--inner", "2", "extra"], known=True)
p.print_usage()

class NsAction(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None) or []
        items.append((option_string, values))
        setattr(namespace, self.dest, items)
p = argparse.ArgumentParser(prog="NA")
p.add_argument("-a", "--aa", dest="log", action=NsAction, nargs="?", const="C")
p.add_argument("-b", dest="log", action=NsAction, nargs=0)
run(p, ["-a", "-b", "--aa=x", "-a", "y"])
try:
    p.add_argument("--bad", action=NsAction, nargs=0, default=1)
    print "ok"
except ValueError as e:
    print "ValueError:", e
a = argparse.Action(["-q"], "q", nargs=None, const=None, default=None, type=None, choices=None, required=False, help=None, metavar=None)
try:
    a(None, None, None)
except NotImplementedError as e:
    print "NotImplementedError:", e
print sorted(a._get_kwargs())
