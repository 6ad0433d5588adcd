using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>
/// posixpath, which is os.path on POSIX: the string functions of <see cref="PosixPathText"/> for str
/// and unicode paths, and the file-system queries (exists, isdir, getsize...) over stat.
/// </summary>
[PythonModule("posixpath")]
public static class posixpath
{
    public static readonly PyObject sep = PyStr.FromString("/");
    public static readonly PyObject altsep = PyNone.None;
    public static readonly PyObject pathsep = PyStr.FromString(":");
    public static readonly PyObject curdir = PyStr.FromString(".");
    public static readonly PyObject pardir = PyStr.FromString("..");
    public static readonly PyObject extsep = PyStr.FromString(".");
    public static readonly PyObject defpath = PyStr.FromString(":/bin:/usr/bin");
    public static readonly PyObject devnull = PyStr.FromString("/dev/null");
    public static readonly PyObject supports_unicode_filenames = PyBool.False;

    /// <summary>Text of a path argument; unicode stays text (results are unicode then, as in CPython).</summary>
    static string T(PyObject p) => p switch
    {
        PyStr s => s.ToString(),
        PyUnicode u => u.Value,
        _ => throw Ops.AttributeError($"'{p.TypeName}' object has no attribute 'rfind'"),
    };

    static bool AnyUnicode(PyObject a) => a is PyUnicode;

    static PyObject R(string s, bool unicode) => unicode ? PyUnicode.FromString(s) : PyStr.FromString(s);

    public static PyObject join(PyObject a, params PyObject[] p)
    {
        bool unicode = AnyUnicode(a);
        var rest = new string[p.Length];
        for (int i = 0; i < p.Length; i++) { rest[i] = T(p[i]); unicode |= AnyUnicode(p[i]); }
        return R(PosixPathText.Join(T(a), rest), unicode);
    }

    public static PyObject split(PyObject p)
    {
        var (h, t) = PosixPathText.Split(T(p));
        return PyTuple.Create(R(h, AnyUnicode(p)), R(t, AnyUnicode(p)));
    }

    public static PyObject splitext(PyObject p)
    {
        var (r, e) = PosixPathText.SplitExt(T(p));
        return PyTuple.Create(R(r, AnyUnicode(p)), R(e, AnyUnicode(p)));
    }

    public static PyObject splitdrive(PyObject p) => PyTuple.Create(R("", AnyUnicode(p)), p);
    public static PyObject basename(PyObject p) => R(PosixPathText.Basename(T(p)), AnyUnicode(p));
    public static PyObject dirname(PyObject p) => R(PosixPathText.Dirname(T(p)), AnyUnicode(p));
    public static bool isabs(PyObject s) => PosixPathText.IsAbs(T(s));
    public static PyObject normpath(PyObject path) => R(PosixPathText.NormPath(T(path)), AnyUnicode(path));
    public static PyObject normcase(PyObject s) => s;

    public static PyObject abspath(PyObject path)
    {
        bool unicode = AnyUnicode(path);
        return R(PosixPathText.AbsPath(T(path), () => Cwd(unicode)), unicode);
    }

    static string Cwd(bool unicode) => T(unicode ? os.getcwdu() : os.getcwd());

    public static PyObject relpath(PyObject path, PyObject start = null)
    {
        bool unicode = AnyUnicode(path) || start != null && AnyUnicode(start);
        try { return R(PosixPathText.RelPath(T(path), start == null ? "." : T(start), () => Cwd(unicode)), unicode); }
        catch (ArgumentException e) { throw Ops.ValueError(e.Message); }
    }

    /// <summary>commonprefix works on any list of sequences (CPython compares with min/max).</summary>
    public static PyObject commonprefix(PyObject m)
    {
        var items = new List<PyObject>(Ops.Enumerate(m));
        if (items.Count == 0) return PyStr.Empty;
        PyObject s1 = items[0], s2 = items[0];
        foreach (var s in items)
        {
            if (Ops.Less(s, s1)) s1 = s;
            if (Ops.Greater(s, s2)) s2 = s;
        }
        if (s1 is PyStr or PyUnicode && s2 is PyStr or PyUnicode)
        {
            string a = T(s1), b = T(s2);
            int i = 0;
            while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
            return Ops.GetSlice(s1, null, PyInt.From(i));
        }
        int n = s1.Len();
        for (int i = 0; i < n; i++)
            if (!Ops.Eq(Ops.GetItem(s1, PyInt.From(i)), Ops.GetItem(s2, PyInt.From(i)))) return Ops.GetSlice(s1, null, PyInt.From(i));
        return s1;
    }

    public static PyObject expanduser(PyObject path)
    {
        bool unicode = AnyUnicode(path);
        return R(PosixPathText.ExpandUser(T(path), HomeOf), unicode);
    }

    static string HomeOf(string user)
    {
        if (user.Length == 0)
        {
            var home = Environment.GetEnvironmentVariable("HOME");
            if (home != null) return home;
            return PasswordDatabase.ByUid(Libc.getuid())?.Home ?? "";
        }
        return PasswordDatabase.ByName(user)?.Home;
    }

