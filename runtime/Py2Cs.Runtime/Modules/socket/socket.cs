using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.Socket;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>socket</c> module of Python 2.7 over libc sockets. <c>socket.socket</c> is a Python class
/// (2.7's <c>_socketobject</c>: subclassable, methods looked up as attributes) whose descriptor state is a
/// <see cref="SocketState"/>; errors carry CPython's errno and strerror text.
/// </summary>
[PythonModule("socket")]
public static unsafe class socket
{
    static readonly ConditionalWeakTable<PyObject, SocketState> States = new();
    static double defaultTimeout = -1;

    public static readonly PyObject error = SocketErrors.Error;
    public static readonly PyObject herror = SocketErrors.HError;
    public static readonly PyObject gaierror = SocketErrors.GaiError;
    public static readonly PyObject timeout = SocketErrors.Timeout;
    public static readonly PyObject has_ipv6 = PyBool.True;
    public static readonly PyObject _GLOBAL_DEFAULT_TIMEOUT = Ops.Call(PyType.ObjectType);

    [PythonName("socket")]
    public static readonly PyType socket_ = new PythonClassBuilder("socket", "_socketobject", PyType.ObjectType)
        .Attribute("__doc__", PyStr.FromString("socket([family[, type[, proto]]]) -> socket object"))
        .Method("__init__", new[] { "self", "family", "type", "proto", "_sock" }, a =>
        {
            SocketState state;
            if (a[4] is PyNone)
            {
                int family = Ops.ToInt32(a[1]), type = Ops.ToInt32(a[2]), proto = Ops.ToInt32(a[3]);
                int fd = SocketCalls.socket(family, type | PollSyscall.O_CLOEXEC, proto);
                if (fd < 0) throw SocketErrors.FromErrno(Libc.Errno);
                state = new SocketState(fd, family, type, proto, defaultTimeout);
            }
            else state = StateOf(a[4]);
            Attach(a[0], state);
            return PyNone.None;
        }, new PyObject[] { PyInt.From(2), PyInt.From(1), PyInt.From(0), PyNone.None })
        .Method("accept", new[] { "self" }, a =>
        {
            var (fd, addr) = StateOf(a[0]).Accept();
            var s = StateOf(a[0]);
            return PyTuple.Create(Wrap(new SocketState(fd, s.Family, s.Type, s.Proto, defaultTimeout)), addr);
        })
        .Method("bind", new[] { "self", "address" }, a =>
        {
            var s = StateOf(a[0]);
            byte* buf = stackalloc byte[SocketAddress.MaxLength];
            int len = SocketAddress.Build(s.Family, a[1], buf);
            if (SocketCalls.bind(s.CheckedFd, buf, len) < 0) throw SocketErrors.FromErrno(Libc.Errno);
            return PyNone.None;
        })
        .Method("close", new[] { "self" }, a => { StateOf(a[0]).Close(); return PyNone.None; })
        .Method("connect", new[] { "self", "address" }, a =>
        {
            int err = Connect(a[0], a[1], out bool timedOut);
            if (timedOut) throw SocketErrors.TimedOut();
            if (err != 0) throw SocketErrors.FromErrno(err);
            return PyNone.None;
        })
        .Method("connect_ex", new[] { "self", "address" }, a => PyInt.From(Connect(a[0], a[1], out _)))
        .Method("dup", new[] { "self" }, a =>
        {
            var s = StateOf(a[0]);
            int fd = Libc.fcntl(s.CheckedFd, 1030, 0);
            if (fd < 0) throw SocketErrors.FromErrno(Libc.Errno);
            return Wrap(new SocketState(fd, s.Family, s.Type, s.Proto, s.Timeout));
        })
        .Method("fileno", new[] { "self" }, a => PyInt.From(StateOf(a[0]).CheckedFd))
        .Method("getpeername", new[] { "self" }, a => Name(a[0], peer: true))
        .Method("getsockname", new[] { "self" }, a => Name(a[0], peer: false))
        .Method("getsockopt", new[] { "self", "level", "option", "buflen" }, a => GetSockOpt(StateOf(a[0]), a[1], a[2], a[3]), new PyObject[] { PyNone.None })
        .Method("setsockopt", new[] { "self", "level", "option", "value" }, a => { SetSockOpt(StateOf(a[0]), a[1], a[2], a[3]); return PyNone.None; })
        .Method("gettimeout", new[] { "self" }, a => IntegerArgument.TimeoutValue(StateOf(a[0]).Timeout))
        .Method("settimeout", new[] { "self", "timeout" }, a => { StateOf(a[0]).SetTimeout(IntegerArgument.Timeout(a[1])); return PyNone.None; })
        .Method("setblocking", new[] { "self", "flag" }, a =>
        {
            var s = StateOf(a[0]); s.CheckedFd.ToString();
            s.SetTimeout(Ops.IsTrue(a[1]) ? -1 : 0.0);
            return PyNone.None;
        })
        .Method("listen", new[] { "self", "backlog" }, a =>
        {
            int backlog = Math.Max(0, Ops.ToInt32(a[1]));
            if (SocketCalls.listen(StateOf(a[0]).CheckedFd, backlog) < 0) throw SocketErrors.FromErrno(Libc.Errno);
            return PyNone.None;
        })
        .Method("makefile", new[] { "self", "mode", "bufsize" }, a =>
        {
            var s = StateOf(a[0]);
            int fd = Libc.fcntl(s.CheckedFd, 1030, 0);
            if (fd < 0) throw SocketErrors.FromErrno(Libc.Errno);
            // 2.7's _fileobject reads and writes whatever the mode says ("rw" is common): a socket file is r+.
            string mode = ((PyStr)a[1]).ToString();
            return PyFile.FromDescriptor(fd, PyStr.FromString("<socket>"), mode.Contains('w') || mode.Contains('+') ? (mode.Contains('r') ? "r+b" : "wb") : "rb", Ops.ToInt32(a[2]));
        }, new PyObject[] { PyStr.FromString("r"), PyInt.From(-1) })
        .Method("recv", new[] { "self", "buffersize", "flags" }, a => Recv(StateOf(a[0]), a[1], a[2], "recv", withAddress: false), new PyObject[] { PyInt.From(0) })
        .Method("recvfrom", new[] { "self", "buffersize", "flags" }, a => Recv(StateOf(a[0]), a[1], a[2], "recvfrom", withAddress: true), new PyObject[] { PyInt.From(0) })
        .Method("recv_into", new[] { "self", "buffer", "nbytes", "flags" }, a => RecvInto(StateOf(a[0]), a[1], a[2], a[3], false), new PyObject[] { PyInt.From(0), PyInt.From(0) })
        .Method("recvfrom_into", new[] { "self", "buffer", "nbytes", "flags" }, a => RecvInto(StateOf(a[0]), a[1], a[2], a[3], true), new PyObject[] { PyInt.From(0), PyInt.From(0) })
        .Method("send", new[] { "self", "data", "flags" }, a =>
        {
            var s = StateOf(a[0]); var data = Data(a[1]);
            fixed (byte* p = data) return PyInt.From(s.Send(p, data.Length, Ops.ToInt32(a[2])));
        }, new PyObject[] { PyInt.From(0) })
        .Method("sendall", new[] { "self", "data", "flags" }, a =>
        {
            var s = StateOf(a[0]); var data = Data(a[1]);
            fixed (byte* p = data) s.SendAll(p, data.Length, Ops.ToInt32(a[2]));
            return PyNone.None;
        }, new PyObject[] { PyInt.From(0) })
        .Method("sendto", new[] { "self", "data", "flags_or_address", "address" }, a =>
        {
            var s = StateOf(a[0]); var data = Data(a[1]);
            int flags = 0; PyObject address = a[2];
            if (a[3] != null && !(a[3] is PyNone && a.Length > 4)) { if (!(a[3] is PyNone)) { flags = Ops.ToInt32(a[2]); address = a[3]; } }
            byte* buf = stackalloc byte[SocketAddress.MaxLength];
            int len = SocketAddress.Build(s.Family, address, buf);
            fixed (byte* p = data) return PyInt.From(s.Send(p, data.Length, flags, buf, len));
        }, new PyObject[] { PyNone.None })
        .Method("shutdown", new[] { "self", "how" }, a =>
        {
            if (SocketCalls.shutdown(StateOf(a[0]).CheckedFd, Ops.ToInt32(a[1])) < 0) throw SocketErrors.FromErrno(Libc.Errno);
            return PyNone.None;
        })
        .Build();

