using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// logging.config.listen/stopListening (Python 2.7): a thread serving a TCP socket on localhost; each
    /// connection sends a 4-byte big-endian length and that many bytes of configuration — a JSON object
    /// for dictConfig, otherwise fileConfig text — and the thread's `ready` event is set after it is
    /// applied (fileConfig errors are printed with traceback.print_exc, as 2.7 does). stopListening makes
    /// the serving loop end within its one-second poll. 2.7 builds this on SocketServer's
    /// ThreadingTCPServer: like it, each accepted connection is served in a thread of its own
    /// (threading.Thread, not a daemon), so a slow sender does not hold up other configurations.
    /// </summary>
    public static partial class loggingConfigModule
    {
        private const string ConfigModule = "logging.config";
        private static PyObject Socket => Importer.ImportModule("socket");
        private static PyObject Threading => Importer.ImportModule("threading");

        // 2.7's module global: the receiver currently serving, or None.
        public static readonly PyObject _listener = PyNone.None;
        private static readonly object ListenerLock = new object();
        private static PyObject ConfigSelf => Importer.ImportModule("logging.config");

        /// <summary>The receiving socket and its abort flag (2.7's ConfigSocketReceiver).</summary>
        // Built on first use: it refers to DEFAULT_LOGGING_CONFIG_PORT, initialised in the other file of this class.
        private static PyType configSocketReceiver;
        private static PyType ConfigSocketReceiver => configSocketReceiver ??= new PythonClassBuilder(ConfigModule, "ConfigSocketReceiver", PyType.ObjectType)
            .Attribute("allow_reuse_address", PyInt.From(1))
            .Method("__init__", new[] { "self", "host", "port", "handler", "ready" }, a =>
            {
                PyObject self = a[0];
                PyObject sock = Ops.Call(Get(Socket, "socket"), Get(Socket, "AF_INET"), Get(Socket, "SOCK_STREAM"));
                Call(sock, "setsockopt", Get(Socket, "SOL_SOCKET"), Get(Socket, "SO_REUSEADDR"), PyInt.From(1));
                Call(sock, "bind", PyTuple.Create(a[1], a[2]));
                Call(sock, "listen", PyInt.From(5));
                Set(self, "socket", sock);
                Set(self, "server_address", Call(sock, "getsockname"));
                Set(self, "abort", PyInt.From(0));
                Set(self, "timeout", PyInt.From(1));
                Set(self, "ready", a[4]);
                return None;
            }, defaults: new PyObject[] { S("localhost"), DEFAULT_LOGGING_CONFIG_PORT, PyNone.None, PyNone.None })
            .Method("serve_until_stopped", new[] { "self" }, a => { ServeUntilStopped(a[0]); return None; })
            .Method("handle_request", new[] { "self" }, a =>
            {
                PyObject server = a[0];
                PyObject pair = Call(Get(server, "socket"), "accept");
                PyObject conn = Ops.GetItem(pair, PyInt.From(0)), address = Ops.GetItem(pair, PyInt.From(1));
                PyObject serve = NativeFunction.Create("process_request_thread", () =>
                {
                    try { HandleConfigConnection(server, conn); }
                    catch (PythonException e) when (!e.Matches(PyExceptionTypes.SystemExit))
                    {
                        Ops.SetExcInfo(e);
                        ReportRequestError(address);
                    }
                    finally { Call(conn, "close"); }
                    return None;
                });
                Call(Ops.Call(Get(Threading, "Thread"), new[] { serve }, new[] { PyStr.Intern("target") }), "start");
                return None;
            })
            .Build();

        /// <summary>SocketServer.BaseServer.handle_error: the report goes to stdout, the traceback to stderr.</summary>
        private static void ReportRequestError(PyObject address)
        {
            PyObject stdout = Sys("stdout");
            Call(stdout, "write", S(new string('-', 40) + "\n"));
            Call(stdout, "write", Ops.Add(S("Exception happened during processing of request from "), Ops.Add(Ops.Str(address), S("\n"))));
            Ops.Call(Get(Importer.ImportModule("traceback"), "print_exc"));
            Call(stdout, "write", S(new string('-', 40) + "\n"));
        }

        private static void ServeUntilStopped(PyObject server)
        {
            PyObject select = Get(Importer.ImportModule("select"), "select");
            PyObject sock = Get(server, "socket");
            while (true)
            {
                PyObject ready = Ops.Call(select, new[] { PyList.Create(Call(sock, "fileno")), new PyList(), new PyList(), Get(server, "timeout") });
                if (Ops.IsTrue(Ops.GetItem(ready, PyInt.From(0)))) Call(server, "handle_request");
                bool abort;
                lock (ListenerLock) abort = Ops.IsTrue(Get(server, "abort"));
                if (abort) break;
            }
            Call(sock, "close");
        }

        private static byte[] ReceiveExactly(PyObject conn, int count, bool allowShort)
        {
            var buffer = new System.Collections.Generic.List<byte>();
            while (buffer.Count < count)
            {
                var chunk = (PyStr)Call(conn, "recv", PyInt.From(count - buffer.Count));
                if (chunk.Length == 0) break;
                buffer.AddRange(chunk.Bytes.ToArray());
                if (allowShort) break;
            }
            return buffer.ToArray();
        }

        /// <summary>2.7's ConfigStreamHandler.handle.</summary>
        private static void HandleConfigConnection(PyObject server, PyObject conn)
        {
            try
            {
                byte[] head = ReceiveExactly(conn, 4, allowShort: true);
                if (head.Length == 4)
                {
                    int length = (head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3];
                    PyStr chunk = PyStr.FromBytes(ReceiveExactly(conn, length, allowShort: false));
                    bool applied = false;
                    try
                    {
                        PyObject d = Ops.Call(Get(Importer.ImportModule("json"), "loads"), chunk);
                        if (d is PyDict)
                        {
                            dictConfig(d);
                            applied = true;
                        }
                    }
                    catch (PythonException e) when (!e.Matches(PyExceptionTypes.KeyboardInterrupt) && !e.Matches(PyExceptionTypes.SystemExit)) { }
                    if (!applied)
                    {
                        PyObject file = Ops.Call(Get(Importer.ImportModule("cStringIO"), "StringIO"), chunk);
                        try { fileConfig(file); }
                        catch (PythonException e) when (!e.Matches(PyExceptionTypes.KeyboardInterrupt) && !e.Matches(PyExceptionTypes.SystemExit))
                        {
                            Ops.SetExcInfo(e);
                            Ops.Call(Get(Importer.ImportModule("traceback"), "print_exc"));
                        }
                    }
                    PyObject ready = Get(server, "ready");
                    if (Ops.IsTrue(ready)) Call(ready, "set");
                }
            }
            catch (PythonException e) when (e.Matches(Get(Socket, "error")))
            {
                PyObject errno = GetOrNull(e.Value, "errno");
                if (errno == null || !Ops.Eq(errno, RESET_ERROR)) throw;
            }
        }

        /// <summary>The listening thread 2.7's listen() returns: start() it, wait on `ready`, read `port`.</summary>
        private static PyType serverThread;
        private static PyType ServerThread => serverThread ??= new PythonClassBuilder(ConfigModule, "Server", Get(Threading, "Thread"))
            .Method("__init__", new[] { "self", "rcvr", "hdlr", "port" }, a =>
            {
                PyObject self = a[0];
                Ops.Call(Get(Get(Threading, "Thread"), "__init__"), self);
                Set(self, "rcvr", a[1]);
                Set(self, "hdlr", a[2]);
                Set(self, "port", a[3]);
                Set(self, "ready", Ops.Call(Get(Threading, "Event")));
                return None;
            })
            .Method("run", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                PyObject server = Ops.Call(Get(self, "rcvr"), new[] { Get(self, "port"), Get(self, "hdlr"), Get(self, "ready") },
                    new[] { PyStr.Intern("port"), PyStr.Intern("handler"), PyStr.Intern("ready") });
                if (Ops.Eq(Get(self, "port"), PyInt.From(0))) Set(self, "port", Ops.GetItem(Get(server, "server_address"), PyInt.From(1)));
                Call(Get(self, "ready"), "set");
                lock (ListenerLock) Set(ConfigSelf, "_listener", server);
                Call(server, "serve_until_stopped");
                return None;
            })
            .Build();

        public static PyObject listen(PyObject port = null) =>
            Ops.Call(ServerThread, ConfigSocketReceiver, None, port ?? DEFAULT_LOGGING_CONFIG_PORT);

        public static PyObject stopListening()
        {
            lock (ListenerLock)
            {
                PyObject listener = Get(ConfigSelf, "_listener");
                if (Ops.IsTrue(listener))
                {
                    Set(listener, "abort", PyInt.From(1));
                    Set(ConfigSelf, "_listener", None);
                }
            }
            return None;
        }
    }
}
