using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>libc's poll(2) and the pipe/descriptor calls the process and socket modules share.</summary>
internal static unsafe partial class PollSyscall
{
    const string Lib = "libc";

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd { public int Fd; public short Events; public short Revents; }

    public const short POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;
    public const int O_CLOEXEC = 0x80000, O_NONBLOCK = 0x800;

    [LibraryImport(Lib, SetLastError = true)] public static partial int poll(PollFd* fds, nuint count, int timeoutMs);
    [LibraryImport(Lib, SetLastError = true)] public static partial int pipe2(int* fds, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int close_range(uint first, uint last, int flags);
}