    public static readonly PyObject SocketType = socket_;
    public static readonly PyType _fileobject = FileObject.Build();
    public static readonly PyObject _socketobject = socket_;

    public static void __init__(PyModule m)
    {
        foreach (var (name, value) in SocketConstants.All) m[name] = value <= int.MaxValue && value >= int.MinValue ? PyInt.From(value) : PyInt.From(value);
        m["__doc__"] = PyStr.FromString("This module provides socket operations and some related functions.\nOn Unix, it supports IP (Internet Protocol) and Unix domain sockets.\nOn other systems, it only supports IP. Functions specific for a\nsocket are available as methods of the socket object.");
    }

    static PyObject Builtins_Property => Ops.GetAttr(Importer.ImportModule("__builtin__"), "property");

    internal static SocketState StateOf(PyObject self) =>
        States.TryGetValue(self, out var s) ? s : throw Ops.TypeError("socket object is not initialized");

    static void Attach(PyObject self, SocketState s)
    {
        States.AddOrUpdate(self, s);
        Ops.SetAttr(self, "family", PyInt.From(s.Family));
        Ops.SetAttr(self, "type", PyInt.From(s.Type));
        Ops.SetAttr(self, "proto", PyInt.From(s.Proto));
    }

    static PyObject Wrap(SocketState s)
    {
        var obj = Ops.Call(socket_, new PyObject[] { PyInt.From(s.Family), PyInt.From(s.Type), PyInt.From(s.Proto), Holder(s) });
        return obj;
    }

