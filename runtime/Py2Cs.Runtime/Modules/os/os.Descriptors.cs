using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace Py2Cs.Runtime;

public static partial class os
{
    static int FileDescriptor(PyObject fd) => Ops.ToInt32(fd);

    static double Number(PyObject x) => ((PyFloat)NumberTypes.FloatFromObject(x)).Value;

    /// <summary>os.open(file, flags[, mode]): a raw descriptor; O_EXCL with O_CREAT makes lock files.</summary>
    [PythonName("open")]
    public static int open_(PyObject file, PyObject flags, PyObject mode = null)
    {
        string p = P(file);
        int f = Ops.ToInt32(flags), m = mode == null ? 0x1ff : Ops.ToInt32(mode);
        return OsErrors.Call(() => PosixCalls.Open(p, f, m));
    }

    public static void close(PyObject fd) { int f = FileDescriptor(fd); OsErrors.Call(() => PosixCalls.Close(f)); }

    public static void closerange(PyObject fd_low, PyObject fd_high)
    {
        int lo = FileDescriptor(fd_low), hi = FileDescriptor(fd_high);
        for (int f = lo; f < hi; f++) Libc.close(f);   // errors ignored, as CPython
    }

    public static PyObject read(PyObject fd, PyObject n)
    {
        int f = FileDescriptor(fd), count = Ops.ToInt32(n);
        return PyStr.Wrap(OsErrors.Call(() => PosixCalls.Read(f, count)));
    }

    public static int write(PyObject fd, PyObject str)
    {
        int f = FileDescriptor(fd);
        byte[] data = str switch
        {
            PyStr s => s.Bytes.ToArray(),
            PyUnicode u => u.EncodeAscii().Bytes.ToArray(),
            _ => throw Ops.TypeError($"must be string or buffer, not {str.TypeName}"),
        };
        return OsErrors.Call(() => PosixCalls.Write(f, data));
    }

    public static PyObject lseek(PyObject fd, PyObject pos, PyObject how)
    {
        int f = FileDescriptor(fd), w = Ops.ToInt32(how);
        long offset = Ops.IndexToLong(pos);
        return PyInt.From(OsErrors.Call(() => PosixCalls.Lseek(f, offset, w)));
    }

    public static void fsync(PyObject fd) { int f = AnyFileDescriptor(fd); OsErrors.Call(() => PosixCalls.Fsync(f)); }
    public static void fdatasync(PyObject fd) { int f = AnyFileDescriptor(fd); OsErrors.Call(() => PosixCalls.Fdatasync(f)); }
    public static void ftruncate(PyObject fd, PyObject length) { int f = FileDescriptor(fd); long l = Ops.IndexToLong(length); OsErrors.Call(() => PosixCalls.Ftruncate(f, l)); }
    public static int dup(PyObject fd) { int f = FileDescriptor(fd); return OsErrors.Call(() => PosixCalls.Dup(f)); }
    public static void dup2(PyObject fd, PyObject fd2) { int a = FileDescriptor(fd), b = FileDescriptor(fd2); OsErrors.Call(() => PosixCalls.Dup2(a, b)); }
    public static bool isatty(PyObject fd) => PosixCalls.IsAtty(FileDescriptor(fd));
    public static PyObject ttyname(PyObject fd) { int f = FileDescriptor(fd); return PyStr.FromString(OsErrors.Call(() => PosixCalls.TtyName(f))); }

    public static PyObject pipe()
    {
        var (r, w) = OsErrors.Call(PosixCalls.Pipe);
        return PyTuple.Create(PyInt.From(r), PyInt.From(w));
    }

    /// <summary>fsync accepts a descriptor or any object with fileno().</summary>
    static int AnyFileDescriptor(PyObject fd)
    {
        if (fd is PyInt or PyLong) return FileDescriptor(fd);
        var fileno = Ops.GetAttrOrNull(fd, "fileno") ?? throw Ops.TypeError("argument must be an int, or have a fileno() method");
        return Ops.ToInt32(Ops.Call(fileno));
    }

    /// <summary>os.fdopen(fd[, mode[, bufsize]]): the builtin file type over an existing descriptor,
    /// named "&lt;fdopen&gt;", with posix_fdopen's checks (mode, directory, then fdopen(3)'s; 'a' sets O_APPEND
    /// but, as glibc, does not move the position).</summary>
    public static PyObject fdopen(PyObject fd, PyObject mode = null, PyObject bufsize = null)
    {
        int f = FileDescriptor(fd);
        string m = mode == null ? "r" : mode is PyStr ms ? ms.ToString()
            : throw Ops.TypeError($"argument 2 must be string, not {mode.TypeName}");
        int size = bufsize == null ? -1 : Ops.ToInt32(bufsize);
        return FdOpen(f, m, size);
    }

    internal static PyFile FdOpen(int fd, string mode, int bufsize)
    {
        string sanitized = PyFile.SanitizeMode(mode);
        bool directory;
        try { directory = (PosixCalls.FStat(fd).Mode & 0xF000) == 0x4000; }
        catch (OsFailure) { directory = false; }   // fdopen(3) reports the bad descriptor
        if (directory)
            throw Ops.EnvironmentError(PyExceptionTypes.IOError, 21, ErrnoTable.Message(21), PyStr.FromString("<fdopen>"));
        // glibc's fdopen: the descriptor must allow the mode's access; 'a' turns on O_APPEND.
        int flags = Libc.fcntl(fd, 3 /* F_GETFL */, 0);
        if (flags < 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
        bool plus = sanitized.IndexOf('+', 1) > 0;
        bool reads = sanitized[0] == 'r' || plus, writes = sanitized[0] != 'r' || plus;
        int access = flags & 3;
        if ((access == 0 && writes) || (access == 1 && reads)) throw OsErrors.ToPython(new OsFailure(22));
        if (sanitized[0] == 'a')
        {
            if ((flags & OsConstants.O_APPEND) == 0 && Libc.fcntl(fd, 4 /* F_SETFL */, flags | OsConstants.O_APPEND) < 0)
                throw OsErrors.ToPython(new OsFailure(Libc.Errno));
        }
        return PyFile.FromDescriptor(fd, PyStr.FromString("<fdopen>"), mode, bufsize);
    }
}
