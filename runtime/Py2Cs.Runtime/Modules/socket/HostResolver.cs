using System.Runtime.InteropServices;

namespace Py2Cs.Runtime.Modules.Socket;

/// <summary>getaddrinfo(3) with failures turned into socket.gaierror(code, gai_strerror text).</summary>
internal static unsafe class HostResolver
{
    public static SocketCalls.AddrInfo* Lookup(string host, string port, int family, int type, int proto, int flags)
    {
        var hints = new SocketCalls.AddrInfo { Family = family, SockType = type, Protocol = proto, Flags = flags };
        SocketCalls.AddrInfo* result = null;
        int rc;
        byte[] h = host == null ? null : SocketAddress.Latin1Z(host), p = port == null ? null : SocketAddress.Latin1Z(port);
        using (Gil.Blocking()) rc = SocketCalls.getaddrinfo(h, p, &hints, &result);
        if (rc != 0) throw GaiError(rc);
        return result;
    }

    public static PythonException GaiError(int code) =>
        Ops.Error(SocketErrors.GaiError, PyInt.From(code), PyStr.FromString(Marshal.PtrToStringUTF8(SocketCalls.gai_strerror(code))));
}