    static readonly PyType HolderType = new PythonClassBuilder("socket", "_sockholder", PyType.ObjectType).Build();

    // _sock=: carries a SocketState through the Python-level constructor.
    static PyObject Holder(SocketState s)
    {
        var h = Ops.Call(HolderType);
        States.AddOrUpdate(h, s);
        return h;
    }

    static int Connect(PyObject self, PyObject address, out bool timedOut)
    {
        var s = StateOf(self);
        byte* buf = stackalloc byte[SocketAddress.MaxLength];
        int len = SocketAddress.Build(s.Family, address, buf);
        return s.Connect(buf, len, out timedOut);
    }

    static PyObject Name(PyObject self, bool peer)
    {
        var s = StateOf(self);
        byte* buf = stackalloc byte[SocketAddress.MaxLength];
        int len = SocketAddress.MaxLength;
        int r = peer ? SocketCalls.getpeername(s.CheckedFd, buf, &len) : SocketCalls.getsockname(s.CheckedFd, buf, &len);
        if (r < 0) throw SocketErrors.FromErrno(Libc.Errno);
        return SocketAddress.ToPython(buf, len);
    }

    static byte[] Data(PyObject data) => data switch
    {
        PyStr s => s.Bytes.ToArray(),
        PyBuffer b => b.Str().Bytes.ToArray(),
        PyByteArray b => b.ToStr().Bytes.ToArray(),
        PyUnicode u => ((PyStr)Ops.Call(PyStr.TypeObject, u)).Bytes.ToArray(),
        _ => ((PyStr)Ops.Call(PyStr.TypeObject, Ops.Call(Ops.GetAttr(Importer.ImportModule("__builtin__"), "buffer"), data))).Bytes.ToArray(),
    };

    static PyObject Recv(SocketState s, PyObject size, PyObject flags, string function, bool withAddress)
    {
        int n = Ops.ToInt32(size);
        if (n < 0) throw Ops.ValueError($"negative buffersize in {function}");
        var buffer = new byte[n];
        byte* addr = stackalloc byte[SocketAddress.MaxLength];
        int addrLen = SocketAddress.MaxLength;
        int got;
        fixed (byte* p = buffer) got = s.Recv(p, n, Ops.ToInt32(flags), withAddress ? addr : null, &addrLen);
        var data = PyStr.FromBytes(buffer.AsSpan(0, got));
        return withAddress ? PyTuple.Create(data, SocketAddress.ToPython(addr, addrLen)) : data;
    }

