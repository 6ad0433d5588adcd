# argparse: parents, conflict_handler='resolve', set_defaults/get_default, prefix matching, negative numbers, REMAINDER, custom Action and formatter subclasses
import argparse, sys

class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())

class Narrow(argparse.HelpFormatter):
    def _split_lines(self, text, width):
        return [w for w in text.split()]

base = argparse.ArgumentParser(add_help=False)
base.add_argument("--config", default="app.cfg", help="config file")
base.set_defaults(mode="base")

p = argparse.ArgumentParser(prog="child", parents=[base], conflict_handler="resolve", formatter_class=Narrow)
p.add_argument("--name", action=Upper, help="a name to shout")
p.add_argument("--config", default="child.cfg", help="overridden config")
p.add_argument("-1", dest="one", action="store_true", help="a digit flag")
p.add_argument("cmd", nargs=argparse.REMAINDER)
print p.get_default("config"), p.get_default("mode")
print sorted(vars(p.parse_args(["--na", "bob", "run", "-x", "--y"])).items())
print sorted(vars(p.parse_args(["-1", "go"])).items())
sys.stdout.write(p.format_help())

q = argparse.ArgumentParser(prog="nums")
q.add_argument("x", type=float)
print q.parse_args(["-2.5"]).x
try:
    q.parse_args(["--"])
except SystemExit as e:
    print "exit", e.code
ns = argparse.Namespace(a=1, b="two")
print ns, ns == argparse.Namespace(b="two", a=1), "a" in ns
