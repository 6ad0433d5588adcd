using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// The system calls of the os module, one method each, over byte-string paths (one char per byte).
/// Failures throw <see cref="OsFailure"/> with errno and the path, which the Python-facing module
/// turns into OSError. Linux and macOS go straight to libc.
/// </summary>
internal static unsafe class PosixCalls
{
    const int AT_FDCWD = -100;
    const int AT_SYMLINK_NOFOLLOW = 0x100;
    const int AT_EMPTY_PATH = 0x1000;
    const uint STATX_BASIC_STATS = 0x7ff;

    static OsFailure Fail(string path = null) => new(Libc.Errno, path);

    internal static void Check(int result, string path = null)
    {
        if (result < 0) throw Fail(path);
    }

    // ---- metadata -------------------------------------------------------------------------

    public static StatResult Stat(string path, bool followSymlinks = true)
    {
        OpenFiles.SettleUnreferenced();
        StatxBuffer sx;
        Check(Libc.statx(AT_FDCWD, Libc.Path(path), followSymlinks ? 0 : AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx), path);
        return FromStatx(sx);
    }

    public static StatResult FStat(int fd)
    {
        StatxBuffer sx;
        Check(Libc.statx(fd, new byte[1], AT_EMPTY_PATH, STATX_BASIC_STATS, &sx));
        return FromStatx(sx);
    }

    static StatResult FromStatx(in StatxBuffer s) => new(
        s.Mode, s.Ino, StatxBuffer.MakeDev(s.DevMajor, s.DevMinor), s.Nlink, s.Uid, s.Gid, (long)s.Size,
        s.AtimeSec + s.AtimeNsec * 1e-9, s.MtimeSec + s.MtimeNsec * 1e-9, s.CtimeSec + s.CtimeNsec * 1e-9,
        (long)s.Blocks, s.BlockSize, StatxBuffer.MakeDev(s.RdevMajor, s.RdevMinor));

    /// <summary>stat that answers null instead of failing (exists, isdir, isfile...).</summary>
    public static StatResult? TryStat(string path, bool followSymlinks = true)
    {
        StatxBuffer sx;
        if (Libc.statx(AT_FDCWD, Libc.Path(path), followSymlinks ? 0 : AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx) < 0) return null;
        return FromStatx(sx);
    }

    public static void Chmod(string path, int mode) => Check(Libc.chmod(Libc.Path(path), (uint)mode), path);
    public static void FChmod(int fd, int mode) => Check(Libc.fchmod(fd, (uint)mode));
    public static void Chown(string path, int uid, int gid) => Check(Libc.chown(Libc.Path(path), uid, gid), path);
    public static void LChown(string path, int uid, int gid) => Check(Libc.lchown(Libc.Path(path), uid, gid), path);
    public static void FChown(int fd, int uid, int gid) => Check(Libc.fchown(fd, uid, gid));
    public static bool Access(string path, int mode) => Libc.access(Libc.Path(path), mode) == 0;
    public static int Umask(int mask) => (int)Libc.umask((uint)mask);

    /// <summary>os.utime: null times mean "now".</summary>
    public static void Utime(string path, double? atime, double? mtime)
    {
        const long UTIME_NOW = (1L << 30) - 1;
        var times = stackalloc Timespec[2];
        times[0] = atime is double a ? ToTimespec(a) : new Timespec { Nanoseconds = UTIME_NOW };
        times[1] = mtime is double m ? ToTimespec(m) : new Timespec { Nanoseconds = UTIME_NOW };
        Check(Libc.utimensat(AT_FDCWD, Libc.Path(path), times, 0), path);
    }

    static Timespec ToTimespec(double t)
    {
        double whole = Math.Floor(t);
        return new Timespec { Seconds = (long)whole, Nanoseconds = (long)((t - whole) * 1e9) };
    }

    // ---- directories and names ------------------------------------------------------------

    public static string GetCwd()
    {
        var buffer = new byte[4096];
        fixed (byte* p = buffer)
        {
            if (Libc.getcwd(p, buffer.Length) == 0) throw Fail();
            return Libc.CString((nint)p);
        }
    }