    static PyObject RecvInto(SocketState s, PyObject target, PyObject nbytes, PyObject flags, bool withAddress)
    {
        if (target is not PyByteArray ba) throw Ops.TypeError($"recv_into() argument 1 must be read-write buffer, not {target.TypeName}");
        int n = Ops.ToInt32(nbytes);
        if (n < 0) throw Ops.ValueError("negative buffersize in recv_into");
        if (n == 0) n = Ops.Len(ba);
        if (n > Ops.Len(ba)) throw Ops.ValueError("buffer too small for requested bytes");
        var tmp = new byte[n];
        byte* addr = stackalloc byte[SocketAddress.MaxLength];
        int addrLen = SocketAddress.MaxLength, got;
        fixed (byte* p = tmp) got = s.Recv(p, n, Ops.ToInt32(flags), withAddress ? addr : null, &addrLen);
        for (int i = 0; i < got; i++) Ops.SetItem(ba, PyInt.From(i), PyInt.From(tmp[i]));
        return withAddress ? PyTuple.Create(PyInt.From(got), SocketAddress.ToPython(addr, addrLen)) : PyInt.From(got);
    }

    static PyObject GetSockOpt(SocketState s, PyObject level, PyObject option, PyObject buflen)
    {
        int fd = s.CheckedFd;
        if (buflen is PyNone || Ops.ToInt32(buflen) == 0)
        {
            int v = 0, len = 4;
            if (SocketCalls.getsockopt(fd, Ops.ToInt32(level), Ops.ToInt32(option), (byte*)&v, &len) < 0) throw SocketErrors.FromErrno(Libc.Errno);
            return PyInt.From(v);
        }
        int size = Ops.ToInt32(buflen);
        if (size <= 0 || size > 1024) throw Ops.Error(SocketErrors.Error, PyStr.FromString("getsockopt buflen out of range"));
        var buf = new byte[size];
        int l = size;
        fixed (byte* p = buf) if (SocketCalls.getsockopt(fd, Ops.ToInt32(level), Ops.ToInt32(option), p, &l) < 0) throw SocketErrors.FromErrno(Libc.Errno);
        return PyStr.FromBytes(buf.AsSpan(0, l));
    }

    static void SetSockOpt(SocketState s, PyObject level, PyObject option, PyObject value)
    {
        int fd = s.CheckedFd, r;
        if (value is PyStr str)
        {
            var b = str.Bytes.ToArray();
            fixed (byte* p = b) r = SocketCalls.setsockopt(fd, Ops.ToInt32(level), Ops.ToInt32(option), p, b.Length);
        }
        else
        {
            int v = Ops.ToInt32(value);
            r = SocketCalls.setsockopt(fd, Ops.ToInt32(level), Ops.ToInt32(option), (byte*)&v, 4);
        }
        if (r < 0) throw SocketErrors.FromErrno(Libc.Errno);
    }

    // ---- module functions ------------------------------------------------------------------

    public static PyObject socketpair(PyObject family = null, PyObject type = null, PyObject proto = null)
    {
        int f = family == null ? 1 : Ops.ToInt32(family), t = type == null ? 1 : Ops.ToInt32(type), p = proto == null ? 0 : Ops.ToInt32(proto);
        int* sv = stackalloc int[2];
        if (SocketCalls.socketpair(f, t | PollSyscall.O_CLOEXEC, p, sv) < 0) throw SocketErrors.FromErrno(Libc.Errno);
        return PyTuple.Create(Wrap(new SocketState(sv[0], f, t, p, defaultTimeout)), Wrap(new SocketState(sv[1], f, t, p, defaultTimeout)));
    }

    public static PyObject fromfd(PyObject fd, PyObject family, PyObject type, PyObject proto = null)
    {
        int copy = Libc.fcntl(Ops.ToInt32(fd), 1030, 0);
        if (copy < 0) throw SocketErrors.FromErrno(Libc.Errno);
        return Wrap(new SocketState(copy, Ops.ToInt32(family), Ops.ToInt32(type), proto == null ? 0 : Ops.ToInt32(proto), defaultTimeout));
    }

    public static PyObject getdefaulttimeout() => IntegerArgument.TimeoutValue(defaultTimeout);
    public static void setdefaulttimeout(PyObject timeout) => defaultTimeout = IntegerArgument.Timeout(timeout);

