# Records optparse help text from CPython 2.7 for OptparseHelpFormatterTests.
# Run: python2.7 record_help.py  (writes help_<name>_<columns>.txt beside this script)
import optparse, os

def build(formatter=None):
    p = optparse.OptionParser(prog="sync", usage="%prog [options] SRC DEST", version="%prog 1.0",
        description="Synchronise two directory trees, copying only what changed since the last run and "
                    "keeping a journal so an interrupted run can resume.",
        epilog="See the manual page for the journal format.", formatter=formatter)
    p.add_option("-v", "--verbose", action="store_true", dest="verbose", help="print each file as it is copied")
    p.add_option("-n", "--dry-run", action="store_true", help="show what would be copied")
    p.add_option("-j", "--jobs", type="int", default=4, help="parallel copies [default: %default]")
    p.add_option("--exclude", action="append", metavar="PATTERN", help="skip files matching PATTERN")
    p.add_option("--bandwidth-limit-in-kilobytes", type="int", help="cap the transfer rate; zero means no limit at all")
    p.add_option("--secret", help=optparse.SUPPRESS_HELP)
    p.add_option("-q", action="store_false", dest="verbose")
    p.add_option("--mode", choices=["fast", "safe"], default="safe", help="copy mode (default %default)")
    g = optparse.OptionGroup(p, "Journal options", "Control where the journal lives and how long it is kept.")
    g.add_option("--journal", default="~/.sync-journal", help="journal file [%default]")
    g.add_option("--keep-days", type="float", help="days to keep entries, default %default")
    p.add_option_group(g)
    e = optparse.OptionGroup(p, "Empty group")
    p.add_option_group(e)
    return p

here = os.path.dirname(os.path.abspath(__file__))
for columns in (40, 80, 120):
    os.environ["COLUMNS"] = str(columns)
    for name, make in [("indented", lambda: None), ("titled", optparse.TitledHelpFormatter)]:
        p = build(make())
        with open(os.path.join(here, "help_%s_%d.txt" % (name, columns)), "wb") as f:
            f.write(p.format_help())
            f.write("=====\n")
            f.write(p.get_usage())
