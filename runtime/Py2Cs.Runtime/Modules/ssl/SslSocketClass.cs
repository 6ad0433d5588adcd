using System;
using System.Security.Cryptography.X509Certificates;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.Ssl;

/// <summary>
/// ssl.SSLSocket, method for method as 2.7.18's ssl.py defines it over its _sslobj (here a holder of a
/// <see cref="TlsChannel"/>): a subclass of socket.socket sharing the wrapped socket's descriptor,
/// whose read/write/send/recv/getpeercert/do_handshake/unwrap... reach each other by attribute look-up.
/// </summary>
internal static class SslSocketClass
{
    static PyObject None => PyNone.None;
    static PyObject Get(PyObject o, string n) => Ops.GetAttr(o, n);
    static void Set(PyObject o, string n, PyObject v) => Ops.SetAttr(o, n, v);
    static PyObject Call(PyObject o, string m, params PyObject[] a) => Ops.CallMethod(o, m, a);
    static PyObject SocketClass => Ops.GetAttr(Importer.ImportModule("socket"), "socket");
    static PyObject SocketError => Ops.GetAttr(Importer.ImportModule("socket"), "error");

    static TlsChannel Channel(PyObject self)
    {
        var holder = Get(self, "_sslobj");
        return holder is PyNone ? null : ssl.ChannelOf(holder);
    }

    static PythonException FlagsError(PyObject self, string method) =>
        Ops.ValueError($"non-zero flags not allowed in calls to {method}() on {Ops.Str(Get(self, "__class__"))}");

