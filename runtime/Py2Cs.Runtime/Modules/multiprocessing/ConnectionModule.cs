using System;
using System.Security.Cryptography;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.Multiprocessing.PythonAttributes;

namespace Py2Cs.Runtime.Modules.Multiprocessing
{
    /// <summary>
    /// multiprocessing.connection (2.7's connection.py for Unix): Listener and Client over AF_INET or
    /// AF_UNIX sockets (the socket module's objects; the accepted descriptor is dup'ed into a
    /// _multiprocessing.Connection), and the HMAC-MD5 challenge of deliver_challenge/answer_challenge
    /// when an authkey is given.
    /// </summary>
    [PythonModule("multiprocessing.connection")]
    public static class connectionModule
    {
        public static readonly PyObject BUFSIZE = PyInt.From(8192);
        public static readonly PyObject CONNECTION_TIMEOUT = new PyFloat(20.0);
        public static readonly PyObject MESSAGE_LENGTH = PyInt.From(20);
        public static readonly PyObject CHALLENGE = PyStr.FromString("#CHALLENGE#");
        public static readonly PyObject WELCOME = PyStr.FromString("#WELCOME#");
        public static readonly PyObject FAILURE = PyStr.FromString("#FAILURE#");
        public static readonly PyObject default_family = PyStr.FromString("AF_UNIX");
        public static readonly PyObject families = PyList.Create(PyStr.FromString("AF_INET"), PyStr.FromString("AF_UNIX"));
        public static readonly PyType Connection = ConnectionObject.TypeObject;
        public static readonly PyType Listener = ConnectionListener.Type;

        public static void __init__(PyModule m)
        {
            Importer.ImportModule("multiprocessing");
            m["AuthenticationError"] = multiprocessingModule.AuthenticationError;
            m["__all__"] = PyList.Create(PyStr.FromString("Client"), PyStr.FromString("Listener"), PyStr.FromString("Pipe"));
        }

        public static PyObject Pipe(PyObject duplex = null) => multiprocessingModule.Pipe(duplex);

        public static PyObject address_type(PyObject address)
        {
            if (address is PyTuple) return PyStr.FromString("AF_INET");
            if (address is PyStr s)
                return PyStr.FromString(s.ToString().StartsWith("\\\\") ? "AF_PIPE" : "AF_UNIX");
            throw Ops.ValueError($"address type of {Ops.Repr(address)} unrecognized");
        }

        public static PyObject arbitrary_address(PyObject family)
        {
            switch (Ops.Str(family).ToString())
            {
                case "AF_INET": return PyTuple.Create(PyStr.FromString("localhost"), PyInt.From(0));
                case "AF_UNIX":
                    return Ops.Call(Get(Module("tempfile"), "mktemp"), new PyObject[] { PyStr.FromString("listener-"), ConnectionListener.TempDir() },
                        new[] { PyStr.Intern("prefix"), PyStr.Intern("dir") });
                default: throw Ops.ValueError("unrecognized family");
            }
        }

        public static PyObject Client(PyObject address, PyObject family = null, PyObject authkey = null)
        {
            if (family == null || family is PyNone) family = address_type(address);
            var conn = ConnectionListener.SocketClient(address, family);
            if (authkey != null && authkey is not PyNone && authkey is not PyStr) throw Ops.TypeError("authkey should be a byte string");
            if (authkey != null && authkey is not PyNone)
            {
                answer_challenge(conn, authkey);
                deliver_challenge(conn, authkey);
            }
            return conn;
        }

        public static PyObject SocketClient(PyObject address) => ConnectionListener.SocketClient(address, address_type(address));

        static byte[] Digest(PyObject authkey, byte[] message)
        {
            using var hmac = new HMACMD5(((PyStr)authkey).Bytes.ToArray());
            return hmac.ComputeHash(message);
        }

        public static void deliver_challenge(PyObject connection, PyObject authkey)
        {
            if (authkey is not PyStr) throw Assertion(null);
            var message = RandomNumberGenerator.GetBytes(20);
            var challenge = ((PyStr)CHALLENGE).Bytes.ToArray();
            Call(connection, "send_bytes", PyStr.FromBytes([.. challenge, .. message]));
            var digest = Digest(authkey, message);
            var response = (PyStr)Call(connection, "recv_bytes", PyInt.From(256));
            if (response.Bytes.SequenceEqual(digest)) Call(connection, "send_bytes", WELCOME);
            else
            {
                Call(connection, "send_bytes", FAILURE);
                throw new PythonException(Ops.Call(multiprocessingModule.AuthenticationError, PyStr.FromString("digest received was wrong")));
            }
        }

        public static void answer_challenge(PyObject connection, PyObject authkey)
        {
            if (authkey is not PyStr) throw Assertion(null);
            var message = (PyStr)Call(connection, "recv_bytes", PyInt.From(256));
            var challenge = ((PyStr)CHALLENGE).Bytes;
            if (!message.Bytes.StartsWith(challenge)) throw Assertion("message = " + Ops.Repr(message));
            var digest = Digest(authkey, message.Bytes[challenge.Length..].ToArray());
            Call(connection, "send_bytes", PyStr.FromBytes(digest));
            var response = (PyStr)Call(connection, "recv_bytes", PyInt.From(256));
            if (!response.Bytes.SequenceEqual(((PyStr)WELCOME).Bytes))
                throw new PythonException(Ops.Call(multiprocessingModule.AuthenticationError, PyStr.FromString("digest sent was rejected")));
        }
    }