    public static PyObject create_connection(PyObject address, PyObject timeout = null, PyObject source_address = null)
    {
        var host = Ops.GetItem(address, PyInt.From(0));
        var port = Ops.GetItem(address, PyInt.From(1));
        PythonException last = null;
        foreach (var res in Ops.Enumerate(getaddrinfo(host, port, PyInt.From(0), PyInt.From(1))))
        {
            var t = (PyTuple)res;
            PyObject sock = null;
            try
            {
                sock = Ops.Call(socket_, t[0], t[1], t[2]);
                if (timeout != null && !ReferenceEquals(timeout, _GLOBAL_DEFAULT_TIMEOUT)) Ops.CallMethod(sock, "settimeout", timeout);
                if (source_address != null && !(source_address is PyNone)) Ops.CallMethod(sock, "bind", source_address);
                Ops.CallMethod(sock, "connect", t[4]);
                return sock;
            }
            catch (Exception e)
            {
                var py = Ops.ToPython(e);
                if (!py.Is(SocketErrors.Error)) throw;
                last = py;
                if (sock != null) Ops.CallMethod(sock, "close");
            }
        }
        throw last ?? Ops.Error(SocketErrors.Error, PyStr.FromString("getaddrinfo returns an empty list"));
    }

    public static PyObject getaddrinfo(PyObject host, PyObject port, PyObject family = null, PyObject socktype = null, PyObject proto = null, PyObject flags = null)
    {
        string h = host is PyNone ? null : host is PyUnicode u ? PathArgument.Bytes(u) : host is PyStr s ? s.ToString()
            : throw Ops.TypeError("getaddrinfo() argument 1 must be string or None");
        string p = port is PyNone ? null : port is PyInt or PyLong ? IntegerArgument.ToInt64(port).ToString() : port is PyStr ps ? ps.ToString()
            : throw Ops.Error(SocketErrors.Error, PyStr.FromString("Int or String expected"));
        var info = HostResolver.Lookup(h, p, family == null ? 0 : Ops.ToInt32(family), socktype == null ? 0 : Ops.ToInt32(socktype),
            proto == null ? 0 : Ops.ToInt32(proto), flags == null ? 0 : Ops.ToInt32(flags));
        var list = new PyList();
        try
        {
            for (var i = info; i != null; i = i->Next)
                list.Append(PyTuple.Create(PyInt.From(i->Family), PyInt.From(i->SockType), PyInt.From(i->Protocol),
                    PyStr.FromString(i->CanonName == null ? "" : Marshal.PtrToStringUTF8((nint)i->CanonName)), SocketAddress.ToPython(i->Addr, i->AddrLen)));
        }
        finally { SocketCalls.freeaddrinfo(info); }
        return list;
    }

    public static PyObject gethostname()
    {
        byte* buf = stackalloc byte[1025];
        if (SocketCalls.gethostname(buf, 1024) < 0) throw SocketErrors.FromErrno(Libc.Errno);
        buf[1024] = 0;
        return PyStr.FromBytes(new ReadOnlySpan<byte>(buf, Strlen(buf)));
    }

    public static PyObject gethostbyname(PyObject hostname)
    {
        byte* a = stackalloc byte[4];
        SocketAddress.Resolve(HostArg(hostname, "gethostbyname"), SocketAddress.AF_INET, a);
        return PyStr.FromString(SocketAddress.FormatIPv4(a));
    }

    public static PyObject gethostbyname_ex(PyObject hostname)
    {
        string h = HostArg(hostname, "gethostbyname_ex");
        var info = HostResolver.Lookup(h, null, SocketAddress.AF_INET, 1, 0, 2 /* AI_CANONNAME */);
        var addresses = new PyList();
        var seen = new HashSet<string>();
        string canon = h;
        try
        {
            if (info->CanonName != null) canon = Marshal.PtrToStringUTF8((nint)info->CanonName);
            for (var i = info; i != null; i = i->Next)
            {
                var ip = SocketAddress.FormatIPv4(i->Addr + 4);
                if (seen.Add(ip)) addresses.Append(PyStr.FromString(ip));
            }
        }
        finally { SocketCalls.freeaddrinfo(info); }
        return PyTuple.Create(PyStr.FromString(canon), new PyList(), addresses);
    }

