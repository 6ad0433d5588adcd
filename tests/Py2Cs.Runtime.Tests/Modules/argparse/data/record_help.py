# Records argparse help/usage text from CPython 2.7 for HelpFormatterTests.
# Run: python2.7 record_help.py  (writes help_<parser>_<columns>.txt beside this script)
import argparse, os, sys

def deploy():
    p = argparse.ArgumentParser(prog="deploy",
        description="Deploy the selected services to a target environment, rolling back automatically "
                    "when a health check fails after the new version starts.",
        epilog="Exit status is 0 on success, 1 when a rollback happened.")
    p.add_argument("target", help="environment name, such as staging or production")
    p.add_argument("services", nargs="*", metavar="SERVICE", help="services to deploy (all when omitted)")
    p.add_argument("-n", "--dry-run", action="store_true", help="print the plan without changing anything")
    p.add_argument("--timeout", type=int, default=30, metavar="SECONDS",
                   help="seconds to wait for each health check before giving up (default: %(default)s)")
    p.add_argument("--strategy", choices=["rolling", "blue-green", "canary"], default="rolling",
                   help="how instances are replaced")
    p.add_argument("--tag", required=True, help="image tag to deploy")
    p.add_argument("--point", nargs=2, metavar=("X", "Y"), help="a coordinate pair")
    p.add_argument("--hidden", help=argparse.SUPPRESS)
    p.add_argument("--extra", nargs="+", help="extra flags passed through to the orchestrator unchanged")
    p.add_argument("--no-help-text")
    g = p.add_argument_group("network options", "Settings for reaching the cluster API.")
    g.add_argument("--host", default="localhost", help="API host")
    g.add_argument("--port", type=int, default=8443, help="API port")
    m = p.add_mutually_exclusive_group()
    m.add_argument("-q", "--quiet", action="store_true", help="only print errors")
    m.add_argument("-v", "--verbose", action="count", help="more output; repeat for even more")
    return p

def vcs():
    p = argparse.ArgumentParser(prog="vcs", description="A tiny version control tool.")
    p.add_argument("--repo", default=".", help="repository path")
    sub = p.add_subparsers(title="commands", dest="command", help="the command to run")
    c = sub.add_parser("commit", help="record changes to the repository")
    c.add_argument("-m", "--message", required=True, help="commit message")
    sub.add_parser("push", help="update remote refs along with associated objects")
    sub.add_parser("status")
    return p

def raw():
    p = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter,
        description="Line one\n  indented two\n\nlast paragraph")
    p.add_argument("--mode", help="one of:\n  fast\n  slow")
    return p

def defaults():
    p = argparse.ArgumentParser(prog="dflt", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--size", type=int, default=10, help="size value")
    p.add_argument("--name", default="anon", help="the name, default %(default)s")
    p.add_argument("pos", nargs="?", default="p", help="positional thing")
    p.add_argument("req", help="required positional")
    return p

def required_group():
    p = argparse.ArgumentParser(prog="reqgroup")
    m = p.add_mutually_exclusive_group(required=True)
    m.add_argument("--alpha", action="store_true")
    m.add_argument("--beta", metavar="B")
    m.add_argument("gamma", nargs="?")
    p.add_argument("files", nargs="+")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    return p

here = os.path.dirname(os.path.abspath(__file__))
for name, build in [("deploy", deploy), ("vcs", vcs), ("raw", raw), ("defaults", defaults), ("reqgroup", required_group)]:
    for columns in (40, 80, 120):
        os.environ["COLUMNS"] = str(columns)
        p = build()
        with open(os.path.join(here, "help_%s_%d.txt" % (name, columns)), "wb") as f:
            f.write(p.format_help())
            f.write("=====\n")
            f.write(p.format_usage())
