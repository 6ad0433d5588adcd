using System;
using System.IO;
using System.Security.Cryptography;

namespace Py2Cs.Runtime;

/// <summary>
/// tempfile: unique names from six random characters of CPython's alphabet, created with O_EXCL and
/// mode 0600 (files) or 0700 (directories); the temporary directory chosen as CPython chooses it.
/// </summary>
[PythonModule("tempfile")]
public static class tempfile
{
    const string Characters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    const int TMP_MAX_TRIES = 238328;

    public static readonly PyObject template = PyStr.FromString("tmp");
    public static PyObject tempdir = PyNone.None;
    public static readonly PyObject TMP_MAX = PyInt.From(TMP_MAX_TRIES);
    public static readonly PyType SpooledTemporaryFile = SpooledTemporaryFileClass.Type;

    static string _tempdir;

    public static PyObject gettempprefix() => template;

    public static PyObject gettempdir() => PyStr.FromString(TempDir());

    static string TempDir()
    {
        if (_tempdir != null) return _tempdir;
        foreach (var name in new[] { "TMPDIR", "TEMP", "TMP" })
        {
            var v = Environment.GetEnvironmentVariable(name);
            if (!string.IsNullOrEmpty(v) && Usable(v)) return _tempdir = PosixPathText.NormPath(PosixPathText.AbsPath(v, PosixCalls.GetCwd));
        }
        foreach (var dir in new[] { "/tmp", "/var/tmp", "/usr/tmp" })
            if (Usable(dir)) return _tempdir = dir;
        string cwd = PosixCalls.GetCwd();
        if (Usable(cwd)) return _tempdir = cwd;
        throw Ops.EnvironmentError(PyExceptionTypes.IOError, 2, "No usable temporary directory found in ['/tmp', '/var/tmp', '/usr/tmp', '" + cwd + "']");
    }

    /// <summary>CPython tries to create and write a file in each candidate.</summary>
    static bool Usable(string dir)
    {
        try
        {
            string probe = PosixPathText.Join(dir, new[] { RandomName() });
            int fd = PosixCalls.Open(probe, OsConstants.O_RDWR | OsConstants.O_CREAT | OsConstants.O_EXCL, 0x180);
            PosixCalls.Write(fd, "blat"u8);
            PosixCalls.Close(fd);
            PosixCalls.Unlink(probe);
            return true;
        }
        catch (OsFailure) { return false; }
    }

    static string RandomName()
    {
        Span<char> s = stackalloc char[6];
        for (int i = 0; i < 6; i++) s[i] = Characters[RandomNumberGenerator.GetInt32(Characters.Length)];
        return new string(s);
    }

    static string Dir(PyObject dir) => dir is null or PyNone ? TempDir() : PathArgument.Bytes(dir);
    static string Text(PyObject s, string dflt) => s is null ? dflt : PathArgument.Bytes(s);

    /// <summary>mkstemp: (fd, absolute path) of a new file only this user can read and write.</summary>
    public static PyObject mkstemp(PyObject suffix = null, PyObject prefix = null, PyObject dir = null, PyObject text = null)
    {
        var (fd, path) = CreateFile(Dir(dir), Text(prefix, "tmp"), Text(suffix, ""));
        return PyTuple.Create(PyInt.From(fd), PyStr.FromString(path));
    }

    static (int Fd, string Path) CreateFile(string dir, string prefix, string suffix)
    {
        for (int i = 0; i < TMP_MAX_TRIES; i++)
        {
            string path = PosixPathText.Join(dir, new[] { prefix + RandomName() + suffix });
            try { return (PosixCalls.Open(path, OsConstants.O_RDWR | OsConstants.O_CREAT | OsConstants.O_EXCL | OsConstants.O_NOFOLLOW, 0x180), PosixPathText.AbsPath(path, PosixCalls.GetCwd)); }
            catch (OsFailure f) when (f.Errno == 17) { }
            catch (OsFailure f) { throw OsErrors.ToPython(f); }
        }
        throw Ops.EnvironmentError(PyExceptionTypes.IOError, 17, "No usable temporary file name found");
    }

    public static PyObject mkdtemp(PyObject suffix = null, PyObject prefix = null, PyObject dir = null)
    {
        string d = Dir(dir), pre = Text(prefix, "tmp"), suf = Text(suffix, "");
        for (int i = 0; i < TMP_MAX_TRIES; i++)
        {
            string path = PosixPathText.Join(d, new[] { pre + RandomName() + suf });
            try
            {
                PosixCalls.Mkdir(path, 0x1c0);
                return PyStr.FromString(PosixPathText.AbsPath(path, PosixCalls.GetCwd));
            }
            catch (OsFailure f) when (f.Errno == 17) { }
            catch (OsFailure f) { throw OsErrors.ToPython(f); }
        }
        throw Ops.EnvironmentError(PyExceptionTypes.IOError, 17, "No usable temporary directory name found");
    }

    /// <summary>mktemp: a name that did not exist when asked (unsafe, as documented).</summary>
    public static PyObject mktemp(PyObject suffix = null, PyObject prefix = null, PyObject dir = null)
    {
        string d = Dir(dir), pre = Text(prefix, "tmp"), suf = Text(suffix, "");
        for (int i = 0; i < TMP_MAX_TRIES; i++)
        {
            string path = PosixPathText.Join(d, new[] { pre + RandomName() + suf });
            if (PosixCalls.TryStat(path, false) == null) return PyStr.FromString(path);
        }
        throw Ops.EnvironmentError(PyExceptionTypes.IOError, 17, "No usable temporary filename found");
    }

    /// <summary>TemporaryFile: an anonymous file, unlinked at once (named "&lt;fdopen&gt;" as CPython's).</summary>
    public static PyObject TemporaryFile(PyObject mode = null, PyObject bufsize = null, PyObject suffix = null, PyObject prefix = null, PyObject dir = null)
    {
        var (fd, path) = CreateFile(Dir(dir), Text(prefix, "tmp"), Text(suffix, ""));
        PosixCalls.Unlink(path);
        return FileOver(fd, mode, bufsize);
    }

    /// <summary>NamedTemporaryFile: a file object whose name is the path; deleted on close unless delete=False.</summary>
    public static PyObject NamedTemporaryFile(PyObject mode = null, PyObject bufsize = null, PyObject suffix = null, PyObject prefix = null, PyObject dir = null, PyObject delete = null)
    {
        var (fd, path) = CreateFile(Dir(dir), Text(prefix, "tmp"), Text(suffix, ""));
        bool del = delete == null || Ops.IsTrue(delete);
        PyFile file = FileOver(fd, mode, bufsize);
        return new TemporaryFileWrapper(file, path, del);
    }

    // tempfile.py hands its descriptor to os.fdopen(fd, mode, bufsize): a real file named "<fdopen>".
    static PyFile FileOver(int fd, PyObject mode, PyObject bufsize)
    {
        try { return (PyFile)os.fdopen(PyInt.From(fd), mode ?? PyStr.FromString("w+b"), bufsize ?? PyInt.From(-1)); }
        catch (PythonException) { Libc.close(fd); throw; }
    }
}
