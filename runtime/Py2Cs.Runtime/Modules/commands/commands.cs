namespace Py2Cs.Runtime;

/// <summary>commands (Python 2 only): shell commands through os.popen, as commands.py runs them.</summary>
[PythonModule("commands")]
public static class commands
{
    public static PyObject getstatusoutput(PyObject cmd)
    {
        var pipe = os.popen(PyStr.FromString("{ " + Ops.StrValue(cmd) + "; } 2>&1"), PyStr.FromString("r"));
        string text = Ops.StrValue(Ops.CallMethod(pipe, "read"));
        var sts = Ops.CallMethod(pipe, "close");
        if (sts is PyNone) sts = PyInt.From(0);
        if (text.EndsWith('\n')) text = text.Substring(0, text.Length - 1);
        return PyTuple.Create(sts, PyStr.FromString(text));
    }

    public static PyObject getoutput(PyObject cmd) => ((PyTuple)getstatusoutput(cmd))[1];

    /// <summary>Deprecated in 2.7: ls -ld of a file.</summary>
    public static PyObject getstatus(PyObject file) => getoutput(PyStr.FromString("ls -ld" + Ops.StrValue(mkarg(file))));

    /// <summary>A shell argument quoted as commands.mkarg does (single quotes unless a quote is inside).</summary>
    public static PyObject mkarg(PyObject x)
    {
        string s = Ops.StrValue(x);
        if (!s.Contains('\'')) return PyStr.FromString(" '" + s + "'");
        var sb = new System.Text.StringBuilder(" \"");
        foreach (char c in s)
        {
            if (c is '\\' or '$' or '"' or '`') sb.Append('\\');
            sb.Append(c);
        }
        return PyStr.FromString(sb.Append('"').ToString());
    }
}
