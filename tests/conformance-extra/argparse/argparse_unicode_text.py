# -*- coding: utf-8 -*-
# argparse: unicode and non-ASCII byte strings in help, description, arguments and error messages
import argparse, sys
sys.stderr = sys.stdout

def run(p, argv):
    try:
        print p.parse_args(argv)
    except SystemExit as e:
        print "exit", e.code

p = argparse.ArgumentParser(prog="U", description=u"d\xe9scription", epilog="\xc3\xa9pilogue bytes")
p.add_argument("--name", help=u"n\xe4me help")
p.add_argument("--b", help="b\xc3\xbcte help")
p.add_argument("pos", metavar=u"P\xd6S")
print repr(p.format_usage())
b = argparse.ArgumentParser(prog="B", description="d\xc3\xa9scription", epilog="\xc3\xa9pilogue bytes")
b.add_argument("--b", help="b\xc3\xbcte help")
print repr(b.format_help())
b.print_help()
u = argparse.ArgumentParser(prog="U", description=u"d\xe9scription", epilog=u"\xe9pilogue")
u.add_argument("--name", help=u"n\xe4me help", default=u"\xe9")
u.add_argument("pos", metavar=u"P\xd6S")
print repr(u.format_help())
try:
    u.print_help()
except UnicodeEncodeError as e:
    print "UnicodeEncodeError:", e
run(p, [u"\xe9", "--name", u"\xfc"])
run(p, ["\xc3\xa9"])
run(b, ["--nope=\xc3\xa9"])
p = argparse.ArgumentParser(prog="C")
p.add_argument("c", choices=["a", "b"])
run(p, ["\xc3\xa9"])
run(p, [u"z"])
p = argparse.ArgumentParser(prog="I")
p.add_argument("--i", type=int)
run(p, ["--i", "\xc3\xa9"])
run(p, ["--i", u"x"])
ns = argparse.Namespace(**{"u": u"\xe9", "b": "\xc3\xa9"})
print repr(ns), str(ns)
print str(argparse.ArgumentError(None, u"unicode msg"))
