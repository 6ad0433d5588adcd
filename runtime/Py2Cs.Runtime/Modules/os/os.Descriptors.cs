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

    /// <summary>os.fdopen(fd[, mode[, bufsize]]): a file object over an existing descriptor.</summary>
    public static PyObject fdopen(PyObject fd, PyObject mode = null, PyObject bufsize = null)
    {
        int f = FileDescriptor(fd);
        string m = mode == null ? "r" : Ops.StrValue(mode);
        if (m.Length == 0 || "rwaU".IndexOf(m[0]) < 0)
            throw Ops.ValueError($"invalid file mode '{m}'");
        OsErrors.Call(() => PosixCalls.FStat(f));   // EBADF before anything else, as CPython
        bool plus = m.Contains('+');
        var access = plus ? FileAccess.ReadWrite : m[0] == 'r' || m[0] == 'U' ? FileAccess.Read : FileAccess.Write;
        if (m[0] == 'a') OsErrors.Call(() => PosixCalls.Lseek(f, 0, 2));
        var stream = new FileStream(new SafeFileHandle((IntPtr)f, ownsHandle: true), access, 1, false);
        return new PyFile(stream, $"<fdopen>", m, ownsStream: true, fileno: f);
    }
}
