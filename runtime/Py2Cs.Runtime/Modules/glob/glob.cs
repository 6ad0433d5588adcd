using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>
/// glob, as Python 2.7's glob.py: patterns split at the last slash, magic only where *, ? or [
/// appears, hidden names matched only by patterns starting with a dot, results in listdir order.
/// </summary>
[PythonModule("glob")]
public static class glob
{
    static bool HasMagic(string s) => s.IndexOfAny(new[] { '*', '?', '[' }) >= 0;

    [PythonName("glob")]
    public static PyObject glob_(PyObject pathname)
    {
        var list = new PyList();
        foreach (var p in Expand(pathname)) list.Append(p);
        return list;
    }

    public static PyObject iglob(PyObject pathname) => new PyGenerator("iglob", async g =>
    {
        foreach (var p in Expand(pathname)) await g.Yield(p);
    });

    public static bool has_magic(PyObject s) => HasMagic(Ops.StrValue(s));

    static IEnumerable<PyObject> Expand(PyObject pathname)
    {
        string path = Ops.StrValue(pathname);
        bool unicode = pathname is PyUnicode;
        PyObject Make(string s) => unicode ? PyUnicode.FromString(s) : PyStr.FromString(s);
        var (dirname, basename) = PosixPathText.Split(path);
        if (!HasMagic(path))
        {
            if (basename.Length > 0) { if (posixpath.lexists(pathname)) yield return pathname; }
            else if (posixpath.isdir(Make(dirname))) yield return pathname;
            yield break;
        }
        if (dirname.Length == 0)
        {
            foreach (var name in Glob1(Make("."), basename, unicode)) yield return name;
            yield break;
        }
        IEnumerable<PyObject> dirs = dirname != path && HasMagic(dirname) ? Expand(Make(dirname)) : new[] { Make(dirname) };
        foreach (var dir in dirs)
        {
            var names = HasMagic(basename) ? Glob1(dir, basename, unicode) : Glob0(dir, basename, unicode);
            foreach (var name in names) yield return posixpath.join(dir, name);
        }
    }

    static List<PyObject> Glob1(PyObject dirname, string pattern, bool unicode)
    {
        var result = new List<PyObject>();
        if (Ops.StrValue(dirname).Length == 0) dirname = PyStr.FromString(".");
        if (unicode && dirname is PyStr s) dirname = PyUnicode.FromString(s.ToString());
        PyObject names;
        try { names = os.listdir(dirname); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.OSError)) { return result; }
        foreach (var n in Ops.Enumerate(names))
        {
            string name = Ops.StrValue(n);
            if (pattern[0] != '.' && name.Length > 0 && name[0] == '.') continue;
            if (FnmatchPattern.MatchCase(name, pattern)) result.Add(n);
        }
        return result;
    }

    static List<PyObject> Glob0(PyObject dirname, string basename, bool unicode)
    {
        var result = new List<PyObject>();
        PyObject b = unicode ? PyUnicode.FromString(basename) : PyStr.FromString(basename);
        if (basename.Length == 0) { if (posixpath.isdir(dirname)) result.Add(b); }
        else if (posixpath.lexists(posixpath.join(dirname, b))) result.Add(b);
        return result;
    }
}