    public static PyObject gethostbyaddr(PyObject ip_address)
    {
        string h = HostArg(ip_address, "gethostbyaddr");
        var info = HostResolver.Lookup(h, null, 0, 1, 0, 0);
        byte* host = stackalloc byte[1025];
        int rc;
        string ip;
        try
        {
            ip = info->Family == SocketAddress.AF_INET ? SocketAddress.FormatIPv4(info->Addr + 4) : SocketAddress.FormatIPv6(info->Addr + 8);
            using (Gil.Blocking()) rc = SocketCalls.getnameinfo(info->Addr, info->AddrLen, host, 1025, null, 0, 8 /* NI_NAMEREQD */);
        }
        finally { SocketCalls.freeaddrinfo(info); }
        if (rc != 0) throw Ops.Error(SocketErrors.HError, PyInt.From(1), PyStr.FromString("Unknown host"));
        return PyTuple.Create(PyStr.FromBytes(new ReadOnlySpan<byte>(host, Strlen(host))), new PyList(), ListOf(PyStr.FromString(ip)));
    }

    public static PyObject getfqdn(PyObject name = null)
    {
        string n = name == null ? "" : ((PyStr)Ops.CallMethod(name, "strip")).ToString();
        PyObject current = PyStr.FromString(n);
        if (n.Length == 0 || n == "0.0.0.0") current = gethostname();
        try
        {
            var r = (PyTuple)gethostbyaddr(current);
            var names = new List<PyObject> { r[0] };
            names.AddRange(Ops.Enumerate(r[1]));
            foreach (var candidate in names) if (((PyStr)candidate).ToString().Contains('.')) return candidate;
            return r[0];
        }
        catch (Exception e) when (Ops.ToPython(e).Is(SocketErrors.Error)) { return current; }
    }

    public static PyObject getnameinfo(PyObject sockaddr, PyObject flags)
    {
        if (sockaddr is not PyTuple t || t.Count < 2) throw Ops.TypeError("getnameinfo() argument 1 must be a tuple");
        var info = HostResolver.Lookup(HostArg(t[0], "getnameinfo"), IntegerArgument.ToInt64(t[1]).ToString(), 0, 2, 0, 4 /* AI_NUMERICHOST */);
        byte* host = stackalloc byte[1025];
        byte* serv = stackalloc byte[32];
        int rc;
        try { rc = SocketCalls.getnameinfo(info->Addr, info->AddrLen, host, 1025, serv, 32, Ops.ToInt32(flags)); }
        finally { SocketCalls.freeaddrinfo(info); }
        if (rc != 0) throw HostResolver.GaiError(rc);
        return PyTuple.Create(PyStr.FromBytes(new ReadOnlySpan<byte>(host, Strlen(host))), PyStr.FromBytes(new ReadOnlySpan<byte>(serv, Strlen(serv))));
    }

    public static PyObject getservbyname(PyObject servicename, PyObject protocolname = null)
    {
        nint e = SocketCalls.getservbyname(Z(servicename), protocolname == null ? null : Z(protocolname));
        if (e == 0) throw Ops.Error(SocketErrors.Error, PyStr.FromString("service/proto not found"));
        return PyInt.From((ushort)System.Net.IPAddress.NetworkToHostOrder((short)*(int*)(e + 16)));
    }

    public static PyObject getservbyport(PyObject port, PyObject protocolname = null)
    {
        long p = IntegerArgument.ToInt64(port);
        if (p < 0 || p > 65535) throw Ops.Error(PyExceptionTypes.OverflowError, PyStr.FromString("getservbyport: port must be 0-65535."));
        nint e = SocketCalls.getservbyport(System.Net.IPAddress.HostToNetworkOrder((short)p) & 0xffff, protocolname == null ? null : Z(protocolname));
        if (e == 0) throw Ops.Error(SocketErrors.Error, PyStr.FromString("port/proto not found"));
        return PyStr.FromString(Marshal.PtrToStringUTF8(*(nint*)e));
    }

