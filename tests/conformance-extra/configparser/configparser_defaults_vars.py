# ConfigParser: constructor defaults, vars= overrides, raw=True, optionxform=str, readfp with a name, items() order, write() round trip
import ConfigParser, StringIO
text = """[server]
Host = example.org
port = 8080
url = http://%(host)s:%(port)s/%(path)s
"""
cp = ConfigParser.SafeConfigParser({"path": "index", "Timeout": "30"})
cp.readfp(StringIO.StringIO(text), "inline.ini")
print cp.get("server", "url")
print cp.get("server", "url", vars={"PATH": "other"})
print cp.get("server", "url", raw=True)
print cp.items("server")
print cp.defaults()
print cp.getint("server", "port") + 1, cp.getfloat("DEFAULT", "timeout")
keep = ConfigParser.RawConfigParser()
keep.optionxform = str
keep.readfp(StringIO.StringIO(text))
print keep.options("server")
out = StringIO.StringIO()
keep.write(out)
print out.getvalue()
try:
    ConfigParser.RawConfigParser().readfp(StringIO.StringIO("x=1\n"))
except ConfigParser.MissingSectionHeaderError as e:
    print e.filename, e.lineno, repr(e.line)
    print e