    /// <summary>connection.Listener over connection.SocketListener.</summary>
    internal static class ConnectionListener
    {
        static PyObject _tempDir;

        /// <summary>util.get_temp_dir: one pymp-* directory per process, removed at exit.</summary>
        public static PyObject TempDir()
        {
            if (_tempDir != null) return _tempDir;
            _tempDir = Ops.Call(Get(Module("tempfile"), "mkdtemp"), new PyObject[] { PyStr.FromString("pymp-") }, new[] { PyStr.Intern("prefix") });
            var dir = _tempDir;
            int owner = Libc.getpid();
            ProcessClass.AtExit += () =>
            {
                if (Libc.getpid() == owner) Ops.Call(Get(Module("shutil"), "rmtree"), dir, PyBool.True);
            };
            return _tempDir;
        }

        static PyObject Socket(PyObject family)
        {
            var socket = Module("socket");
            return Ops.Call(Get(socket, "socket"), Get(socket, Ops.Str(family).ToString()));
        }

        static ConnectionObject FromSocket(PyObject s)
        {
            int fd = PosixCalls.Dup(Ops.ToInt32(Call(s, "fileno")));
            Call(s, "close");
            return new ConnectionObject(fd);
        }

        public static ConnectionObject SocketClient(PyObject address, PyObject family)
        {
            var s = Socket(family);
            Call(s, "setblocking", PyBool.True);
            double deadline = Now() + 20.0;
            while (true)
            {
                try { Call(s, "connect", address); break; }
                catch (PythonException e) when (e.Is((PyType)Get(Module("socket"), "error")))
                {
                    var args = (PyTuple)Ops.GetAttr(e.Value, PyStr.Intern("args"));
                    if (args.Count == 0 || !Ops.Eq(args[0], PyInt.From(111)) || Now() > deadline) throw;
                    Sleep(0.01);
                }
            }
            return FromSocket(s);
        }

        public static readonly PyType Type = new PythonClassBuilder("multiprocessing.connection", "Listener", PyType.ObjectType)
            .Attribute("__doc__", PyStr.FromString("\n    Returns a listener object.\n\n    This is a wrapper for a bound socket which is 'listening' for\n    connections, or for a Windows named pipe.\n    "))
            .Method("__init__", new[] { "self", "address", "family", "backlog", "authkey" }, a =>
            {
                var (self, address, family) = (a[0], a[1], a[2]);
                if (!Ops.IsTrue(family)) family = Ops.IsTrue(address) ? connectionModule.address_type(address) : connectionModule.default_family;
                if (!Ops.IsTrue(address)) address = connectionModule.arbitrary_address(family);
                if (Ops.Str(family).ToString() == "AF_PIPE") throw Ops.ValueError("Family AF_PIPE is only available on Windows");
                var s = Socket(family);
                var socket = Module("socket");
                Ops.Call(Get(s, "setsockopt"), Get(socket, "SOL_SOCKET"), Get(socket, "SO_REUSEADDR"), PyInt.From(1));
                Call(s, "bind", address);
                Call(s, "listen", a[3]);
                Set(self, "_socket", s);
                Set(self, "_family", family);
                Set(self, "_address", Call(s, "getsockname"));
                Set(self, "_last_accepted", PyNone.None);
                if (a[4] is not PyNone && a[4] is not PyStr) throw Ops.TypeError("authkey should be a byte string");
                Set(self, "_authkey", a[4]);
                return PyNone.None;
            }, new PyObject[] { PyNone.None, PyNone.None, PyInt.From(1), PyNone.None })
            .Method("accept", new[] { "self" }, a =>
            {
                var self = a[0];
                var pair = (PyTuple)Call(Get(self, "_socket"), "accept");
                Call(pair[0], "setblocking", PyBool.True);
                Set(self, "_last_accepted", pair[1]);
                var conn = FromSocket(pair[0]);
                var authkey = Get(self, "_authkey");
                if (Ops.IsTrue(authkey))
                {
                    connectionModule.deliver_challenge(conn, authkey);
                    connectionModule.answer_challenge(conn, authkey);
                }
                return conn;
            })
            .Method("close", new[] { "self" }, a =>
            {
                var self = a[0];
                Call(Get(self, "_socket"), "close");
                if (Ops.Str(Get(self, "_family")).ToString() == "AF_UNIX" && Ops.GetAttrOrNull(self, PyStr.Intern("_unlinked")) == null)
                {
                    Set(self, "_unlinked", PyBool.True);
                    try { Call(Module("os"), "unlink", Get(self, "_address")); }
                    catch (PythonException e) when (e.Is(PyExceptionTypes.OSError)) { }
                }
                return PyNone.None;
            })
            .Attribute("address", Property("address", s => Get(s, "_address")))
            .Attribute("last_accepted", Property("last_accepted", s => Get(s, "_last_accepted")))
            .Build();
    }
}