    public static PyObject getprotobyname(PyObject protocolname)
    {
        nint e = SocketCalls.getprotobyname(Z(protocolname));
        if (e == 0) throw Ops.Error(SocketErrors.Error, PyStr.FromString("protocol not found"));
        return PyInt.From(*(int*)(e + 16));
    }

    public static PyObject inet_aton(PyObject ip_string)
    {
        byte* a = stackalloc byte[4];
        if (SocketCalls.inet_aton(Z(ip_string), a) == 0) throw Ops.Error(SocketErrors.Error, PyStr.FromString("illegal IP address string passed to inet_aton"));
        return PyStr.FromBytes(new ReadOnlySpan<byte>(a, 4));
    }

    public static PyObject inet_ntoa(PyObject packed_ip)
    {
        var b = ((PyStr)packed_ip).Bytes;
        if (b.Length != 4) throw Ops.Error(SocketErrors.Error, PyStr.FromString("packed IP wrong length for inet_ntoa"));
        return PyStr.FromString($"{b[0]}.{b[1]}.{b[2]}.{b[3]}");
    }

    public static PyObject inet_pton(PyObject address_family, PyObject ip_string)
    {
        int af = Ops.ToInt32(address_family);
        if (af != SocketAddress.AF_INET && af != SocketAddress.AF_INET6) throw SocketErrors.FromErrno(97);
        byte* a = stackalloc byte[16];
        if (SocketCalls.inet_pton(af, Z(ip_string), a) != 1) throw Ops.Error(SocketErrors.Error, PyStr.FromString("illegal IP address string passed to inet_pton"));
        return PyStr.FromBytes(new ReadOnlySpan<byte>(a, af == SocketAddress.AF_INET ? 4 : 16));
    }

    public static PyObject inet_ntop(PyObject address_family, PyObject packed_ip)
    {
        int af = Ops.ToInt32(address_family);
        var b = ((PyStr)packed_ip).Bytes.ToArray();
        if (af == SocketAddress.AF_INET)
        {
            if (b.Length != 4) throw Ops.ValueError("invalid length of packed IP address string");
            fixed (byte* p = b) return PyStr.FromString(SocketAddress.FormatIPv4(p));
        }
        if (af == SocketAddress.AF_INET6)
        {
            if (b.Length != 16) throw Ops.ValueError("invalid length of packed IP address string");
            fixed (byte* p = b) return PyStr.FromString(SocketAddress.FormatIPv6(p));
        }
        throw Ops.ValueError("unknown address family " + af);
    }

    public static PyObject htons(PyObject x) => PyInt.From(Swap16(Unsigned(x, "htons")));
    public static PyObject ntohs(PyObject x) => PyInt.From(Swap16(Unsigned(x, "ntohs")));
    public static PyObject htonl(PyObject x) => IntegerArgument.FromUInt32(Swap32(Unsigned(x, "htonl")));
    public static PyObject ntohl(PyObject x) => IntegerArgument.FromUInt32(Swap32(Unsigned(x, "ntohl")));

    static long Unsigned(PyObject x, string function)
    {
        if (!(x is PyInt or PyLong)) throw Ops.TypeError($"expected int/long, {x.TypeName} found");
        long v = IntegerArgument.ToInt64(x);
        if (v < 0) throw Ops.Error(PyExceptionTypes.OverflowError, PyStr.FromString(function.EndsWith("l") ? "can't convert negative number to unsigned long" : "can't convert negative number to unsigned long"));
        return v;
    }

    static int Swap16(long v) => (int)(((v & 0xff) << 8) | ((v >> 8) & 0xff));
    static uint Swap32(long v) => System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((uint)v);

    static string HostArg(PyObject o, string function) => o switch
    {
        PyStr s => s.ToString(),
        PyUnicode u => PathArgument.Bytes(u),
        _ => throw Ops.TypeError($"{function}() argument 1 must be string, not {o.TypeName}"),
    };

    static byte[] Z(PyObject s) => SocketAddress.Latin1Z(s is PyStr ps ? ps.ToString() : s is PyUnicode ? PathArgument.Bytes(s) : throw Ops.TypeError($"argument must be string, not {s.TypeName}"));

    static PyList ListOf(PyObject item) { var l = new PyList(); l.Append(item); return l; }

    static int Strlen(byte* s) { int n = 0; while (s[n] != 0) n++; return n; }
}