    public static void Chdir(string path) => Check(Libc.chdir(Libc.Path(path)), path);
    public static void Mkdir(string path, int mode) => Check(Libc.mkdir(Libc.Path(path), (uint)mode), path);
    public static void Rmdir(string path) => Check(Libc.rmdir(Libc.Path(path)), path);
    public static void Unlink(string path) => Check(Libc.unlink(Libc.Path(path)), path);
    // CPython 2.7's rename, link and symlink report errors without a file name.
    public static void Rename(string from, string to) => Check(Libc.rename(Libc.Path(from), Libc.Path(to)));
    public static void Symlink(string target, string link) => Check(Libc.symlink(Libc.Path(target), Libc.Path(link)));
    public static void Link(string target, string link) => Check(Libc.link(Libc.Path(target), Libc.Path(link)));
    public static void Mkfifo(string path, int mode) => Check(Libc.mkfifo(Libc.Path(path), (uint)mode), path);
    public static void Mknod(string path, int mode, long device) => Check(Libc.mknod(Libc.Path(path), (uint)mode, (ulong)device), path);
    public static void Chroot(string path) => Check(Libc.chroot(Libc.Path(path)), path);

    public static string Readlink(string path)
    {
        var buffer = new byte[4096];
        fixed (byte* p = buffer)
        {
            nint n = Libc.readlink(Libc.Path(path), p, buffer.Length);
            if (n < 0) throw Fail(path);
            return Latin1(buffer.AsSpan(0, (int)n));
        }
    }

    /// <summary>os.listdir: the entries in the order the file system gives them, without . and ..</summary>
    /// <summary>d_type values of readdir: DT_UNKNOWN (the file system does not say), DT_DIR, DT_LNK.</summary>
    public const byte DT_UNKNOWN = 0, DT_DIR = 4, DT_LNK = 10;

    /// <summary>listdir with each entry's d_type (the byte before d_name on Linux and macOS), so
    /// os.walk can tell directories without a stat per entry.</summary>
    public static List<(string Name, byte Type)> ListDirTyped(string path)
    {
        OpenFiles.SettleUnreferenced();
        nint dir = Libc.opendir(Libc.Path(path));
        if (dir == 0) throw Fail(path);
        var names = new List<(string, byte)>();
        try
        {
            while (true)
            {
                Marshal.SetLastPInvokeError(0);
                nint entry = Libc.readdir(dir);
                if (entry == 0)
                {
                    if (Libc.Errno != 0) throw Fail(path);
                    break;
                }
                string name = Libc.CString(entry + Libc.DirentNameOffset);
                if (name != "." && name != "..") names.Add((name, *(byte*)(entry + Libc.DirentNameOffset - 1)));
            }
        }
        finally { Libc.closedir(dir); }
        return names;
    }

    public static List<string> ListDir(string path)
    {
        var entries = ListDirTyped(path);
        var names = new List<string>(entries.Count);
        foreach (var (name, _) in entries) names.Add(name);
        return names;
    }

    // ---- file descriptors -----------------------------------------------------------------

    public static int Open(string path, int flags, int mode)
    {
        OpenFiles.SettleUnreferenced();
        int fd = Libc.open(Libc.Path(path), flags, mode);
        if (fd < 0) throw Fail(path);
        return fd;
    }


    public static void Close(int fd) => Check(Libc.close(fd));

    public static byte[] Read(int fd, int count)
    {
        if (count < 0) throw new OsFailure(22);
        var buffer = new byte[count];
        nint n;
        fixed (byte* p = buffer)
        using (Gil.Blocking())   // other Python threads run while this one waits (docs/threading.md)
        {
            do n = Libc.read(fd, p, count);
            while (n < 0 && Libc.Errno == 4);   // EINTR: retry as CPython does after signal handlers run
        }
        if (n < 0) throw Fail();
        if (n < count) Array.Resize(ref buffer, (int)n);
        return buffer;
    }

    public static int Write(int fd, ReadOnlySpan<byte> data)
    {
        nint n;
        fixed (byte* p = data)
        using (Gil.Blocking())
        {
            do n = Libc.write(fd, p, data.Length);
            while (n < 0 && Libc.Errno == 4);
        }
        if (n < 0) throw Fail();
        return (int)n;
    }

