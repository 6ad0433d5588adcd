#pragma warning disable CS8981 // the module class is named as in Python
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// urllib's client side (Python 2.7.18) for http:, https: and file: URLs: urlopen, urlretrieve,
    /// urlcleanup, URLopener and FancyURLopener (every step a method found by attribute look-up, so
    /// subclasses override open_http, http_error_DDD, http_error_default, redirect_internal...),
    /// addbase/addinfo/addinfourl, ContentTooShortError, the split* helpers, unwrap, toBytes, basejoin,
    /// pathname2url/url2pathname and the environment proxies. Errors are 2.7's IOError tuples.
    /// </summary>
    public static partial class urllib
    {
        private const string Module = "urllib";
        private static PyObject None => PyNone.None;
        public static readonly PyStr __version__ = S("1.17");
        public static readonly PyInt MAXFTPCACHE = PyInt.From(10);
        public static readonly PyDict ftpcache = new PyDict();

        private static PythonException IOError(params PyObject[] args) => new(Ops.Call(PyExceptionTypes.IOError, args));

        // ------------------------------------------------------------ split helpers
        public static PyObject toBytes(PyObject url)
        {
            if (url is PyUnicode u)
            {
                foreach (char c in u.Value)
                    if (c > 127) throw new PythonException(Ops.Call(PyExceptionTypes.UnicodeError, Ops.Add(S("URL "), Ops.Add(Ops.Repr(url), S(" contains non-ASCII characters")))));
                return S(u.Value);
            }
            return url;
        }

        public static PyObject unwrap(PyObject url)
        {
            url = Call(url, "strip");
            string t = Text(url);
            if (t.StartsWith("<") && t.EndsWith(">")) url = Call(Ops.GetSlice(url, PyInt.One, PyInt.From(-1)), "strip");
            if (Text(url).StartsWith("URL:")) url = Call(Ops.GetSlice(url, PyInt.From(4), null), "strip");
            return url;
        }

        private static readonly Regex TypeProg = new(@"^([^/:]+):", RegexOptions.Singleline);
        private static readonly Regex HostProg = new(@"^//([^/#?]*)(.*)", RegexOptions.Singleline);
        private static readonly Regex PortProg = new(@"^(.*):([0-9]*)$", RegexOptions.Singleline);
        private static readonly Regex NPortProg = new(@"^(.*):(.*)$", RegexOptions.Singleline);

        private static PyObject Same(PyObject like, string text) => like is PyUnicode ? PyUnicode.FromString(text) : S(text);

        public static PyObject splittype(PyObject url)
        {
            var m = TypeProg.Match(Text(url));
            if (!m.Success) return PyTuple.Create(None, url);
            string scheme = m.Groups[1].Value;
            return PyTuple.Create(Same(url, scheme.ToLowerInvariant()), Same(url, Text(url).Substring(scheme.Length + 1)));
        }

        public static PyObject splithost(PyObject url)
        {
            var m = HostProg.Match(Text(url));
            if (!m.Success) return PyTuple.Create(None, url);
            string path = m.Groups[2].Value;
            if (path.Length > 0 && !path.StartsWith("/")) path = "/" + path;
            return PyTuple.Create(Same(url, m.Groups[1].Value), Same(url, path));
        }

        public static PyObject splituser(PyObject host)
        {
            string t = Text(host);
            int i = t.LastIndexOf('@');
            return i < 0 ? PyTuple.Create(None, host) : PyTuple.Create(Same(host, t.Substring(0, i)), Same(host, t.Substring(i + 1)));
        }

        public static PyObject splitpasswd(PyObject user)
        {
            string t = Text(user);
            int i = t.IndexOf(':');
            return i < 0 ? PyTuple.Create(user, None) : PyTuple.Create(Same(user, t.Substring(0, i)), Same(user, t.Substring(i + 1)));
        }

        public static PyObject splitport(PyObject host)
        {
            var m = PortProg.Match(Text(host));
            if (m.Success)
            {
                if (m.Groups[2].Value.Length > 0) return PyTuple.Create(Same(host, m.Groups[1].Value), Same(host, m.Groups[2].Value));
                return PyTuple.Create(Same(host, m.Groups[1].Value), None);
            }
            return PyTuple.Create(host, None);
        }

        public static PyObject splitnport(PyObject host, PyObject defport = null)
        {
            var m = NPortProg.Match(Text(host));
            if (m.Success && m.Groups[2].Value.Length > 0)
            {
                PyObject nport;
                try { nport = Ops.Call(PyInt.TypeObject, S(m.Groups[2].Value)); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError)) { nport = None; }
                return PyTuple.Create(Same(host, m.Groups[1].Value), nport);
            }
            if (m.Success) host = Same(host, m.Groups[1].Value);
            return PyTuple.Create(host, defport ?? PyInt.From(-1));
        }

        private static PyObject SplitLast(PyObject url, char c)
        {
            string t = Text(url);
            int i = t.LastIndexOf(c);
            return i < 0 ? PyTuple.Create(url, None) : PyTuple.Create(Same(url, t.Substring(0, i)), Same(url, t.Substring(i + 1)));
        }

        public static PyObject splitquery(PyObject url) => SplitLast(url, '?');
        public static PyObject splittag(PyObject url) => SplitLast(url, '#');

        public static PyObject splitattr(PyObject url)
        {
            var words = Items(Call(url, "split", S(";")));
            return PyTuple.Create(words[0], List(words.GetRange(1, words.Count - 1)));
        }

        public static PyObject splitvalue(PyObject attr)
        {
            string t = Text(attr);
            int i = t.IndexOf('=');
            return i < 0 ? PyTuple.Create(attr, None) : PyTuple.Create(Same(attr, t.Substring(0, i)), Same(attr, t.Substring(i + 1)));
        }

        public static PyObject basejoin(PyObject @base, PyObject url, PyObject allow_fragments = null) =>
            urlparse_module.urljoin(@base, url, allow_fragments);

        public static PyObject pathname2url(PyObject pathname) => quote(pathname);
        public static PyObject url2pathname(PyObject pathname) => unquote(pathname);

        public static PyObject localhost() => Ops.Call(Get(Importer.ImportModule("socket"), "gethostbyname"), S("localhost"));

        public static PyObject thishost()
        {
            PyObject socket = Importer.ImportModule("socket");
            try { return Ops.Call(Get(socket, "gethostbyname"), Ops.Call(Get(socket, "gethostname"))); }
            catch (PythonException e) when (e.Matches(Get(socket, "gaierror")))
            {
                return Ops.Call(Get(socket, "gethostbyname"), S("localhost"));
            }
        }

        /// <summary>The *_proxy environment variables (lower case wins), as 2.7's getproxies_environment.</summary>
        public static PyObject getproxies_environment()
        {
            var proxies = new PyDict();
            PyObject environ = Get(Importer.ImportModule("os"), "environ");
            foreach (PyObject item in Items(Call(environ, "items")))
            {
                PyObject[] kv = Ops.UnpackSequence(item, 2);
                string name = Text(kv[0]).ToLowerInvariant();
                if (Ops.IsTrue(kv[1]) && name.EndsWith("_proxy")) proxies.SetItem(S(name.Substring(0, name.Length - 6)), kv[1]);
            }
            foreach (PyObject item in Items(Call(environ, "items")))
            {
                PyObject[] kv = Ops.UnpackSequence(item, 2);
                string name = Text(kv[0]);
                if (name.EndsWith("_proxy"))
                {
                    PyObject key = S(name.Substring(0, name.Length - 6).ToLowerInvariant());
                    if (Ops.IsTrue(kv[1])) proxies.SetItem(key, kv[1]);
                    else if (proxies.Get(key) != null) Ops.DelItem(proxies, key);
                }
            }
            return proxies;
        }

        public static PyObject getproxies() => getproxies_environment();

        public static PyObject proxy_bypass_environment(PyObject host)
        {
            PyObject environ = Get(Importer.ImportModule("os"), "environ");
            PyObject noProxy = Call(environ, "get", S("no_proxy"), S(""));
            if (!Ops.IsTrue(noProxy)) noProxy = Call(environ, "get", S("NO_PROXY"), S(""));
            string list = Text(noProxy);
            if (list == "*") return PyInt.One;
            string hostonly = Text(Ops.GetItem(splitport(host), PyInt.Zero));
            foreach (string raw in list.Split(','))
            {
                string name = raw.Trim();
                if (name.Length == 0) continue;
                name = name.TrimStart('.');
                var pattern = new Regex("(.+\\.)?" + Regex.Escape(name) + "$", RegexOptions.IgnoreCase | RegexOptions.Singleline);
                if (pattern.IsMatch(hostonly) || pattern.IsMatch(Text(host))) return PyInt.One;
            }
            return PyInt.Zero;
        }

        public static PyObject proxy_bypass(PyObject host) => proxy_bypass_environment(host);

        // ------------------------------------------------------------ response objects
        public static readonly PyType addbase = new PythonClassBuilder(Module, "addbase")
            .Attribute("__doc__", S("Base class for addinfo and addclosehook."))
            .Method("__init__", new[] { "self", "fp" }, a =>
            {
                PyObject self = a[0], fp = a[1];
                Set(self, "fp", fp);
                Set(self, "read", Get(fp, "read"));
                Set(self, "readline", Get(fp, "readline"));
                if (Has(fp, "readlines")) Set(self, "readlines", Get(fp, "readlines"));
                Set(self, "fileno", Has(fp, "fileno") ? Get(fp, "fileno")
                    : PyFunction.WithBoundArguments(new FunctionSignature("<lambda>", new string[0]), _ => None));
                if (Has(fp, "__iter__"))
                {
                    Set(self, "__iter__", Get(fp, "__iter__"));
                    if (Has(fp, "next")) Set(self, "next", Get(fp, "next"));
                }
                return None;
            })
            // 2.7 copies fp.__iter__ into the instance, which a classic instance's iteration finds; the
            // runtime looks __iter__ up on the class, so the class forwards to the copied one.
            .Method("__iter__", new[] { "self" }, a =>
            {
                PyObject own = Call(Get(a[0], "__dict__"), "get", S("__iter__"));
                if (IsNone(own)) throw Ops.TypeError("iteration over non-sequence");
                return Ops.Call(own);
            })
            .Method("__repr__", new[] { "self" }, a => Ops.Modulo(S("<%s at %r whose fp = %r>"),
                PyTuple.Create(Get(Get(a[0], "__class__"), "__name__"), Ops.Call(Get(Importer.ImportModule("__builtin__"), "id"), a[0]), Get(a[0], "fp"))))
            .Method("close", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                foreach (string name in new[] { "read", "readline", "readlines", "fileno" }) Set(self, name, None);
                PyObject fp = Get(self, "fp");
                if (Ops.IsTrue(fp)) Call(fp, "close");
                Set(self, "fp", None);
                return None;
            })
            .Build();

        public static readonly PyType addclosehook = new PythonClassBuilder(Module, "addclosehook", addbase)
            .Method("__init__", new[] { "self", "fp", "closehook" }, a =>
            {
                Ops.Call(Get(addbase, "__init__"), a[0], a[1]);
                Set(a[0], "closehook", a[2]);
                Set(a[0], "hookargs", a[3]);
                return None;
            }, varArgs: "hookargs")
            .Method("close", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                try
                {
                    PyObject hook = Get(self, "closehook");
                    Set(self, "closehook", None);
                    if (Ops.IsTrue(hook)) Ops.CallEx(hook, new PyObject[0], new PyStr[0], Get(self, "hookargs"), null);
                    Set(self, "hookargs", None);
                }
                finally { Ops.Call(Get(addbase, "close"), self); }
                return None;
            })
            .Build();

        public static readonly PyType addinfo = new PythonClassBuilder(Module, "addinfo", addbase)
            .Method("__init__", new[] { "self", "fp", "headers" }, a =>
            {
                Ops.Call(Get(addbase, "__init__"), a[0], a[1]);
                Set(a[0], "headers", a[2]);
                return None;
            })
            .Method("info", new[] { "self" }, a => Get(a[0], "headers"))
            .Build();

        public static readonly PyType addinfourl = new PythonClassBuilder(Module, "addinfourl", addbase)
            .Method("__init__", new[] { "self", "fp", "headers", "url", "code" }, a =>
            {
                Ops.Call(Get(addbase, "__init__"), a[0], a[1]);
                Set(a[0], "headers", a[2]);
                Set(a[0], "url", a[3]);
                Set(a[0], "code", a[4]);
                return None;
            }, defaults: new PyObject[] { None })
            .Method("info", new[] { "self" }, a => Get(a[0], "headers"))
            .Method("getcode", new[] { "self" }, a => Get(a[0], "code"))
            .Method("geturl", new[] { "self" }, a => Get(a[0], "url"))
            .Build();

        public static readonly PyType ContentTooShortError = new PythonClassBuilder(Module, "ContentTooShortError", PyExceptionTypes.IOError)
            .Method("__init__", new[] { "self", "message", "content" }, a =>
            {
                Ops.Call(Get(PyExceptionTypes.IOError, "__init__"), a[0], a[1]);
                Set(a[0], "content", a[2]);
                return None;
            })
            .Build();

        // ------------------------------------------------------------ openers
        private static PyObject Opener(PyObject self, string name) => Get(self, name);

        public static readonly PyType URLopener = new PythonClassBuilder(Module, "URLopener")
            .Attribute("__doc__", S("Class to open URLs.\n    This is a class rather than just a subroutine because we may need\n    more than one set of global protocol-specific options.\n    Note -- this is a base class for those who don't want the\n    automatic handling of errors type 302 (relocated) and 401\n    (authorization needed)."))
            .Attribute("_URLopener__tempfiles", None)
            .Attribute("version", S("Python-urllib/1.17"))
            .Method("__init__", new[] { "self", "proxies", "context" }, a =>
            {
                PyObject self = a[0], proxies = a[1];
                if (IsNone(proxies)) proxies = getproxies();
                if (!Has(proxies, "has_key")) throw new PythonException(Ops.Call(PyExceptionTypes.AssertionError, S("proxies must be a mapping")));
                Set(self, "proxies", proxies);
                Set(self, "key_file", Call(a[3], "get", S("key_file")));
                Set(self, "cert_file", Call(a[3], "get", S("cert_file")));
                Set(self, "context", a[2]);
                Set(self, "addheaders", List(new PyObject[] { PyTuple.Create(S("User-Agent"), Get(self, "version")), PyTuple.Create(S("Accept"), S("*/*")) }));
                Set(self, "_URLopener__tempfiles", new PyList());
                Set(self, "tempcache", None);
                Set(self, "ftpcache", ftpcache);
                return None;
            }, defaults: new PyObject[] { None, None }, kwArgs: "x509")
            .Method("close", new[] { "self" }, a => Call(a[0], "cleanup"))
            .Method("cleanup", new[] { "self" }, a =>
            {
                PyObject tempfiles = Get(a[0], "_URLopener__tempfiles");
                if (Ops.IsTrue(tempfiles))
                {
                    foreach (PyObject file in Items(tempfiles))
                    {
                        try { Ops.Call(Get(Importer.ImportModule("os"), "unlink"), file); }
                        catch (PythonException e) when (e.Matches(PyExceptionTypes.OSError)) { }
                    }
                    Ops.DelSlice(tempfiles, null, null);
                }
                PyObject tempcache = Get(a[0], "tempcache");
                if (Ops.IsTrue(tempcache)) Call(tempcache, "clear");
                return None;
            })
            .Method("addheader", new[] { "self" }, a => { Call(Get(a[0], "addheaders"), "append", a[1]); return None; }, varArgs: "args")
            .Method("open", new[] { "self", "fullurl", "data" }, a => Open(a[0], a[1], a[2]), defaults: new PyObject[] { None })
            .Method("open_unknown", new[] { "self", "fullurl", "data" }, a =>
                throw IOError(S("url error"), S("unknown url type"), Ops.GetItem(splittype(a[1]), PyInt.Zero)), defaults: new PyObject[] { None })
            .Method("open_unknown_proxy", new[] { "self", "proxy", "fullurl", "data" }, a =>
                throw IOError(S("url error"), Ops.Add(S("invalid proxy for "), Ops.Str(Ops.GetItem(splittype(a[2]), PyInt.Zero))), a[1]), defaults: new PyObject[] { None })
            .Method("retrieve", new[] { "self", "url", "filename", "reporthook", "data" }, a => Retrieve(a[0], a[1], a[2], a[3], a[4]),
                defaults: new PyObject[] { None, None, None })
            .Method("open_http", new[] { "self", "url", "data" }, a => OpenHttp(a[0], a[1], a[2], "http"), defaults: new PyObject[] { None })
            .Method("open_https", new[] { "self", "url", "data" }, a => OpenHttp(a[0], a[1], a[2], "https"), defaults: new PyObject[] { None })
            .Method("http_error", new[] { "self", "url", "fp", "errcode", "errmsg", "headers", "data" }, a =>
            {
                PyObject self = a[0];
                PyObject method = Ops.GetAttrOrNull(self, PyStr.FromString("http_error_" + Text(Ops.Str(a[3]))));
                if (method != null)
                {
                    PyObject result = IsNone(a[6]) ? Ops.Call(method, new[] { a[1], a[2], a[3], a[4], a[5] })
                        : Ops.Call(method, new[] { a[1], a[2], a[3], a[4], a[5], a[6] });
                    if (Ops.IsTrue(result)) return result;
                }
                return Ops.Call(Get(self, "http_error_default"), new[] { a[1], a[2], a[3], a[4], a[5] });
            }, defaults: new PyObject[] { None })
            .Method("http_error_default", new[] { "self", "url", "fp", "errcode", "errmsg", "headers" }, a =>
            {
                Call(a[2], "close");
                throw IOError(S("http error"), a[3], a[4], a[5]);
            })
            .Method("open_file", new[] { "self", "url" }, a =>
            {
                PyObject self = a[0], url = a[1];
                if (url is not PyStr) throw IOError(S("file error"), S("proxy support for file protocol currently not implemented"));
                string t = Text(url);
                if (t.StartsWith("//") && !t.StartsWith("///") && !(t.Length >= 12 && t.Substring(2, 10).ToLowerInvariant() == "localhost/"))
                    return Call(self, "open_ftp", url);
                return Call(self, "open_local_file", url);
            })
            .Method("open_local_file", new[] { "self", "url" }, a => OpenLocalFile(a[0], a[1]))
            .Method("open_ftp", new[] { "self", "url" }, a => throw IOError(S("ftp error"), S("ftp: URLs are not supported by py2cs's urllib")))
            .Method("open_data", new[] { "self", "url", "data" }, a => OpenData(a[1]), defaults: new PyObject[] { None })
            .Build();

        private static PyObject Open(PyObject self, PyObject fullurl, PyObject data)
        {
            fullurl = unwrap(toBytes(fullurl));
            fullurl = quote(fullurl, S("%/:=&?~#+!$,;'@()*[]|"));
            PyObject tempcache = Get(self, "tempcache");
            if (Ops.IsTrue(tempcache) && Ops.In(fullurl, tempcache))
            {
                PyObject[] cached = Ops.UnpackSequence(Ops.GetItem(tempcache, fullurl), 2);
                return Ops.Call(addinfourl, Ops.Call(PyFile.TypeObject, cached[0], S("rb")), cached[1], fullurl);
            }
            PyObject[] typed = Ops.UnpackSequence(splittype(fullurl), 2);
            PyObject urltype = typed[0], url = typed[1], proxy = None;
            if (!Ops.IsTrue(urltype)) urltype = S("file");
            PyObject proxies = Get(self, "proxies");
            if (Ops.In(urltype, proxies))
            {
                proxy = Ops.GetItem(proxies, urltype);
                PyObject[] proxyTyped = Ops.UnpackSequence(splittype(proxy), 2);
                urltype = proxyTyped[0];
                PyObject host = Ops.GetItem(splithost(proxyTyped[1]), PyInt.Zero);
                url = PyTuple.Create(host, fullurl);
            }
            string name = ("open_" + Text(urltype)).Replace('-', '_');
            Set(self, "type", urltype);
            PyObject method = Ops.GetAttrOrNull(self, PyStr.FromString(name));
            if (method == null || name == "open_local_file")
            {
                if (Ops.IsTrue(proxy)) return Call(self, "open_unknown_proxy", proxy, fullurl, data);
                return Call(self, "open_unknown", fullurl, data);
            }
            try { return IsNone(data) ? Ops.Call(method, url) : Ops.Call(method, url, data); }
            catch (PythonException e) when (e.Matches(Get(Importer.ImportModule("socket"), "error")))
            {
                throw IOError(S("socket error"), e.Value);
            }
        }

        private static PyObject OpenHttp(PyObject self, PyObject url, PyObject data, string scheme)
        {
            PyObject host, selector, userPasswd = None, proxyPasswd = None, realhost;
            if (url is PyStr)
            {
                PyObject[] hs = Ops.UnpackSequence(splithost(url), 2);
                host = hs[0];
                selector = hs[1];
                if (Ops.IsTrue(host))
                {
                    PyObject[] uh = Ops.UnpackSequence(splituser(host), 2);
                    userPasswd = uh[0];
                    host = unquote(uh[1]);
                }
                realhost = host;
            }
            else
            {
                PyObject[] hs = Ops.UnpackSequence(url, 2);
                host = hs[0];
                selector = hs[1];
                PyObject[] ph = Ops.UnpackSequence(splituser(host), 2);
                proxyPasswd = ph[0];
                host = ph[1];
                PyObject[] tr = Ops.UnpackSequence(splittype(selector), 2);
                url = tr[1];
                if (Text(tr[0]).ToLowerInvariant() != scheme) realhost = None;
                else
                {
                    PyObject[] rh = Ops.UnpackSequence(splithost(tr[1]), 2);
                    realhost = rh[0];
                    if (Ops.IsTrue(realhost))
                    {
                        PyObject[] ur = Ops.UnpackSequence(splituser(realhost), 2);
                        userPasswd = ur[0];
                        realhost = ur[1];
                    }
                    if (Ops.IsTrue(userPasswd)) selector = Ops.Modulo(S("%s://%s%s"), PyTuple.Create(tr[0], realhost, rh[1]));
                    if (Ops.IsTrue(proxy_bypass(realhost))) host = realhost;
                }
            }
            if (!Ops.IsTrue(host)) throw IOError(S(scheme + " error"), S("no host given"));
            PyObject base64 = Importer.ImportModule("base64");
            PyObject proxyAuth = Ops.IsTrue(proxyPasswd) ? Call(Ops.Call(Get(base64, "b64encode"), unquote(proxyPasswd)), "strip") : None;
            PyObject auth = Ops.IsTrue(userPasswd) ? Call(Ops.Call(Get(base64, "b64encode"), unquote(userPasswd)), "strip") : None;
            PyObject httplib = Importer.ImportModule("httplib");
            PyObject h = scheme == "http" ? Ops.Call(Get(httplib, "HTTP"), host)
                : Ops.Call(Get(httplib, "HTTPS"), new[] { host, None, Get(self, "key_file"), Get(self, "cert_file"), None, Get(self, "context") });
            if (!IsNone(data))
            {
                Call(h, "putrequest", S("POST"), selector);
                Call(h, "putheader", S("Content-Type"), S("application/x-www-form-urlencoded"));
                Call(h, "putheader", S("Content-Length"), Ops.Modulo(S("%d"), PyInt.From(Ops.Len(data))));
            }
            else Call(h, "putrequest", S("GET"), selector);
            if (Ops.IsTrue(proxyAuth)) Call(h, "putheader", S("Proxy-Authorization"), Ops.Add(S("Basic "), proxyAuth));
            if (Ops.IsTrue(auth)) Call(h, "putheader", S("Authorization"), Ops.Add(S("Basic "), auth));
            if (Ops.IsTrue(realhost)) Call(h, "putheader", S("Host"), realhost);
            foreach (PyObject args in Items(Get(self, "addheaders"))) Ops.CallEx(Get(h, "putheader"), new PyObject[0], new PyStr[0], args, null);
            Call(h, "endheaders", data);
            PyObject[] reply = Ops.UnpackSequence(Call(h, "getreply"), 3);
            PyObject errcode = reply[0], errmsg = reply[1], headers = reply[2];
            PyObject fp = Call(h, "getfile");
            if (Ops.Eq(errcode, PyInt.From(-1)))
            {
                if (Ops.IsTrue(fp)) Call(fp, "close");
                throw IOError(S(scheme + " protocol error"), PyInt.Zero, S("got a bad status line"), None);
            }
            long code = Ops.IndexToLong(errcode);
            if (code >= 200 && code < 300) return Ops.Call(addinfourl, new[] { fp, headers, Ops.Add(S(scheme + ":"), url), errcode });
            return IsNone(data) ? Call(self, "http_error", url, fp, errcode, errmsg, headers)
                : Call(self, "http_error", url, fp, errcode, errmsg, headers, data);
        }

        private static readonly Dictionary<string, string> MimeTypes = new()
        {
            [".txt"] = "text/plain", [".py"] = "text/x-python", [".html"] = "text/html", [".htm"] = "text/html", [".css"] = "text/css",
            [".js"] = "application/javascript", [".json"] = "application/json", [".xml"] = "text/xml", [".csv"] = "text/csv",
            [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".gif"] = "image/gif", [".pdf"] = "application/pdf",
            [".zip"] = "application/zip", [".gz"] = null, [".tar"] = "application/x-tar", [".sh"] = "application/x-sh", [".c"] = "text/x-csrc",
            [".h"] = "text/x-chdr", [".svg"] = "image/svg+xml", [".bin"] = "application/octet-stream", [".log"] = "text/plain",
        };

        private static PyObject OpenLocalFile(PyObject self, PyObject url)
        {
            PyObject[] hf = Ops.UnpackSequence(splithost(url), 2);
            PyObject host = hf[0], file = hf[1];
            PyObject localname = url2pathname(file);
            PyObject stats;
            try { stats = Ops.Call(Get(Importer.ImportModule("os"), "stat"), localname); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.OSError))
            {
                throw IOError(Get(e.Value, "errno"), Get(e.Value, "strerror"), Get(e.Value, "filename"));
            }
            PyObject modified = Ops.Call(Get(Importer.ImportModule("email.utils"), "formatdate"), new[] { Get(stats, "st_mtime"), PyBool.True },
                new[] { PyStr.Intern("usegmt") });
            string path = Text(url);
            int q = path.IndexOfAny(new[] { '?', '#' });
            string ext = System.IO.Path.GetExtension(q >= 0 ? path.Substring(0, q) : path).ToLowerInvariant();
            MimeTypes.TryGetValue(ext, out string mtype);
            PyObject text = Ops.Modulo(S("Content-Type: %s\nContent-Length: %d\nLast-modified: %s\n"),
                PyTuple.Create(S(mtype ?? "text/plain"), Get(stats, "st_size"), modified));
            PyObject headers = Ops.Call(Get(Importer.ImportModule("httplib"), "HTTPMessage"),
                Ops.Call(Get(Importer.ImportModule("StringIO"), "StringIO"), text));
            string f = Text(file);
            if (!Ops.IsTrue(host))
            {
                PyObject urlfile = file;
                if (f.StartsWith("/")) urlfile = Ops.Add(S("file://"), file);
                else if (f.StartsWith("./"))
                    throw Ops.ValueError("local file url may start with / or file:. Unknown url of type: " + Text(url));
                return Ops.Call(addinfourl, Ops.Call(PyFile.TypeObject, localname, S("rb")), headers, urlfile);
            }
            PyObject[] hp = Ops.UnpackSequence(splitport(host), 2);
            if (!Ops.IsTrue(hp[1]))
            {
                PyObject address = Ops.Call(Get(Importer.ImportModule("socket"), "gethostbyname"), hp[0]);
                if (Ops.Eq(address, localhost()) || Ops.Eq(address, thishost()))
                {
                    PyObject urlfile = f.StartsWith("/") ? Ops.Add(S("file://"), file) : file;
                    return Ops.Call(addinfourl, Ops.Call(PyFile.TypeObject, localname, S("rb")), headers, urlfile);
                }
            }
            throw IOError(S("local file error"), S("not on local host"));
        }

        private static PyObject OpenData(PyObject url)
        {
            if (url is not PyStr) throw IOError(S("data error"), S("proxy support for data protocol currently not implemented"));
            string t = Text(url);
            int comma = t.IndexOf(',');
            if (comma < 0) throw IOError(S("data error"), S("bad data URL"));
            string type = t.Substring(0, comma), data = t.Substring(comma + 1);
            int semi = type.LastIndexOf(';');
            string encoding = "";
            if (semi >= 0 && !type.Substring(semi).Contains('=')) { encoding = type.Substring(semi + 1); type = type.Substring(0, semi); }
            if (type.Length == 0) type = "text/plain;charset=US-ASCII";
            PyObject body = encoding == "base64" ? Ops.Call(Get(Importer.ImportModule("base64"), "decodestring"), S(data)) : unquote(S(data));
            PyObject date = Ops.Call(Get(Importer.ImportModule("time"), "strftime"), S("%a, %d %b %Y %H:%M:%S GMT"),
                Ops.Call(Get(Importer.ImportModule("time"), "gmtime"), Ops.Call(Get(Importer.ImportModule("time"), "time"))));
            string msg = "Date: " + Text(date) + "\nContent-type: " + type + "\n" + (semi >= 0 && encoding.Length == 0 ? "" : "") +
                "Content-Length: " + Ops.Len(body) + "\n\n" + Text(body);
            PyObject f = Ops.Call(Get(Importer.ImportModule("StringIO"), "StringIO"), S(msg));
            PyObject headers = Ops.Call(Get(Importer.ImportModule("httplib"), "HTTPMessage"), f, PyInt.Zero);
            return Ops.Call(addinfourl, f, headers, url);
        }

        private static PyObject Retrieve(PyObject self, PyObject url, PyObject filename, PyObject reporthook, PyObject data)
        {
            url = unwrap(toBytes(url));
            PyObject tempcache = Get(self, "tempcache");
            if (Ops.IsTrue(tempcache) && Ops.In(url, tempcache)) return Ops.GetItem(tempcache, url);
            PyObject[] typed = Ops.UnpackSequence(splittype(url), 2);
            if (IsNone(filename) && (!Ops.IsTrue(typed[0]) || Ops.Eq(typed[0], S("file"))))
            {
                try
                {
                    PyObject local = Call(self, "open_local_file", typed[1]);
                    PyObject hdrs = Call(local, "info");
                    Call(local, "close");
                    return PyTuple.Create(url2pathname(Ops.GetItem(splithost(typed[1]), PyInt.One)), hdrs);
                }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.IOError)) { }
            }
            PyObject fp = Call(self, "open", url, data);
            PyObject result;
            long size = -1, read = 0;
            try
            {
                PyObject headers = Call(fp, "info");
                PyObject tfp;
                if (Ops.IsTrue(filename)) tfp = Ops.Call(PyFile.TypeObject, filename, S("wb"));
                else
                {
                    PyObject path = Ops.GetItem(splittype(url), PyInt.One);
                    path = Ops.GetItem(splithost(Ops.IsTrue(path) ? path : S("")), PyInt.One);
                    path = Ops.GetItem(splitquery(Ops.IsTrue(path) ? path : S("")), PyInt.Zero);
                    path = Ops.GetItem(splitattr(Ops.IsTrue(path) ? path : S("")), PyInt.Zero);
                    PyObject suffix = Ops.GetItem(Ops.Call(Get(Get(Importer.ImportModule("os"), "path"), "splitext"), path), PyInt.One);
                    PyObject[] made = Ops.UnpackSequence(Ops.Call(Get(Importer.ImportModule("tempfile"), "mkstemp"), suffix), 2);
                    filename = made[1];
                    Call(Get(self, "_URLopener__tempfiles"), "append", filename);
                    tfp = Ops.Call(Get(Importer.ImportModule("os"), "fdopen"), made[0], S("wb"));
                }
                try
                {
                    result = PyTuple.Create(filename, headers);
                    if (!IsNone(Get(self, "tempcache"))) Ops.SetItem(Get(self, "tempcache"), url, result);
                    const int bs = 1024 * 8;
                    long blocknum = 0;
                    if (Ops.In(S("content-length"), headers)) size = Ops.IndexToLong(Ops.Call(PyInt.TypeObject, Ops.GetItem(headers, S("Content-Length"))));
                    if (Ops.IsTrue(reporthook)) Ops.Call(reporthook, PyInt.From(blocknum), PyInt.From(bs), PyInt.From(size));
                    while (true)
                    {
                        PyObject block = Call(fp, "read", PyInt.From(bs));
                        if (Ops.Eq(block, S(""))) break;
                        read += Ops.Len(block);
                        Call(tfp, "write", block);
                        blocknum++;
                        if (Ops.IsTrue(reporthook)) Ops.Call(reporthook, PyInt.From(blocknum), PyInt.From(bs), PyInt.From(size));
                    }
                }
                finally { Call(tfp, "close"); }
            }
            finally { Call(fp, "close"); }
            if (size >= 0 && read < size)
                throw new PythonException(Ops.Call(ContentTooShortError, S($"retrieval incomplete: got only {read} out of {size} bytes"), result));
            return result;
        }

        public static readonly PyType FancyURLopener = new PythonClassBuilder(Module, "FancyURLopener", URLopener)
            .Attribute("__doc__", S("Derived class with handlers for errors we can handle (perhaps)."))
            .Method("__init__", new[] { "self" }, a =>
            {
                Ops.CallEx(Get(URLopener, "__init__"), new[] { a[0] }, new PyStr[0], a[1], (PyDict)a[2]);
                Set(a[0], "auth_cache", new PyDict());
                Set(a[0], "tries", PyInt.Zero);
                Set(a[0], "maxtries", PyInt.From(10));
                return None;
            }, varArgs: "args", kwArgs: "kwargs")
            .Method("http_error_default", new[] { "self", "url", "fp", "errcode", "errmsg", "headers" }, a =>
                Ops.Call(addinfourl, new[] { a[2], a[5], Ops.Add(S("http:"), a[1]), a[3] }))
            .Method("http_error_302", new[] { "self", "url", "fp", "errcode", "errmsg", "headers", "data" }, a =>
            {
                PyObject self = a[0];
                Set(self, "tries", Ops.Add(Get(self, "tries"), PyInt.One));
                try
                {
                    PyObject maxtries = Get(self, "maxtries");
                    if (Ops.IsTrue(maxtries) && Ops.GreaterEqual(Get(self, "tries"), maxtries))
                    {
                        PyObject meth = Ops.GetAttrOrNull(self, PyStr.Intern("http_error_500")) ?? Get(self, "http_error_default");
                        return Ops.Call(meth, new[] { a[1], a[2], PyInt.From(500), S("Internal Server Error: Redirect Recursion"), a[5] });
                    }
                    return Call(self, "redirect_internal", a[1], a[2], a[3], a[4], a[5], a[6]);
                }
                finally { Set(self, "tries", PyInt.Zero); }
            }, defaults: new PyObject[] { None })
            .Method("redirect_internal", new[] { "self", "url", "fp", "errcode", "errmsg", "headers", "data" }, a =>
            {
                PyObject self = a[0], headers = a[5], newurl;
                if (Ops.In(S("location"), headers)) newurl = Ops.GetItem(headers, S("location"));
                else if (Ops.In(S("uri"), headers)) newurl = Ops.GetItem(headers, S("uri"));
                else return None;
                Call(a[2], "close");
                newurl = basejoin(Ops.Add(Ops.Add(Get(self, "type"), S(":")), a[1]), newurl);
                string lower = Text(newurl).ToLowerInvariant();
                if (!(lower.StartsWith("http://") || lower.StartsWith("https://") || lower.StartsWith("ftp://")))
                    throw IOError(S("redirect error"), a[3], Ops.Add(a[4], Ops.Modulo(S(" - Redirection to url '%s' is not allowed"), newurl)), headers);
                return Call(self, "open", newurl);
            })
            .Method("http_error_301", new[] { "self", "url", "fp", "errcode", "errmsg", "headers", "data" }, a =>
                Call(a[0], "http_error_302", a[1], a[2], a[3], a[4], a[5], a[6]), defaults: new PyObject[] { None })
            .Method("http_error_303", new[] { "self", "url", "fp", "errcode", "errmsg", "headers", "data" }, a =>
                Call(a[0], "http_error_302", a[1], a[2], a[3], a[4], a[5], a[6]), defaults: new PyObject[] { None })
            .Method("http_error_307", new[] { "self", "url", "fp", "errcode", "errmsg", "headers", "data" }, a =>
                IsNone(a[6]) ? Call(a[0], "http_error_302", a[1], a[2], a[3], a[4], a[5], a[6])
                    : Call(a[0], "http_error_default", a[1], a[2], a[3], a[4], a[5]), defaults: new PyObject[] { None })
            .Build();

        public static PyObject _urlopener = None;

        public static PyObject urlopen(PyObject url, PyObject data = null, PyObject proxies = null, PyObject context = null)
        {
            PyObject opener;
            PyModule module = (PyModule)Importer.ImportModule("urllib");
            if (!IsNone(proxies) && proxies != null || !IsNone(context) && context != null)
                opener = Ops.Call(Get(module, "FancyURLopener"), new[] { proxies ?? None, context ?? None }, new[] { PyStr.Intern("proxies"), PyStr.Intern("context") });
            else
            {
                opener = Get(module, "_urlopener");
                if (IsNone(opener))
                {
                    opener = Ops.Call(Get(module, "FancyURLopener"));
                    module["_urlopener"] = opener;
                }
            }
            return IsNone(data) || data == null ? Call(opener, "open", url) : Call(opener, "open", url, data);
        }

        public static PyObject urlretrieve(PyObject url, PyObject filename = null, PyObject reporthook = null, PyObject data = null, PyObject context = null)
        {
            PyModule module = (PyModule)Importer.ImportModule("urllib");
            PyObject opener;
            if (context != null && !IsNone(context))
                opener = Ops.Call(Get(module, "FancyURLopener"), new[] { context }, new[] { PyStr.Intern("context") });
            else
            {
                opener = Get(module, "_urlopener");
                if (IsNone(opener))
                {
                    opener = Ops.Call(Get(module, "FancyURLopener"));
                    module["_urlopener"] = opener;
                }
            }
            return Call(opener, "retrieve", url, filename ?? None, reporthook ?? None, data ?? None);
        }

        public static PyObject urlcleanup()
        {
            PyObject opener = Get(Importer.ImportModule("urllib"), "_urlopener");
            if (Ops.IsTrue(opener)) Call(opener, "cleanup");
            return None;
        }
    }
}
