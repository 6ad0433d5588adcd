using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>
/// The os module (posix flavour): paths, directories, metadata, the file-descriptor API, processes
/// and the environment, each a real system call through <see cref="PosixCalls"/>. os.path is the
/// posixpath module, installed in sys.modules as "os.path" when os is first imported.
/// </summary>
[PythonModule("os")]
public static partial class os
{
    public static readonly PyObject name = PyStr.FromString("posix");
    public static readonly PyObject sep = PyStr.FromString("/");
    public static readonly PyObject altsep = PyNone.None;
    public static readonly PyObject pathsep = PyStr.FromString(":");
    public static readonly PyObject curdir = PyStr.FromString(".");
    public static readonly PyObject pardir = PyStr.FromString("..");
    public static readonly PyObject extsep = PyStr.FromString(".");
    public static readonly PyObject linesep = PyStr.FromString("\n");
    public static readonly PyObject defpath = PyStr.FromString(":/bin:/usr/bin");
    public static readonly PyObject devnull = PyStr.FromString("/dev/null");
    public static readonly PyObject error = PyExceptionTypes.OSError;
    public static readonly PyObject stat_result = StatResultObject.TypeObject;

    /// <summary>os.path: the posixpath module, also registered as sys.modules['os.path'].</summary>
    public static PyObject path
    {
        get
        {
            var m = Importer.ImportModule("posixpath");
            Importer.Modules.SetItem(PyStr.FromString("os.path"), m);
            return m;
        }
    }

    static string P(PyObject p) => PathArgument.Bytes(p);

    // ---- current directory ----------------------------------------------------------------

    public static PyObject getcwd() => PyStr.FromString(OsErrors.Call(PosixCalls.GetCwd));
    public static PyObject getcwdu() => PathArgument.Result(OsErrors.Call(PosixCalls.GetCwd), true);
    public static void chdir(PyObject path) { string p = P(path); TracebackPrinter.RememberStartDirectory(); OsErrors.Call(() => PosixCalls.Chdir(p)); }
    public static void fchdir(PyObject fd) { int f = FileDescriptor(fd); TracebackPrinter.RememberStartDirectory(); OsErrors.Call(() => PosixCalls.Check(Libc.fchdir(f))); }
    public static void chroot(PyObject path) { string p = P(path); OsErrors.Call(() => PosixCalls.Chroot(p)); }

    // ---- directories and names ------------------------------------------------------------

    public static PyObject listdir(PyObject path)
    {
        string p = P(path);
        bool unicode = PathArgument.IsUnicode(path);
        var names = OsErrors.Call(() => PosixCalls.ListDir(p));
        var list = new PyList();
        foreach (string n in names) list.Append(PathArgument.Result(n, unicode));
        return list;
    }

    public static void mkdir(PyObject path, PyObject mode = null)
    {
        string p = P(path);
        int m = mode == null ? 0x1ff : Ops.ToInt32(mode);
        OsErrors.Call(() => PosixCalls.Mkdir(p, m));
    }

