using System;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// The C library calls behind os, time and the file objects, where .NET has no equivalent (file
/// descriptors, umask, chown, access, fork...). Paths are NUL-terminated byte arrays because a
/// Python 2 path is a byte string and must reach the kernel unchanged. Every call sets errno, read
/// back with <see cref="Marshal.GetLastPInvokeError"/>. "libc" resolves to glibc on Linux and to
/// libSystem on macOS.
/// </summary>
internal static unsafe partial class Libc
{
    const string Lib = "libc";

    [LibraryImport(Lib, SetLastError = true)] public static partial int open(byte[] path, int flags, int mode);
    [LibraryImport(Lib, SetLastError = true)] public static partial int close(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint read(int fd, byte* buffer, nint count);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint write(int fd, byte* buffer, nint count);
    [LibraryImport(Lib, SetLastError = true)] public static partial long lseek(int fd, long offset, int whence);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fsync(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fdatasync(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial int ftruncate(int fd, long length);
    [LibraryImport(Lib, SetLastError = true)] public static partial int truncate(byte[] path, long length);
    [LibraryImport(Lib, SetLastError = true)] public static partial int dup(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial int dup2(int fd, int fd2);
    [LibraryImport(Lib, SetLastError = true)] public static partial int pipe(int* fds);
    [LibraryImport(Lib, SetLastError = true)] public static partial int isatty(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint ttyname(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fcntl(int fd, int cmd, int arg);

    [LibraryImport(Lib, SetLastError = true)] public static partial uint umask(uint mask);
    [LibraryImport(Lib, SetLastError = true)] public static partial int chmod(byte[] path, uint mode);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fchmod(int fd, uint mode);
    [LibraryImport(Lib, SetLastError = true)] public static partial int chown(byte[] path, int uid, int gid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int lchown(byte[] path, int uid, int gid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fchown(int fd, int uid, int gid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int access(byte[] path, int mode);
    [LibraryImport(Lib, SetLastError = true)] public static partial int mkfifo(byte[] path, uint mode);
    [LibraryImport(Lib, SetLastError = true)] public static partial int mknod(byte[] path, uint mode, ulong dev);
    [LibraryImport(Lib, SetLastError = true)] public static partial int mkdir(byte[] path, uint mode);
    [LibraryImport(Lib, SetLastError = true)] public static partial int rmdir(byte[] path);
    [LibraryImport(Lib, SetLastError = true)] public static partial int unlink(byte[] path);
    [LibraryImport(Lib, SetLastError = true)] public static partial int rename(byte[] from, byte[] to);
    [LibraryImport(Lib, SetLastError = true)] public static partial int symlink(byte[] target, byte[] link);
    [LibraryImport(Lib, SetLastError = true)] public static partial int link(byte[] target, byte[] link);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint readlink(byte[] path, byte* buffer, nint size);
    [LibraryImport(Lib, SetLastError = true)] public static partial int chdir(byte[] path);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fchdir(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint getcwd(byte* buffer, nint size);
    [LibraryImport(Lib, SetLastError = true)] public static partial int chroot(byte[] path);
    [LibraryImport(Lib, SetLastError = true)] public static partial int utimensat(int dirfd, byte[] path, Timespec* times, int flags);
    /// <summary>Linux's statx (glibc 2.28+): one struct layout on every architecture.</summary>
    [LibraryImport(Lib, SetLastError = true)] public static partial int statx(int dirfd, byte[] path, int flags, uint mask, StatxBuffer* buffer);

    [LibraryImport(Lib, SetLastError = true)] public static partial int getpid();
    [LibraryImport(Lib, SetLastError = true)] public static partial int getppid();
    [LibraryImport(Lib, SetLastError = true)] public static partial int getuid();
    [LibraryImport(Lib, SetLastError = true)] public static partial int geteuid();
    [LibraryImport(Lib, SetLastError = true)] public static partial int getgid();
    [LibraryImport(Lib, SetLastError = true)] public static partial int getegid();
    [LibraryImport(Lib, SetLastError = true)] public static partial int setuid(int uid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setgid(int gid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int seteuid(int uid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setegid(int gid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int wait4(int pid, int* status, int options, byte* rusage);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint tmpnam_r(byte[] buffer);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint tempnam(byte[] dir, byte[] prefix);
    [LibraryImport(Lib)] public static partial void free(nint p);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getgroups(int size, int* list);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint getlogin();
    [LibraryImport(Lib, SetLastError = true)] public static partial int getpgrp();
    [LibraryImport(Lib, SetLastError = true)] public static partial int getpgid(int pid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setpgid(int pid, int pgid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setpgrp();
    [LibraryImport(Lib, SetLastError = true)] public static partial int getsid(int pid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setsid();
    [LibraryImport(Lib, SetLastError = true)] public static partial int nice(int increment);
    [LibraryImport(Lib, SetLastError = true)] public static partial int kill(int pid, int sig);
    [LibraryImport(Lib, SetLastError = true)] public static partial int killpg(int pgrp, int sig);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fork();
    [LibraryImport(Lib, SetLastError = true)] public static partial int statvfs(byte[] path, ulong* buffer);
    [LibraryImport(Lib, SetLastError = true)] public static partial int fstatvfs(int fd, ulong* buffer);
    [LibraryImport(Lib, SetLastError = true)] public static partial long pathconf(byte[] path, int name);
    [LibraryImport(Lib, SetLastError = true)] public static partial long fpathconf(int fd, int name);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint confstr(int name, byte* buffer, nint length);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getresuid(int* ruid, int* euid, int* suid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getresgid(int* rgid, int* egid, int* sgid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setresuid(int ruid, int euid, int suid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setresgid(int rgid, int egid, int sgid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setreuid(int ruid, int euid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setregid(int rgid, int egid);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setgroups(nint size, int* list);
    [LibraryImport(Lib, SetLastError = true)] public static partial int initgroups(byte[] user, int group);
    [LibraryImport(Lib, SetLastError = true)] public static partial int tcgetpgrp(int fd);
    [LibraryImport(Lib, SetLastError = true)] public static partial int tcsetpgrp(int fd, int pgrp);
    [LibraryImport(Lib, SetLastError = true)] public static partial int openpty(int* master, int* slave, nint name, nint termp, nint winp);
    [LibraryImport(Lib, SetLastError = true)] public static partial int forkpty(int* master, nint name, nint termp, nint winp);
    [LibraryImport(Lib)] public static partial nint ctermid(byte* buffer);
    [LibraryImport(Lib)] public static partial void abort();
    [LibraryImport(Lib, EntryPoint = "signal")] public static partial nint signal(int signum, nint handler);
    [LibraryImport(Lib, EntryPoint = "_exit")] public static partial void _exit(int status);
    [LibraryImport(Lib, SetLastError = true)] public static partial int execv(byte[] path, nint* argv);
    [LibraryImport(Lib, SetLastError = true)] public static partial int execve(byte[] path, nint* argv, nint* envp);
    [LibraryImport(Lib, SetLastError = true)] public static partial int waitpid(int pid, int* status, int options);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setenv(byte[] name, byte[] value, int overwrite);
    [LibraryImport(Lib, SetLastError = true)] public static partial int unsetenv(byte[] name);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint strerror(int errnum);
    [LibraryImport(Lib, SetLastError = true)] public static partial int uname(byte* buffer);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getloadavg(double* loads, int count);
    [LibraryImport(Lib, SetLastError = true)] public static partial long sysconf(int name);

    [LibraryImport(Lib, SetLastError = true)] public static partial nint time(nint tloc);
    [LibraryImport(Lib, SetLastError = true)] public static partial void tzset();
    [LibraryImport(Lib, SetLastError = true)] public static partial Tm* localtime_r(long* time, Tm* result);
    [LibraryImport(Lib, SetLastError = true)] public static partial Tm* gmtime_r(long* time, Tm* result);
    [LibraryImport(Lib, SetLastError = true)] public static partial long mktime(Tm* tm);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint strftime(byte* buffer, nint max, byte[] format, Tm* tm);

    [LibraryImport(Lib, SetLastError = true)] public static partial nint opendir(byte[] path);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint readdir(nint dir);
    [LibraryImport(Lib, SetLastError = true)] public static partial int closedir(nint dir);
    /// <summary>Where d_name sits in struct dirent: after ino, off, reclen, type on Linux; macOS's 64-bit-inode layout puts it at 21.</summary>
    public static int DirentNameOffset => OperatingSystem.IsMacOS() ? 21 : 19;

    [LibraryImport(Lib, SetLastError = true)] public static partial nint getpwnam(byte[] name);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint getpwuid(int uid);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint clock();

    [LibraryImport(Lib)] public static partial int posix_spawn(int* pid, byte[] path, nint fileActions, nint attributes, nint* argv, nint* envp);
    [LibraryImport(Lib)] public static partial int posix_spawnp(int* pid, byte[] file, nint fileActions, nint attributes, nint* argv, nint* envp);

    public static int Errno => Marshal.GetLastPInvokeError();

    /// <summary>A path as the kernel wants it: the Python byte string's bytes and a NUL.</summary>
    public static byte[] Path(string bytesAsChars)
    {
        var b = new byte[bytesAsChars.Length + 1];
        for (int i = 0; i < bytesAsChars.Length; i++) b[i] = (byte)bytesAsChars[i];
        return b;
    }

    /// <summary>A NUL-terminated C string read back as a byte string (one char per byte).</summary>
    public static string CString(nint p)
    {
        if (p == 0) return null;
        byte* s = (byte*)p;
        int n = 0;
        while (s[n] != 0) n++;
        return string.Create(n, p, static (span, ptr) => { byte* q = (byte*)ptr; for (int i = 0; i < span.Length; i++) span[i] = (char)q[i]; });
    }

    public static bool IsLinux => OperatingSystem.IsLinux();
    public static bool IsPosix => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD();
}

[StructLayout(LayoutKind.Sequential)]
internal struct Timespec
{
    public long Seconds;
    public long Nanoseconds;
}

/// <summary>C's struct tm as glibc and macOS lay it out on 64-bit systems.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Tm
{
    public int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
    public long tm_gmtoff;
    public nint tm_zone;
}

/// <summary>Linux's struct statx (256 bytes, the same on every architecture).</summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct StatxBuffer
{
    [FieldOffset(0)] public uint Mask;
    [FieldOffset(4)] public uint BlockSize;
    [FieldOffset(8)] public ulong Attributes;
    [FieldOffset(16)] public uint Nlink;
    [FieldOffset(20)] public uint Uid;
    [FieldOffset(24)] public uint Gid;
    [FieldOffset(28)] public ushort Mode;
    [FieldOffset(32)] public ulong Ino;
    [FieldOffset(40)] public ulong Size;
    [FieldOffset(48)] public ulong Blocks;
    [FieldOffset(64)] public long AtimeSec;
    [FieldOffset(72)] public uint AtimeNsec;
    [FieldOffset(80)] public long BtimeSec;
    [FieldOffset(88)] public uint BtimeNsec;
    [FieldOffset(96)] public long CtimeSec;
    [FieldOffset(104)] public uint CtimeNsec;
    [FieldOffset(112)] public long MtimeSec;
    [FieldOffset(120)] public uint MtimeNsec;
    [FieldOffset(128)] public uint RdevMajor;
    [FieldOffset(132)] public uint RdevMinor;
    [FieldOffset(136)] public uint DevMajor;
    [FieldOffset(140)] public uint DevMinor;

    /// <summary>glibc's makedev: the dev_t that stat(2) would report.</summary>
    public static ulong MakeDev(uint major, uint minor) =>
        ((ulong)(major & 0xfffff000) << 32) | ((ulong)(major & 0xfff) << 8) | ((ulong)(minor & 0xffffff00) << 12) | (minor & 0xff);
}
