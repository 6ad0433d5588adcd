#pragma warning disable CS8981 // the module class is named as in Python
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// smtplib (Python 2.7): the SMTP client over the runtime's socket module — connect, helo/ehlo with
    /// ESMTP feature parsing, login (CRAM-MD5, PLAIN, LOGIN), sendmail with SIZE, data dot-stuffing,
    /// verify/expn/rset/noop/help, quit, set_debuglevel (2.7's trace lines on smtplib.stderr), the
    /// SMTPException family, quoteaddr/quotedata, LMTP. SMTP is a classic class as in 2.7 and every step
    /// calls the others through attribute lookup, so subclasses can override any of them. starttls and
    /// SMTP_SSL wrap the socket with the runtime's ssl.wrap_socket and read replies through SSLFakeFile,
    /// as 2.7 does when it has ssl (no certificate verification, as in 2.7).
    /// </summary>
    [PythonModule("smtplib")]
    public static class smtplib
    {
        private const string Module = "smtplib";
        private static PyObject None => PyNone.None;

        public static readonly PyInt SMTP_PORT = PyInt.From(25), SMTP_SSL_PORT = PyInt.From(465), LMTP_PORT = PyInt.From(2003);
        public static readonly PyStr CRLF = S("\r\n");
        public static readonly PyInt _MAXLINE = PyInt.From(8192);
        public static readonly PyObject OLDSTYLE_AUTH = Ops.Call(Get(Importer.ImportModule("re"), "compile"), S(@"auth=(.*)"), Get(Importer.ImportModule("re"), "I"));
        // 2.7 does `from sys import stderr`: the debug trace goes to the stream current at import time.
        public static readonly PyObject stderr = Sys("stderr");
        public static readonly PyObject __all__ = List(new[] { "SMTPException", "SMTPServerDisconnected", "SMTPResponseException",
            "SMTPSenderRefused", "SMTPRecipientsRefused", "SMTPDataError", "SMTPConnectError", "SMTPHeloError",
            "SMTPAuthenticationError", "quoteaddr", "quotedata", "SMTP", "SMTP_SSL" }.Select(n => (PyObject)S(n)));

        private static PyObject Self => Importer.ImportModule("smtplib");
        private static PyObject Ssl => Importer.ImportModule("ssl");
        public static readonly PyBool _have_ssl = PyBool.True;

        public static void __init__(PyModule m)
        {
            m["ssl"] = Importer.ImportModule("ssl");
            m["socket"] = Importer.ImportModule("socket");
            m["re"] = Importer.ImportModule("re");
        }

        /// <summary>2.7's SSLFakeFile: a file-like object over an SSL socket with only readline and close.</summary>
        public static readonly PyType SSLFakeFile = new PythonClassBuilder(Module, "SSLFakeFile")
            .Method("__init__", new[] { "self", "sslobj" }, a => { Set(a[0], "sslobj", a[1]); return None; })
            .Method("readline", new[] { "self", "size" }, a =>
            {
                long size = IsNone(a[1]) ? -1 : Ops.IndexToLong(a[1]);
                var line = new System.Text.StringBuilder();
                PyObject sslobj = Get(a[0], "sslobj");
                while (size < 0 || line.Length < size)
                {
                    PyObject c = Call(sslobj, "read", PyInt.From(1));
                    if (!Ops.IsTrue(c)) break;
                    line.Append(Text(c));
                    if (line[^1] == '\n') break;
                }
                return S(line.ToString());
            }, defaults: new PyObject[] { PyInt.From(-1) })
            .Method("close", new[] { "self" }, a => None)
            .Build();
        private static PyObject Socket => Importer.ImportModule("socket");
        private static PyObject SocketError => Get(Socket, "error");

        public static readonly PyType SMTPException = new PythonClassBuilder(Module, "SMTPException", PyExceptionTypes.Exception).Build();
        public static readonly PyType SMTPServerDisconnected = new PythonClassBuilder(Module, "SMTPServerDisconnected", SMTPException).Build();

        public static readonly PyType SMTPResponseException = new PythonClassBuilder(Module, "SMTPResponseException", SMTPException)
            .Method("__init__", new[] { "self", "code", "msg" }, a =>
            {
                Set(a[0], "smtp_code", a[1]);
                Set(a[0], "smtp_error", a[2]);
                Set(a[0], "args", PyTuple.Create(a[1], a[2]));
                return None;
            })
            .Build();

        public static readonly PyType SMTPSenderRefused = new PythonClassBuilder(Module, "SMTPSenderRefused", SMTPResponseException)
            .Method("__init__", new[] { "self", "code", "msg", "sender" }, a =>
            {
                Set(a[0], "smtp_code", a[1]);
                Set(a[0], "smtp_error", a[2]);
                Set(a[0], "sender", a[3]);
                Set(a[0], "args", PyTuple.Create(a[1], a[2], a[3]));
                return None;
            })
            .Build();

        public static readonly PyType SMTPRecipientsRefused = new PythonClassBuilder(Module, "SMTPRecipientsRefused", SMTPException)
            .Method("__init__", new[] { "self", "recipients" }, a =>
            {
                Set(a[0], "recipients", a[1]);
                Set(a[0], "args", PyTuple.Create(a[1]));
                return None;
            })
            .Build();

        public static readonly PyType SMTPDataError = new PythonClassBuilder(Module, "SMTPDataError", SMTPResponseException).Build();
        public static readonly PyType SMTPConnectError = new PythonClassBuilder(Module, "SMTPConnectError", SMTPResponseException).Build();
        public static readonly PyType SMTPHeloError = new PythonClassBuilder(Module, "SMTPHeloError", SMTPResponseException).Build();
        public static readonly PyType SMTPAuthenticationError = new PythonClassBuilder(Module, "SMTPAuthenticationError", SMTPResponseException).Build();

        private static PythonException Raise(PyObject type, params PyObject[] args) => new PythonException(Ops.Call(type, args));

        public static PyObject quoteaddr(PyObject addr)
        {
            PyObject m = Ops.GetItem(emailUtilsModule.parseaddr(addr), PyInt.From(1));
            return Ops.Modulo(S("<%s>"), PyTuple.Create(m));
        }

        private static PyObject AddrOnly(PyObject addrstring)
        {
            PyObject parsed = emailUtilsModule.parseaddr(addrstring);
            PyObject addr = Ops.GetItem(parsed, PyInt.From(1));
            return Text(Ops.GetItem(parsed, PyInt.From(0))).Length == 0 && Text(addr).Length == 0 ? addrstring : addr;
        }

        /// <summary>Line endings to CRLF, then a leading '.' on any line doubled.</summary>
        public static PyObject quotedata(PyObject data)
        {
            string crlf = Regex.Replace(Text(data), "(?:\r\n|\n|\r(?!\n))", "\r\n");
            return S(Regex.Replace(crlf, "(?m)^\\.", ".."));
        }

        private static bool Debug(PyObject self) => Ops.Greater(Get(self, "debuglevel"), PyInt.From(0));
        private static void Trace(params PyObject[] values) => Builtins.Print(Get(Self, "stderr"), values);
        private static long Code(PyObject reply) => Ops.IndexToLong(Ops.GetItem(reply, PyInt.From(0)));
        private static PyObject Message(PyObject reply) => Ops.GetItem(reply, PyInt.From(1));

        public static readonly PyType SMTP = new PythonClassBuilder(Module, "SMTP")
            .Attribute("debuglevel", PyInt.From(0))
            .Attribute("file", PyNone.None)
            .Attribute("helo_resp", PyNone.None)
            .Attribute("ehlo_msg", S("ehlo"))
            .Attribute("ehlo_resp", PyNone.None)
            .Attribute("does_esmtp", PyInt.From(0))
            .Attribute("default_port", SMTP_PORT)
            .Method("__init__", new[] { "self", "host", "port", "local_hostname", "timeout" }, a =>
            {
                PyObject self = a[0];
                Set(self, "timeout", a[4]);
                Set(self, "esmtp_features", new PyDict());
                if (Ops.IsTrue(a[1]))
                {
                    PyObject reply = Call(self, "connect", a[1], a[2]);
                    if (Code(reply) != 220)
                    {
                        Call(self, "close");
                        throw Raise(SMTPConnectError, Ops.GetItem(reply, PyInt.From(0)), Message(reply));
                    }
                }
                if (!IsNone(a[3])) Set(self, "local_hostname", a[3]);
                else
                {
                    string fqdn = Text(Ops.Call(Get(Socket, "getfqdn")));
                    if (fqdn.Contains('.')) Set(self, "local_hostname", S(fqdn));
                    else
                    {
                        PyObject addr = S("127.0.0.1");
                        try { addr = Ops.Call(Get(Socket, "gethostbyname"), Ops.Call(Get(Socket, "gethostname"))); }
                        catch (PythonException e) when (e.Matches(Get(Socket, "gaierror"))) { }
                        Set(self, "local_hostname", S("[" + Text(addr) + "]"));
                    }
                }
                return None;
            }, defaults: new PyObject[] { S(""), PyInt.From(0), None, Get(Importer.ImportModule("socket"), "_GLOBAL_DEFAULT_TIMEOUT") })
            .Method("set_debuglevel", new[] { "self", "debuglevel" }, a => { Set(a[0], "debuglevel", a[1]); return None; })
            .Method("_get_socket", new[] { "self", "host", "port", "timeout" }, a =>
            {
                if (Debug(a[0])) Trace(S("connect:"), PyTuple.Create(a[1], a[2]));
                return Ops.Call(Get(Socket, "create_connection"), PyTuple.Create(a[1], a[2]), a[3]);
            })
            .Method("connect", new[] { "self", "host", "port" }, a => Connect(a[0], a[1], a[2]), defaults: new PyObject[] { S("localhost"), PyInt.From(0) })
            .Method("send", new[] { "self", "str" }, a =>
            {
                PyObject self = a[0];
                if (Debug(self)) Trace(S("send:"), Ops.Repr(a[1]));
                PyObject sock = GetOrNull(self, "sock");
                if (sock == null || !Ops.IsTrue(sock)) throw Raise(SMTPServerDisconnected, S("please run connect() first"));
                try { Call(sock, "sendall", a[1]); }
                catch (PythonException e) when (e.Matches(SocketError))
                {
                    Call(self, "close");
                    throw Raise(SMTPServerDisconnected, S("Server not connected"));
                }
                return None;
            })
            .Method("putcmd", new[] { "self", "cmd", "args" }, a =>
            {
                PyObject str = Ops.Eq(a[2], S(""))
                    ? Ops.Modulo(S("%s%s"), PyTuple.Create(a[1], CRLF))
                    : Ops.Modulo(S("%s %s%s"), PyTuple.Create(a[1], a[2], CRLF));
                Call(a[0], "send", str);
                return None;
            }, defaults: new PyObject[] { S("") })
            .Method("getreply", new[] { "self" }, a => GetReply(a[0]))
            .Method("docmd", new[] { "self", "cmd", "args" }, a =>
            {
                Call(a[0], "putcmd", a[1], a[2]);
                return Call(a[0], "getreply");
            }, defaults: new PyObject[] { S("") })
            .Method("helo", new[] { "self", "name" }, a =>
            {
                Call(a[0], "putcmd", S("helo"), Ops.IsTrue(a[1]) ? a[1] : Get(a[0], "local_hostname"));
                PyObject reply = Call(a[0], "getreply");
                Set(a[0], "helo_resp", Message(reply));
                return reply;
            }, defaults: new PyObject[] { S("") })
            .Method("ehlo", new[] { "self", "name" }, a => Ehlo(a[0], a[1]), defaults: new PyObject[] { S("") })
            .Method("has_extn", new[] { "self", "opt" }, a => PyBool.From(Ops.Contains(Get(a[0], "esmtp_features"), Call(a[1], "lower"))))
            .Method("help", new[] { "self", "args" }, a =>
            {
                Call(a[0], "putcmd", S("help"), a[1]);
                return Message(Call(a[0], "getreply"));
            }, defaults: new PyObject[] { S("") })
            .Method("rset", new[] { "self" }, a => Call(a[0], "docmd", S("rset")))
            .Method("noop", new[] { "self" }, a => Call(a[0], "docmd", S("noop")))
            .Method("mail", new[] { "self", "sender", "options" }, a =>
            {
                Call(a[0], "putcmd", S("mail"), S("FROM:" + Text(quoteaddr(a[1])) + OptionList(a[0], a[2])));
                return Call(a[0], "getreply");
            }, defaults: new PyObject[] { new PyList() })
            .Method("rcpt", new[] { "self", "recip", "options" }, a =>
            {
                Call(a[0], "putcmd", S("rcpt"), S("TO:" + Text(quoteaddr(a[1])) + OptionList(a[0], a[2])));
                return Call(a[0], "getreply");
            }, defaults: new PyObject[] { new PyList() })
            .Method("data", new[] { "self", "msg" }, a => Data(a[0], a[1]))
            .Method("verify", new[] { "self", "address" }, a =>
            {
                Call(a[0], "putcmd", S("vrfy"), AddrOnly(a[1]));
                return Call(a[0], "getreply");
            })
            .Method("vrfy", new[] { "self", "address" }, a =>
            {
                Call(a[0], "putcmd", S("vrfy"), AddrOnly(a[1]));
                return Call(a[0], "getreply");
            })
            .Method("expn", new[] { "self", "address" }, a =>
            {
                Call(a[0], "putcmd", S("expn"), AddrOnly(a[1]));
                return Call(a[0], "getreply");
            })
            .Method("ehlo_or_helo_if_needed", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                if (IsNone(Get(self, "helo_resp")) && IsNone(Get(self, "ehlo_resp")))
                {
                    long code = Code(Call(self, "ehlo"));
                    if (code < 200 || code > 299)
                    {
                        PyObject reply = Call(self, "helo");
                        code = Code(reply);
                        if (code < 200 || code > 299) throw Raise(SMTPHeloError, Ops.GetItem(reply, PyInt.From(0)), Message(reply));
                    }
                }
                return None;
            })
            .Method("login", new[] { "self", "user", "password" }, a => Login(a[0], a[1], a[2]))
            .Method("starttls", new[] { "self", "keyfile", "certfile" }, a =>
            {
                PyObject self = a[0];
                Call(self, "ehlo_or_helo_if_needed");
                if (!Ops.IsTrue(Call(self, "has_extn", S("starttls")))) throw Raise(SMTPException, S("STARTTLS extension not supported by server."));
                PyObject reply = Call(self, "docmd", S("STARTTLS"));
                if (Code(reply) != 220) throw Raise(SMTPResponseException, Ops.GetItem(reply, PyInt.From(0)), Message(reply));
                Set(self, "sock", Ops.Call(Get(Ssl, "wrap_socket"), Get(self, "sock"), a[1], a[2]));
                Set(self, "file", Ops.Call(SSLFakeFile, Get(self, "sock")));
                // RFC 3207: forget what the server said before the TLS negotiation.
                Set(self, "helo_resp", None);
                Set(self, "ehlo_resp", None);
                Set(self, "esmtp_features", new PyDict());
                Set(self, "does_esmtp", PyInt.From(0));
                return reply;
            }, defaults: new PyObject[] { None, None })
            .Method("sendmail", new[] { "self", "from_addr", "to_addrs", "msg", "mail_options", "rcpt_options" },
                a => SendMail(a[0], a[1], a[2], a[3], a[4], a[5]), defaults: new PyObject[] { new PyList(), new PyList() })
            .Method("close", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                try
                {
                    PyObject file = Get(self, "file");
                    Set(self, "file", None);
                    if (Ops.IsTrue(file)) Call(file, "close");
                }
                finally
                {
                    PyObject sock = GetOrNull(self, "sock") ?? None;
                    Set(self, "sock", None);
                    if (Ops.IsTrue(sock)) Call(sock, "close");
                }
                return None;
            })
            .Method("quit", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                PyObject res = Call(self, "docmd", S("quit"));
                Set(self, "ehlo_resp", None);
                Set(self, "helo_resp", None);
                Set(self, "esmtp_features", new PyDict());
                Set(self, "does_esmtp", PyBool.False);
                Call(self, "close");
                return res;
            })
            .Build();

        private static string OptionList(PyObject self, PyObject options) =>
            Ops.IsTrue(options) && Ops.IsTrue(Get(self, "does_esmtp")) ? " " + string.Join(" ", Items(options).Select(Text)) : "";

        private static PyObject Connect(PyObject self, PyObject host, PyObject port)
        {
            string h = Text(host);
            if (!Ops.IsTrue(port) && h.IndexOf(':') == h.LastIndexOf(':'))
            {
                int i = h.LastIndexOf(':');
                if (i >= 0)
                {
                    host = S(h.Substring(0, i));
                    try { port = Ops.Call(PyInt.TypeObject, S(h.Substring(i + 1))); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError))
                    {
                        throw Raise(SocketError, S("nonnumeric port"));
                    }
                }
            }
            if (!Ops.IsTrue(port)) port = Get(self, "default_port");
            if (Debug(self)) Trace(S("connect:"), PyTuple.Create(host, port));
            Set(self, "sock", Call(self, "_get_socket", host, port, Get(self, "timeout")));
            PyObject reply = Call(self, "getreply");
            if (Debug(self)) Trace(S("connect:"), Message(reply));
            return reply;
        }

        private static PyObject GetReply(PyObject self)
        {
            var resp = new List<string>();
            if (IsNone(Get(self, "file"))) Set(self, "file", Call(Get(self, "sock"), "makefile", S("rb")));
            long maxLine = Ops.IndexToLong(_MAXLINE), errcode;
            while (true)
            {
                PyObject line;
                try { line = Call(Get(self, "file"), "readline", PyInt.From(maxLine + 1)); }
                catch (PythonException e) when (e.Matches(SocketError))
                {
                    Call(self, "close");
                    throw Raise(SMTPServerDisconnected, S("Connection unexpectedly closed: " + Text(Ops.Str(e.Value))));
                }
                string text = Text(line);
                if (text.Length == 0)
                {
                    Call(self, "close");
                    throw Raise(SMTPServerDisconnected, S("Connection unexpectedly closed"));
                }
                if (Debug(self)) Trace(S("reply:"), Ops.Repr(line));
                if (text.Length > maxLine) throw Raise(SMTPResponseException, PyInt.From(500), S("Line too long."));
                resp.Add(text.Length > 4 ? Text(Call(S(text.Substring(4)), "strip")) : "");
                string code = text.Length >= 3 ? text.Substring(0, 3) : text;
                try { errcode = Ops.IndexToLong(Ops.Call(PyInt.TypeObject, S(code))); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError))
                {
                    errcode = -1;
                    break;
                }
                if (text.Length < 4 || text[3] != '-') break;
            }
            string errmsg = string.Join("\n", resp);
            if (Debug(self)) Trace(S($"reply: retcode ({errcode}); Msg: {errmsg}"));
            return PyTuple.Create(PyInt.From(errcode), S(errmsg));
        }

        private static readonly Regex Feature = new(@"^(?<feature>[A-Za-z0-9][A-Za-z0-9\-]*) ?");

        private static PyObject Ehlo(PyObject self, PyObject name)
        {
            var features = new PyDict();
            Set(self, "esmtp_features", features);
            Call(self, "putcmd", Get(self, "ehlo_msg"), Ops.IsTrue(name) ? name : Get(self, "local_hostname"));
            PyObject reply = Call(self, "getreply");
            long code = Code(reply);
            string msg = Text(Message(reply));
            if (code == -1 && msg.Length == 0)
            {
                Call(self, "close");
                throw Raise(SMTPServerDisconnected, S("Server not connected"));
            }
            Set(self, "ehlo_resp", Message(reply));
            if (code != 250) return reply;
            Set(self, "does_esmtp", PyInt.From(1));
            PyObject oldStyle = Get(Self, "OLDSTYLE_AUTH");
            foreach (string each in msg.Split('\n').Skip(1))
            {
                PyObject authMatch = Call(oldStyle, "match", S(each));
                if (!IsNone(authMatch))
                {
                    string previous = features.GetStr("auth") is PyObject p ? Text(p) : "";
                    features.SetStr("auth", S(previous + " " + Text(Ops.GetItem(Call(authMatch, "groups", PyInt.From(0)), PyInt.From(0)))));
                    continue;
                }
                var m = Feature.Match(each);
                if (!m.Success) continue;
                string feature = m.Groups["feature"].Value.ToLowerInvariant();
                string parameters = each.Substring(m.Groups["feature"].Index + m.Groups["feature"].Length).Trim();
                if (feature == "auth")
                {
                    string previous = features.GetStr("auth") is PyObject p ? Text(p) : "";
                    features.SetStr("auth", S(previous + " " + parameters));
                }
                else features.SetStr(feature, S(parameters));
            }
            return reply;
        }

        private static PyObject Data(PyObject self, PyObject msg)
        {
            Call(self, "putcmd", S("data"));
            PyObject reply = Call(self, "getreply");
            if (Debug(self)) Trace(S("data:"), reply);
            if (Code(reply) != 354) throw Raise(SMTPDataError, Ops.GetItem(reply, PyInt.From(0)), Message(reply));
            string q = Text(quotedata(msg));
            if (!q.EndsWith("\r\n")) q += "\r\n";
            q += ".\r\n";
            Call(self, "send", S(q));
            reply = Call(self, "getreply");
            if (Debug(self)) Trace(S("data:"), reply);
            return reply;
        }

        private static PyStr Base64(string s) => S(System.Convert.ToBase64String(Latin1(s)));
        private static byte[] Latin1(string s) => s.Select(c => (byte)c).ToArray();

        private static PyObject Login(PyObject self, PyObject user, PyObject password)
        {
            Call(self, "ehlo_or_helo_if_needed");
            if (!Ops.IsTrue(Call(self, "has_extn", S("auth")))) throw Raise(SMTPException, S("SMTP AUTH extension not supported by server."));
            string[] authlist = Text(Ops.GetItem(Get(self, "esmtp_features"), S("auth"))).Split((char[])null, System.StringSplitOptions.RemoveEmptyEntries);
            string authmethod = new[] { "CRAM-MD5", "PLAIN", "LOGIN" }.FirstOrDefault(authlist.Contains);
            string u = Text(user), p = Text(password);
            PyObject reply;
            if (authmethod == "CRAM-MD5")
            {
                reply = Call(self, "docmd", S("AUTH"), S("CRAM-MD5"));
                if (Code(reply) == 503) return reply;
                byte[] challenge = System.Convert.FromBase64String(Text(Message(reply)));
                string digest = System.Convert.ToHexString(System.Security.Cryptography.HMACMD5.HashData(Latin1(p), challenge)).ToLowerInvariant();
                reply = Call(self, "docmd", Base64(u + " " + digest));
            }
            else if (authmethod == "PLAIN") reply = Call(self, "docmd", S("AUTH"), S("PLAIN " + Text(Base64("\0" + u + "\0" + p))));
            else if (authmethod == "LOGIN")
            {
                reply = Call(self, "docmd", S("AUTH"), S("LOGIN " + Text(Base64(u))));
                if (Code(reply) != 334) throw Raise(SMTPAuthenticationError, Ops.GetItem(reply, PyInt.From(0)), Message(reply));
                reply = Call(self, "docmd", Base64(p));
            }
            else throw Raise(SMTPException, S("No suitable authentication method found."));
            if (Code(reply) != 235 && Code(reply) != 503) throw Raise(SMTPAuthenticationError, Ops.GetItem(reply, PyInt.From(0)), Message(reply));
            return reply;
        }

        private static PyObject SendMail(PyObject self, PyObject fromAddr, PyObject toAddrs, PyObject msg, PyObject mailOptions, PyObject rcptOptions)
        {
            Call(self, "ehlo_or_helo_if_needed");
            var esmtpOpts = new PyList();
            if (Ops.IsTrue(Get(self, "does_esmtp")))
            {
                if (Ops.IsTrue(Call(self, "has_extn", S("size")))) esmtpOpts.Append(S("size=" + Ops.Len(msg)));
                foreach (PyObject option in Items(mailOptions)) esmtpOpts.Append(option);
            }
            PyObject reply = Call(self, "mail", fromAddr, esmtpOpts);
            if (Code(reply) != 250)
            {
                Call(self, "rset");
                throw Raise(SMTPSenderRefused, Ops.GetItem(reply, PyInt.From(0)), Message(reply), fromAddr);
            }
            var senderrs = new PyDict();
            if (toAddrs is PyStr || toAddrs is PyUnicode) toAddrs = PyList.Create(toAddrs);
            foreach (PyObject each in Items(toAddrs))
            {
                reply = Call(self, "rcpt", each, rcptOptions);
                if (Code(reply) != 250 && Code(reply) != 251) senderrs.SetItem(each, reply);
            }
            if (senderrs.Len() == Ops.Len(toAddrs))
            {
                Call(self, "rset");
                throw Raise(SMTPRecipientsRefused, senderrs);
            }
            reply = Call(self, "data", msg);
            if (Code(reply) != 250)
            {
                Call(self, "rset");
                throw Raise(SMTPDataError, Ops.GetItem(reply, PyInt.From(0)), Message(reply));
            }
            return senderrs;
        }

        public static readonly PyType SMTP_SSL = new PythonClassBuilder(Module, "SMTP_SSL", SMTP)
            .Attribute("default_port", SMTP_SSL_PORT)
            .Method("__init__", new[] { "self", "host", "port", "local_hostname", "keyfile", "certfile", "timeout" }, a =>
            {
                Set(a[0], "keyfile", a[4]);
                Set(a[0], "certfile", a[5]);
                return Ops.Call(Get(SMTP, "__init__"), new[] { a[0], a[1], a[2], a[3], a[6] });
            }, defaults: new PyObject[] { S(""), PyInt.From(0), None, None, None, Get(Importer.ImportModule("socket"), "_GLOBAL_DEFAULT_TIMEOUT") })
            .Method("_get_socket", new[] { "self", "host", "port", "timeout" }, a =>
            {
                PyObject self = a[0];
                if (Debug(self)) Trace(S("connect:"), PyTuple.Create(a[1], a[2]));
                PyObject socket = Ops.Call(Get(Socket, "create_connection"), PyTuple.Create(a[1], a[2]), a[3]);
                socket = Ops.Call(Get(Ssl, "wrap_socket"), socket, Get(self, "keyfile"), Get(self, "certfile"));
                Set(self, "file", Ops.Call(SSLFakeFile, socket));
                return socket;
            })
            .Build();

        public static readonly PyType LMTP = new PythonClassBuilder(Module, "LMTP", SMTP)
            .Attribute("ehlo_msg", S("lhlo"))
            .Method("__init__", new[] { "self", "host", "port", "local_hostname" }, a =>
                Ops.Call(Get(SMTP, "__init__"), new[] { a[0], a[1], a[2], a[3] }), defaults: new PyObject[] { S(""), LMTP_PORT, None })
            .Method("connect", new[] { "self", "host", "port" }, a =>
            {
                PyObject self = a[0];
                if (!Text(a[1]).StartsWith("/")) return Ops.Call(Get(SMTP, "connect"), self, a[1], a[2]);
                try
                {
                    Set(self, "sock", Ops.Call(Get(Socket, "socket"), Get(Socket, "AF_UNIX"), Get(Socket, "SOCK_STREAM")));
                    Call(Get(self, "sock"), "connect", a[1]);
                }
                catch (PythonException e) when (e.Matches(SocketError))
                {
                    if (Debug(self)) Trace(S("connect fail:"), a[1]);
                    PyObject sock = GetOrNull(self, "sock");
                    if (sock != null && Ops.IsTrue(sock)) Call(sock, "close");
                    Set(self, "sock", None);
                    throw;
                }
                PyObject reply = Call(self, "getreply");
                if (Debug(self)) Trace(S("connect:"), Message(reply));
                return reply;
            }, defaults: new PyObject[] { S("localhost"), PyInt.From(0) })
            .Build();
    }
}