    public static void makedirs(PyObject name, PyObject mode = null)
    {
        // As os.py: create the parents first, tolerating a parent that appears meanwhile.
        string n = P(name);
        var (head, tail) = PosixPathText.Split(n);
        if (tail.Length == 0) (head, tail) = PosixPathText.Split(head);
        if (head.Length > 0 && tail.Length > 0 && PosixCalls.TryStat(head) == null)
        {
            try { makedirs(PathArgument.Result(head, PathArgument.IsUnicode(name)), mode); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.OSError) && ErrnoOf(e) == 17) { }
            if (tail == ".") return;
        }
        mkdir(name, mode);
    }

    static int ErrnoOf(PythonException e) => Ops.GetAttrOrNull(e.Value, "errno") is PyInt i ? (int)i.Value : -1;

    public static void rmdir(PyObject path) { string p = P(path); OsErrors.Call(() => PosixCalls.Rmdir(p)); }

    public static void removedirs(PyObject name)
    {
        rmdir(name);
        string n = P(name);
        var (head, tail) = PosixPathText.Split(n);
        if (tail.Length == 0) (head, tail) = PosixPathText.Split(head);
        while (head.Length > 0 && tail.Length > 0)
        {
            try { rmdir(PyStr.FromString(head)); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.OSError)) { break; }
            (head, tail) = PosixPathText.Split(head);
        }
    }

    public static void remove(PyObject path) { string p = P(path); OsErrors.Call(() => PosixCalls.Unlink(p)); }
    public static void unlink(PyObject path) => remove(path);

    public static void rename(PyObject old, PyObject @new)
    {
        string a = P(old), b = P(@new);
        OsErrors.Call(() => PosixCalls.Rename(a, b));
    }

    public static void renames(PyObject old, PyObject @new)
    {
        string a = P(old), b = P(@new);
        var (head, tail) = PosixPathText.Split(b);
        if (head.Length > 0 && tail.Length > 0 && PosixCalls.TryStat(head) == null) makedirs(PyStr.FromString(head));
        rename(old, @new);
        (head, tail) = PosixPathText.Split(a);
        if (head.Length > 0 && tail.Length > 0)
        {
            try { removedirs(PyStr.FromString(head)); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.OSError)) { }
        }
    }

    public static void symlink(PyObject source, PyObject link_name) { string a = P(source), b = P(link_name); OsErrors.Call(() => PosixCalls.Symlink(a, b)); }
    public static void link(PyObject source, PyObject link_name) { string a = P(source), b = P(link_name); OsErrors.Call(() => PosixCalls.Link(a, b)); }

    public static PyObject readlink(PyObject path)
    {
        string p = P(path);
        return PathArgument.Result(OsErrors.Call(() => PosixCalls.Readlink(p)), PathArgument.IsUnicode(path));
    }

    public static void mkfifo(PyObject path, PyObject mode = null)
    {
        string p = P(path);
        int m = mode == null ? 0x1b6 : Ops.ToInt32(mode);
        OsErrors.Call(() => PosixCalls.Mkfifo(p, m));
    }

    public static void mknod(PyObject filename, PyObject mode = null, PyObject device = null)
    {
        string p = P(filename);
        int m = mode == null ? 0x180 : Ops.ToInt32(mode);
        long d = device == null ? 0 : Ops.IndexToLong(device);
        OsErrors.Call(() => PosixCalls.Mknod(p, m, d));
    }

    // ---- metadata -------------------------------------------------------------------------

    public static PyObject stat(PyObject path) { string p = P(path); return new StatResultObject(OsErrors.Call(() => PosixCalls.Stat(p))); }
    public static PyObject lstat(PyObject path) { string p = P(path); return new StatResultObject(OsErrors.Call(() => PosixCalls.Stat(p, false))); }
    public static PyObject fstat(PyObject fd) { int f = FileDescriptor(fd); return new StatResultObject(OsErrors.Call(() => PosixCalls.FStat(f))); }

    public static void chmod(PyObject path, PyObject mode) { string p = P(path); int m = Ops.ToInt32(mode); OsErrors.Call(() => PosixCalls.Chmod(p, m)); }
    public static void fchmod(PyObject fd, PyObject mode) { int f = FileDescriptor(fd); int m = Ops.ToInt32(mode); OsErrors.Call(() => PosixCalls.FChmod(f, m)); }
    public static void lchmod(PyObject path, PyObject mode) => throw Ops.AttributeError("'module' object has no attribute 'lchmod'");
    public static void chown(PyObject path, PyObject uid, PyObject gid) { string p = P(path); int u = Ops.ToInt32(uid), g = Ops.ToInt32(gid); OsErrors.Call(() => PosixCalls.Chown(p, u, g)); }
    public static void lchown(PyObject path, PyObject uid, PyObject gid) { string p = P(path); int u = Ops.ToInt32(uid), g = Ops.ToInt32(gid); OsErrors.Call(() => PosixCalls.LChown(p, u, g)); }
    public static void fchown(PyObject fd, PyObject uid, PyObject gid) { int f = FileDescriptor(fd); int u = Ops.ToInt32(uid), g = Ops.ToInt32(gid); OsErrors.Call(() => PosixCalls.FChown(f, u, g)); }

    public static bool access(PyObject path, PyObject mode) => PosixCalls.Access(P(path), Ops.ToInt32(mode));

    public static int umask(PyObject mask) => PosixCalls.Umask(Ops.ToInt32(mask));

    /// <summary>os.utime(path, None) or os.utime(path, (atime, mtime)).</summary>
    public static void utime(PyObject path, PyObject times)
    {
        string p = P(path);
        double? a = null, m = null;
        if (times is not PyNone)
        {
            if (times is not PyTuple t || t.Count != 2) throw Ops.TypeError("utime() arg 2 must be a tuple (atime, mtime)");
            a = Number(t[0]);
            m = Number(t[1]);
        }
        OsErrors.Call(() => PosixCalls.Utime(p, a, m));
    }

    public static PyObject strerror(PyObject code) => PyStr.FromString(ErrnoTable.Message(Ops.ToInt32(code)));

    // ---- walk -----------------------------------------------------------------------------

    /// <summary>os.walk: a generator of (dirpath, dirnames, filenames); topdown callers may prune dirnames in place.</summary>
    public static PyObject walk(PyObject top, PyObject topdown = null, PyObject onerror = null, PyObject followlinks = null)
    {
        bool down = topdown == null || Ops.IsTrue(topdown);
        bool follow = followlinks != null && Ops.IsTrue(followlinks);
        var onError = onerror is null or PyNone ? null : onerror;
        return new PyGenerator("walk", async g =>
        {
            // Explicit stack instead of recursion: frames of (dir, its listing, next subdirectory).
            var stack = new Stack<WalkFrame>();
            var first = List(top, onError);
            if (first == null) return;
            stack.Push(first);
            if (down) await g.Yield(PyTuple.Create(first.Top, first.Dirs, first.Files));
            while (stack.Count > 0)
            {
                var frame = stack.Peek();
                if (frame.Next < frame.Dirs.Count)
                {
                    var name = frame.Dirs[frame.Next++];
                    var newPath = posixpath.join(frame.Top, name);
                    // A name readdir typed as a directory is not a link; names the caller put into
                    // dirs (or typed otherwise) are checked with lstat, as os.py's islink does.
                    if (!follow && !frame.RealDirectories.Contains(name) && posixpath.islink(newPath)) continue;
                    var child = List(newPath, onError);
                    if (child == null) continue;
                    stack.Push(child);
                    if (down) await g.Yield(PyTuple.Create(child.Top, child.Dirs, child.Files));
                    continue;
                }
                stack.Pop();
                if (!down) await g.Yield(PyTuple.Create(frame.Top, frame.Dirs, frame.Files));
            }
        });
    }

    sealed class WalkFrame
    {
        public PyObject Top;
        public PyList Dirs, Files;
        public int Next;
        /// <summary>The name objects readdir reported as directories (DT_DIR, so not symbolic links).</summary>
        public HashSet<PyObject> RealDirectories;
    }

    /// <summary>One directory of os.walk: listdir, then isdir of each entry. readdir's d_type answers
    /// isdir for directories and plain files without a stat; links and DT_UNKNOWN entries are stat'ed
    /// (following links, as isdir does). Errors of listdir go to onerror exactly as os.py's.</summary>
    static WalkFrame List(PyObject top, PyObject onError)
    {
        List<(string Name, byte Type)> entries;
        try
        {
            string p = P(top);
            entries = OsErrors.Call(() => PosixCalls.ListDirTyped(p));
        }
        catch (PythonException e) when (e.Is(PyExceptionTypes.OSError))
        {
            if (onError != null) Ops.Call(onError, e.Value);
            return null;
        }
        bool unicode = PathArgument.IsUnicode(top);
        var dirs = new PyList();
        var files = new PyList();
        var realDirectories = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        foreach (var (entry, type) in entries)
        {
            PyObject n = PathArgument.Result(entry, unicode);
            bool isDirectory = type switch
            {
                PosixCalls.DT_DIR => true,
                PosixCalls.DT_LNK or PosixCalls.DT_UNKNOWN => posixpath.isdir(posixpath.join(top, n)),
                _ => false,
            };
            if (!isDirectory) { files.Append(n); continue; }
            dirs.Append(n);
            if (type == PosixCalls.DT_DIR) realDirectories.Add(n);
        }
        return new WalkFrame { Top = top, Dirs = dirs, Files = files, RealDirectories = realDirectories };
    }
}
