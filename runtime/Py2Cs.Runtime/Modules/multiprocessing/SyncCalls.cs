using System.Runtime.InteropServices;

namespace Py2Cs.Runtime.Modules.Multiprocessing;

/// <summary>libc calls for memory shared between forked processes and the POSIX semaphores that live in
/// it (sem_init with pshared=1, the way a process-shared sem_t is meant to be used).</summary>
internal static unsafe partial class SyncCalls
{
    const string Lib = "libc";

    public const int PROT_READ = 1, PROT_WRITE = 2, MAP_SHARED = 1, MAP_ANONYMOUS = 0x20;
    public const int EINTR = 4, EAGAIN = 11, ETIMEDOUT = 110;
    /// <summary>sizeof(sem_t) on 64-bit glibc (x86_64 and aarch64).</summary>
    public const int SemaphoreSize = 32;

    [StructLayout(LayoutKind.Sequential)]
    public struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [LibraryImport(Lib, SetLastError = true)] public static partial nint mmap(nint addr, nuint length, int prot, int flags, int fd, nint offset);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sem_init(byte* sem, int pshared, uint value);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sem_wait(byte* sem);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sem_trywait(byte* sem);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sem_timedwait(byte* sem, TimeSpec* deadline);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sem_post(byte* sem);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sem_getvalue(byte* sem, int* value);
    [LibraryImport(Lib, SetLastError = true)] public static partial int clock_gettime(int clock, TimeSpec* now);

    public static int Errno => Marshal.GetLastPInvokeError();
}
