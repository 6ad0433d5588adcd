#pragma warning disable CS8981 // the module class is named as in Python
using System;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>fcntl</c> module of Python 2.7 (Linux values): fcntl, ioctl, flock and lockf straight onto
/// libc. Failures are IOError, as in CPython 2.7 (e.g. "[Errno 11] Resource temporarily unavailable"
/// when a LOCK_NB lock is contended). Calls that can wait for a lock release the GIL while waiting.
/// </summary>
[PythonModule("fcntl")]
public static unsafe partial class fcntl
{
    public static readonly PyObject DN_ACCESS = PyInt.From(1), DN_ATTRIB = PyInt.From(32), DN_CREATE = PyInt.From(4),
        DN_DELETE = PyInt.From(8), DN_MODIFY = PyInt.From(2), DN_MULTISHOT = PyInt.From(2147483648L), DN_RENAME = PyInt.From(16),
        FASYNC = PyInt.From(8192), FD_CLOEXEC = PyInt.From(1), F_DUPFD = PyInt.From(0), F_EXLCK = PyInt.From(4),
        F_GETFD = PyInt.From(1), F_GETFL = PyInt.From(3), F_GETLEASE = PyInt.From(1025), F_GETLK = PyInt.From(5),
        F_GETLK64 = PyInt.From(5), F_GETOWN = PyInt.From(9), F_GETSIG = PyInt.From(11), F_NOTIFY = PyInt.From(1026),
        F_RDLCK = PyInt.From(0), F_SETFD = PyInt.From(2), F_SETFL = PyInt.From(4), F_SETLEASE = PyInt.From(1024),
        F_SETLK = PyInt.From(6), F_SETLK64 = PyInt.From(6), F_SETLKW = PyInt.From(7), F_SETLKW64 = PyInt.From(7),
        F_SETOWN = PyInt.From(8), F_SETSIG = PyInt.From(10), F_SHLCK = PyInt.From(8), F_UNLCK = PyInt.From(2),
        F_WRLCK = PyInt.From(1), LOCK_EX = PyInt.From(2), LOCK_MAND = PyInt.From(32), LOCK_NB = PyInt.From(4),
        LOCK_READ = PyInt.From(64), LOCK_RW = PyInt.From(192), LOCK_SH = PyInt.From(1), LOCK_UN = PyInt.From(8),
        LOCK_WRITE = PyInt.From(128);

