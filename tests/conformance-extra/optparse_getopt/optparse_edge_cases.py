# optparse: edge cases -- '-' and '--' handling, options after '--', empty strings, nargs with '=',
# abbreviations that are exact, callback consuming rargs, store to the same dest, default types
import optparse, sys
from optparse import OptionParser
sys.stderr = sys.stdout

def run(p, argv, values=None):
    try:
        opts, args = p.parse_args(argv, values)
        print opts, args
    except SystemExit as e:
        print "exit", e.code

p = OptionParser(prog="E")
p.add_option("-a", action="store_true")
p.add_option("-s")
p.add_option("--long")
p.add_option("--longer")
p.add_option("--pair", nargs=2)
run(p, ["-", "-a", "--", "-s", "x"])
run(p, ["-s", "", "--long="])
run(p, ["-s", "-a"])
run(p, ["-s--", "--long", "--"])
run(p, ["--pair=1", "2"])
run(p, ["--pair=1"])
run(p, ["--long", "x", "--longe", "y"])
run(p, ["--lon", "x"])
run(p, ["---x"])
run(p, ["-a-"])
run(p, ["-as", "v", "w"])
run(p, ["-sa"])
run(p, ["--long=a=b"])
run(p, ["--=x"])
run(p, ["-"])
p = OptionParser(prog="D", usage="usage: %prog [stuff]")
p.add_option("-v", action="store_const", const=1, dest="verb")
p.add_option("-q", action="store_const", const=0, dest="verb")
p.add_option("-x", action="store", dest="verb", type="int")
run(p, ["-v", "-q"])
run(p, ["-q", "-x", "5", "-v"])
print repr(p.get_usage())
p = OptionParser(prog="T", usage="Usage: %prog X")
print repr(p.usage), repr(p.get_usage())
p = OptionParser(prog="N")
p.add_option("-n", type="int", dest="num")
p.add_option("-f", type="float", dest="fl")
for arg in ("1_0", "1L", "0o17", "0O17", "00", "-0", "1e5", "inf", "nan", "0x", " 3", "12abc", "1.5"):
    run(p, ["-n", arg])
for arg in ("1_0", "1e400", "-inf", "nan", ".5", "5.", "1,5", "0x10"):
    run(p, ["-f", arg])
p = OptionParser(prog="V", version="%prog 3.0")
p.add_option("-V", action="version")
run(p, ["-V"])
run(p, ["--version", "--nope"])
p = OptionParser(prog="H", add_help_option=False)
p.add_option("-?", "--help", action="help", help="HELP")
run(p, ["-?"])
p = OptionParser(prog="G")
g = optparse.OptionGroup(p, "G1")
g.add_option("--in-group", default="gd", help="default %default")
p.add_option_group(g)
print p.get_default_values(), p.defaults
p.remove_option("--in-group")
print p.has_option("--in-group"), g.option_list
