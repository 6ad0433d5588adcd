using System;
using System.Buffers.Binary;
using System.Text;

namespace Py2Cs.Runtime.Modules.Socket;

/// <summary>
/// Python address objects ↔ struct sockaddr, as socketmodule.c's getsockaddrarg/makesockaddr:
/// AF_INET (host, port), AF_INET6 (host, port[, flowinfo[, scope_id]]), AF_UNIX path.
/// </summary>
internal static unsafe class SocketAddress
{
    public const int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    public const int MaxLength = 128;

    /// <summary>Fills <paramref name="buffer"/> (128 bytes) and returns the length.</summary>
    public static int Build(int family, PyObject address, byte* buffer)
    {
        new Span<byte>(buffer, MaxLength).Clear();
        switch (family)
        {
            case AF_UNIX:
            {
                if (!(address is PyStr or PyUnicode)) throw Ops.TypeError($"getsockaddrarg: AF_UNIX address must be str, not {address.TypeName}");
                string path = PathArgument.Bytes(address);
                if (path.Length > 107) throw Ops.Error(PyExceptionTypes.OSError, PyStr.FromString("AF_UNIX path too long"));
                *(ushort*)buffer = AF_UNIX;
                for (int i = 0; i < path.Length; i++) buffer[2 + i] = (byte)path[i];
                // Linux abstract namespace addresses (leading NUL) have no terminator.
                return path.Length > 0 && path[0] == '\0' ? 2 + path.Length : 2 + path.Length + 1;
            }
            case AF_INET:
            {
                if (address is not PyTuple t)
                    throw Ops.TypeError($"getsockaddrarg: AF_INET address must be tuple, not {address.TypeName}");
                if (t.Count != 2) throw Ops.TypeError($"getsockaddrarg() takes exactly 2 arguments ({t.Count} given)");
                var host = HostText(t[0], "getsockaddrarg");
                int port = Port(t[1]);
                *(ushort*)buffer = AF_INET;
                BinaryPrimitives.WriteUInt16BigEndian(new Span<byte>(buffer + 2, 2), (ushort)port);
                Resolve(host, AF_INET, buffer + 4);
                return 16;
            }
            case AF_INET6:
            {
                if (address is not PyTuple t)
                    throw Ops.TypeError($"getsockaddrarg: AF_INET6 address must be tuple, not {address.TypeName}");
                if (t.Count < 2 || t.Count > 4) throw Ops.TypeError("getsockaddrarg: AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                var host = HostText(t[0], "getsockaddrarg");
                int port = Port(t[1]);
                uint flow = t.Count > 2 ? (uint)IntegerArgument.ToInt64(t[2]) : 0, scope = t.Count > 3 ? (uint)IntegerArgument.ToInt64(t[3]) : 0;
                *(ushort*)buffer = AF_INET6;
                BinaryPrimitives.WriteUInt16BigEndian(new Span<byte>(buffer + 2, 2), (ushort)port);
                BinaryPrimitives.WriteUInt32BigEndian(new Span<byte>(buffer + 4, 4), flow);
                Resolve(host, AF_INET6, buffer + 8);
                *(uint*)(buffer + 24) = scope;
                return 28;
            }
            default:
                throw Ops.Error(SocketErrors.Error, PyStr.FromString("getsockaddrarg: bad family"));
        }
    }

    static string HostText(PyObject host, string function) => host switch
    {
        PyStr s => s.ToString(),
        PyUnicode u => PathArgument.Bytes(u),
        _ => throw Ops.TypeError($"{function}() argument 1 must be string or read-only buffer, not {host.TypeName}"),
    };

    static int Port(PyObject port)
    {
        if (!(port is PyInt or PyLong)) throw Ops.TypeError("an integer is required");
        long p = IntegerArgument.ToInt64(port);
        if (p < 0 || p > 65535) throw Ops.Error(PyExceptionTypes.OverflowError, PyStr.FromString("getsockaddrarg: port must be 0-65535."));
        return (int)p;
    }

    /// <summary>setipaddr: '' is INADDR_ANY, '&lt;broadcast&gt;' the broadcast address, numbers parse directly, names resolve.</summary>
    public static void Resolve(string host, int family, byte* destination)
    {
        int size = family == AF_INET ? 4 : 16;
        if (host.Length == 0) { new Span<byte>(destination, size).Clear(); return; }
        if (family == AF_INET && (host == "<broadcast>" || host == "255.255.255.255")) { new Span<byte>(destination, 4).Fill(0xff); return; }
        if (SocketCalls.inet_pton(family, Latin1Z(host), destination) == 1) return;
        var info = HostResolver.Lookup(host, null, family, 0, 0, 0);
        try { Buffer.MemoryCopy(info->Addr + (family == AF_INET ? 4 : 8), destination, size, size); }
        finally { SocketCalls.freeaddrinfo(info); }
    }

    /// <summary>makesockaddr: the Python value of a struct sockaddr.</summary>
    public static PyObject ToPython(byte* addr, int length)
    {
        if (length == 0) return PyNone.None;
        int family = *(ushort*)addr;
        switch (family)
        {
            case AF_INET:
                return PyTuple.Create(PyStr.FromString(FormatIPv4(addr + 4)), PyInt.From(BinaryPrimitives.ReadUInt16BigEndian(new ReadOnlySpan<byte>(addr + 2, 2))));
            case AF_INET6:
                return PyTuple.Create(PyStr.FromString(FormatIPv6(addr + 8)),
                    PyInt.From(BinaryPrimitives.ReadUInt16BigEndian(new ReadOnlySpan<byte>(addr + 2, 2))),
                    PyInt.From(BinaryPrimitives.ReadUInt32BigEndian(new ReadOnlySpan<byte>(addr + 4, 4))),
                    PyInt.From(*(uint*)(addr + 24)));
            case AF_UNIX:
            {
                int n = length - 2;
                if (n > 0 && addr[2] != 0) { int z = 0; while (z < n && addr[2 + z] != 0) z++; n = z; }
                return PyStr.FromBytes(new ReadOnlySpan<byte>(addr + 2, Math.Max(0, n)));
            }
            default:
                return PyTuple.Create(PyInt.From(family), PyStr.FromBytes(new ReadOnlySpan<byte>(addr + 2, Math.Max(0, length - 2))));
        }
    }

    public static string FormatIPv4(byte* a) => $"{a[0]}.{a[1]}.{a[2]}.{a[3]}";

    /// <summary>inet_ntop(AF_INET6): RFC 5952 text, with glibc's dotted form for IPv4-mapped/compatible addresses.</summary>
    public static string FormatIPv6(byte* a)
    {
        var words = new int[8];
        for (int i = 0; i < 8; i++) words[i] = (a[2 * i] << 8) | a[2 * i + 1];
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < 8;)
        {
            if (words[i] != 0) { i++; continue; }
            int j = i; while (j < 8 && words[j] == 0) j++;
            if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
            i = j;
        }
        if (bestLen < 2) bestStart = -1;
        var sb = new StringBuilder();
        for (int i = 0; i < 8; i++)
        {
            if (i == bestStart)
            {
                sb.Append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            // ::ffff:a.b.c.d and ::a.b.c.d keep the IPv4 tail in dotted form.
            if (i == 6 && bestStart == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff)))
            {
                sb.Append($"{a[12]}.{a[13]}.{a[14]}.{a[15]}");
                break;
            }
            sb.Append(words[i].ToString("x"));
            if (i < 7) sb.Append(':');
        }
        return sb.ToString();
    }

    public static byte[] Latin1Z(string s)
    {
        var b = new byte[s.Length + 1];
        for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
        return b;
    }
}