    public static PyType Build() => new PythonClassBuilder("ssl", "SSLSocket", (PyType)SocketClass)
        .Attribute("__doc__", PyStr.FromString("This class implements a subtype of socket.socket that wraps\n    the underlying OS socket in an SSL context when necessary, and\n    provides read and write methods over that channel."))
        .Method("__init__", new[] { "self", "sock", "keyfile", "certfile", "server_side", "cert_reqs", "ssl_version", "ca_certs",
                "do_handshake_on_connect", "suppress_ragged_eofs", "ciphers" }, a =>
        {
            var self = a[0]; var sock = a[1];
            Set(self, "_makefile_refs", PyInt.From(0));
            var (keyfile, certfile, serverSide) = (a[2], a[3], Ops.IsTrue(a[4]));
            if (serverSide && !Ops.IsTrue(certfile)) throw Ops.ValueError("certfile must be specified for server-side operations");
            if (Ops.IsTrue(keyfile) && !Ops.IsTrue(certfile)) throw Ops.ValueError("certfile must be specified");
            if (Ops.IsTrue(certfile) && !Ops.IsTrue(keyfile)) keyfile = certfile;
            Set(self, "keyfile", keyfile); Set(self, "certfile", certfile); Set(self, "cert_reqs", a[5]);
            Set(self, "ssl_version", a[6]); Set(self, "ca_certs", a[7]); Set(self, "ciphers", a[10]);
            var trusted = Ops.IsTrue(a[7]) ? LoadTrusted(a[7]) : null;
            var local = Ops.IsTrue(certfile) ? LoadCertificate(certfile, keyfile) : null;
            Set(self, "_tls_settings", ssl.NewChannelSettings(new ChannelSettings(serverSide, Ops.ToInt32(a[5]), local, trusted, ssl.Protocols(Ops.ToInt32(a[6])))));
            if (!Ops.Eq(Call(sock, "getsockopt", PyInt.From(1), PyInt.From(3)), PyInt.From(1)))
                throw new PythonException(Ops.Call(PyExceptionTypes.NotImplementedError, PyStr.FromString("only stream sockets are supported")));
            Ops.Call(Get(SocketClass, "__init__"), new[] { self, Get(sock, "family"), Get(sock, "type"), Get(sock, "proto"), sock });
            Set(self, "server_side", PyBool.From(serverSide));
            Set(self, "server_hostname", None);
            Set(self, "do_handshake_on_connect", a[8]);
            Set(self, "suppress_ragged_eofs", a[9]);
            bool connected = true;
            try { Call(self, "getpeername"); }
            catch (PythonException e) when (e.Matches(SocketError))
            {
                if (!Ops.Eq(Get(e.Value, "errno"), PyInt.From(107))) throw;
                connected = false;
            }
            Set(self, "_closed", PyBool.False);
            Set(self, "_sslobj", None);
            Set(self, "_connected", PyBool.From(connected));
            if (connected)
            {
                try
                {
                    Set(self, "_sslobj", NewChannel(self));
                    if (Ops.IsTrue(a[8]))
                    {
                        if (Ops.Eq(Call(self, "gettimeout"), new PyFloat(0.0)))
                            throw Ops.ValueError("do_handshake_on_connect should not be specified for non-blocking sockets");
                        Call(self, "do_handshake");
                    }
                }
                catch (PythonException e) when (e.Matches(PyTuple.Create(PyExceptionTypes.OSError, PyExceptionTypes.ValueError)))
                {
                    Call(self, "close");
                    throw;
                }
            }
            return None;
        }, new PyObject[] { None, None, PyBool.False, PyInt.From(0), PyInt.From(2), None, PyBool.True, PyBool.True, None })
        .Method("dup", new[] { "self" }, a => throw new PythonException(Ops.Call(PyExceptionTypes.NotImplementedError,
            PyStr.FromString($"Can't dup() {Get(Get(a[0], "__class__"), "__name__")} instances"))))
        .Method("_checkClosed", new[] { "self", "msg" }, a => None, new[] { None })
        .Method("_check_connected", new[] { "self" }, a =>
        {
            if (!Ops.IsTrue(Get(a[0], "_connected"))) Call(a[0], "getpeername");
            return None;
        })
        .Method("read", new[] { "self", "len", "buffer" }, a =>
        {
            var self = a[0];
            Call(self, "_checkClosed");
            var channel = Channel(self) ?? throw Ops.ValueError("Read on closed or unwrapped SSL socket.");
            int n = Ops.ToInt32(a[1]);
            if (n < 0) throw Ops.ValueError("size should not be negative");
            if (!(a[2] is PyNone) && n == 0) n = Ops.Len(a[2]);
            (byte[] data, TlsFailure failure) result;
            using (Gil.Blocking()) result = channel.Read(n);
            if (result.failure != null)
            {
                if (result.failure.IsEof && Ops.IsTrue(Get(self, "suppress_ragged_eofs")))
                    return a[2] is PyNone ? PyStr.FromString("") : PyInt.From(0);
                throw ssl.Raise(result.failure);
            }
            if (a[2] is PyNone) return PyStr.FromBytes(result.data);
            for (int i = 0; i < result.data.Length; i++) Ops.SetItem(a[2], PyInt.From(i), PyInt.From(result.data[i]));
            return PyInt.From(result.data.Length);
        }, new PyObject[] { PyInt.From(1024), None })
        .Method("write", new[] { "self", "data" }, a =>
        {
            Call(a[0], "_checkClosed");
            var channel = Channel(a[0]) ?? throw Ops.ValueError("Write on closed or unwrapped SSL socket.");
            var bytes = Bytes(a[1]);
            TlsFailure failure;
            using (Gil.Blocking()) failure = channel.Write(bytes);
            if (failure != null) throw ssl.Raise(failure);
            return PyInt.From(bytes.Length);
        })
        .Method("getpeercert", new[] { "self", "binary_form" }, a =>
        {
            Call(a[0], "_checkClosed");
            Call(a[0], "_check_connected");
            var channel = Channel(a[0]);
            if (channel == null || !channel.HandshakeDone) throw Ops.ValueError("handshake not done yet");
            var cert = channel.PeerCertificate;
            if (cert == null) return None;
            if (Ops.IsTrue(a[1])) return PyStr.FromBytes(cert.RawData);
            if (channel.VerifyMode == TlsChannel.CERT_NONE) return new PyDict();
            return PeerCertificateDictionary.Build(cert);
        }, new PyObject[] { PyBool.False })
        .Method("cipher", new[] { "self" }, a =>
        {
            Call(a[0], "_checkClosed");
            var channel = Channel(a[0]);
            if (channel == null || !channel.HandshakeDone) return None;
            var (name, bits) = channel.Cipher;
            return PyTuple.Create(PyStr.FromString(name), PyStr.FromString(channel.ProtocolName), PyInt.From(bits));
        })
        .Method("version", new[] { "self" }, a =>
        {
            var channel = Channel(a[0]);
            return channel == null || !channel.HandshakeDone ? None : PyStr.FromString(channel.ProtocolName);
        })
        .Method("compression", new[] { "self" }, a => None)
        .Method("selected_npn_protocol", new[] { "self" }, a => None)
        .Method("selected_alpn_protocol", new[] { "self" }, a => None)
        .Method("send", new[] { "self", "data", "flags" }, a =>
        {
            var self = a[0];
            Call(self, "_checkClosed");
            if (Channel(self) != null)
            {
                if (!Ops.Eq(a[2], PyInt.From(0))) throw FlagsError(self, "send");
                return Call(self, "write", a[1]);
            }
            return Ops.Call(Get(SocketClass, "send"), self, a[1], a[2]);
        }, new PyObject[] { PyInt.From(0) })
        .Method("sendto", new[] { "self", "data", "flags_or_addr", "addr" }, a =>
        {
            Call(a[0], "_checkClosed");
            if (Channel(a[0]) != null) throw Ops.ValueError($"sendto not allowed on instances of {Ops.Str(Get(a[0], "__class__"))}");
            return a[3] is PyNone ? Ops.Call(Get(SocketClass, "sendto"), a[0], a[1], a[2]) : Ops.Call(Get(SocketClass, "sendto"), new[] { a[0], a[1], a[2], a[3] });
        }, new PyObject[] { None })
        .Method("sendall", new[] { "self", "data", "flags" }, a =>
        {
            var self = a[0];
            Call(self, "_checkClosed");
            if (Channel(self) != null)
            {
                if (!Ops.Eq(a[2], PyInt.From(0))) throw FlagsError(self, "sendall");
                int amount = Ops.Len(a[1]), count = 0;
                while (count < amount) count += Ops.ToInt32(Call(self, "send", Ops.GetSlice(a[1], PyInt.From(count), null)));
                return PyInt.From(amount);
            }
            return Ops.Call(Get(SocketClass, "sendall"), self, a[1], a[2]);
        }, new PyObject[] { PyInt.From(0) })
        .Method("recv", new[] { "self", "buflen", "flags" }, a =>
        {
            var self = a[0];
            Call(self, "_checkClosed");
            if (Channel(self) != null)
            {
                if (!Ops.Eq(a[2], PyInt.From(0))) throw FlagsError(self, "recv");
                return Call(self, "read", a[1]);
            }
            return Ops.Call(Get(SocketClass, "recv"), self, a[1], a[2]);
        }, new PyObject[] { PyInt.From(1024), PyInt.From(0) })
        .Method("recv_into", new[] { "self", "buffer", "nbytes", "flags" }, a =>
        {
            var self = a[0];
            Call(self, "_checkClosed");
            var nbytes = a[2];
            if (Ops.IsTrue(a[1]) && nbytes is PyNone) nbytes = PyInt.From(Ops.Len(a[1]));
            else if (nbytes is PyNone) nbytes = PyInt.From(1024);
            if (Channel(self) != null)
            {
                if (!Ops.Eq(a[3], PyInt.From(0))) throw FlagsError(self, "recv_into");
                return Call(self, "read", nbytes, a[1]);
            }
            return Ops.Call(Get(SocketClass, "recv_into"), new[] { self, a[1], nbytes, a[3] });
        }, new PyObject[] { None, PyInt.From(0) })
        .Method("recvfrom", new[] { "self", "buflen", "flags" }, a =>
        {
            Call(a[0], "_checkClosed");
            if (Channel(a[0]) != null) throw Ops.ValueError($"recvfrom not allowed on instances of {Ops.Str(Get(a[0], "__class__"))}");
            return Ops.Call(Get(SocketClass, "recvfrom"), a[0], a[1], a[2]);
        }, new PyObject[] { PyInt.From(1024), PyInt.From(0) })
        .Method("pending", new[] { "self" }, a => PyInt.From(0))
        .Method("shutdown", new[] { "self", "how" }, a =>
        {
            Call(a[0], "_checkClosed");
            Set(a[0], "_sslobj", None);
            Ops.Call(Get(SocketClass, "shutdown"), a[0], a[1]);
            return None;
        })
        .Method("close", new[] { "self" }, a =>
        {
            var refs = Get(a[0], "_makefile_refs");
            if (Ops.Less(refs, PyInt.From(1)))
            {
                Set(a[0], "_sslobj", None);
                Ops.Call(Get(SocketClass, "close"), a[0]);
            }
            else Set(a[0], "_makefile_refs", Ops.Subtract(refs, PyInt.From(1)));
            return None;
        })
        .Method("unwrap", new[] { "self" }, a =>
        {
            var self = a[0];
            var channel = Channel(self) ?? throw Ops.ValueError("No SSL wrapper around " + Ops.Str(self));
            TlsFailure failure;
            using (Gil.Blocking()) failure = channel.Shutdown();
            Set(self, "_sslobj", None);
            if (failure != null) throw ssl.Raise(failure);
            return Ops.Call(RawSocket.Value, new[] { Get(self, "family"), Get(self, "type"), Get(self, "proto"), self });
        })
        .Method("do_handshake", new[] { "self", "block" }, a =>
        {
            var self = a[0];
            Call(self, "_check_connected");
            var timeout = Call(self, "gettimeout");
            try
            {
                if (Ops.Eq(timeout, new PyFloat(0.0)) && Ops.IsTrue(a[1])) Call(self, "settimeout", None);
                var channel = Channel(self) ?? throw Ops.AttributeError("'NoneType' object has no attribute 'do_handshake'");
                TlsFailure failure;
                using (Gil.Blocking()) failure = channel.Handshake();
                if (failure != null) throw ssl.Raise(failure);
            }
            finally { Call(self, "settimeout", timeout); }
            return None;
        }, new PyObject[] { PyBool.False })
        .Method("_real_connect", new[] { "self", "addr", "connect_ex" }, a =>
        {
            var self = a[0];
            if (Ops.IsTrue(Get(self, "server_side"))) throw Ops.ValueError("can't connect in server-side mode");
            if (Ops.IsTrue(Get(self, "_connected"))) throw Ops.ValueError("attempt to connect already-connected SSLSocket!");
            Set(self, "_sslobj", NewChannel(self));
            try
            {
                PyObject rc = None;
                if (Ops.IsTrue(a[2])) rc = Ops.Call(Get(SocketClass, "connect_ex"), self, a[1]);
                else Ops.Call(Get(SocketClass, "connect"), self, a[1]);
                if (!Ops.IsTrue(rc))
                {
                    Set(self, "_connected", PyBool.True);
                    if (Ops.IsTrue(Get(self, "do_handshake_on_connect"))) Call(self, "do_handshake");
                }
                return rc;
            }
            catch (PythonException e) when (e.Matches(SocketError))
            {
                Set(self, "_sslobj", None);
                throw;
            }
        })
        .Method("connect", new[] { "self", "addr" }, a => { Call(a[0], "_real_connect", a[1], PyBool.False); return None; })
        .Method("connect_ex", new[] { "self", "addr" }, a => Call(a[0], "_real_connect", a[1], PyBool.True))
        .Method("accept", new[] { "self" }, a =>
        {
            var self = a[0];
            var pair = Ops.UnpackSequence(Ops.Call(Get(SocketClass, "accept"), self), 2);
            var names = new[] { "keyfile", "certfile", "server_side", "cert_reqs", "ssl_version", "ca_certs",
                "do_handshake_on_connect", "suppress_ragged_eofs", "ciphers" };
            var values = new PyObject[names.Length + 1];
            var kw = new PyStr[names.Length];
            values[0] = pair[0];
            for (int i = 0; i < names.Length; i++)
            {
                values[i + 1] = names[i] == "server_side" ? PyBool.True : Get(self, names[i]);
                kw[i] = PyStr.FromString(names[i]);
            }
            var wrapped = Ops.Call(ssl.SSLSocket, values, kw);
            return PyTuple.Create(wrapped, pair[1]);
        })
        .Method("makefile", new[] { "self", "mode", "bufsize" }, a =>
        {
            Set(a[0], "_makefile_refs", Ops.Add(Get(a[0], "_makefile_refs"), PyInt.From(1)));
            return Ops.Call(Ops.GetAttr(Importer.ImportModule("socket"), "_fileobject"), new[] { a[0], a[1], a[2], PyBool.True },
                new[] { PyStr.FromString("close") });
        }, new PyObject[] { PyStr.FromString("r"), PyInt.From(-1) })
        .Build();

