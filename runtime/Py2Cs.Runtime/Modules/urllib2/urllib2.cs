#pragma warning disable CS8981 // the module class is named as in Python
using System.Collections.Generic;
using System.Linq;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// urllib2 (Python 2.7.18), the opener framework: Request, OpenerDirector (handlers found by their
    /// method names — PROTOCOL_open, PROTOCOL_request, PROTOCOL_response, PROTOCOL_error_CODE — and
    /// ordered by handler_order), BaseHandler, HTTPHandler/HTTPSHandler over httplib, HTTPErrorProcessor,
    /// HTTPDefaultErrorHandler, HTTPRedirectHandler (2.7's method rules, repeat and loop limits),
    /// UnknownHandler, FileHandler, URLError/HTTPError, build_opener, install_opener, urlopen.
    /// Every step is a Python-visible method so subclasses override it as in 2.7.
    /// Not yet: ProxyHandler, the auth handlers, HTTPCookieProcessor, ftp: URLs (FTPHandler raises URLError).
    /// </summary>
    [PythonModule("urllib2")]
    public static class urllib2
    {
        private const string Module = "urllib2";
        private static PyObject None => PyNone.None;
        public static readonly PyStr __version__ = S("2.7");
        private static PyObject Urllib => Importer.ImportModule("urllib");
        private static PyObject Self => Importer.ImportModule("urllib2");
        private static PyObject U(string name, params PyObject[] args) => Ops.Call(Get(Urllib, name), args);
        private static PyObject[] Pair(PyObject o) => Ops.UnpackSequence(o, 2);
        private static PyObject Timeout => Get(Importer.ImportModule("socket"), "_GLOBAL_DEFAULT_TIMEOUT");

        public static void __init__(PyModule m)
        {
            m["_opener"] = None;
            foreach (string name in new[] { "socket", "httplib", "urlparse", "base64", "os", "time", "bisect" }) m[name] = Importer.ImportModule(name);
            foreach (string name in new[] { "unwrap", "unquote", "splittype", "splithost", "quote", "addinfourl", "splitport", "splittag",
                         "splitattr", "ftpwrapper", "splituser", "splitpasswd", "splitvalue", "url2pathname", "pathname2url", "localhost", "proxy_bypass", "getproxies" })
            {
                PyObject value = Ops.GetAttrOrNull(Urllib, PyStr.Intern(name));
                if (value != null) m[name] = value;
            }
        }

        // ------------------------------------------------------------ errors
        public static readonly PyType URLError = new PythonClassBuilder(Module, "URLError", PyExceptionTypes.IOError)
            .Method("__init__", new[] { "self", "reason" }, a =>
            {
                Set(a[0], "args", PyTuple.Create(a[1]));
                Set(a[0], "reason", a[1]);
                return None;
            })
            .Method("__str__", new[] { "self" }, a => Ops.Modulo(S("<urlopen error %s>"), PyTuple.Create(Get(a[0], "reason"))))
            .Build();

        public static readonly PyType HTTPError = new PythonClassBuilder(Module, "HTTPError", URLError, (PyType)Get(Importer.ImportModule("urllib"), "addinfourl"))
            .Attribute("__doc__", S("Raised when HTTP error occurs, but also acts like non-error return"))
            .Method("__init__", new[] { "self", "url", "code", "msg", "hdrs", "fp" }, a =>
            {
                PyObject self = a[0];
                Set(self, "code", a[2]);
                Set(self, "msg", a[3]);
                Set(self, "hdrs", a[4]);
                Set(self, "fp", a[5]);
                Set(self, "filename", a[1]);
                if (!IsNone(a[5])) Ops.Call(Get(Get(Importer.ImportModule("urllib"), "addinfourl"), "__init__"), new[] { self, a[5], a[4], a[1], a[2] });
                return None;
            })
            .Method("__str__", new[] { "self" }, a => Ops.Modulo(S("HTTP Error %s: %s"), PyTuple.Create(Get(a[0], "code"), Get(a[0], "msg"))))
            .Attribute("reason", Ops.Call(Get(Importer.ImportModule("__builtin__"), "property"),
                PyFunction.WithBoundArguments(new FunctionSignature("reason", new[] { "self" }), a => Get(a[0], "msg"))))
            .Method("info", new[] { "self" }, a => Get(a[0], "hdrs"))
            .Build();

        // ------------------------------------------------------------ Request
        /// <summary>cookielib.request_host: the URL's host, else the Host header, without its port, lower case.</summary>
        private static PyObject RequestHost(PyObject request)
        {
            PyObject url = Call(request, "get_full_url");
            string host = Text(Ops.GetItem(urlparse_module.urlparse(url), PyInt.One));
            if (host.Length == 0) host = Text(Call(request, "get_header", S("Host"), S("")));
            host = System.Text.RegularExpressions.Regex.Replace(host, ":[0-9]+$", "");
            return S(host.ToLowerInvariant());
        }

        private static PyObject Capitalize(PyObject key) => Call(key, "capitalize");

        public static readonly PyType Request = new PythonClassBuilder(Module, "Request")
            .Method("__init__", new[] { "self", "url", "data", "headers", "origin_req_host", "unverifiable" }, a =>
            {
                PyObject self = a[0];
                PyObject[] tagged = Pair(U("splittag", U("unwrap", a[1])));
                Set(self, "_Request__original", tagged[0]);
                Set(self, "_Request__fragment", tagged[1]);
                Set(self, "type", None);
                Set(self, "host", None);
                Set(self, "port", None);
                Set(self, "_tunnel_host", None);
                Set(self, "data", a[2]);
                Set(self, "headers", new PyDict());
                foreach (PyObject item in Items(Call(a[3], "items")))
                {
                    PyObject[] kv = Pair(item);
                    Call(self, "add_header", kv[0], kv[1]);
                }
                Set(self, "unredirected_hdrs", new PyDict());
                Set(self, "origin_req_host", IsNone(a[4]) ? RequestHost(self) : a[4]);
                Set(self, "unverifiable", a[5]);
                return None;
            }, defaults: new PyObject[] { None, new PyDict(), None, PyBool.False })
            // 2.7's fallback: the parsed parts are computed on first use, whatever order the accessors run in.
            .Method("__getattr__", new[] { "self", "attr" }, a =>
            {
                string attr = Text(a[1]);
                if (attr == "_Request__r_type" || attr == "_Request__r_host")
                {
                    Call(a[0], "get_" + attr.Substring(12));
                    return Ops.GetItem(Get(a[0], "__dict__"), a[1]);
                }
                throw new PythonException(Ops.Call(PyExceptionTypes.AttributeError, a[1]));
            })
            .Method("get_method", new[] { "self" }, a => Ops.IsTrue(Call(a[0], "has_data")) ? S("POST") : S("GET"))
            .Method("add_data", new[] { "self", "data" }, a => { Set(a[0], "data", a[1]); return None; })
            .Method("has_data", new[] { "self" }, a => PyBool.From(!IsNone(Get(a[0], "data"))))
            .Method("get_data", new[] { "self" }, a => Get(a[0], "data"))
            .Method("get_full_url", new[] { "self" }, a =>
            {
                PyObject fragment = Get(a[0], "_Request__fragment");
                PyObject original = Get(a[0], "_Request__original");
                return Ops.IsTrue(fragment) ? Ops.Modulo(S("%s#%s"), PyTuple.Create(original, fragment)) : original;
            })
            .Method("get_type", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                if (IsNone(Get(self, "type")))
                {
                    PyObject[] typed = Pair(U("splittype", Get(self, "_Request__original")));
                    Set(self, "type", typed[0]);
                    Set(self, "_Request__r_type", typed[1]);
                    if (IsNone(typed[0])) throw Ops.ValueError("unknown url type: " + Text(Get(self, "_Request__original")));
                }
                return Get(self, "type");
            })
            .Method("get_host", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                if (IsNone(Get(self, "host")))
                {
                    Call(self, "get_type");
                    PyObject[] hosted = Pair(U("splithost", Get(self, "_Request__r_type")));
                    Set(self, "host", hosted[0]);
                    Set(self, "_Request__r_host", hosted[1]);
                    if (Ops.IsTrue(hosted[0])) Set(self, "host", U("unquote", hosted[0]));
                }
                return Get(self, "host");
            })
            .Method("get_selector", new[] { "self" }, a => Get(a[0], "_Request__r_host"))
            .Method("set_proxy", new[] { "self", "host", "type" }, a =>
            {
                PyObject self = a[0];
                if (Ops.Eq(Get(self, "type"), S("https")) && !Ops.IsTrue(Get(self, "_tunnel_host"))) Set(self, "_tunnel_host", Get(self, "host"));
                else
                {
                    Set(self, "type", a[2]);
                    Set(self, "_Request__r_host", Get(self, "_Request__original"));
                }
                Set(self, "host", a[1]);
                return None;
            })
            .Method("has_proxy", new[] { "self" }, a => PyBool.From(Ops.Eq(Get(a[0], "_Request__r_host"), Get(a[0], "_Request__original"))))
            .Method("get_origin_req_host", new[] { "self" }, a => Get(a[0], "origin_req_host"))
            .Method("is_unverifiable", new[] { "self" }, a => Get(a[0], "unverifiable"))
            .Method("add_header", new[] { "self", "key", "val" }, a => { Ops.SetItem(Get(a[0], "headers"), Capitalize(a[1]), a[2]); return None; })
            .Method("add_unredirected_header", new[] { "self", "key", "val" }, a => { Ops.SetItem(Get(a[0], "unredirected_hdrs"), Capitalize(a[1]), a[2]); return None; })
            .Method("has_header", new[] { "self", "header_name" }, a =>
                PyBool.From(Ops.In(a[1], Get(a[0], "headers")) || Ops.In(a[1], Get(a[0], "unredirected_hdrs"))))
            .Method("get_header", new[] { "self", "header_name", "default" }, a =>
                Call(Get(a[0], "headers"), "get", a[1], Call(Get(a[0], "unredirected_hdrs"), "get", a[1], a[2])), defaults: new PyObject[] { None })
            .Method("header_items", new[] { "self" }, a =>
            {
                PyObject hdrs = Ops.Call(PyDict.TypeObject, Get(a[0], "unredirected_hdrs"));
                Call(hdrs, "update", Get(a[0], "headers"));
                return Call(hdrs, "items");
            })
            .Build();

        // ------------------------------------------------------------ OpenerDirector
        private static readonly string[] Skipped = { "redirect_request", "do_open", "proxy_open" };

        public static readonly PyType OpenerDirector = new PythonClassBuilder(Module, "OpenerDirector")
            .Method("__init__", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                Set(self, "addheaders", List(new PyObject[] { PyTuple.Create(S("User-agent"), S("Python-urllib/2.7")) }));
                Set(self, "handlers", new PyList());
                foreach (string n in new[] { "handle_open", "handle_error", "process_response", "process_request" }) Set(self, n, new PyDict());
                return None;
            })
            .Method("add_handler", new[] { "self", "handler" }, a => { AddHandler(a[0], a[1]); return None; })
            .Method("close", new[] { "self" }, a => None)
            .Method("_call_chain", new[] { "self", "chain", "kind", "meth_name" }, a =>
            {
                PyObject handlers = Call(a[1], "get", a[2], PyTuple.Create());
                foreach (PyObject handler in Items(handlers))
                {
                    PyObject result = Ops.CallEx(Get(handler, Text(a[3])), new PyObject[0], new PyStr[0], a[4], null);
                    if (!IsNone(result)) return result;
                }
                return None;
            }, varArgs: "args")
            .Method("open", new[] { "self", "fullurl", "data", "timeout" }, a => Open(a[0], a[1], a[2], a[3]), defaults: new PyObject[] { None, Timeout })
            .Method("_open", new[] { "self", "req", "data" }, a =>
            {
                PyObject self = a[0], req = a[1];
                PyObject result = Call(self, "_call_chain", Get(self, "handle_open"), S("default"), S("default_open"), req);
                if (!IsNone(result)) return result;
                PyObject protocol = Call(req, "get_type");
                result = Call(self, "_call_chain", Get(self, "handle_open"), protocol, Ops.Add(protocol, S("_open")), req);
                if (!IsNone(result)) return result;
                return Call(self, "_call_chain", Get(self, "handle_open"), S("unknown"), S("unknown_open"), req);
            }, defaults: new PyObject[] { None })
            .Method("error", new[] { "self", "proto" }, a =>
            {
                PyObject self = a[0], proto = a[1];
                var args = Items(a[2]);
                PyObject dict, methName;
                bool httpErr = Ops.Eq(proto, S("http")) || Ops.Eq(proto, S("https"));
                if (httpErr)
                {
                    // 2.7 special-cases http: the handlers are keyed by status code (args[2])
                    dict = Ops.GetItem(Get(self, "handle_error"), S("http"));
                    proto = args[2];
                    methName = Ops.Modulo(S("http_error_%s"), PyTuple.Create(proto));
                }
                else
                {
                    dict = Get(self, "handle_error");
                    methName = Ops.Add(proto, S("_error"));
                }
                var chainArgs = new List<PyObject> { dict, proto, methName };
                chainArgs.AddRange(args);
                PyObject result = Ops.Call(Get(self, "_call_chain"), chainArgs.ToArray());
                if (Ops.IsTrue(result)) return result;
                if (httpErr)
                {
                    var defaultArgs = new List<PyObject> { dict, S("default"), S("http_error_default") };
                    defaultArgs.AddRange(args);
                    return Ops.Call(Get(self, "_call_chain"), defaultArgs.ToArray());
                }
                return None;
            }, varArgs: "args")
            .Build();

        private static void AddHandler(PyObject self, PyObject handler)
        {
            if (!Has(handler, "add_parent"))
                throw Ops.TypeError("expected BaseHandler instance, got " + Text(Ops.Repr(Ops.TypeOf(handler))));
            bool added = false;
            var names = Items(Ops.Call(Get(Importer.ImportModule("__builtin__"), "dir"), handler)).Select(Text).ToList();
            foreach (string meth in names)
            {
                if (Skipped.Contains(meth)) continue;
                int i = meth.IndexOf('_');
                if (i < 0) continue;
                string protocol = meth.Substring(0, i), condition = meth.Substring(i + 1);
                PyObject lookup;
                PyObject kind;
                if (condition.StartsWith("error"))
                {
                    int j = condition.IndexOf('_') + i + 1;
                    string k = meth.Substring(j + 1);
                    kind = k.Length > 0 && k.All(char.IsDigit) ? Ops.Call(PyInt.TypeObject, S(k)) : S(k);
                    lookup = Call(Get(self, "handle_error"), "get", S(protocol), new PyDict());
                    Ops.SetItem(Get(self, "handle_error"), S(protocol), lookup);
                }
                else if (condition == "open")
                {
                    kind = S(protocol);
                    lookup = Get(self, "handle_open");
                }
                else if (condition == "response")
                {
                    kind = S(protocol);
                    lookup = Get(self, "process_response");
                }
                else if (condition == "request")
                {
                    kind = S(protocol);
                    lookup = Get(self, "process_request");
                }
                else continue;
                PyObject handlers = Call(lookup, "setdefault", kind, new PyList());
                if (Ops.IsTrue(handlers)) Ops.Call(Get(Importer.ImportModule("bisect"), "insort"), handlers, handler);
                else Call(handlers, "append", handler);
                added = true;
            }
            if (added)
            {
                Ops.Call(Get(Importer.ImportModule("bisect"), "insort"), Get(self, "handlers"), handler);
                Call(handler, "add_parent", self);
            }
        }

        private static PyObject Open(PyObject self, PyObject fullurl, PyObject data, PyObject timeout)
        {
            PyObject req;
            if (fullurl is PyStr || fullurl is PyUnicode) req = Ops.Call(Get(Self, "Request"), fullurl, data);
            else
            {
                req = fullurl;
                if (!IsNone(data)) Call(req, "add_data", data);
            }
            Set(req, "timeout", timeout);
            PyObject protocol = Call(req, "get_type");
            string methName = Text(protocol) + "_request";
            foreach (PyObject processor in Items(Call(Get(self, "process_request"), "get", protocol, new PyList())))
                req = Call(processor, methName, req);
            PyObject response = Call(self, "_open", req, data);
            methName = Text(protocol) + "_response";
            foreach (PyObject processor in Items(Call(Get(self, "process_response"), "get", protocol, new PyList())))
                response = Call(processor, methName, req, response);
            return response;
        }

        // ------------------------------------------------------------ handlers
        public static readonly PyType BaseHandler = new PythonClassBuilder(Module, "BaseHandler")
            .Attribute("handler_order", PyInt.From(500))
            .Method("add_parent", new[] { "self", "parent" }, a => { Set(a[0], "parent", a[1]); return None; })
            .Method("close", new[] { "self" }, a => None)
            .Method("__lt__", new[] { "self", "other" }, a =>
            {
                PyObject order = Ops.GetAttrOrNull(a[1], PyStr.Intern("handler_order"));
                return order == null ? PyBool.True : PyBool.From(Ops.Less(Get(a[0], "handler_order"), order));
            })
            .Build();

        public static readonly PyType HTTPErrorProcessor = new PythonClassBuilder(Module, "HTTPErrorProcessor", BaseHandler)
            .Attribute("__doc__", S("Process HTTP error responses."))
            .Attribute("handler_order", PyInt.From(1000))
            .Method("http_response", new[] { "self", "request", "response" }, a =>
            {
                PyObject response = a[2];
                PyObject code = Get(response, "code"), msg = Get(response, "msg"), hdrs = Call(response, "info");
                long c = Ops.IndexToLong(code);
                if (!(c >= 200 && c < 300))
                    response = Ops.Call(Get(Get(a[0], "parent"), "error"), new[] { S("http"), a[1], response, code, msg, hdrs });
                return response;
            })
            .Method("https_response", new[] { "self", "request", "response" }, a => Call(a[0], "http_response", a[1], a[2]))
            .Build();

        public static readonly PyType HTTPDefaultErrorHandler = new PythonClassBuilder(Module, "HTTPDefaultErrorHandler", BaseHandler)
            .Method("http_error_default", new[] { "self", "req", "fp", "code", "msg", "hdrs" }, a =>
                throw new PythonException(Ops.Call(Get(Self, "HTTPError"), new[] { Call(a[1], "get_full_url"), a[3], a[4], a[5], a[2] })))
            .Build();

        public static readonly PyType HTTPRedirectHandler = new PythonClassBuilder(Module, "HTTPRedirectHandler", BaseHandler)
            .Attribute("max_repeats", PyInt.From(4))
            .Attribute("max_redirections", PyInt.From(10))
            .Attribute("inf_msg", S("The HTTP server returned a redirect error that would lead to an infinite loop.\nThe last 30x error message was:\n"))
            .Method("redirect_request", new[] { "self", "req", "fp", "code", "msg", "headers", "newurl" }, a =>
            {
                PyObject req = a[1];
                string m = Text(Call(req, "get_method"));
                long code = Ops.IndexToLong(a[3]);
                if ((code == 301 || code == 302 || code == 303 || code == 307) && (m == "GET" || m == "HEAD") ||
                    (code == 301 || code == 302 || code == 303) && m == "POST")
                {
                    PyObject newurl = Call(a[6], "replace", S(" "), S("%20"));
                    var newheaders = new PyDict();
                    foreach (PyObject item in Items(Call(Get(req, "headers"), "items")))
                    {
                        PyObject[] kv = Pair(item);
                        string lower = Text(kv[0]).ToLowerInvariant();
                        if (lower != "content-length" && lower != "content-type") newheaders.SetItem(kv[0], kv[1]);
                    }
                    return Ops.Call(Get(Self, "Request"), new[] { newurl, newheaders, Call(req, "get_origin_req_host"), PyBool.True },
                        new[] { PyStr.Intern("headers"), PyStr.Intern("origin_req_host"), PyStr.Intern("unverifiable") });
                }
                throw new PythonException(Ops.Call(Get(Self, "HTTPError"), new[] { Call(req, "get_full_url"), a[3], a[4], a[5], a[2] }));
            })
            .Method("http_error_302", new[] { "self", "req", "fp", "code", "msg", "headers" }, a => Redirect(a))
            .Method("http_error_301", new[] { "self", "req", "fp", "code", "msg", "headers" }, a => Redirect(a))
            .Method("http_error_303", new[] { "self", "req", "fp", "code", "msg", "headers" }, a => Redirect(a))
            .Method("http_error_307", new[] { "self", "req", "fp", "code", "msg", "headers" }, a => Redirect(a))
            .Build();

        private static PyObject Redirect(PyObject[] a)
        {
            PyObject self = a[0], req = a[1], fp = a[2], code = a[3], msg = a[4], headers = a[5], newurl;
            if (Ops.In(S("location"), headers)) newurl = Ops.GetItem(Call(headers, "getheaders", S("location")), PyInt.Zero);
            else if (Ops.In(S("uri"), headers)) newurl = Ops.GetItem(Call(headers, "getheaders", S("uri")), PyInt.Zero);
            else return None;
            PyObject parts = urlparse_module.urlparse(newurl);
            if (!Ops.IsTrue(Get(parts, "path")) && Ops.IsTrue(Get(parts, "netloc")))
            {
                PyObject list = Ops.Call(PyList.TypeObject, parts);
                Ops.SetItem(list, PyInt.From(2), S("/"));
                newurl = urlparse_module.urlunparse(list);
            }
            newurl = urlparse_module.urljoin(Call(req, "get_full_url"), newurl);
            string lower = Text(newurl).ToLowerInvariant();
            if (!(lower.StartsWith("http://") || lower.StartsWith("https://") || lower.StartsWith("ftp://")))
                throw new PythonException(Ops.Call(Get(Self, "HTTPError"), new[] { newurl, code,
                    Ops.Add(msg, Ops.Modulo(S(" - Redirection to url '%s' is not allowed"), newurl)), headers, fp }));
            PyObject @new = Ops.Call(Get(self, "redirect_request"), new[] { req, fp, code, msg, headers, newurl });
            if (IsNone(@new)) return None;
            PyObject visited;
            PyObject existing = Ops.GetAttrOrNull(req, PyStr.Intern("redirect_dict"));
            if (existing != null)
            {
                visited = existing;
                Set(@new, "redirect_dict", visited);
                if (Ops.GreaterEqual(Call(visited, "get", newurl, PyInt.Zero), Get(self, "max_repeats")) ||
                    Ops.GreaterEqual(PyInt.From(Ops.Len(visited)), Get(self, "max_redirections")))
                    throw new PythonException(Ops.Call(Get(Self, "HTTPError"), new[] { Call(req, "get_full_url"), code,
                        Ops.Add(Get(self, "inf_msg"), msg), headers, fp }));
            }
            else
            {
                visited = new PyDict();
                Set(@new, "redirect_dict", visited);
                Set(req, "redirect_dict", visited);
            }
            Ops.SetItem(visited, newurl, Ops.Add(Call(visited, "get", newurl, PyInt.Zero), PyInt.One));
            Call(fp, "read");
            Call(fp, "close");
            return Ops.Call(Get(Get(self, "parent"), "open"), new[] { @new, Get(req, "timeout") }, new[] { PyStr.Intern("timeout") });
        }

        public static readonly PyType AbstractHTTPHandler = new PythonClassBuilder(Module, "AbstractHTTPHandler", BaseHandler)
            .Method("__init__", new[] { "self", "debuglevel" }, a => { Set(a[0], "_debuglevel", a[1]); return None; }, defaults: new PyObject[] { PyInt.Zero })
            .Method("set_http_debuglevel", new[] { "self", "level" }, a => { Set(a[0], "_debuglevel", a[1]); return None; })
            .Method("do_request_", new[] { "self", "request" }, a => DoRequest(a[0], a[1]))
            .Method("do_open", new[] { "self", "http_class", "req" }, a => DoOpen(a[0], a[1], a[2], a[3]), kwArgs: "http_conn_args")
            .Build();

        private static PyObject DoRequest(PyObject self, PyObject request)
        {
            PyObject host = Call(request, "get_host");
            if (!Ops.IsTrue(host)) throw new PythonException(Ops.Call(Get(Self, "URLError"), S("no host given")));
            if (Ops.IsTrue(Call(request, "has_data")))
            {
                PyObject data = Call(request, "get_data");
                if (!Ops.IsTrue(Call(request, "has_header", S("Content-type"))))
                    Call(request, "add_unredirected_header", S("Content-type"), S("application/x-www-form-urlencoded"));
                if (!Ops.IsTrue(Call(request, "has_header", S("Content-length"))))
                    Call(request, "add_unredirected_header", S("Content-length"), Ops.Modulo(S("%d"), PyInt.From(Ops.Len(data))));
            }
            PyObject selHost = host;
            if (Ops.IsTrue(Call(request, "has_proxy")))
            {
                PyObject selector = Ops.GetItem(U("splittype", Call(request, "get_selector")), PyInt.One);
                selHost = Ops.GetItem(U("splithost", selector), PyInt.Zero);
            }
            if (!Ops.IsTrue(Call(request, "has_header", S("Host")))) Call(request, "add_unredirected_header", S("Host"), selHost);
            foreach (PyObject item in Items(Get(Get(self, "parent"), "addheaders")))
            {
                PyObject[] kv = Pair(item);
                PyObject name = Capitalize(kv[0]);
                if (!Ops.IsTrue(Call(request, "has_header", name))) Call(request, "add_unredirected_header", name, kv[1]);
            }
            return request;
        }

        private static PyObject DoOpen(PyObject self, PyObject httpClass, PyObject req, PyObject connArgs)
        {
            PyObject host = Get(req, "host");
            if (!Ops.IsTrue(host)) throw new PythonException(Ops.Call(Get(Self, "URLError"), S("no host given")));
            var kw = new List<PyStr> { PyStr.Intern("timeout") };
            var args = new List<PyObject> { host, Get(req, "timeout") };
            foreach (PyObject item in Items(Call(connArgs, "items")))
            {
                PyObject[] kv = Pair(item);
                kw.Add((PyStr)kv[0]);
                args.Add(kv[1]);
            }
            PyObject h = Ops.Call(httpClass, args.ToArray(), kw.ToArray());
            Call(h, "set_debuglevel", Get(self, "_debuglevel"));
            PyObject headers = Ops.Call(PyDict.TypeObject, Get(req, "unredirected_hdrs"));
            foreach (PyObject item in Items(Call(Get(req, "headers"), "items")))
            {
                PyObject[] kv = Pair(item);
                if (!Ops.In(kv[0], headers)) Ops.SetItem(headers, kv[0], kv[1]);
            }
            Ops.SetItem(headers, S("Connection"), S("close"));
            var titled = new PyDict();
            foreach (PyObject item in Items(Call(headers, "items")))
            {
                PyObject[] kv = Pair(item);
                titled.SetItem(Call(kv[0], "title"), kv[1]);
            }
            headers = titled;
            if (Ops.IsTrue(Get(req, "_tunnel_host")))
            {
                var tunnelHeaders = new PyDict();
                PyObject proxyAuth = S("Proxy-Authorization");
                if (Ops.In(proxyAuth, headers))
                {
                    tunnelHeaders.SetItem(proxyAuth, Ops.GetItem(headers, proxyAuth));
                    Ops.DelItem(headers, proxyAuth);
                }
                Call(h, "set_tunnel", Get(req, "_tunnel_host"), None, tunnelHeaders);
            }
            PyObject r;
            try
            {
                Call(h, "request", Call(req, "get_method"), Call(req, "get_selector"), Get(req, "data"), headers);
            }
            catch (PythonException e) when (e.Matches(Get(Importer.ImportModule("socket"), "error")))
            {
                Call(h, "close");
                throw new PythonException(Ops.Call(Get(Self, "URLError"), e.Value));
            }
            r = Ops.Call(Get(h, "getresponse"), new PyObject[] { PyBool.True }, new[] { PyStr.Intern("buffering") });
            Set(r, "recv", Get(r, "read"));
            PyObject fp = Ops.Call(Get(Importer.ImportModule("socket"), "_fileobject"), new[] { r, PyBool.True }, new[] { PyStr.Intern("close") });
            PyObject resp = Ops.Call(Get(Urllib, "addinfourl"), fp, Get(r, "msg"), Call(req, "get_full_url"));
            Set(resp, "code", Get(r, "status"));
            Set(resp, "msg", Get(r, "reason"));
            return resp;
        }

        public static readonly PyType HTTPHandler = new PythonClassBuilder(Module, "HTTPHandler", AbstractHTTPHandler)
            .Method("http_open", new[] { "self", "req" }, a => Call(a[0], "do_open", Get(Importer.ImportModule("httplib"), "HTTPConnection"), a[1]))
            .Method("http_request", new[] { "self", "request" }, a => Call(a[0], "do_request_", a[1]))
            .Build();

        public static readonly PyType HTTPSHandler = new PythonClassBuilder(Module, "HTTPSHandler", AbstractHTTPHandler)
            .Method("__init__", new[] { "self", "debuglevel", "context" }, a =>
            {
                Ops.Call(Get(AbstractHTTPHandler, "__init__"), a[0], a[1]);
                Set(a[0], "_context", a[2]);
                return None;
            }, defaults: new PyObject[] { PyInt.Zero, None })
            .Method("https_open", new[] { "self", "req" }, a =>
                Ops.Call(Get(a[0], "do_open"), new[] { Get(Importer.ImportModule("httplib"), "HTTPSConnection"), a[1], Get(a[0], "_context") },
                    new[] { PyStr.Intern("context") }))
            .Method("https_request", new[] { "self", "request" }, a => Call(a[0], "do_request_", a[1]))
            .Build();

        public static readonly PyType UnknownHandler = new PythonClassBuilder(Module, "UnknownHandler", BaseHandler)
            .Method("unknown_open", new[] { "self", "req" }, a =>
                throw new PythonException(Ops.Call(Get(Self, "URLError"), Ops.Modulo(S("unknown url type: %s"), PyTuple.Create(Call(a[1], "get_type"))))))
            .Build();

        /// <summary>2.7's FTPHandler is in the default chain; ftp: URLs are not supported by the runtime yet,
        /// so opening one is a URLError naming that.</summary>
        public static readonly PyType FTPHandler = new PythonClassBuilder(Module, "FTPHandler", BaseHandler)
            .Method("ftp_open", new[] { "self", "req" }, a =>
                throw new PythonException(Ops.Call(Get(Self, "URLError"), S("ftp error: ftp: URLs are not supported by py2cs's urllib2"))))
            .Build();

        public static readonly PyType FileHandler = new PythonClassBuilder(Module, "FileHandler", BaseHandler)
            .Method("file_open", new[] { "self", "req" }, a =>
            {
                PyObject url = Call(a[1], "get_selector");
                string t = Text(url);
                if (t.StartsWith("//") && !t.StartsWith("///") && Ops.IsTrue(Get(a[1], "host")) && !Ops.Eq(Get(a[1], "host"), S("localhost")))
                    throw new PythonException(Ops.Call(Get(Self, "URLError"), S("file:// scheme is supported only on localhost")));
                return Call(a[0], "open_local_file", a[1]);
            })
            .Method("open_local_file", new[] { "self", "req" }, a =>
            {
                PyObject req = a[1];
                PyObject host = Call(req, "get_host"), filename = Call(req, "get_selector");
                PyObject localfile = U("url2pathname", filename);
                PyObject stats;
                try { stats = Ops.Call(Get(Importer.ImportModule("os"), "stat"), localfile); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.OSError))
                {
                    throw new PythonException(Ops.Call(Get(Self, "URLError"), e.Value));
                }
                PyObject modified = Ops.Call(Get(Importer.ImportModule("email.utils"), "formatdate"), new[] { Get(stats, "st_mtime"), PyBool.True },
                    new[] { PyStr.Intern("usegmt") });
                PyObject opened = Call(Ops.Call(Get(Urllib, "URLopener")), "open_local_file", filename);
                PyObject mtype = Call(Call(opened, "info"), "getheader", S("Content-Type"));
                Call(opened, "close");
                PyObject headers = Ops.Call(Get(Importer.ImportModule("httplib"), "HTTPMessage"), Ops.Call(Get(Importer.ImportModule("StringIO"), "StringIO"),
                    Ops.Modulo(S("Content-type: %s\nContent-length: %d\nLast-modified: %s\n"), PyTuple.Create(mtype, Get(stats, "st_size"), modified))));
                if (Ops.IsTrue(host)) host = Ops.GetItem(U("splitport", host), PyInt.Zero);
                PyObject origurl = Ops.IsTrue(host) ? Ops.Add(Ops.Add(S("file://"), host), filename) : Ops.Add(S("file://"), filename);
                return Ops.Call(Get(Urllib, "addinfourl"), Ops.Call(PyFile.TypeObject, localfile, S("rb")), headers, origurl);
            })
            .Build();

        // ------------------------------------------------------------ module functions
        public static PyObject build_opener(params PyObject[] handlers)
        {
            PyObject opener = Ops.Call(Get(Self, "OpenerDirector"));
            var defaultClasses = new List<PyObject>();
            foreach (string name in new[] { "UnknownHandler", "HTTPHandler", "HTTPDefaultErrorHandler", "HTTPRedirectHandler", "FTPHandler", "FileHandler", "HTTPErrorProcessor", "HTTPSHandler" })
                defaultClasses.Add(Get(Self, name));
            var skip = new List<PyObject>();
            PyObject classType = Get(Importer.ImportModule("types"), "ClassType");
            foreach (PyObject klass in defaultClasses)
                foreach (PyObject check in handlers)
                {
                    bool isClass = check is PyType || Ops.IsInstance(check, classType);
                    if (isClass ? Ops.IsSubclass(check, klass) : Ops.IsInstance(check, klass)) skip.Add(klass);
                }
            foreach (PyObject klass in skip) defaultClasses.Remove(klass);
            foreach (PyObject klass in defaultClasses) Call(opener, "add_handler", Ops.Call(klass));
            foreach (PyObject h in handlers)
            {
                PyObject handler = h is PyType || Ops.IsInstance(h, classType) ? Ops.Call(h) : h;
                Call(opener, "add_handler", handler);
            }
            return opener;
        }

        public static PyObject install_opener(PyObject opener)
        {
            ((PyModule)Self)["_opener"] = opener;
            return None;
        }

        public static PyObject urlopen(PyObject url, PyObject data = null, PyObject timeout = null, PyObject cafile = null, PyObject capath = null,
            PyObject cadefault = null, PyObject context = null)
        {
            PyModule module = (PyModule)Self;
            PyObject opener;
            if (cafile != null && !IsNone(cafile) || capath != null && !IsNone(capath) || context != null && !IsNone(context))
            {
                if (context == null || IsNone(context))
                    context = Ops.Call(Get(Importer.ImportModule("ssl"), "create_default_context"), new[] { cafile ?? None, capath ?? None },
                        new[] { PyStr.Intern("cafile"), PyStr.Intern("capath") });
                opener = build_opener(Ops.Call(Get(module, "HTTPSHandler"), new[] { context }, new[] { PyStr.Intern("context") }));
            }
            else
            {
                opener = Get(module, "_opener");
                if (IsNone(opener))
                {
                    opener = build_opener();
                    module["_opener"] = opener;
                }
            }
            return Call(opener, "open", url, data ?? None, timeout ?? Timeout);
        }
    }
}
