using System.Runtime.InteropServices;

namespace Py2Cs.Runtime.Modules.Socket;

/// <summary>libc's socket API (Linux x86_64 layouts).</summary>
internal static unsafe partial class SocketCalls
{
    const string Lib = "libc";

    [LibraryImport(Lib, SetLastError = true)] public static partial int socket(int domain, int type, int protocol);
    [LibraryImport(Lib, SetLastError = true)] public static partial int socketpair(int domain, int type, int protocol, int* sv);
    [LibraryImport(Lib, SetLastError = true)] public static partial int bind(int fd, byte* addr, int len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int listen(int fd, int backlog);
    [LibraryImport(Lib, SetLastError = true)] public static partial int accept4(int fd, byte* addr, int* len, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int connect(int fd, byte* addr, int len);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint send(int fd, byte* buf, nint len, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint sendto(int fd, byte* buf, nint len, int flags, byte* addr, int addrLen);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint recv(int fd, byte* buf, nint len, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint recvfrom(int fd, byte* buf, nint len, int flags, byte* addr, int* addrLen);
    [LibraryImport(Lib, SetLastError = true)] public static partial int shutdown(int fd, int how);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setsockopt(int fd, int level, int name, byte* value, int len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getsockopt(int fd, int level, int name, byte* value, int* len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getsockname(int fd, byte* addr, int* len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getpeername(int fd, byte* addr, int* len);
    [LibraryImport(Lib, SetLastError = true)] public static partial int gethostname(byte* name, nint len);
    [LibraryImport(Lib)] public static partial int getaddrinfo(byte[] node, byte[] service, AddrInfo* hints, AddrInfo** res);
    [LibraryImport(Lib)] public static partial void freeaddrinfo(AddrInfo* res);
    [LibraryImport(Lib)] public static partial nint gai_strerror(int code);
    [LibraryImport(Lib)] public static partial int getnameinfo(byte* addr, int len, byte* host, int hostLen, byte* serv, int servLen, int flags);
    [LibraryImport(Lib)] public static partial nint getservbyname(byte[] name, byte[] proto);
    [LibraryImport(Lib)] public static partial nint getservbyport(int port, byte[] proto);
    [LibraryImport(Lib)] public static partial nint getprotobyname(byte[] name);
    [LibraryImport(Lib)] public static partial int inet_pton(int af, byte[] src, byte* dst);
    [LibraryImport(Lib)] public static partial int inet_aton(byte[] src, byte* dst);

    [StructLayout(LayoutKind.Sequential)]
    public struct AddrInfo
    {
        public int Flags, Family, SockType, Protocol;
        public int AddrLen;
        public byte* Addr;
        public byte* CanonName;
        public AddrInfo* Next;
    }
}
