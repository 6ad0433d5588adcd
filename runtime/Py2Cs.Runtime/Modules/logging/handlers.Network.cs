using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.logging;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// logging.handlers' network handlers (Python 2.7): SocketHandler, DatagramHandler, SysLogHandler,
    /// SMTPHandler, HTTPHandler. They talk through the runtime's socket, cPickle, smtplib and httplib
    /// modules by attribute lookup, as 2.7's handlers.py does, so a subclass may override any step
    /// (makeSocket, makePickle, send, encodePriority, mapPriority, getSubject, mapLogRecord...).
    /// </summary>
    public static partial class loggingHandlersModule
    {
        private static PyObject Socket => Importer.ImportModule("socket");
        private static PyObject SocketError => Get(Socket, "error");
        private static PyObject SocketConstant(string name) => Get(Socket, name);

        /// <summary>2.7's `except (KeyboardInterrupt, SystemExit): raise / except: self.handleError(record)`.</summary>
        private static void EmitGuarded(PyObject handler, PyObject record, System.Action emit)
        {
            try { emit(); }
            catch (PythonException e) when (!e.Matches(PyExceptionTypes.KeyboardInterrupt) && !e.Matches(PyExceptionTypes.SystemExit))
            {
                Ops.SetExcInfo(e);
                Call(handler, "handleError", record);
            }
        }

        private static bool IsBaseString(PyObject o) => o is PyStr || o is PyUnicode;

        public static readonly PyType SocketHandler = new PythonClassBuilder(Module, "SocketHandler", LoggingCore.Handler)
            .Method("__init__", new[] { "self", "host", "port" }, a =>
            {
                PyObject self = a[0];
                Ops.Call(Get(LoggingCore.Handler, "__init__"), self);
                Set(self, "host", a[1]);
                Set(self, "port", a[2]);
                Set(self, "sock", None);
                Set(self, "closeOnError", PyInt.From(0));
                Set(self, "retryTime", None);
                Set(self, "retryStart", new PyFloat(1.0));
                Set(self, "retryMax", new PyFloat(30.0));
                Set(self, "retryFactor", new PyFloat(2.0));
                return None;
            })
            .Method("makeSocket", new[] { "self", "timeout" }, a =>
            {
                PyObject s = Ops.Call(Get(Socket, "socket"), SocketConstant("AF_INET"), SocketConstant("SOCK_STREAM"));
                if (Has(s, "settimeout")) Call(s, "settimeout", a[1]);
                Call(s, "connect", PyTuple.Create(Get(a[0], "host"), Get(a[0], "port")));
                return s;
            }, defaults: new PyObject[] { PyInt.From(1) })
            .Method("createSocket", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                PyObject now = TimeCall("time");
                PyObject retryTime = Get(self, "retryTime");
                bool attempt = IsNone(retryTime) || Ops.GreaterEqual(now, retryTime);
                if (!attempt) return None;
                try
                {
                    Set(self, "sock", Call(self, "makeSocket"));
                    Set(self, "retryTime", None);
                }
                catch (PythonException e) when (e.Matches(SocketError))
                {
                    // Exponential backoff: retryStart, then times retryFactor up to retryMax.
                    if (IsNone(Get(self, "retryTime"))) Set(self, "retryPeriod", Get(self, "retryStart"));
                    else
                    {
                        PyObject period = Ops.Multiply(Get(self, "retryPeriod"), Get(self, "retryFactor"));
                        if (Ops.Greater(period, Get(self, "retryMax"))) period = Get(self, "retryMax");
                        Set(self, "retryPeriod", period);
                    }
                    Set(self, "retryTime", Ops.Add(now, Get(self, "retryPeriod")));
                }
                return None;
            })
            .Method("send", new[] { "self", "s" }, a =>
            {
                PyObject self = a[0];
                if (IsNone(Get(self, "sock"))) Call(self, "createSocket");
                PyObject sock = Get(self, "sock");
                if (!Ops.IsTrue(sock)) return None;
                try
                {
                    if (Has(sock, "sendall")) Call(sock, "sendall", a[1]);
                    else
                    {
                        long sent = 0, left = Ops.Len(a[1]);
                        while (left > 0)
                        {
                            long n = Long(Call(sock, "send", Ops.GetSlice(a[1], PyInt.From(sent), None)));
                            sent += n;
                            left -= n;
                        }
                    }
                }
                catch (PythonException e) when (e.Matches(SocketError))
                {
                    Call(sock, "close");
                    Set(self, "sock", None);
                }
                return None;
            })
            .Method("makePickle", new[] { "self", "record" }, a =>
            {
                PyObject self = a[0], record = a[1];
                PyObject ei = Get(record, "exc_info");
                if (Ops.IsTrue(ei))
                {
                    Call(self, "format", record); // fills record.exc_text with the traceback text
                    Set(record, "exc_info", None);
                }
                var d = (PyDict)Ops.Call(PyDict.TypeObject, Get(record, "__dict__"));
                PyObject msg = Call(record, "getMessage");
                d.SetStr("msg", msg);
                d.SetStr("args", None);
                // A message built by msg % args is referenced by d alone, and cPickle does not memoize it.
                bool fresh = !ReferenceEquals(msg, Get(record, "msg"));
                var s = (PyStr)cPickle.Classes.Dumps(d, PyInt.From(1), o => fresh && ReferenceEquals(o, msg));
                if (Ops.IsTrue(ei)) Set(record, "exc_info", ei);
                return Ops.Add(BigEndian32(s.Length), s);
            })
            .Method("handleError", new[] { "self", "record" }, a =>
            {
                PyObject self = a[0];
                if (Ops.IsTrue(Get(self, "closeOnError")) && Ops.IsTrue(Get(self, "sock")))
                {
                    Call(Get(self, "sock"), "close");
                    Set(self, "sock", None);
                }
                else Ops.Call(Get(LoggingCore.Handler, "handleError"), self, a[1]);
                return None;
            })
            .Method("emit", new[] { "self", "record" }, a =>
            {
                EmitGuarded(a[0], a[1], () => Call(a[0], "send", Call(a[0], "makePickle", a[1])));
                return None;
            })
            .Method("close", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                Call(self, "acquire");
                try
                {
                    PyObject sock = Get(self, "sock");
                    if (Ops.IsTrue(sock))
                    {
                        Set(self, "sock", None);
                        Call(sock, "close");
                    }
                }
                finally { Call(self, "release"); }
                Ops.Call(Get(LoggingCore.Handler, "close"), self);
                return None;
            })
            .Build();

        /// <summary>struct.pack(">L", n): makePickle's length prefix.</summary>
        private static PyStr BigEndian32(int n) =>
            PyStr.FromBytes(new[] { (byte)(n >> 24), (byte)(n >> 16), (byte)(n >> 8), (byte)n });

        public static readonly PyType DatagramHandler = new PythonClassBuilder(Module, "DatagramHandler", SocketHandler)
            .Method("__init__", new[] { "self", "host", "port" }, a =>
            {
                Ops.Call(Get(SocketHandler, "__init__"), a[0], a[1], a[2]);
                Set(a[0], "closeOnError", PyInt.From(0));
                return None;
            })
            .Method("makeSocket", new[] { "self" }, a =>
                Ops.Call(Get(Socket, "socket"), SocketConstant("AF_INET"), SocketConstant("SOCK_DGRAM")))
            .Method("send", new[] { "self", "s" }, a =>
            {
                PyObject self = a[0];
                if (IsNone(Get(self, "sock"))) Call(self, "createSocket");
                Call(Get(self, "sock"), "sendto", a[1], PyTuple.Create(Get(self, "host"), Get(self, "port")));
                return None;
            })
            .Build();

        private static PyDict NameMap(params (string Name, int Value)[] entries)
        {
            var d = new PyDict();
            foreach (var (name, value) in entries) d.SetItem(S(name), PyInt.From(value));
            return d;
        }

        public static readonly PyType SysLogHandler = BuildSysLogHandler();

        private static PyType BuildSysLogHandler()
        {
            var builder = new PythonClassBuilder(Module, "SysLogHandler", LoggingCore.Handler);
            string[] priorities = { "LOG_EMERG", "LOG_ALERT", "LOG_CRIT", "LOG_ERR", "LOG_WARNING", "LOG_NOTICE", "LOG_INFO", "LOG_DEBUG" };
            for (int i = 0; i < priorities.Length; i++) builder.Attribute(priorities[i], PyInt.From(i));
            string[] facilities = { "LOG_KERN", "LOG_USER", "LOG_MAIL", "LOG_DAEMON", "LOG_AUTH", "LOG_SYSLOG", "LOG_LPR", "LOG_NEWS",
                "LOG_UUCP", "LOG_CRON", "LOG_AUTHPRIV", "LOG_FTP" };
            for (int i = 0; i < facilities.Length; i++) builder.Attribute(facilities[i], PyInt.From(i));
            for (int i = 0; i < 8; i++) builder.Attribute("LOG_LOCAL" + i, PyInt.From(16 + i));
            builder.Attribute("priority_names", NameMap(("alert", 1), ("crit", 2), ("critical", 2), ("debug", 7), ("emerg", 0),
                ("err", 3), ("error", 3), ("info", 6), ("notice", 5), ("panic", 0), ("warn", 4), ("warning", 4)));
            builder.Attribute("facility_names", NameMap(("auth", 4), ("authpriv", 10), ("cron", 9), ("daemon", 3), ("ftp", 11),
                ("kern", 0), ("lpr", 6), ("mail", 2), ("news", 7), ("security", 4), ("syslog", 5), ("user", 1), ("uucp", 8),
                ("local0", 16), ("local1", 17), ("local2", 18), ("local3", 19), ("local4", 20), ("local5", 21), ("local6", 22), ("local7", 23)));
            var priorityMap = new PyDict();
            foreach (string level in new[] { "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL" }) priorityMap.SetItem(S(level), S(level.ToLowerInvariant()));
            builder.Attribute("priority_map", priorityMap);
            builder.Attribute("log_format_string", S("<%d>%s\0"));
            return builder
                .Method("__init__", new[] { "self", "address", "facility", "socktype" }, a => { InitSysLog(a[0], a[1], a[2], a[3]); return None; },
                    defaults: new PyObject[] { PyTuple.Create(S("localhost"), SYSLOG_UDP_PORT), PyInt.From(1), None })
                .Method("_connect_unixsocket", new[] { "self", "address" }, a => { ConnectUnixSocket(a[0], a[1]); return None; })
                .Method("encodePriority", new[] { "self", "facility", "priority" }, a =>
                {
                    PyObject facility = a[1], priority = a[2];
                    if (IsBaseString(facility)) facility = Ops.GetItem(Get(a[0], "facility_names"), facility);
                    if (IsBaseString(priority)) priority = Ops.GetItem(Get(a[0], "priority_names"), priority);
                    return Ops.BitOr(Ops.LeftShift(facility, PyInt.From(3)), priority);
                })
                .Method("close", new[] { "self" }, a =>
                {
                    Call(a[0], "acquire");
                    try { if (Ops.IsTrue(Get(a[0], "unixsocket"))) Call(Get(a[0], "socket"), "close"); }
                    finally { Call(a[0], "release"); }
                    Ops.Call(Get(LoggingCore.Handler, "close"), a[0]);
                    return None;
                })
                .Method("mapPriority", new[] { "self", "levelName" }, a => Call(Get(a[0], "priority_map"), "get", a[1], S("warning")))
                .Method("emit", new[] { "self", "record" }, a => { EmitGuarded(a[0], a[1], () => EmitSysLog(a[0], a[1])); return None; })
                .Build();
        }

        private static void InitSysLog(PyObject self, PyObject address, PyObject facility, PyObject socktype)
        {
            Ops.Call(Get(LoggingCore.Handler, "__init__"), self);
            Set(self, "address", address);
            Set(self, "facility", facility);
            Set(self, "socktype", socktype);
            if (IsBaseString(address))
            {
                Set(self, "unixsocket", PyInt.From(1));
                Call(self, "_connect_unixsocket", address);
                return;
            }
            Set(self, "unixsocket", PyBool.False);
            if (IsNone(socktype)) socktype = SocketConstant("SOCK_DGRAM");
            List<PyObject> hostPort = Items(address);
            if (hostPort.Count != 2) throw Ops.ValueError(hostPort.Count > 2 ? "too many values to unpack" : $"need more than {hostPort.Count} value{(hostPort.Count == 1 ? "" : "s")} to unpack");
            List<PyObject> ress = Items(Ops.Call(Get(Socket, "getaddrinfo"), new[] { hostPort[0], hostPort[1], PyInt.From(0), socktype }));
            if (ress.Count == 0) throw new PythonException(Ops.Call(SocketError, S("getaddrinfo returns an empty list")));
            PythonException err = null;
            PyObject sock = None;
            foreach (PyObject res in ress)
            {
                List<PyObject> fields = Items(res);
                socktype = fields[1];
                err = null;
                sock = None;
                try
                {
                    sock = Ops.Call(Get(Socket, "socket"), new[] { fields[0], fields[1], fields[2] });
                    if (Ops.Eq(socktype, SocketConstant("SOCK_STREAM"))) Call(sock, "connect", fields[4]);
                    break;
                }
                catch (PythonException e) when (e.Matches(SocketError))
                {
                    err = e;
                    if (!IsNone(sock)) Call(sock, "close");
                }
            }
            if (err != null) throw err;
            Set(self, "socket", sock);
            Set(self, "socktype", socktype);
        }

        /// <summary>A unix socket (e.g. '/dev/log'): SOCK_DGRAM unless socktype was given, falling back to SOCK_STREAM.</summary>
        private static void ConnectUnixSocket(PyObject self, PyObject address)
        {
            PyObject useSocktype = Get(self, "socktype");
            if (IsNone(useSocktype)) useSocktype = SocketConstant("SOCK_DGRAM");
            Set(self, "socket", Ops.Call(Get(Socket, "socket"), SocketConstant("AF_UNIX"), useSocktype));
            try
            {
                Call(Get(self, "socket"), "connect", address);
                Set(self, "socktype", useSocktype);
            }
            catch (PythonException e) when (e.Matches(SocketError))
            {
                Call(Get(self, "socket"), "close");
                if (!IsNone(Get(self, "socktype"))) throw;
                useSocktype = SocketConstant("SOCK_STREAM");
                Set(self, "socket", Ops.Call(Get(Socket, "socket"), SocketConstant("AF_UNIX"), useSocktype));
                try
                {
                    Call(Get(self, "socket"), "connect", address);
                    Set(self, "socktype", useSocktype);
                }
                catch (PythonException e2) when (e2.Matches(SocketError))
                {
                    Call(Get(self, "socket"), "close");
                    throw;
                }
            }
        }

        private static void EmitSysLog(PyObject self, PyObject record)
        {
            PyObject msg = Ops.Add(Call(self, "format", record), S("\0"));
            PyObject prio = Ops.Modulo(S("<%d>"),
                Call(self, "encodePriority", Get(self, "facility"), Call(self, "mapPriority", Get(record, "levelname"))));
            if (msg is PyUnicode) msg = Call(msg, "encode", S("utf-8"));
            msg = Ops.Add(prio, msg);
            PyObject socket = Get(self, "socket");
            if (Ops.IsTrue(Get(self, "unixsocket")))
            {
                try { Call(socket, "send", msg); }
                catch (PythonException e) when (e.Matches(SocketError))
                {
                    Call(socket, "close");
                    Call(self, "_connect_unixsocket", Get(self, "address"));
                    Call(Get(self, "socket"), "send", msg);
                }
            }
            else if (Ops.Eq(Get(self, "socktype"), SocketConstant("SOCK_DGRAM"))) Call(socket, "sendto", msg, Get(self, "address"));
            else Call(socket, "sendall", msg);
        }

        public static readonly PyType SMTPHandler = new PythonClassBuilder(Module, "SMTPHandler", LoggingCore.Handler)
            .Method("__init__", new[] { "self", "mailhost", "fromaddr", "toaddrs", "subject", "credentials", "secure" }, a =>
            {
                PyObject self = a[0];
                Ops.Call(Get(LoggingCore.Handler, "__init__"), self);
                if (a[1] is PyList || a[1] is PyTuple)
                {
                    List<PyObject> hostPort = Unpack2(a[1]);
                    Set(self, "mailhost", hostPort[0]);
                    Set(self, "mailport", hostPort[1]);
                }
                else
                {
                    Set(self, "mailhost", a[1]);
                    Set(self, "mailport", None);
                }
                if (a[5] is PyList || a[5] is PyTuple)
                {
                    List<PyObject> credentials = Unpack2(a[5]);
                    Set(self, "username", credentials[0]);
                    Set(self, "password", credentials[1]);
                }
                else Set(self, "username", None);
                Set(self, "fromaddr", a[2]);
                Set(self, "toaddrs", IsBaseString(a[3]) ? PyList.Create(a[3]) : a[3]);
                Set(self, "subject", a[4]);
                Set(self, "secure", a[6]);
                Set(self, "_timeout", new PyFloat(5.0));
                return None;
            }, defaults: new PyObject[] { None, None })
            .Method("getSubject", new[] { "self", "record" }, a => Get(a[0], "subject"))
            .Method("emit", new[] { "self", "record" }, a => { EmitGuarded(a[0], a[1], () => EmitSmtp(a[0], a[1])); return None; })
            .Build();

        private static List<PyObject> Unpack2(PyObject pair)
        {
            List<PyObject> items = Items(pair);
            if (items.Count != 2) throw Ops.ValueError(items.Count > 2 ? "too many values to unpack" : $"need more than {items.Count} value{(items.Count == 1 ? "" : "s")} to unpack");
            return items;
        }

        private static void EmitSmtp(PyObject self, PyObject record)
        {
            PyObject smtplib = Importer.ImportModule("smtplib");
            PyObject formatdate = Get(Importer.ImportModule("email.utils"), "formatdate");
            PyObject port = Get(self, "mailport");
            if (!Ops.IsTrue(port)) port = Get(smtplib, "SMTP_PORT");
            PyObject smtp = Ops.Call(Get(smtplib, "SMTP"), new[] { Get(self, "mailhost"), port, Get(self, "_timeout") }, new[] { PyStr.Intern("timeout") });
            PyObject msg = Call(self, "format", record);
            msg = Ops.Modulo(S("From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\n\r\n%s"), PyTuple.Create(
                Get(self, "fromaddr"), Call(S(","), "join", Get(self, "toaddrs")), Call(self, "getSubject", record), Ops.Call(formatdate), msg));
            if (Ops.IsTrue(Get(self, "username")))
            {
                PyObject secure = Get(self, "secure");
                if (!IsNone(secure))
                {
                    Call(smtp, "ehlo");
                    Ops.Call(Get(smtp, "starttls"), Items(secure).ToArray());
                    Call(smtp, "ehlo");
                }
                Call(smtp, "login", Get(self, "username"), Get(self, "password"));
            }
            Call(smtp, "sendmail", Get(self, "fromaddr"), Get(self, "toaddrs"), msg);
            Call(smtp, "quit");
        }

        public static readonly PyType HTTPHandler = new PythonClassBuilder(Module, "HTTPHandler", LoggingCore.Handler)
            .Method("__init__", new[] { "self", "host", "url", "method" }, a =>
            {
                PyObject self = a[0];
                Ops.Call(Get(LoggingCore.Handler, "__init__"), self);
                PyObject method = Call(a[3], "upper");
                string m = Text(method);
                if (m != "GET" && m != "POST") throw Ops.ValueError("method must be GET or POST");
                Set(self, "host", a[1]);
                Set(self, "url", a[2]);
                Set(self, "method", method);
                return None;
            }, defaults: new PyObject[] { S("GET") })
            .Method("mapLogRecord", new[] { "self", "record" }, a => Get(a[1], "__dict__"))
            .Method("emit", new[] { "self", "record" }, a => { EmitGuarded(a[0], a[1], () => EmitHttp(a[0], a[1])); return None; })
            .Build();

        /// <summary>2.7's HTTPHandler.emit: an HTTP/1.0 request through httplib.HTTP, the record dict urlencoded
        /// in the query (GET) or the body (POST); the reply is read and ignored.</summary>
        private static void EmitHttp(PyObject self, PyObject record)
        {
            PyObject httplib = Importer.ImportModule("httplib");
            PyObject urllib = Importer.ImportModule("urllib");
            PyObject host = Get(self, "host");
            PyObject h = Ops.Call(Get(httplib, "HTTP"), host);
            PyObject url = Get(self, "url");
            PyObject data = Ops.Call(Get(urllib, "urlencode"), Call(self, "mapLogRecord", record));
            bool get = Text(Get(self, "method")) == "GET";
            if (get)
            {
                string sep = Text(url).Contains('?') ? "&" : "?";
                url = Ops.Add(url, Ops.Modulo(S("%c%s"), PyTuple.Create(S(sep), data)));
            }
            Call(h, "putrequest", Get(self, "method"), url);
            string hostText = Text(host);
            int colon = hostText.IndexOf(':');
            if (colon >= 0) host = Ops.GetSlice(host, None, PyInt.From(colon));
            Call(h, "putheader", S("Host"), host);
            if (!get)
            {
                Call(h, "putheader", S("Content-type"), S("application/x-www-form-urlencoded"));
                Call(h, "putheader", S("Content-length"), Ops.Str(PyInt.From(Ops.Len(data))));
            }
            Call(h, "endheaders", get ? None : data);
            Call(h, "getreply");
        }
    }
}