    /// <summary>What unwrap() returns: 2.7 gives the raw _socket.socket (type name "socket").</summary>
    static readonly Lazy<PyType> RawSocket = new(() => new PythonClassBuilder("_socket", "socket", (PyType)SocketClass).Build());

    static PyObject NewChannel(PyObject self)
    {
        var settings = ssl.SettingsOf(Get(self, "_tls_settings"));
        return ssl.NewChannel(new TlsChannel(socket.StateOf(self), settings.ServerSide, settings.VerifyMode, settings.Local,
            settings.Trusted, settings.Protocols));
    }

    static byte[] Bytes(PyObject data) => data switch
    {
        PyStr s => s.Bytes.ToArray(),
        PyUnicode u => ((PyStr)Ops.Call(PyStr.TypeObject, u)).Bytes.ToArray(),
        PyByteArray b => b.ToStr().Bytes.ToArray(),
        _ => Ops.Str(data).Bytes.ToArray(),
    };

    static X509Certificate2Collection LoadTrusted(PyObject path)
    {
        var file = Ops.Str(path).ToString();
        if (!System.IO.File.Exists(file)) throw Ops.EnvironmentError(PyExceptionTypes.IOError, 2, "No such file or directory");
        var collection = new X509Certificate2Collection();
        collection.ImportFromPemFile(file);
        return collection;
    }

    static X509Certificate2 LoadCertificate(PyObject certfile, PyObject keyfile)
    {
        string cert = Ops.Str(certfile).ToString(), key = Ops.Str(keyfile).ToString();
        if (!System.IO.File.Exists(cert) || !System.IO.File.Exists(key)) throw Ops.EnvironmentError(PyExceptionTypes.IOError, 2, "No such file or directory");
        try { return X509Certificate2.CreateFromPemFile(cert, key); }
        catch (System.Security.Cryptography.CryptographicException)
        {
            throw new PythonException(Ops.Call(ssl.SSLError, PyInt.From(9), PyStr.FromString("[SSL] PEM lib (_ssl.c:2881)")));
        }
    }
}

/// <summary>What wrap_socket was given, kept until the connection exists.</summary>
internal sealed record ChannelSettings(bool ServerSide, int VerifyMode, X509Certificate2 Local, X509Certificate2Collection Trusted,
    System.Security.Authentication.SslProtocols Protocols);
