# Records ConfigParser behaviour from CPython 2.7 for ConfigDocumentTests.
# Run: python2.7 record_config.py > config_transcript.txt
import ConfigParser, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
out = []
def show(label, f):
    try:
        r = f()
        if isinstance(r, list):
            r = "[" + ", ".join(repr(x) if not isinstance(x, tuple) else "(%r, %r)" % x for x in r) + "]"
        else:
            r = repr(r)
    except Exception as e:
        r = "%s: %r" % (type(e).__name__, str(e))
    out.append("%s -> %s" % (label, r))

for flavor in ("RawConfigParser", "ConfigParser", "SafeConfigParser"):
    out.append("== " + flavor)
    cp = getattr(ConfigParser, flavor)()
    show("read", lambda: cp.read(["sample.ini", "absent.ini"]))
    show("sections", cp.sections)
    show("defaults", lambda: sorted(cp.defaults().items()))
    for s in cp.sections() + ["DEFAULT", "nosuch"]:
        show("options " + s, lambda: cp.options(s))
        show("items " + s, lambda: cp.items(s))
        for o in ["base", "mode", "data", "logs", "pct", "mixed_case", "multi", "semicolon", "remark", "extra",
                  "a", "missing", "bad", "badref", "deep1", "num", "flag", "flag2", "absent"]:
            show("get %s %s" % (s, o), lambda: cp.get(s, o))
            show("has_option %s %s" % (s, o), lambda: cp.has_option(s, o))
    show("getboolean mixed_case", lambda: cp.getboolean("paths", "MIXED_CASE"))
    show("getboolean flag", lambda: cp.getboolean("loops", "flag"))
    show("getboolean flag2", lambda: cp.getboolean("loops", "flag2"))
    show("getint num", lambda: cp.getint("loops", "num"))
    show("has_section paths", lambda: cp.has_section("paths"))
    show("has_section DEFAULT", lambda: cp.has_section("DEFAULT"))
    show("add_section default", lambda: cp.add_section("Default"))
    show("add_section paths", lambda: cp.add_section("paths"))
    show("add_section new", lambda: cp.add_section("new"))
    show("set new k", lambda: cp.set("new", "K", "v%(base)s"))
    show("set new pct", lambda: cp.set("new", "pct", "50%"))
    show("set new pct2", lambda: cp.set("new", "pct2", "50%%"))
    show("set DEFAULT base", lambda: cp.set("DEFAULT", "base", "/opt"))
    show("set nosuch", lambda: cp.set("nosuch", "k", "v"))
    show("get new k", lambda: cp.get("new", "k"))
    show("remove_option paths extra", lambda: cp.remove_option("paths", "EXTRA"))
    show("remove_option paths extra again", lambda: cp.remove_option("paths", "extra"))
    show("remove_option nosuch", lambda: cp.remove_option("nosuch", "x"))
    show("remove_section loops", lambda: cp.remove_section("loops"))
    show("remove_section loops again", lambda: cp.remove_section("loops"))
    show("sections", cp.sections)
    import StringIO
    buf = StringIO.StringIO()
    cp.write(buf)
    out.append(buf.getvalue())
    for name in ("errors.ini", "noheader.ini", "novalue.ini"):
        cp2 = getattr(ConfigParser, flavor)()
        show("read " + name, lambda: cp2.read(name))
    cp3 = getattr(ConfigParser, flavor)(allow_no_value=True)
    show("read novalue allow_no_value", lambda: cp3.read("novalue.ini"))
    show("items s", lambda: cp3.items("s"))
    buf = StringIO.StringIO()
    cp3.write(buf)
    out.append(buf.getvalue())
print "\n".join(out)