    public static PyObject expandvars(PyObject path)
    {
        bool unicode = AnyUnicode(path);
        var environ = os.environ;
        return R(PosixPathText.ExpandVars(T(path), name =>
        {
            var key = PyStr.FromString(name);
            return Ops.In(key, environ) ? T(Ops.GetItem(environ, key)) : null;
        }), unicode);
    }

    public static PyObject realpath(PyObject filename)
    {
        bool unicode = AnyUnicode(filename);
        string path = RealPath(T(filename), unicode);
        return R(path, unicode);
    }

    /// <summary>Python 2.7's _joinrealpath: resolves symlinks component by component, stopping at loops.</summary>
    static string RealPath(string filename, bool unicode)
    {
        string rest = filename;
        string path = PosixPathText.IsAbs(rest) ? "/" : "";
        if (path.Length > 0) rest = rest.Substring(1);
        var seen = new Dictionary<string, string>();
        string result = JoinReal(path, rest, seen, out bool ok, unicode);
        return PosixPathText.AbsPath(result, () => Cwd(unicode));
    }

    static string JoinReal(string path, string rest, Dictionary<string, string> seen, out bool ok, bool unicode)
    {
        if (PosixPathText.IsAbs(rest)) { rest = rest.Substring(1); path = "/"; }
        while (rest.Length > 0)
        {
            int slash = rest.IndexOf('/');
            string name = slash < 0 ? rest : rest.Substring(0, slash);
            rest = slash < 0 ? "" : rest.Substring(slash + 1);
            if (name.Length == 0 || name == ".") continue;
            if (name == "..")
            {
                if (path.Length > 0)
                {
                    var (p, n) = PosixPathText.Split(path);
                    path = p;
                    if (n == "..") path = PosixPathText.Join(path, new[] { "..", ".." });
                }
                else path = "..";
                continue;
            }
            string newpath = PosixPathText.Join(path, new[] { name });
            if (!IsLink(newpath)) { path = newpath; continue; }
            if (seen.TryGetValue(newpath, out var known))
            {
                if (known != null) { path = known; continue; }
                ok = false;
                return PosixPathText.Join(newpath, new[] { rest });
            }
            seen[newpath] = null;
            path = JoinReal(path, PosixCalls.Readlink(newpath), seen, out bool inner, unicode);
            if (!inner) { ok = false; return PosixPathText.Join(path, new[] { rest }); }
            seen[newpath] = path;
        }
        ok = true;
        return path;
    }

    static bool IsLink(string p) => PosixCalls.TryStat(p, false) is { } st && (st.Mode & 0xF000) == 0xA000;

    // ---- queries over stat ----------------------------------------------------------------

    static StatResult? Stat(PyObject p, bool follow = true) => PosixCalls.TryStat(PathArgument.Bytes(p), follow);

    public static bool exists(PyObject path) => Stat(path) != null;
    public static bool lexists(PyObject path) => Stat(path, false) != null;
    public static bool isdir(PyObject s) => Stat(s) is { } st && (st.Mode & 0xF000) == 0x4000;
    public static bool isfile(PyObject path) => Stat(path) is { } st && (st.Mode & 0xF000) == 0x8000;
    public static bool islink(PyObject path) => Stat(path, false) is { } st && (st.Mode & 0xF000) == 0xA000;

    public static bool ismount(PyObject path)
    {
        if (islink(path)) return false;
        if (Stat(path) is not { } s1) return false;
        if (Stat(join(path, pardir)) is not { } s2) return false;
        return s1.Dev != s2.Dev || s1.Ino == s2.Ino;
    }

    public static PyObject getsize(PyObject filename) => Ops.GetAttr(os.stat(filename), "st_size");
    public static PyObject getmtime(PyObject filename) => Ops.GetAttr(os.stat(filename), "st_mtime");
    public static PyObject getatime(PyObject filename) => Ops.GetAttr(os.stat(filename), "st_atime");
    public static PyObject getctime(PyObject filename) => Ops.GetAttr(os.stat(filename), "st_ctime");

    public static bool samefile(PyObject f1, PyObject f2) => samestat(os.stat(f1), os.stat(f2));
    public static bool sameopenfile(PyObject fp1, PyObject fp2) => samestat(os.fstat(fp1), os.fstat(fp2));

    public static bool samestat(PyObject s1, PyObject s2) =>
        Ops.Eq(Ops.GetAttr(s1, "st_ino"), Ops.GetAttr(s2, "st_ino")) && Ops.Eq(Ops.GetAttr(s1, "st_dev"), Ops.GetAttr(s2, "st_dev"));

    /// <summary>Python 2's os.path.walk(top, func, arg): func(arg, dirname, names) for each directory.</summary>
    public static void walk(PyObject top, PyObject func, PyObject arg)
    {
        PyObject names;
        try { names = os.listdir(top); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.OSError)) { return; }
        Ops.Call(func, arg, top, names);
        foreach (var n in Ops.Enumerate(names))
        {
            var name = join(top, n);
            if (Stat(name, false) is { } st && (st.Mode & 0xF000) == 0x4000) walk(name, func, arg);
        }
    }
}
