using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// urlparse (Python 2.7.18): urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
    /// parse_qs, parse_qsl, unquote, the scheme lists, the parse cache and the SplitResult/ParseResult
    /// named tuples with ResultMixin's username/password/hostname/port. Every step works on the
    /// Python values through their own methods (find, split, slicing, +), so str stays str, unicode
    /// stays unicode, and mixed results (a str '' default next to unicode parts) are 2.7's.
    /// </summary>
    [PythonModule("urlparse")]
    public static class urlparse_module
    {
        private const string Module = "urlparse";
        private static PyObject None => PyNone.None;

        private static PyList Names(params string[] names) => List(System.Array.ConvertAll(names, n => (PyObject)S(n)));

        public static readonly PyList __all__ = Names("urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "parse_qs", "parse_qsl");
        public static readonly PyList uses_relative = Names("ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms",
            "prospero", "rtsp", "rtspu", "", "sftp", "svn", "svn+ssh");
        public static readonly PyList uses_netloc = Names("ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp",
            "snews", "prospero", "rtsp", "rtspu", "rsync", "", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh");
        public static readonly PyList uses_params = Names("ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips",
            "mms", "", "sftp", "tel");
        public static readonly PyList non_hierarchical = Names("gopher", "hdl", "mailto", "news", "telnet", "wais", "imap", "snews", "sip", "sips");
        public static readonly PyList uses_query = Names("http", "wais", "imap", "https", "shttp", "mms", "gopher", "rtsp", "rtspu", "sip", "sips", "");
        public static readonly PyList uses_fragment = Names("ftp", "hdl", "http", "gopher", "news", "nntp", "wais", "https", "shttp", "snews",
            "file", "prospero", "");
        public static readonly PyStr scheme_chars = S("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");
        public static readonly PyInt MAX_CACHE_SIZE = PyInt.From(20);
        public static readonly PyDict _parse_cache = new PyDict();

        public static void __init__(PyModule m)
        {
            m["re"] = Importer.ImportModule("re");
            m["namedtuple"] = Get(Importer.ImportModule("collections"), "namedtuple");
            m["__doc__"] = S("Parse (absolute and relative) URLs.\n\nurlparse module is based upon the following RFC specifications.\n\n" +
                "RFC 3986 (STD66): \"Uniform Resource Identifiers\" by T. Berners-Lee, R. Fielding\nand L.  Masinter, January 2005.\n\n" +
                "RFC 2732 : \"Format for Literal IPv6 Addresses in URL's by R.Hinden, B.Carpenter\nand L.Masinter, December 1999.\n\n" +
                "RFC 2396:  \"Uniform Resource Identifiers (URI)\": Generic Syntax by T.\nBerners-Lee, R. Fielding, and L. Masinter, August 1998.\n\n" +
                "RFC 2368: \"The mailto URL scheme\", by P.Hoffman , L Masinter, J. Zwinski, July 1998.\n\n" +
                "RFC 1808: \"Relative Uniform Resource Locators\", by R. Fielding, UC Irvine, June\n1995.\n\n" +
                "RFC 1738: \"Uniform Resource Locators (URL)\" by T. Berners-Lee, L. Masinter, M.\nMcCahill, December 1994\n\n" +
                "RFC 3986 is considered the current standard and any future changes to\nurlparse module should conform with it.  The urlparse module is\n" +
                "currently not entirely compliant with this RFC due to defacto\nscenarios for parsing, and for backward compatibility purposes, some\n" +
                "parsing quirks from older RFCs are retained. The testcases in\ntest_urlparse.py provides a good indicator of parsing behavior.\n");
        }

        // ---- small operations on str/unicode values, each one Python expression ----
        private static long Find(PyObject s, string sub, long start = 0) => ((PyInt)Call(s, "find", S(sub), PyInt.From(start))).Value;
        private static long RFind(PyObject s, string sub) => ((PyInt)Call(s, "rfind", S(sub))).Value;
        private static PyObject Slice(PyObject s, long? start, long? stop) =>
            Ops.GetSlice(s, start.HasValue ? PyInt.From(start.Value) : null, stop.HasValue ? PyInt.From(stop.Value) : null);
        private static bool Contains(PyObject s, string sub) => Ops.In(S(sub), s);
        private static bool Eq(PyObject s, string text) => Ops.Eq(s, S(text));
        private static long Len(PyObject s) => ((PyInt)Ops.Call(Get(Importer.ImportModule("__builtin__"), "len"), s)).Value;
        private static PyObject[] Split2(PyObject s, string sep) => Ops.UnpackSequence(Call(s, "split", S(sep), PyInt.From(1)), 2);
        private static PyObject Property(System.Func<PyObject, PyObject> getter, string name) =>
            Ops.Call(Get(Importer.ImportModule("__builtin__"), "property"),
                PyFunction.WithBoundArguments(new FunctionSignature(name, new[] { "self" }), a => getter(a[0])));

        public static readonly PyType ResultMixin = new PythonClassBuilder(Module, "ResultMixin", PyType.ObjectType)
            .Attribute("__doc__", S("Shared methods for the parsed result objects."))
            .Attribute("username", Property(self =>
            {
                PyObject netloc = Get(self, "netloc");
                if (!Contains(netloc, "@")) return None;
                PyObject userinfo = Ops.GetItem(Call(netloc, "rsplit", S("@"), PyInt.From(1)), PyInt.From(0));
                if (Contains(userinfo, ":")) userinfo = Ops.GetItem(Call(userinfo, "split", S(":"), PyInt.From(1)), PyInt.From(0));
                return userinfo;
            }, "username"))
            .Attribute("password", Property(self =>
            {
                PyObject netloc = Get(self, "netloc");
                if (!Contains(netloc, "@")) return None;
                PyObject userinfo = Ops.GetItem(Call(netloc, "rsplit", S("@"), PyInt.From(1)), PyInt.From(0));
                return Contains(userinfo, ":") ? Ops.GetItem(Call(userinfo, "split", S(":"), PyInt.From(1)), PyInt.From(1)) : None;
            }, "password"))
            .Attribute("hostname", Property(self =>
            {
                PyObject netloc = Ops.GetItem(Call(Get(self, "netloc"), "split", S("@")), PyInt.From(-1));
                if (Contains(netloc, "[") && Contains(netloc, "]"))
                    return Call(Slice(Ops.GetItem(Call(netloc, "split", S("]")), PyInt.From(0)), 1, null), "lower");
                if (Contains(netloc, ":")) return Call(Ops.GetItem(Call(netloc, "split", S(":")), PyInt.From(0)), "lower");
                if (Eq(netloc, "")) return None;
                return Call(netloc, "lower");
            }, "hostname"))
            .Attribute("port", Property(self =>
            {
                PyObject netloc = Ops.GetItem(Call(Ops.GetItem(Call(Get(self, "netloc"), "split", S("@")), PyInt.From(-1)), "split", S("]")), PyInt.From(-1));
                if (Contains(netloc, ":"))
                {
                    PyObject port = Ops.GetItem(Call(netloc, "split", S(":")), PyInt.From(1));
                    if (Ops.IsTrue(port))
                    {
                        PyObject number = Ops.Call(PyInt.TypeObject, port, PyInt.From(10));
                        if (Ops.LessEqual(PyInt.Zero, number) && Ops.LessEqual(number, PyInt.From(65535))) return number;
                    }
                }
                return None;
            }, "port"))
            .Build();

        private static PyObject NamedTuple(string name, string fields) =>
            Ops.Call(Get(Importer.ImportModule("collections"), "namedtuple"), S(name), S(fields));

        public static readonly PyType SplitResult = new PythonClassBuilder(Module, "SplitResult", NamedTuple("SplitResult", "scheme netloc path query fragment"), ResultMixin)
            .Attribute("__slots__", PyTuple.Create())
            .Method("geturl", new[] { "self" }, a => urlunsplit(a[0]))
            .Build();

        public static readonly PyType ParseResult = new PythonClassBuilder(Module, "ParseResult", NamedTuple("ParseResult", "scheme netloc path params query fragment"), ResultMixin)
            .Attribute("__slots__", PyTuple.Create())
            .Method("geturl", new[] { "self" }, a => urlunparse(a[0]))
            .Build();

        public static PyObject clear_cache()
        {
            _parse_cache.Clear();
            return None;
        }

        public static PyObject urlparse(PyObject url, PyObject scheme = null, PyObject allow_fragments = null)
        {
            PyObject[] parts = Ops.UnpackSequence(urlsplit(url, scheme, allow_fragments), 5);
            PyObject path = parts[2], @params;
            if (Ops.In(parts[0], uses_params) && Contains(path, ";"))
            {
                PyObject[] split = _splitparams(path);
                path = split[0];
                @params = split[1];
            }
            else @params = S("");
            return Ops.Call(ParseResult, new[] { parts[0], parts[1], path, @params, parts[3], parts[4] });
        }

        private static PyObject[] _splitparams(PyObject url)
        {
            long i;
            if (Contains(url, "/"))
            {
                i = Find(url, ";", RFind(url, "/"));
                if (i < 0) return new[] { url, S("") };
            }
            else i = Find(url, ";");
            return new[] { Slice(url, null, i), Slice(url, i + 1, null) };
        }

        private static PyObject[] _splitnetloc(PyObject url, long start)
        {
            long delim = Len(url);
            foreach (string c in new[] { "/", "?", "#" })
            {
                long wdelim = Find(url, c, start);
                if (wdelim >= 0) delim = System.Math.Min(delim, wdelim);
            }
            return new[] { Slice(url, start, delim), Slice(url, delim, null) };
        }

        /// <summary>2.7.18's check against characters such as U+2100 that NFKC-normalise into URL delimiters.</summary>
        private static void _checknetloc(PyObject netloc)
        {
            if (!Ops.IsTrue(netloc) || netloc is not PyUnicode u) return;
            string n = u.Value.Replace("@", "").Replace(":", "").Replace("#", "").Replace("?", "");
            string normalized = n.Normalize(System.Text.NormalizationForm.FormKC);
            if (n == normalized) return;
            foreach (char c in "/?#@:")
                if (normalized.IndexOf(c) >= 0)
                    throw Ops.ValueError("netloc " + Ops.Repr(netloc) + " contains invalid characters under NFKC normalization");
        }

        private static PyObject CheckedNetloc(PyObject url, out PyObject rest)
        {
            PyObject[] split = _splitnetloc(url, 2);
            PyObject netloc = split[0];
            rest = split[1];
            bool open = Contains(netloc, "["), close = Contains(netloc, "]");
            if (open != close) throw Ops.ValueError("Invalid IPv6 URL");
            return netloc;
        }

        public static PyObject urlsplit(PyObject url, PyObject scheme = null, PyObject allow_fragments = null)
        {
            scheme ??= S("");
            bool fragments = allow_fragments == null || Ops.IsTrue(allow_fragments);
            PyObject key = PyTuple.Create(url, scheme, PyBool.From(fragments), Ops.TypeOf(url), Ops.TypeOf(scheme));
            PyObject cached = _parse_cache.Get(key);
            if (cached != null && Ops.IsTrue(cached)) return cached;
            if (_parse_cache.Count >= 20) clear_cache();
            PyObject netloc = S(""), query = S(""), fragment = S("");
            long i = Find(url, ":");
            if (i > 0)
            {
                PyObject head = Slice(url, null, i);
                bool isScheme = true;
                if (!Eq(head, "http"))
                {
                    var it = Ops.Iter(head);
                    for (var c = it.Next(); c != null; c = it.Next())
                        if (!Ops.In(c, scheme_chars)) { isScheme = false; break; }
                }
                if (isScheme)
                {
                    PyObject rest = Slice(url, i + 1, null);
                    // "path:80" is a path with a port number, not a scheme (the http fast path skips the test).
                    bool portNumber = !Eq(head, "http") && Ops.IsTrue(rest);
                    if (portNumber)
                    {
                        var it = Ops.Iter(rest);
                        for (var c = it.Next(); c != null; c = it.Next())
                            if (!Ops.In(c, S("0123456789"))) { portNumber = false; break; }
                    }
                    if (!portNumber)
                    {
                        scheme = Call(head, "lower");
                        url = rest;
                    }
                }
            }
            if (Eq(Slice(url, null, 2), "//")) netloc = CheckedNetloc(url, out url);
            if (fragments && Contains(url, "#"))
            {
                PyObject[] split = Split2(url, "#");
                url = split[0];
                fragment = split[1];
            }
            if (Contains(url, "?"))
            {
                PyObject[] split = Split2(url, "?");
                url = split[0];
                query = split[1];
            }
            _checknetloc(netloc);
            PyObject v = Ops.Call(SplitResult, new[] { scheme, netloc, url, query, fragment });
            _parse_cache.SetItem(key, v);
            return v;
        }

        public static PyObject urlunparse(PyObject data)
        {
            PyObject[] p = Ops.UnpackSequence(data, 6);
            PyObject url = p[2];
            if (Ops.IsTrue(p[3])) url = Ops.Modulo(S("%s;%s"), PyTuple.Create(url, p[3]));
            return urlunsplit(PyTuple.Create(p[0], p[1], url, p[4], p[5]));
        }

        public static PyObject urlunsplit(PyObject data)
        {
            PyObject[] p = Ops.UnpackSequence(data, 5);
            PyObject scheme = p[0], netloc = p[1], url = p[2], query = p[3], fragment = p[4];
            if (Ops.IsTrue(netloc) || (Ops.IsTrue(scheme) && Ops.In(scheme, uses_netloc) && !Eq(Slice(url, null, 2), "//")))
            {
                if (Ops.IsTrue(url) && !Eq(Slice(url, null, 1), "/")) url = Ops.Add(S("/"), url);
                url = Ops.Add(Ops.Add(S("//"), Ops.IsTrue(netloc) ? netloc : S("")), url);
            }
            if (Ops.IsTrue(scheme)) url = Ops.Add(Ops.Add(scheme, S(":")), url);
            if (Ops.IsTrue(query)) url = Ops.Add(Ops.Add(url, S("?")), query);
            if (Ops.IsTrue(fragment)) url = Ops.Add(Ops.Add(url, S("#")), fragment);
            return url;
        }

        public static PyObject urljoin(PyObject @base, PyObject url, PyObject allow_fragments = null)
        {
            if (!Ops.IsTrue(@base)) return url;
            if (!Ops.IsTrue(url)) return @base;
            allow_fragments ??= PyBool.True;
            PyObject[] b = Ops.UnpackSequence(urlparse(@base, S(""), allow_fragments), 6);
            PyObject[] u = Ops.UnpackSequence(urlparse(url, b[0], allow_fragments), 6);
            PyObject scheme = u[0], netloc = u[1], path = u[2], @params = u[3], query = u[4], fragment = u[5];
            if (Ops.Ne(scheme, b[0]) || !Ops.In(scheme, uses_relative)) return url;
            if (Ops.In(scheme, uses_netloc))
            {
                if (Ops.IsTrue(netloc)) return urlunparse(PyTuple.Create(scheme, netloc, path, @params, query, fragment));
                netloc = b[1];
            }
            if (Eq(Slice(path, null, 1), "/")) return urlunparse(PyTuple.Create(scheme, netloc, path, @params, query, fragment));
            if (!Ops.IsTrue(path) && !Ops.IsTrue(@params))
            {
                path = b[2];
                @params = b[3];
                if (!Ops.IsTrue(query)) query = b[4];
                return urlunparse(PyTuple.Create(scheme, netloc, path, @params, query, fragment));
            }
            var segments = new List<PyObject>(Items(Call(b[2], "split", S("/"))));
            segments.RemoveAt(segments.Count - 1);
            segments.AddRange(Items(Call(path, "split", S("/"))));
            if (Eq(segments[^1], ".")) segments[^1] = S("");
            for (int k = segments.FindIndex(x => Eq(x, ".")); k >= 0; k = segments.FindIndex(x => Eq(x, "."))) segments.RemoveAt(k);
            while (true)
            {
                int i = 1, n = segments.Count - 1;
                bool removed = false;
                while (i < n)
                {
                    if (Eq(segments[i], "..") && !Eq(segments[i - 1], "") && !Eq(segments[i - 1], ".."))
                    {
                        segments.RemoveRange(i - 1, 2);
                        removed = true;
                        break;
                    }
                    i++;
                }
                if (!removed) break;
            }
            if (segments.Count == 2 && Eq(segments[0], "") && Eq(segments[1], "..")) segments[^1] = S("");
            else if (segments.Count >= 2 && Eq(segments[^1], ".."))
            {
                segments.RemoveRange(segments.Count - 2, 2);
                segments.Add(S(""));
            }
            return urlunparse(PyTuple.Create(scheme, netloc, Call(S("/"), "join", List(segments)), @params, query, fragment));
        }

        public static PyObject urldefrag(PyObject url)
        {
            if (!Contains(url, "#")) return PyTuple.Create(url, S(""));
            PyObject[] p = Ops.UnpackSequence(urlparse(url), 6);
            PyObject defrag = urlunparse(PyTuple.Create(p[0], p[1], p[2], p[3], p[4], S("")));
            return PyTuple.Create(defrag, p[5]);
        }

        private const string HexDigits = "0123456789ABCDEFabcdef";

        public static PyObject unquote(PyObject s)
        {
            if (s is PyUnicode)
            {
                if (!Contains(s, "%")) return s;
                // 2.7 splits into ASCII runs, unquotes each as bytes and decodes them as latin-1.
                var bits = Items(Call(Call(Importer.ImportModule("re"), "compile", S("([\x00-\x7f]+)")), "split", s));
                var res = new List<PyObject> { bits[0] };
                for (int i = 1; i < bits.Count; i += 2)
                {
                    res.Add(Call(unquote(Ops.Str(bits[i])), "decode", S("latin1")));
                    res.Add(bits[i + 1]);
                }
                return Call(S(""), "join", List(res));
            }
            var parts = Items(Call(s, "split", S("%")));
            if (parts.Count == 1) return s;
            var result = new List<PyObject> { parts[0] };
            for (int i = 1; i < parts.Count; i++)
            {
                PyObject item = parts[i];
                string text = Text(item);
                if (text.Length >= 2 && HexDigits.IndexOf(text[0]) >= 0 && HexDigits.IndexOf(text[1]) >= 0)
                {
                    result.Add(S(((char)System.Convert.ToInt32(text.Substring(0, 2), 16)).ToString()));
                    result.Add(Slice(item, 2, null));
                }
                else
                {
                    result.Add(S("%"));
                    result.Add(item);
                }
            }
            return Call(S(""), "join", List(result));
        }

        public static PyObject parse_qs(PyObject qs, PyObject keep_blank_values = null, PyObject strict_parsing = null, PyObject max_num_fields = null)
        {
            var dict = new PyDict();
            foreach (PyObject pair in Items(parse_qsl(qs, keep_blank_values, strict_parsing, max_num_fields)))
            {
                PyObject[] nv = Ops.UnpackSequence(pair, 2);
                PyObject existing = dict.Get(nv[0]);
                if (existing != null) Call(existing, "append", nv[1]);
                else dict.SetItem(nv[0], List(new[] { nv[1] }));
            }
            return dict;
        }

        public static PyObject parse_qsl(PyObject qs, PyObject keep_blank_values = null, PyObject strict_parsing = null, PyObject max_num_fields = null)
        {
            bool keepBlank = keep_blank_values != null && Ops.IsTrue(keep_blank_values);
            bool strict = strict_parsing != null && Ops.IsTrue(strict_parsing);
            if (!IsNone(max_num_fields))
            {
                PyObject count = Ops.Add(Ops.Add(PyInt.One, Call(qs, "count", S("&"))), Call(qs, "count", S(";")));
                if (Ops.Less(max_num_fields, count)) throw Ops.ValueError("Max number of fields exceeded");
            }
            var r = new List<PyObject>();
            foreach (PyObject s1 in Items(Call(qs, "split", S("&"))))
            foreach (PyObject nameValue in Items(Call(s1, "split", S(";"))))
            {
                if (!Ops.IsTrue(nameValue) && !strict) continue;
                var nv = Items(Call(nameValue, "split", S("="), PyInt.From(1)));
                if (nv.Count != 2)
                {
                    if (strict) throw Ops.ValueError("bad query field: " + Ops.Repr(nameValue));
                    if (keepBlank) nv.Add(S(""));
                    else continue;
                }
                if (Len(nv[1]) > 0 || keepBlank)
                {
                    PyObject name = unquote(Call(nv[0], "replace", S("+"), S(" ")));
                    PyObject value = unquote(Call(nv[1], "replace", S("+"), S(" ")));
                    r.Add(PyTuple.Create(name, value));
                }
            }
            return List(r);
        }
    }
}