    const int LockSh = 1, LockEx = 2, LockNb = 4, LockUn = 8;
    const int FSetLk = 6, FSetLkW = 7, FRdLck = 0, FWrLck = 1, FUnLck = 2;

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)] private static partial int fcntl_int(int fd, int cmd, nint arg);
    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)] private static partial int fcntl_ptr(int fd, int cmd, byte* arg);
    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)] private static partial int ioctl_int(int fd, nuint request, nint arg);
    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)] private static partial int ioctl_ptr(int fd, nuint request, byte* arg);
    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)] private static partial int flock_(int fd, int operation);

    /// <summary>Linux x86-64/arm64 struct flock: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid.</summary>
    [StructLayout(LayoutKind.Sequential)]
    struct Flock { public short Type; public short Whence; public long Start; public long Len; public int Pid; }

    static PythonException IOErrorFromErrno() =>
        IOErrorFrom(Marshal.GetLastPInvokeError());

    static PythonException IOErrorFrom(int errno) =>
        Ops.EnvironmentError(PyExceptionTypes.IOError, errno, ErrnoTable.Message(errno));

    /// <summary>PyObject_AsFileDescriptor: an int, or an object whose fileno() returns one.</summary>
    internal static int FileDescriptor(PyObject o)
    {
        PyObject value = o;
        if (o is not (PyInt or PyLong))
        {
            var fileno = Ops.GetAttrOrNull(o, "fileno") ?? throw Ops.TypeError("argument must be an int, or have a fileno() method");
            value = Ops.Call(fileno);
            if (value is not (PyInt or PyLong)) throw Ops.TypeError("fileno() returned a non-integer");
        }
        long fd = Ops.IndexToLongArg(value);
        if (fd < 0) throw Ops.ValueError($"file descriptor cannot be a negative integer ({fd})");
        if (fd > int.MaxValue) throw Ops.OverflowError("Python int too large to convert to C long");
        return (int)fd;
    }

    static int IntArg(PyObject o)
    {
        if (o is PyFloat) throw Ops.TypeError("integer argument expected, got float");
        if (o is not (PyInt or PyLong or PyBool)) throw Ops.TypeError("an integer is required");
        return unchecked((int)Ops.IndexToLongArg(o));
    }

    /// <summary>fcntl(fd, op[, arg]): an integer arg gives the call's integer result; a string arg is
    /// copied into a 1024-byte buffer passed by address and the (possibly changed) buffer is returned.</summary>
    [PythonName("fcntl")]
    public static PyObject fcntl_(PyObject fd, PyObject op, PyObject arg = null)
    {
        int f = FileDescriptor(fd);
        int cmd = IntArg(op);
        if (arg is PyStr s)
        {
            if (s.Length > 1024) throw Ops.ValueError("fcntl string arg too long");
            var buffer = new byte[1024];
            s.Bytes.CopyTo(buffer);
            int r;
            fixed (byte* p = buffer) r = fcntl_ptr(f, cmd, p);
            if (r < 0) throw IOErrorFromErrno();
            return PyStr.FromBytes(buffer.AsSpan(0, s.Length));
        }
        if (arg != null && arg is not (PyInt or PyLong or PyBool))
            throw Ops.TypeError(arg is PyFloat ? "integer argument expected, got float" : "an integer is required");
        int value = arg == null ? 0 : IntArg(arg);
        int result;
        // F_SETLKW waits for a lock held by another process.
        if (cmd == FSetLkW) using (Gil.Blocking()) result = fcntl_int(f, cmd, value);
        else result = fcntl_int(f, cmd, value);
        if (result < 0) throw IOErrorFromErrno();
        return PyInt.From(result);
    }

    /// <summary>ioctl(fd, op[, arg[, mutate_flag]]): as fcntl; with a mutable buffer (bytearray) and
    /// mutate_flag true the kernel's changes are written back into it.</summary>
    public static PyObject ioctl(PyObject fd, PyObject op, PyObject arg = null, PyObject mutate_flag = null)
    {
        int f = FileDescriptor(fd);
        if (op is not (PyInt or PyLong or PyBool)) throw Ops.TypeError("an integer is required");
        nuint request = unchecked((nuint)(ulong)Ops.IndexToLongArg(op));
        if (arg is PyByteArray ba)
        {
            bool mutate = mutate_flag == null || Ops.IsTrue(mutate_flag);
            var data = ba.Data.ToArray();
            if (mutate)
            {
                // The buffer itself is passed when mutating (no 1024-byte limit applies).
                var buffer = new byte[Math.Max(data.Length, 1)];
                data.CopyTo(buffer, 0);
                int r;
                fixed (byte* p = buffer) r = ioctl_ptr(f, request, p);
                if (r < 0) throw IOErrorFromErrno();
                for (int i = 0; i < data.Length; i++) ba.Data[i] = buffer[i];
                return PyInt.From(r);
            }
            return IoctlCopy(f, request, data);
        }
        if (arg is PyStr s) return IoctlCopy(f, request, s.Bytes.ToArray());
        if (arg != null && arg is not (PyInt or PyLong or PyBool))
            throw Ops.TypeError(arg is PyFloat ? "integer argument expected, got float" : "an integer is required");
        int result = ioctl_int(f, request, arg == null ? 0 : IntArg(arg));
        if (result < 0) throw IOErrorFromErrno();
        return PyInt.From(result);
    }

    static PyObject IoctlCopy(int f, nuint request, byte[] data)
    {
        if (data.Length > 1024) throw Ops.ValueError("ioctl string arg too long");
        var buffer = new byte[1024];
        data.CopyTo(buffer, 0);
        int r;
        fixed (byte* p = buffer) r = ioctl_ptr(f, request, p);
        if (r < 0) throw IOErrorFromErrno();
        return PyStr.FromBytes(buffer.AsSpan(0, data.Length));
    }

    /// <summary>flock(fd, op): BSD whole-file locks; blocks (GIL released) unless LOCK_NB.</summary>
    public static PyObject flock(PyObject fd, PyObject op)
    {
        int f = FileDescriptor(fd);
        int operation = IntArg(op);
        int r;
        if ((operation & LockNb) != 0) r = flock_(f, operation);
        else using (Gil.Blocking()) r = flock_(f, operation);
        if (r < 0) throw IOErrorFromErrno();
        return PyNone.None;
    }

    /// <summary>lockf(fd, operation[, length[, start[, whence]]]): POSIX record locks, made (as CPython
    /// does) with fcntl F_SETLK/F_SETLKW and a struct flock.</summary>
    public static PyObject lockf(PyObject fd, PyObject operation, PyObject length = null, PyObject start = null, PyObject whence = null)
    {
        int f = FileDescriptor(fd);
        int code = IntArg(operation);
        short type;
        if (code == LockUn) type = FUnLck;
        else if ((code & LockSh) != 0) type = FRdLck;
        else if ((code & LockEx) != 0) type = FWrLck;
        else throw Ops.ValueError("unrecognized flock argument");
        var lk = new Flock
        {
            Type = type,
            Whence = (short)(whence == null ? 0 : IntArg(whence)),
            Start = start == null ? 0 : Ops.IndexToLongArg(start),
            Len = length == null ? 0 : Ops.IndexToLongArg(length),
        };
        int cmd = (code & LockNb) != 0 ? FSetLk : FSetLkW;
        int r;
        if (cmd == FSetLk) r = fcntl_ptr(f, cmd, (byte*)&lk);
        else using (Gil.Blocking()) r = fcntl_ptr(f, cmd, (byte*)&lk);
        if (r < 0) throw IOErrorFromErrno();
        return PyNone.None;
    }
}
