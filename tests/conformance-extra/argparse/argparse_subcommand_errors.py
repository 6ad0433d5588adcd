# argparse: subcommand dispatch with set_defaults(func=...), unknown subcommand and missing argument errors (stderr, exit 2), version action
import argparse, sys
sys.stderr = sys.stdout

def add(ns):
    return ns.a + ns.b

p = argparse.ArgumentParser(prog="calc", version="calc 1.2")
sub = p.add_subparsers(dest="command", help="operation")
a = sub.add_parser("add", help="add two ints")
a.add_argument("a", type=int)
a.add_argument("b", type=int)
a.set_defaults(func=add)
sub.add_parser("noop")
ns = p.parse_args(["add", "2", "40"])
print ns.command, ns.func(ns)
for argv in (["mul", "1"], ["add", "1"], ["add", "1", "x"], ["-v"], ["add", "-h"]):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print "exit", e.code
