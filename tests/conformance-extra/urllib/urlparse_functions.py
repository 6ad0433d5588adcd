# urlparse: urlparse/urlsplit on many URL shapes (schemes, netlocs, IPv6, params, ports, paths that
# look like schemes), the result attributes, urlunparse/urlunsplit round trips, urljoin against
# RFC 3986's examples, urldefrag, parse_qs/parse_qsl options and errors, str/unicode types, cache.
import urlparse
from urlparse import urlparse as up, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, parse_qs, parse_qsl

urls = [
    "http://www.python.org/doc/;params?query=1#frag",
    "HTTP://User:Pass@Example.COM:8080/a/b;c;d?x=1&y=2#top",
    "https://[::1]:443/path",
    "http://[fe80::1%25eth0]/",
    "ftp://ftp.example.com/pub/file.txt;type=a",
    "file:///etc/passwd",
    "file:/tmp/x",
    "mailto:someone@example.com?subject=hi",
    "news:comp.lang.python",
    "//netloc/only?q",
    "/just/a/path;p?q#f",
    "relative/path",
    "path:80",
    "localhost:8000/index",
    "svn+ssh://host/repo",
    "tel:+1-555;ext=2",
    "sip:alice@atlanta.com;transport=tcp",
    "http://a/b/c/d;p?q",
    "http:?q",
    "http:",
    "",
    "#frag-only",
    "http://host:notaport/",
    "http://host:99999/",
    "http://@host/",
    "http://user@/",
    "a1+-.:rest",
    "1abc:rest",
]
for u in urls:
    p = up(u)
    s = urlsplit(u)
    print repr(u)
    print "  ", p
    print "  ", s
    try:
        print "  ", p.username, p.password, p.hostname, p.port, s.port
    except ValueError as e:
        print "   ValueError:", e
    print "  ", repr(p.geturl()), repr(urlunsplit(s)), repr(urlunparse(p))

print urlsplit("http://a/b#c", allow_fragments=False)
print up("http://a/b#c", allow_fragments=0)
print up("x/y", scheme="http"), urlsplit("x/y", "ftp")
for bad in ["http://[::1/", "http://::1]/"]:
    try:
        urlsplit(bad)
    except ValueError as e:
        print "ValueError:", e

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
            "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
            "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x",
            "g#s/./x", "g#s/../x", "http:g", "https:g", "mailto:x"]:
    print repr(rel), repr(urljoin(base, rel))
print urljoin("", "a"), urljoin("a", ""), urljoin("http://a/b/", "c", False)
print urljoin("http://a/b/c/", "../../../.."), urljoin("mailto:a@b", "c"), urljoin("ftp://h/a/b", "c/d")
print urljoin("svn+ssh://h/a/", "b"), urljoin("file:///tmp/x/", "../y")

print urldefrag("http://a/b?c#d"), urldefrag("http://a/b"), urldefrag("x#")

qs = "a=1&b=2&a=3;c=&d&e=%41%2x+z&f+g=h+i&=empty"
print parse_qsl(qs)
print parse_qsl(qs, keep_blank_values=True)
print sorted(parse_qs(qs).items()), sorted(parse_qs(qs, True).items())
print parse_qsl(""), parse_qs(""), parse_qsl("&&;")
for bad in ["a=1&&b=2", "a=1&b", "a"]:
    try:
        print parse_qsl(bad, strict_parsing=True)
    except ValueError as e:
        print "ValueError:", e
try:
    parse_qsl("a=1&b=2;c=3", max_num_fields=2)
except ValueError as e:
    print "ValueError:", e
print parse_qsl("a=1&b=2", max_num_fields=2)
print urlparse.unquote("abc%20def%zz%4"), repr(urlparse.unquote(u"caf%C3%A9 %41 \xe9%")), urlparse.unquote("no-escapes")

us = urlsplit(u"http://h/p?q#f")
print us, [type(x).__name__ for x in us]
uu = up(u"//h/p")
print uu, [type(x).__name__ for x in uu]
print repr(urljoin(u"http://a/b", "c")), repr(urljoin("http://a/b", u"c")), repr(urlunsplit(("", u"h", "p", "", "")))
try:
    urlsplit(u"http://\u2100.com/")
except ValueError as e:
    print "ValueError:", e
print urlsplit(u"http://\u00e9.com/").netloc == u"\u00e9.com"

print type(us).__name__, type(us).__bases__[0].__name__, urlparse.SplitResult.__mro__[-2].__name__
print us.scheme, us[1], us._fields, urlparse.ParseResult._fields
print us._replace(scheme="https").geturl()
print urlsplit("http://a/b") is urlsplit("http://a/b"), len(urlparse._parse_cache) > 0
urlparse.clear_cache()
print len(urlparse._parse_cache), urlparse.MAX_CACHE_SIZE
for i in range(25):
    urlsplit("http://h/%d" % i)
print len(urlparse._parse_cache)
print urlparse.uses_netloc[:5], urlparse.uses_params[-3:], urlparse.non_hierarchical, urlparse.scheme_chars[-4:]
print urlparse.__all__
try:
    urlsplit("http://a/").port = 5
except AttributeError as e:
    print "AttributeError:", e
print tuple(up("http://h/p;a?b#c")), up("http://h/p;a?b#c") == ("http", "h", "/p", "a", "b", "c")
