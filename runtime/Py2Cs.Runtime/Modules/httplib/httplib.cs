#pragma warning disable CS8981 // the module class is named as in Python
using System.Collections.Generic;
using System.Linq;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// httplib (Python 2.7), plain HTTP client side: HTTPConnection (putrequest/putheader/endheaders/send,
    /// request with automatic Host, Accept-Encoding and Content-Length, getresponse and its state machine),
    /// HTTPResponse (status line, headers, Content-Length, chunked bodies, will_close), HTTPMessage, the
    /// HTTP/1.0 compatibility class HTTP (used by logging's HTTPHandler), the exception family, status
    /// constants and `responses`. The classes are classic classes as in 2.7 and call their own steps
    /// through attribute lookup. HTTPSConnection/HTTPS go through ssl.SSLContext (verified by default, PEP 476,
    /// as in 2.7.18); set_tunnel sends CONNECT to the proxy.
    /// </summary>
    [PythonModule("httplib")]
    public static class httplib
    {
        private const string Module = "httplib";
        private static PyObject None => PyNone.None;
        private const int MaxLine = 65536;

        public static readonly PyInt HTTP_PORT = PyInt.From(80), HTTPS_PORT = PyInt.From(443);
        public static readonly PyStr _UNKNOWN = S("UNKNOWN");
        public static readonly PyStr _CS_IDLE = S("Idle"), _CS_REQ_STARTED = S("Request-started"), _CS_REQ_SENT = S("Request-sent");
        public static readonly PyInt _MAXLINE = PyInt.From(MaxLine), _MAXHEADERS = PyInt.From(100);

        private static readonly (int Code, string Name, string Text)[] Statuses =
        {
            (100, "CONTINUE", "Continue"), (101, "SWITCHING_PROTOCOLS", "Switching Protocols"), (102, "PROCESSING", null),
            (200, "OK", "OK"), (201, "CREATED", "Created"), (202, "ACCEPTED", "Accepted"),
            (203, "NON_AUTHORITATIVE_INFORMATION", "Non-Authoritative Information"), (204, "NO_CONTENT", "No Content"),
            (205, "RESET_CONTENT", "Reset Content"), (206, "PARTIAL_CONTENT", "Partial Content"), (207, "MULTI_STATUS", null),
            (226, "IM_USED", null), (300, "MULTIPLE_CHOICES", "Multiple Choices"), (301, "MOVED_PERMANENTLY", "Moved Permanently"),
            (302, "FOUND", "Found"), (303, "SEE_OTHER", "See Other"), (304, "NOT_MODIFIED", "Not Modified"),
            (305, "USE_PROXY", "Use Proxy"), (306, null, "(Unused)"), (307, "TEMPORARY_REDIRECT", "Temporary Redirect"),
            (400, "BAD_REQUEST", "Bad Request"), (401, "UNAUTHORIZED", "Unauthorized"), (402, "PAYMENT_REQUIRED", "Payment Required"),
            (403, "FORBIDDEN", "Forbidden"), (404, "NOT_FOUND", "Not Found"), (405, "METHOD_NOT_ALLOWED", "Method Not Allowed"),
            (406, "NOT_ACCEPTABLE", "Not Acceptable"), (407, "PROXY_AUTHENTICATION_REQUIRED", "Proxy Authentication Required"),
            (408, "REQUEST_TIMEOUT", "Request Timeout"), (409, "CONFLICT", "Conflict"), (410, "GONE", "Gone"),
            (411, "LENGTH_REQUIRED", "Length Required"), (412, "PRECONDITION_FAILED", "Precondition Failed"),
            (413, "REQUEST_ENTITY_TOO_LARGE", "Request Entity Too Large"), (414, "REQUEST_URI_TOO_LONG", "Request-URI Too Long"),
            (415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported Media Type"),
            (416, "REQUESTED_RANGE_NOT_SATISFIABLE", "Requested Range Not Satisfiable"), (417, "EXPECTATION_FAILED", "Expectation Failed"),
            (422, "UNPROCESSABLE_ENTITY", null), (423, "LOCKED", null), (424, "FAILED_DEPENDENCY", null), (426, "UPGRADE_REQUIRED", null),
            (500, "INTERNAL_SERVER_ERROR", "Internal Server Error"), (501, "NOT_IMPLEMENTED", "Not Implemented"),
            (502, "BAD_GATEWAY", "Bad Gateway"), (503, "SERVICE_UNAVAILABLE", "Service Unavailable"),
            (504, "GATEWAY_TIMEOUT", "Gateway Timeout"), (505, "HTTP_VERSION_NOT_SUPPORTED", "HTTP Version Not Supported"),
            (507, "INSUFFICIENT_STORAGE", null), (510, "NOT_EXTENDED", null),
        };

        public static readonly PyDict responses = BuildResponses();

        private static PyDict BuildResponses()
        {
            var d = new PyDict();
            foreach (var (code, _, text) in Statuses) if (text != null) d.SetItem(PyInt.From(code), S(text));
            return d;
        }

        /// <summary>The status constants (OK, NOT_FOUND, ...) as module attributes.</summary>
        public static void __init__(PyModule m)
        {
            foreach (var (code, name, _) in Statuses) if (name != null) Ops.SetAttr(m, PyStr.Intern(name), PyInt.From(code));
        }

        // ---------------------------------------------------------------- exceptions

        public static readonly PyType HTTPException = new PythonClassBuilder(Module, "HTTPException", PyExceptionTypes.Exception).Build();
        public static readonly PyType error = HTTPException;
        public static readonly PyType NotConnected = new PythonClassBuilder(Module, "NotConnected", HTTPException).Build();
        public static readonly PyType InvalidURL = new PythonClassBuilder(Module, "InvalidURL", HTTPException).Build();
        public static readonly PyType UnknownProtocol = new PythonClassBuilder(Module, "UnknownProtocol", HTTPException)
            .Method("__init__", new[] { "self", "version" }, a =>
            {
                Set(a[0], "args", PyTuple.Create(a[1]));
                Set(a[0], "version", a[1]);
                return None;
            })
            .Build();
        public static readonly PyType UnknownTransferEncoding = new PythonClassBuilder(Module, "UnknownTransferEncoding", HTTPException).Build();
        public static readonly PyType UnimplementedFileMode = new PythonClassBuilder(Module, "UnimplementedFileMode", HTTPException).Build();
        public static readonly PyType IncompleteRead = new PythonClassBuilder(Module, "IncompleteRead", HTTPException)
            .Method("__init__", new[] { "self", "partial", "expected" }, a =>
            {
                Set(a[0], "args", PyTuple.Create(a[1]));
                Set(a[0], "partial", a[1]);
                Set(a[0], "expected", a[2]);
                return None;
            }, defaults: new PyObject[] { PyNone.None })
            .Method("__repr__", new[] { "self" }, a => IncompleteReadText(a[0]))
            .Method("__str__", new[] { "self" }, a => IncompleteReadText(a[0]))
            .Build();

        private static PyObject IncompleteReadText(PyObject self)
        {
            PyObject expected = Get(self, "expected");
            string e = IsNone(expected) ? "" : $", {Ops.IndexToLong(expected)} more expected";
            return S($"IncompleteRead({Ops.Len(Get(self, "partial"))} bytes read{e})");
        }

        public static readonly PyType ImproperConnectionState = new PythonClassBuilder(Module, "ImproperConnectionState", HTTPException).Build();
        public static readonly PyType CannotSendRequest = new PythonClassBuilder(Module, "CannotSendRequest", ImproperConnectionState).Build();
        public static readonly PyType CannotSendHeader = new PythonClassBuilder(Module, "CannotSendHeader", ImproperConnectionState).Build();
        public static readonly PyType ResponseNotReady = new PythonClassBuilder(Module, "ResponseNotReady", ImproperConnectionState).Build();
        public static readonly PyType BadStatusLine = new PythonClassBuilder(Module, "BadStatusLine", HTTPException)
            .Method("__init__", new[] { "self", "line" }, a =>
            {
                PyObject line = Ops.IsTrue(a[1]) ? a[1] : Ops.Repr(a[1]);
                Set(a[0], "args", PyTuple.Create(line));
                Set(a[0], "line", line);
                return None;
            })
            .Build();
        public static readonly PyType LineTooLong = new PythonClassBuilder(Module, "LineTooLong", HTTPException)
            .Method("__init__", new[] { "self", "line_type" }, a =>
            {
                Ops.Call(Get(HTTPException, "__init__"), a[0], S($"got more than {MaxLine} bytes when reading {Text(a[1])}"));
                return None;
            })
            .Build();

        private static PythonException Raise(PyObject type, params PyObject[] args) => new PythonException(Ops.Call(type, args));

        private static PyObject Socket => Importer.ImportModule("socket");
        private static PyObject Stdout => Sys("stdout");
        private static bool Debug(PyObject self) => Ops.Greater(Get(self, "debuglevel"), PyInt.From(0));

        // ---------------------------------------------------------------- HTTPMessage

        /// <summary>The response headers (2.7: a mimetools.Message): `headers` keeps the raw lines, the
        /// dict maps lower-cased names to values (repeated headers joined with ", ").</summary>
        public static readonly PyType HTTPMessage = new PythonClassBuilder(Module, "HTTPMessage")
            .Method("__init__", new[] { "self", "fp", "seekable" }, a =>
            {
                Set(a[0], "fp", a[1]);
                Set(a[0], "seekable", a[2]);
                Set(a[0], "dict", new PyDict());
                Set(a[0], "headers", new PyList());
                Set(a[0], "status", S(""));
                Set(a[0], "unixfrom", S(""));
                Call(a[0], "readheaders");
                return None;
            }, defaults: new PyObject[] { PyInt.From(1) })
            .Method("readheaders", new[] { "self" }, a => { ReadHeaders(a[0]); return None; })
            .Method("addheader", new[] { "self", "key", "value" }, a =>
            {
                var dict = (PyDict)Get(a[0], "dict");
                PyObject prev = dict.Get(a[1]);
                dict.SetItem(a[1], prev == null ? a[2] : S(Text(prev) + ", " + Text(a[2])));
                return None;
            })
            .Method("addcontinue", new[] { "self", "key", "more" }, a =>
            {
                var dict = (PyDict)Get(a[0], "dict");
                dict.SetItem(a[1], S(Text(dict.Get(a[1])) + "\n " + Text(a[2])));
                return None;
            })
            .Method("getheader", new[] { "self", "name", "default" }, a =>
                ((PyDict)Get(a[0], "dict")).Get(Call(a[1], "lower")) ?? a[2], defaults: new PyObject[] { PyNone.None })
            .Method("get", new[] { "self", "name", "default" }, a =>
                ((PyDict)Get(a[0], "dict")).Get(Call(a[1], "lower")) ?? a[2], defaults: new PyObject[] { PyNone.None })
            .Method("getheaders", new[] { "self", "name" }, a =>
            {
                PyObject value = ((PyDict)Get(a[0], "dict")).Get(Call(a[1], "lower"));
                return value == null ? new PyList() : PyList.Create(value);
            })
            .Method("__getitem__", new[] { "self", "name" }, a => Ops.GetItem(Get(a[0], "dict"), Call(a[1], "lower")))
            .Method("__contains__", new[] { "self", "name" }, a => PyBool.From(Ops.Contains(Get(a[0], "dict"), Call(a[1], "lower"))))
            .Method("__len__", new[] { "self" }, a => PyInt.From(Ops.Len(Get(a[0], "dict"))))
            .Method("__iter__", new[] { "self" }, a => Ops.Iter(Get(a[0], "dict")))
            .Method("has_key", new[] { "self", "name" }, a => PyBool.From(Ops.Contains(Get(a[0], "dict"), Call(a[1], "lower"))))
            .Method("keys", new[] { "self" }, a => Call(Get(a[0], "dict"), "keys"))
            .Method("values", new[] { "self" }, a => Call(Get(a[0], "dict"), "values"))
            .Method("items", new[] { "self" }, a => Call(Get(a[0], "dict"), "items"))
            .Method("__str__", new[] { "self" }, a => S(string.Concat(Items(Get(a[0], "headers")).Select(Text))))
            .Build();

        private static void ReadHeaders(PyObject self)
        {
            PyObject fp = Get(self, "fp");
            var headers = (PyList)Get(self, "headers");
            string lastKey = null;
            while (true)
            {
                if (headers.Count > Ops.IndexToLong(_MAXHEADERS)) throw Raise(HTTPException, S("got more than 100 headers"));
                string line = Text(Call(fp, "readline", PyInt.From(MaxLine + 1)));
                if (line.Length > MaxLine) throw Raise(LineTooLong, S("header line"));
                if (line.Length == 0) { Set(self, "status", S("EOF in headers")); break; }
                if (lastKey != null && (line[0] == ' ' || line[0] == '\t'))
                {
                    headers.Append(S(line));
                    Call(self, "addcontinue", S(lastKey), S(line.Trim()));
                    continue;
                }
                if (line == "\r\n" || line == "\n") break;
                int colon = line.IndexOf(':');
                if (colon > 0)
                {
                    headers.Append(S(line));
                    lastKey = line.Substring(0, colon).ToLowerInvariant();
                    Call(self, "addheader", S(lastKey), S(line.Substring(colon + 1).Trim()));
                }
                else
                {
                    Set(self, "status", S(lastKey == null ? "No headers" : "Non-header line where header expected"));
                    break;
                }
            }
        }

        // ---------------------------------------------------------------- HTTPResponse

        public static readonly PyType HTTPResponse = new PythonClassBuilder(Module, "HTTPResponse")
            .Method("__init__", new[] { "self", "sock", "debuglevel", "strict", "method", "buffering" }, a =>
            {
                PyObject self = a[0];
                Set(self, "fp", Ops.IsTrue(a[5]) ? Call(a[1], "makefile", S("rb")) : Call(a[1], "makefile", S("rb"), PyInt.From(0)));
                Set(self, "debuglevel", a[2]);
                Set(self, "strict", a[3]);
                Set(self, "_method", a[4]);
                Set(self, "msg", None);
                Set(self, "version", _UNKNOWN);
                Set(self, "status", _UNKNOWN);
                Set(self, "reason", _UNKNOWN);
                Set(self, "chunked", _UNKNOWN);
                Set(self, "chunk_left", _UNKNOWN);
                Set(self, "length", _UNKNOWN);
                Set(self, "will_close", _UNKNOWN);
                return None;
            }, defaults: new PyObject[] { PyInt.From(0), PyInt.From(0), None, PyBool.False })
            .Method("_read_status", new[] { "self" }, a => ReadStatus(a[0]))
            .Method("begin", new[] { "self" }, a => { Begin(a[0]); return None; })
            .Method("_check_close", new[] { "self" }, a => PyBool.From(CheckClose(a[0])))
            .Method("_close_conn", new[] { "self" }, a =>
            {
                PyObject fp = Get(a[0], "fp");
                Set(a[0], "fp", None);
                Call(fp, "close");
                return None;
            })
            .Method("close", new[] { "self" }, a =>
            {
                PyObject fp = Get(a[0], "fp");
                Set(a[0], "fp", None);
                if (Ops.IsTrue(fp)) Call(fp, "close");
                return None;
            })
            .Method("isclosed", new[] { "self" }, a => PyBool.From(IsNone(Get(a[0], "fp"))))
            .Method("read", new[] { "self", "amt" }, a => Read(a[0], a[1]), defaults: new PyObject[] { PyNone.None })
            .Method("_read_chunked", new[] { "self", "amt" }, a => ReadChunked(a[0], a[1]))
            .Method("_safe_read", new[] { "self", "amt" }, a => SafeRead(a[0], (int)Ops.IndexToLong(a[1])))
            .Method("fileno", new[] { "self" }, a => Call(Get(a[0], "fp"), "fileno"))
            .Method("getheader", new[] { "self", "name", "default" }, a =>
            {
                if (IsNone(Get(a[0], "msg"))) throw Raise(ResponseNotReady);
                return Call(Get(a[0], "msg"), "getheader", a[1], a[2]);
            }, defaults: new PyObject[] { PyNone.None })
            .Method("getheaders", new[] { "self" }, a =>
            {
                if (IsNone(Get(a[0], "msg"))) throw Raise(ResponseNotReady);
                return Call(Get(a[0], "msg"), "items");
            })
            .Build();

        private static PyObject ReadStatus(PyObject self)
        {
            PyObject lineObj = Call(Get(self, "fp"), "readline", PyInt.From(MaxLine + 1));
            string line = Text(lineObj);
            if (line.Length > MaxLine) throw Raise(LineTooLong, S("header line"));
            if (Debug(self)) Builtins.Print(Stdout, S("reply:"), Ops.Repr(lineObj));
            if (line.Length == 0) throw Raise(BadStatusLine, S("No status line received - the server has closed the connection"));
            string[] parts = line.Split((char[])null, 3, System.StringSplitOptions.RemoveEmptyEntries);
            string version = parts.Length >= 2 ? parts[0] : "", status = parts.Length >= 2 ? parts[1] : "", reason = parts.Length == 3 ? parts[2] : "";
            if (parts.Length == 2 && status.Contains(' ')) status = status.Trim();
            if (!version.StartsWith("HTTP/"))
            {
                if (Ops.IsTrue(Get(self, "strict")))
                {
                    Call(self, "close");
                    throw Raise(BadStatusLine, lineObj);
                }
                // HTTP/0.9: the line read is the start of the body.
                Set(self, "fp", Ops.Call(LineAndFileWrapper, lineObj, Get(self, "fp")));
                return PyTuple.Create(S("HTTP/0.9"), PyInt.From(200), S(""));
            }
            if (!int.TryParse(status, System.Globalization.NumberStyles.AllowLeadingSign, null, out int code) || code < 100 || code > 999)
                throw Raise(BadStatusLine, lineObj);
            return PyTuple.Create(S(version), PyInt.From(code), S(reason));
        }

        private static void Begin(PyObject self)
        {
            if (!IsNone(Get(self, "msg"))) return;
            string version, reason;
            long status;
            while (true)
            {
                PyObject st = Call(self, "_read_status");
                version = Text(Ops.GetItem(st, PyInt.From(0)));
                status = Ops.IndexToLong(Ops.GetItem(st, PyInt.From(1)));
                reason = Text(Ops.GetItem(st, PyInt.From(2)));
                if (status != 100) break;
                while (true)
                {
                    string skip = Text(Call(Get(self, "fp"), "readline", PyInt.From(MaxLine + 1)));
                    if (skip.Length > MaxLine) throw Raise(LineTooLong, S("header line"));
                    skip = skip.Trim();
                    if (skip.Length == 0) break;
                    if (Debug(self)) Builtins.Print(Stdout, S("header:"), S(skip));
                }
            }
            Set(self, "status", PyInt.From(status));
            Set(self, "reason", S(reason.Trim()));
            int v = version == "HTTP/1.0" ? 10 : version.StartsWith("HTTP/1.") ? 11 : version == "HTTP/0.9" ? 9 : -1;
            if (v < 0) throw Raise(UnknownProtocol, S(version));
            Set(self, "version", PyInt.From(v));
            if (v == 9)
            {
                Set(self, "length", None);
                Set(self, "chunked", PyInt.From(0));
                Set(self, "will_close", PyInt.From(1));
                Set(self, "msg", Ops.Call(HTTPMessage, Ops.Call(Get(Importer.ImportModule("StringIO"), "StringIO"))));
                return;
            }
            PyObject msg = Ops.Call(HTTPMessage, Get(self, "fp"), PyInt.From(0));
            Set(self, "msg", msg);
            if (Debug(self))
                foreach (PyObject hdr in Items(Get(msg, "headers")))
                {
                    Builtins.PrintItem(Stdout, S("header:"));
                    Builtins.PrintItem(Stdout, hdr);
                }
            Set(msg, "fp", None);
            PyObject trEnc = Call(msg, "getheader", S("transfer-encoding"));
            bool chunked = Ops.IsTrue(trEnc) && Text(trEnc).ToLowerInvariant() == "chunked";
            Set(self, "chunked", PyInt.From(chunked ? 1 : 0));
            if (chunked) Set(self, "chunk_left", None);
            Set(self, "will_close", Call(self, "_check_close"));
            PyObject length = Call(msg, "getheader", S("content-length"));
            PyObject len = None;
            if (Ops.IsTrue(length) && !chunked && long.TryParse(Text(length).Trim(), out long n) && n >= 0) len = PyInt.From(n);
            string method = IsNone(Get(self, "_method")) ? null : Text(Get(self, "_method"));
            if (status == 204 || status == 304 || (status >= 100 && status < 200) || method == "HEAD") len = PyInt.From(0);
            Set(self, "length", len);
            if (!Ops.IsTrue(Get(self, "will_close")) && !chunked && IsNone(len)) Set(self, "will_close", PyInt.From(1));
        }

        private static bool CheckClose(PyObject self)
        {
            PyObject msg = Get(self, "msg");
            PyObject conn = Call(msg, "getheader", S("connection"));
            if (Ops.IndexToLong(Get(self, "version")) == 11)
                return Ops.IsTrue(conn) && Text(conn).ToLowerInvariant().Contains("close");
            if (Ops.IsTrue(Call(msg, "getheader", S("keep-alive")))) return false;
            if (Ops.IsTrue(conn) && Text(conn).ToLowerInvariant().Contains("keep-alive")) return false;
            PyObject pconn = Call(msg, "getheader", S("proxy-connection"));
            if (Ops.IsTrue(pconn) && Text(pconn).ToLowerInvariant().Contains("keep-alive")) return false;
            return true;
        }

        private static PyObject Read(PyObject self, PyObject amt)
        {
            PyObject fp = Get(self, "fp");
            if (IsNone(fp)) return S("");
            if (!IsNone(Get(self, "_method")) && Text(Get(self, "_method")) == "HEAD")
            {
                Call(self, "_close_conn");
                return S("");
            }
            if (Ops.IsTrue(Get(self, "chunked"))) return Call(self, "_read_chunked", amt);
            PyObject length = Get(self, "length");
            PyObject s;
            if (IsNone(amt))
            {
                if (IsNone(length)) s = Call(fp, "read");
                else
                {
                    try { s = Call(self, "_safe_read", length); }
                    catch (PythonException e) when (e.Matches(IncompleteRead))
                    {
                        Call(self, "_close_conn");
                        throw;
                    }
                    Set(self, "length", PyInt.From(0));
                }
                Call(self, "_close_conn");
                return s;
            }
            if (!IsNone(length) && Ops.Greater(amt, length)) amt = length;
            s = Call(fp, "read", amt);
            if (Ops.Len(s) == 0 && Ops.IsTrue(amt)) Call(self, "_close_conn");
            if (!IsNone(length))
            {
                long left = Ops.IndexToLong(length) - Ops.Len(s);
                Set(self, "length", PyInt.From(left));
                if (left == 0) Call(self, "_close_conn");
            }
            return s;
        }

        private static PyObject SafeRead(PyObject self, int amt)
        {
            var parts = new List<byte>();
            PyObject fp = Get(self, "fp");
            while (amt > 0)
            {
                var chunk = (PyStr)Call(fp, "read", PyInt.From(System.Math.Min(amt, 1048576)));
                if (chunk.Length == 0) throw Raise(IncompleteRead, PyStr.FromBytes(parts.ToArray()), PyInt.From(amt));
                parts.AddRange(chunk.Bytes.ToArray());
                amt -= chunk.Length;
            }
            return PyStr.FromBytes(parts.ToArray());
        }

        private static PyObject ReadChunked(PyObject self, PyObject amt)
        {
            PyObject fp = Get(self, "fp");
            PyObject chunkLeft = Get(self, "chunk_left");
            var value = new List<byte>();
            long? want = IsNone(amt) ? null : Ops.IndexToLong(amt);
            while (true)
            {
                long left;
                if (IsNone(chunkLeft))
                {
                    string line = Text(Call(fp, "readline", PyInt.From(MaxLine + 1)));
                    if (line.Length > MaxLine) throw Raise(LineTooLong, S("chunk size"));
                    int semi = line.IndexOf(';');
                    if (semi >= 0) line = line.Substring(0, semi);
                    try { left = System.Convert.ToInt64(line.Trim(), 16); }
                    catch (System.Exception)
                    {
                        Call(self, "close");
                        throw Raise(IncompleteRead, PyStr.FromBytes(value.ToArray()));
                    }
                    if (left == 0) break;
                }
                else left = Ops.IndexToLong(chunkLeft);
                if (want == null) value.AddRange(((PyStr)Call(self, "_safe_read", PyInt.From(left))).Bytes.ToArray());
                else if (want < left)
                {
                    value.AddRange(((PyStr)Call(self, "_safe_read", PyInt.From(want.Value))).Bytes.ToArray());
                    Set(self, "chunk_left", PyInt.From(left - want.Value));
                    return PyStr.FromBytes(value.ToArray());
                }
                else if (want == left)
                {
                    value.AddRange(((PyStr)Call(self, "_safe_read", PyInt.From(want.Value))).Bytes.ToArray());
                    Call(self, "_safe_read", PyInt.From(2));
                    Set(self, "chunk_left", None);
                    return PyStr.FromBytes(value.ToArray());
                }
                else
                {
                    value.AddRange(((PyStr)Call(self, "_safe_read", PyInt.From(left))).Bytes.ToArray());
                    want -= left;
                }
                Call(self, "_safe_read", PyInt.From(2)); // the CRLF after the chunk
                chunkLeft = None;
                Set(self, "chunk_left", None);
            }
            // trailer lines up to the blank line
            while (true)
            {
                string line = Text(Call(fp, "readline", PyInt.From(MaxLine + 1)));
                if (line.Length > MaxLine) throw Raise(LineTooLong, S("trailer line"));
                if (line.Length == 0 || line == "\r\n") break;
            }
            Call(self, "_close_conn");
            return PyStr.FromBytes(value.ToArray());
        }

        /// <summary>HTTP/0.9: the already-read status line, then the rest of the file.</summary>
        public static readonly PyType LineAndFileWrapper = new PythonClassBuilder(Module, "LineAndFileWrapper")
            .Method("__init__", new[] { "self", "line", "file" }, a =>
            {
                Set(a[0], "_line", a[1]);
                Set(a[0], "_file", a[2]);
                return None;
            })
            .Method("__getattr__", new[] { "self", "attr" }, a => Ops.GetAttr(Get(a[0], "_file"), (PyStr)a[1]))
            .Method("read", new[] { "self", "amt" }, a =>
            {
                PyObject rest = IsNone(a[1]) ? Call(Get(a[0], "_file"), "read") : Call(Get(a[0], "_file"), "read", a[1]);
                PyObject all = Ops.Add(Get(a[0], "_line"), rest);
                Set(a[0], "_line", S(""));
                return all;
            }, defaults: new PyObject[] { PyNone.None })
            .Method("readline", new[] { "self", "size" }, a =>
            {
                PyObject line = Get(a[0], "_line");
                if (Ops.Len(line) == 0) return Call(Get(a[0], "_file"), "readline");
                Set(a[0], "_line", S(""));
                return line;
            }, defaults: new PyObject[] { PyInt.From(-1) })
            .Method("close", new[] { "self" }, a => Call(Get(a[0], "_file"), "close"))
            .Build();

        // ---------------------------------------------------------------- HTTPConnection

        private const string State = "_HTTPConnection__state", Response = "_HTTPConnection__response";

        public static readonly PyType HTTPConnection = new PythonClassBuilder(Module, "HTTPConnection")
            .Attribute("_http_vsn", PyInt.From(11))
            .Attribute("_http_vsn_str", S("HTTP/1.1"))
            .Attribute("response_class", HTTPResponse)
            .Attribute("default_port", HTTP_PORT)
            .Attribute("auto_open", PyInt.From(1))
            .Attribute("debuglevel", PyInt.From(0))
            .Attribute("strict", PyInt.From(0))
            .Method("__init__", new[] { "self", "host", "port", "strict", "timeout", "source_address" }, a =>
            {
                PyObject self = a[0];
                Set(self, "timeout", a[4]);
                Set(self, "source_address", a[5]);
                Set(self, "sock", None);
                Set(self, "_buffer", new PyList());
                Set(self, Response, None);
                Set(self, State, _CS_IDLE);
                Set(self, "_method", None);
                Set(self, "_tunnel_host", None);
                Set(self, "_tunnel_port", None);
                Set(self, "_tunnel_headers", new PyDict());
                if (!IsNone(a[3])) Set(self, "strict", a[3]);
                PyObject hostPort = Call(self, "_get_hostport", a[1], a[2]);
                Set(self, "host", Ops.GetItem(hostPort, PyInt.From(0)));
                Set(self, "port", Ops.GetItem(hostPort, PyInt.From(1)));
                Set(self, "_create_connection", Get(Socket, "create_connection"));
                return None;
            }, defaults: new PyObject[] { None, None, Get(Importer.ImportModule("socket"), "_GLOBAL_DEFAULT_TIMEOUT"), None })
            .Method("_get_hostport", new[] { "self", "host", "port" }, a => GetHostPort(a[0], a[1], a[2]))
            .Method("set_debuglevel", new[] { "self", "level" }, a => { Set(a[0], "debuglevel", a[1]); return None; })
            .Method("connect", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                Set(self, "sock", Ops.Call(Get(self, "_create_connection"),
                    PyTuple.Create(Get(self, "host"), Get(self, "port")), Get(self, "timeout"), Get(self, "source_address")));
                if (Ops.IsTrue(Get(self, "_tunnel_host"))) Call(self, "_tunnel");
                return None;
            })
            .Method("set_tunnel", new[] { "self", "host", "port", "headers" }, a =>
            {
                PyObject self = a[0];
                if (Ops.IsTrue(Get(self, "sock"))) throw Ops.RuntimeError("Can't setup tunnel for established connection.");
                PyObject hostPort = Call(self, "_get_hostport", a[1], a[2]);
                Set(self, "_tunnel_host", Ops.GetItem(hostPort, PyInt.From(0)));
                Set(self, "_tunnel_port", Ops.GetItem(hostPort, PyInt.From(1)));
                if (Ops.IsTrue(a[3])) Set(self, "_tunnel_headers", a[3]);
                else Call(Get(self, "_tunnel_headers"), "clear");
                return None;
            }, defaults: new PyObject[] { None, None })
            .Method("_tunnel", new[] { "self" }, a => { Tunnel(a[0]); return None; })
            .Method("close", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                Set(self, State, _CS_IDLE);
                try
                {
                    PyObject sock = Get(self, "sock");
                    if (Ops.IsTrue(sock))
                    {
                        Set(self, "sock", None);
                        Call(sock, "close");
                    }
                }
                finally
                {
                    PyObject response = Get(self, Response);
                    if (Ops.IsTrue(response))
                    {
                        Set(self, Response, None);
                        Call(response, "close");
                    }
                }
                return None;
            })
            .Method("send", new[] { "self", "data" }, a => { Send(a[0], a[1]); return None; })
            .Method("_output", new[] { "self", "s" }, a => { Call(Get(a[0], "_buffer"), "append", a[1]); return None; })
            .Method("_send_output", new[] { "self", "message_body" }, a =>
            {
                PyObject self = a[0];
                var buffer = (PyList)Get(self, "_buffer");
                buffer.Append(S(""));
                buffer.Append(S(""));
                PyObject msg = Call(S("\r\n"), "join", buffer);
                buffer.Clear();
                PyObject body = a[1];
                if (body is PyStr)
                {
                    msg = Ops.Add(msg, body);
                    body = None;
                }
                Call(self, "send", msg);
                if (!IsNone(body)) Call(self, "send", body);
                return None;
            }, defaults: new PyObject[] { PyNone.None })
            .Method("putrequest", new[] { "self", "method", "url", "skip_host", "skip_accept_encoding" }, a =>
            {
                PutRequest(a[0], a[1], a[2], Ops.IsTrue(a[3]), Ops.IsTrue(a[4]));
                return None;
            }, defaults: new PyObject[] { PyInt.From(0), PyInt.From(0) })
            .Method("putheader", new[] { "self", "header" }, a => { PutHeader(a[0], a[1], Items(a[2])); return None; }, varArgs: "values")
            .Method("endheaders", new[] { "self", "message_body" }, a =>
            {
                if (!Ops.Eq(Get(a[0], State), _CS_REQ_STARTED)) throw Raise(CannotSendHeader);
                Set(a[0], State, _CS_REQ_SENT);
                Call(a[0], "_send_output", a[1]);
                return None;
            }, defaults: new PyObject[] { PyNone.None })
            .Method("request", new[] { "self", "method", "url", "body", "headers" }, a =>
            {
                SendRequest(a[0], a[1], a[2], a[3], a[4]);
                return None;
            }, defaults: new PyObject[] { PyNone.None, new PyDict() })
            .Method("getresponse", new[] { "self", "buffering" }, a => GetResponse(a[0], Ops.IsTrue(a[1])), defaults: new PyObject[] { PyBool.False })
            .Build();

        private static PyObject GetHostPort(PyObject self, PyObject hostObj, PyObject port)
        {
            string host = Text(hostObj);
            if (IsNone(port))
            {
                int i = host.LastIndexOf(':'), j = host.LastIndexOf(']');
                if (i > j)
                {
                    string digits = host.Substring(i + 1);
                    if (int.TryParse(digits, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowLeadingWhite | System.Globalization.NumberStyles.AllowTrailingWhite, null, out int p))
                        port = PyInt.From(p);
                    else if (digits.Length == 0) port = Get(self, "default_port");
                    else throw Raise(InvalidURL, S($"nonnumeric port: '{digits}'"));
                    host = host.Substring(0, i);
                }
                else port = Get(self, "default_port");
                if (host.Length > 0 && host[0] == '[' && host[^1] == ']') host = host.Substring(1, host.Length - 2);
                return PyTuple.Create(S(host), port);
            }
            return PyTuple.Create(hostObj, port);
        }

        private static void Send(PyObject self, PyObject data)
        {
            if (IsNone(Get(self, "sock")))
            {
                if (Ops.IsTrue(Get(self, "auto_open"))) Call(self, "connect");
                else throw Raise(NotConnected);
            }
            if (Debug(self)) Builtins.Print(Stdout, S("send:"), Ops.Repr(data));
            PyObject sock = Get(self, "sock");
            if (Has(data, "read") && !(data is PyStr))
            {
                if (Debug(self)) Builtins.Print(Stdout, S("sendIng a read()able"));
                PyObject block = Call(data, "read", PyInt.From(8192));
                while (Ops.IsTrue(block))
                {
                    Call(sock, "sendall", block);
                    block = Call(data, "read", PyInt.From(8192));
                }
            }
            else Call(sock, "sendall", data);
        }

        private static void PutRequest(PyObject self, PyObject method, PyObject url, bool skipHost, bool skipAcceptEncoding)
        {
            PyObject response = Get(self, Response);
            if (Ops.IsTrue(response) && Ops.IsTrue(Call(response, "isclosed"))) Set(self, Response, None);
            if (Ops.Eq(Get(self, State), _CS_IDLE)) Set(self, State, _CS_REQ_STARTED);
            else throw Raise(CannotSendRequest);
            Set(self, "_method", method);
            if (!Ops.IsTrue(url)) url = S("/");
            string u = Text(url);
            foreach (char c in u)
                if (c <= ' ' || c == '\x7f')
                    throw Raise(InvalidURL, S($"URL can't contain control characters. {Text(Ops.Repr(url))} (found at least {Text(Ops.Repr(S(c.ToString())))})"));
            Call(self, "_output", Ops.Modulo(S("%s %s %s"), PyTuple.Create(method, url, Get(self, "_http_vsn_str"))));
            if (Ops.IndexToLong(Get(self, "_http_vsn")) != 11) return;
            if (!skipHost)
            {
                string netloc = "";
                if (u.StartsWith("http"))
                {
                    int scheme = u.IndexOf("//");
                    if (scheme >= 0)
                    {
                        string rest = u.Substring(scheme + 2);
                        int end = rest.IndexOfAny(new[] { '/', '?', '#' });
                        netloc = end < 0 ? rest : rest.Substring(0, end);
                    }
                }
                if (netloc.Length > 0) Call(self, "putheader", S("Host"), S(netloc));
                else
                {
                    bool tunnel = !IsNone(Get(self, "_tunnel_host"));
                    string host = Text(tunnel ? Get(self, "_tunnel_host") : Get(self, "host"));
                    PyObject port = tunnel ? Get(self, "_tunnel_port") : Get(self, "port");
                    if (host.Contains(':')) host = "[" + host + "]";
                    if (Ops.Eq(port, Get(self, "default_port"))) Call(self, "putheader", S("Host"), S(host));
                    else Call(self, "putheader", S("Host"), S(host + ":" + Text(Ops.Str(port))));
                }
            }
            if (!skipAcceptEncoding) Call(self, "putheader", S("Accept-Encoding"), S("identity"));
        }

        private static readonly System.Text.RegularExpressions.Regex LegalHeaderName = new(@"^[^:\s][^:\r\n]*$");
        private static readonly System.Text.RegularExpressions.Regex IllegalHeaderValue = new(@"\n(?![ \t])|\r(?![ \t\n])");

        private static void PutHeader(PyObject self, PyObject header, List<PyObject> values)
        {
            if (!Ops.Eq(Get(self, State), _CS_REQ_STARTED)) throw Raise(CannotSendHeader);
            string name = Text(Ops.Modulo(S("%s"), PyTuple.Create(header)));
            if (!LegalHeaderName.IsMatch(name)) throw Ops.ValueError("Invalid header name " + Text(Ops.Repr(S(name))));
            var texts = values.Select(v => Text(Ops.Str(v))).ToList();
            foreach (string one in texts)
                if (IllegalHeaderValue.IsMatch(one)) throw Ops.ValueError("Invalid header value " + Text(Ops.Repr(S(one))));
            Call(self, "_output", S(name + ": " + string.Join("\r\n\t", texts)));
        }

        private static void SendRequest(PyObject self, PyObject method, PyObject url, PyObject body, PyObject headers)
        {
            var names = new HashSet<string>(Items(headers).Select(k => Text(Call(k, "lower"))));
            var skips = new List<PyObject>();
            var skipNames = new List<PyStr>();
            if (names.Contains("host")) { skips.Add(PyInt.From(1)); skipNames.Add(PyStr.Intern("skip_host")); }
            if (names.Contains("accept-encoding")) { skips.Add(PyInt.From(1)); skipNames.Add(PyStr.Intern("skip_accept_encoding")); }
            Ops.Call(Get(self, "putrequest"), new[] { method, url }.Concat(skips).ToArray(), skipNames.ToArray());
            if (!names.Contains("content-length"))
            {
                string length = null;
                string m = Text(Call(method, "upper"));
                if (IsNone(body) && (m == "PATCH" || m == "POST" || m == "PUT")) length = "0";
                else if (!IsNone(body))
                {
                    try { length = Ops.Len(body).ToString(); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError) || e.Matches(PyExceptionTypes.AttributeError))
                    {
                        try { length = Text(Ops.Str(Get(Ops.Call(Get(Importer.ImportModule("os"), "fstat"), Call(body, "fileno")), "st_size"))); }
                        catch (PythonException e2) when (e2.Matches(PyExceptionTypes.AttributeError) || e2.Matches(PyExceptionTypes.OSError))
                        {
                            if (Debug(self)) Builtins.Print(Stdout, S("Cannot stat!!"));
                        }
                    }
                }
                if (length != null) Call(self, "putheader", S("Content-Length"), S(length));
            }
            foreach (PyObject pair in Items(Call(headers, "iteritems")))
                Call(self, "putheader", Ops.GetItem(pair, PyInt.From(0)), Ops.GetItem(pair, PyInt.From(1)));
            Call(self, "endheaders", body);
        }

        private static PyObject GetResponse(PyObject self, bool buffering)
        {
            PyObject current = Get(self, Response);
            if (Ops.IsTrue(current) && Ops.IsTrue(Call(current, "isclosed"))) Set(self, Response, None);
            if (!Ops.Eq(Get(self, State), _CS_REQ_SENT) || Ops.IsTrue(Get(self, Response))) throw Raise(ResponseNotReady);
            var args = new List<PyObject> { Get(self, "sock") };
            if (Debug(self)) args.Add(Get(self, "debuglevel"));
            args.Add(Get(self, "strict"));
            args.Add(Get(self, "_method"));
            var names = new List<PyStr> { PyStr.Intern("strict"), PyStr.Intern("method") };
            if (buffering) { args.Add(PyBool.True); names.Add(PyStr.Intern("buffering")); }
            PyObject response = Ops.Call(Get(self, "response_class"), args.ToArray(), names.ToArray());
            try
            {
                Call(response, "begin");
                Set(self, State, _CS_IDLE);
                if (Ops.IsTrue(Get(response, "will_close"))) Call(self, "close");
                else Set(self, Response, response);
                return response;
            }
            catch (PythonException)
            {
                Call(response, "close");
                throw;
            }
        }

        // ---------------------------------------------------------------- HTTP (the 1.0 compatibility class)

        /// <summary>2.7's _tunnel: CONNECT host:port through the proxy, then skip the proxy's headers.</summary>
        private static void Tunnel(PyObject self)
        {
            Call(self, "send", Ops.Modulo(S("CONNECT %s:%d HTTP/1.0\r\n"), PyTuple.Create(Get(self, "_tunnel_host"), Get(self, "_tunnel_port"))));
            foreach (PyObject item in Items(Call(Get(self, "_tunnel_headers"), "iteritems")))
                Call(self, "send", Ops.Modulo(S("%s: %s\r\n"), item));
            Call(self, "send", S("\r\n"));
            PyObject response = Ops.Call(Get(self, "response_class"), new[] { Get(self, "sock"), Get(self, "strict"), Get(self, "_method") },
                new[] { PyStr.Intern("strict"), PyStr.Intern("method") });
            PyObject[] status = Ops.UnpackSequence(Call(response, "_read_status"), 3);
            if (Ops.Eq(status[0], S("HTTP/0.9")))
            {
                Call(self, "close");
                throw Raise(Get(Socket, "error"), S("Invalid response from tunnel request"));
            }
            if (!Ops.Eq(status[1], PyInt.From(200)))
            {
                Call(self, "close");
                throw Raise(Get(Socket, "error"), Ops.Modulo(S("Tunnel connection failed: %d %s"), PyTuple.Create(status[1], Call(status[2], "strip"))));
            }
            while (true)
            {
                PyObject line = Call(Get(response, "fp"), "readline", PyInt.From(MaxLine + 1));
                if (Ops.Len(line) > MaxLine) throw Raise(LineTooLong, S("header line"));
                if (!Ops.IsTrue(line) || Ops.Eq(line, S("\r\n"))) break;
            }
        }

        public static readonly PyType HTTPSConnection = new PythonClassBuilder(Module, "HTTPSConnection", HTTPConnection)
            .Attribute("__doc__", S("This class allows communication via SSL."))
            .Attribute("default_port", HTTPS_PORT)
            .Method("__init__", new[] { "self", "host", "port", "key_file", "cert_file", "strict", "timeout", "source_address", "context" }, a =>
            {
                PyObject self = a[0], context = a[8];
                Ops.Call(Get(HTTPConnection, "__init__"), new[] { self, a[1], a[2], a[5], a[6], a[7] });
                Set(self, "key_file", a[3]);
                Set(self, "cert_file", a[4]);
                if (IsNone(context)) context = Ops.Call(Get(Importer.ImportModule("ssl"), "_create_default_https_context"));
                if (Ops.IsTrue(a[3]) || Ops.IsTrue(a[4])) Call(context, "load_cert_chain", a[4], a[3]);
                Set(self, "_context", context);
                return None;
            }, defaults: new PyObject[] { None, None, None, None, Get(Importer.ImportModule("socket"), "_GLOBAL_DEFAULT_TIMEOUT"), None, None })
            .Method("connect", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                Ops.Call(Get(HTTPConnection, "connect"), self);
                PyObject serverHostname = Ops.IsTrue(Get(self, "_tunnel_host")) ? Get(self, "_tunnel_host") : Get(self, "host");
                Set(self, "sock", Ops.Call(Get(Get(self, "_context"), "wrap_socket"), new[] { Get(self, "sock"), serverHostname },
                    new[] { PyStr.Intern("server_hostname") }));
                return None;
            })
            .Build();

        public static readonly PyType HTTP = new PythonClassBuilder(Module, "HTTP")
            .Attribute("_http_vsn_str", S("HTTP/1.0"))
            .Attribute("_http_vsn", PyInt.From(10))
            .Attribute("debuglevel", PyInt.From(0))
            .Attribute("_connection_class", HTTPConnection)
            .Method("__init__", new[] { "self", "host", "port", "strict" }, a =>
            {
                PyObject port = a[2];
                if (Ops.Eq(port, PyInt.From(0))) port = None;
                Call(a[0], "_setup", Ops.Call(Get(a[0], "_connection_class"), a[1], port, a[3]));
                return None;
            }, defaults: new PyObject[] { S(""), None, None })
            .Method("_setup", new[] { "self", "conn" }, a =>
            {
                PyObject self = a[0], conn = a[1];
                Set(self, "_conn", conn);
                foreach (string m in new[] { "send", "putrequest", "putheader", "endheaders", "set_debuglevel" }) Set(self, m, Get(conn, m));
                Set(conn, "_http_vsn", Get(self, "_http_vsn"));
                Set(conn, "_http_vsn_str", Get(self, "_http_vsn_str"));
                Set(self, "file", None);
                return None;
            })
            .Method("connect", new[] { "self", "host", "port" }, a =>
            {
                PyObject conn = Get(a[0], "_conn");
                if (!IsNone(a[1]))
                {
                    PyObject hostPort = Call(conn, "_get_hostport", a[1], a[2]);
                    Set(conn, "host", Ops.GetItem(hostPort, PyInt.From(0)));
                    Set(conn, "port", Ops.GetItem(hostPort, PyInt.From(1)));
                }
                Call(conn, "connect");
                return None;
            }, defaults: new PyObject[] { None, None })
            .Method("getfile", new[] { "self" }, a => Get(a[0], "file"))
            .Method("getreply", new[] { "self", "buffering" }, a =>
            {
                PyObject self = a[0], conn = Get(self, "_conn");
                PyObject response;
                try { response = Ops.IsTrue(a[1]) ? Call(conn, "getresponse", a[1]) : Call(conn, "getresponse"); }
                catch (PythonException e) when (e.Matches(BadStatusLine))
                {
                    Set(self, "file", Call(Get(conn, "sock"), "makefile", S("rb"), PyInt.From(0)));
                    Call(self, "close");
                    Set(self, "headers", None);
                    return PyTuple.Create(PyInt.From(-1), Get(e.Value, "line"), None);
                }
                Set(self, "headers", Get(response, "msg"));
                Set(self, "file", Get(response, "fp"));
                return PyTuple.Create(Get(response, "status"), Get(response, "reason"), Get(response, "msg"));
            }, defaults: new PyObject[] { PyBool.False })
            .Method("close", new[] { "self" }, a =>
            {
                Call(Get(a[0], "_conn"), "close");
                Set(a[0], "file", None);
                return None;
            })
            .Build();
    
        public static readonly PyType HTTPS = new PythonClassBuilder(Module, "HTTPS", HTTP)
            .Attribute("__doc__", S("Compatibility with 1.5 httplib interface\n\n        Python 1.5.2 did not have an HTTPS class, but it defined an\n        interface for sending http requests that is also useful for\n        https.\n        "))
            .Attribute("_connection_class", HTTPSConnection)
            .Method("__init__", new[] { "self", "host", "port", "key_file", "cert_file", "strict", "context" }, a =>
            {
                PyObject port = a[2];
                if (Ops.Eq(port, PyInt.From(0))) port = None;
                Call(a[0], "_setup", Ops.Call(Get(a[0], "_connection_class"), new[] { a[1], port, a[3], a[4], a[5], a[6] },
                    new[] { PyStr.Intern("context") }));
                Set(a[0], "key_file", a[3]);
                Set(a[0], "cert_file", a[4]);
                return None;
            }, defaults: new PyObject[] { S(""), None, None, None, None, None })
            .Build();
    }
}