    public static long Lseek(int fd, long offset, int whence)
    {
        long r = Libc.lseek(fd, offset, whence);
        if (r < 0) throw Fail();
        return r;
    }

    public static void Fsync(int fd) => Check(Libc.fsync(fd));
    public static void Fdatasync(int fd) => Check(Libc.fdatasync(fd));
    public static void Ftruncate(int fd, long length) => Check(Libc.ftruncate(fd, length));

    public static int Dup(int fd)
    {
        int r = Libc.dup(fd);
        if (r < 0) throw Fail();
        return r;
    }

    public static void Dup2(int fd, int fd2) => Check(Libc.dup2(fd, fd2));

    public static (int Read, int Write) Pipe()
    {
        int* fds = stackalloc int[2];
        Check(Libc.pipe(fds));
        return (fds[0], fds[1]);
    }

    public static bool IsAtty(int fd) => Libc.isatty(fd) == 1;

    public static string TtyName(int fd)
    {
        nint p = Libc.ttyname(fd);
        if (p == 0) throw Fail();
        return Libc.CString(p);
    }

    // ---- processes ------------------------------------------------------------------------

    public static int Kill(int pid, int signal) { Check(Libc.kill(pid, signal)); return 0; }
    public static void KillPg(int pgrp, int signal) => Check(Libc.killpg(pgrp, signal));

    public static (int Pid, int Status) WaitPid(int pid, int options)
    {
        int status = 0;
        int r;
        using (Gil.Blocking())
        {
            do r = Libc.waitpid(pid, &status, options);
            while (r < 0 && Libc.Errno == 4);
        }
        if (r < 0) throw Fail();
        return (r, status);
    }

    public static int Nice(int increment)
    {
        Marshal.SetLastPInvokeError(0);
        int r = Libc.nice(increment);
        if (r == -1 && Libc.Errno != 0) throw Fail();
        return r;
    }

    public static int SetSid() { int r = Libc.setsid(); if (r < 0) throw Fail(); return r; }
    public static void SetPgid(int pid, int pgid) => Check(Libc.setpgid(pid, pgid));
    public static int GetPgid(int pid) { int r = Libc.getpgid(pid); if (r < 0) throw Fail(); return r; }
    public static int GetSid(int pid) { int r = Libc.getsid(pid); if (r < 0) throw Fail(); return r; }
    public static void SetUid(int uid) => Check(Libc.setuid(uid));
    public static void SetGid(int gid) => Check(Libc.setgid(gid));

    public static int[] GetGroups()
    {
        int n = Libc.getgroups(0, null);
        if (n < 0) throw Fail();
        var groups = new int[n];
        fixed (int* p = groups)
            if (Libc.getgroups(n, p) < 0) throw Fail();
        return groups;
    }

    /// <summary>os.getlogin: the login name of the controlling terminal (fails without one).</summary>
    public static string GetLogin()
    {
        nint p = Libc.getlogin();
        if (p == 0) throw Fail();
        return Libc.CString(p);
    }

    /// <summary>The environment a child process started now would see (after putenv/unsetenv).</summary>
    public static void PutEnv(string name, string value)
    {
        if (Libc.setenv(Libc.Path(name), Libc.Path(value), 1) < 0) throw Fail();
        Environment.SetEnvironmentVariable(name, value);
    }

    public static void UnsetEnv(string name)
    {
        if (Libc.unsetenv(Libc.Path(name)) < 0) throw Fail();
        Environment.SetEnvironmentVariable(name, null);
    }

    /// <summary>os.uname(): sysname, nodename, release, version, machine.</summary>
    public static string[] Uname()
    {
        // struct utsname on Linux: six 65-byte fields; on macOS five 256-byte fields.
        int field = OperatingSystem.IsMacOS() ? 256 : 65;
        var buffer = stackalloc byte[6 * 65 > 5 * 256 ? 6 * 65 : 5 * 256];
        Check(Libc.uname(buffer));
        var parts = new string[5];
        for (int i = 0; i < 5; i++) parts[i] = Libc.CString((nint)(buffer + i * field));
        return parts;
    }

    public static string Latin1(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i];
        return new string(chars);
    }
}
