namespace Py2Cs.Runtime;

/// <summary>fnmatch: shell-style wildcard matching (case-sensitive on POSIX, where normcase is the identity).</summary>
[PythonModule("fnmatch")]
public static class fnmatch
{
    static string T(PyObject s) => Ops.StrValue(s);

    [PythonName("fnmatch")]
    public static bool fnmatch_(PyObject name, PyObject pat) => FnmatchPattern.MatchCase(T(name), T(pat));

    public static bool fnmatchcase(PyObject name, PyObject pat) => FnmatchPattern.MatchCase(T(name), T(pat));

    public static PyObject filter(PyObject names, PyObject pat)
    {
        string p = T(pat);
        var result = new PyList();
        foreach (var n in Ops.Enumerate(names))
            if (FnmatchPattern.MatchCase(T(n), p)) result.Append(n);
        return result;
    }

    public static PyObject translate(PyObject pat)
    {
        string r = FnmatchPattern.Translate(T(pat));
        return pat is PyUnicode ? PyUnicode.FromString(r) : PyStr.FromString(r);
    }
}
