namespace Py2Cs.Runtime;

/// <summary>The print statement (CPython's PRINT_ITEM / PRINT_NEWLINE) and the print() function.</summary>
public static partial class Builtins
{
    static PyObject ResolveStream(PyObject file)
    {
        if (file == null || file is PyNone)
            return SysModule.Module.Dict.GetStr("stdout") ?? throw Ops.RuntimeError("lost sys.stdout");
        return file;
    }

    /// <summary>Reads and resets (or sets) a stream's softspace flag (PyFile_SoftSpace).</summary>
    static bool SwapSoftSpace(PyObject stream, bool value)
    {
        if (stream is PyFile f)
        {
            bool old = f.SoftSpace;
            f.SoftSpace = value;
            return old;
        }
        bool previous = false;
        var attr = Ops.GetAttrOrNull(stream, "softspace");
        if (attr != null) previous = Ops.IsTrue(attr);
        try { Ops.SetAttr(stream, "softspace", PyInt.From(value ? 1 : 0)); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.AttributeError) || e.Is(PyExceptionTypes.TypeError)) { }
        return previous;
    }

    static readonly PyStr Space = PyStr.FromString(" "), Newline = PyStr.FromString("\n");
    static readonly PyStr WriteName = PyStr.Intern("write");

    static void WriteTo(PyObject stream, PyObject text)
    {
        if (stream is PyFile f && f.GetType() == typeof(PyFile)) f.WriteObject(text);
        else Ops.CallMethod(stream, WriteName, text);
    }

    /// <summary><c>print [&gt;&gt;file,] value,</c>: one item of a print statement.
    /// <paramref name="file"/> is null for sys.stdout.</summary>
    public static void PrintItem(PyObject file, PyObject value)
    {
        var stream = ResolveStream(file);
        if (SwapSoftSpace(stream, false)) WriteTo(stream, Space);
        PyObject text = value is PyUnicode ? value : Ops.Str(value);
        WriteTo(stream, text);
        bool soft = true;
        if (value is PyStr s && s.Length > 0)
        {
            byte last = s[s.Length - 1];
            if (IsCSpace(last) && last != ' ') soft = false;
        }
        else if (value is PyUnicode u && u.Length > 0)
        {
            int last = u.CodePointAt(u.Length - 1);
            if (last != ' ' && char.IsWhiteSpace((char)last) && last < 0x10000) soft = false;
        }
        SwapSoftSpace(stream, soft);
    }

    static bool IsCSpace(byte b) => b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f';

    /// <summary>The end of a print statement without a trailing comma.</summary>
    public static void PrintNewline(PyObject file)
    {
        var stream = ResolveStream(file);
        WriteTo(stream, Newline);
        SwapSoftSpace(stream, false);
    }

    /// <summary><c>print a, b, c</c> in one call (items then newline).</summary>
    public static void Print(PyObject file, params PyObject[] values)
    {
        foreach (var v in values) PrintItem(file, v);
        PrintNewline(file);
    }

    /// <summary>The print() function (<c>from __future__ import print_function</c>).</summary>
    public static PyObject PrintFunction(PyObject[] args, PyStr[] kwNames)
    {
        int kwcount = kwNames?.Length ?? 0;
        int n = args.Length - kwcount;
        PyObject sep = null, end = null, file = null;
        for (int k = 0; k < kwcount; k++)
        {
            var v = args[n + k];
            switch (kwNames[k].ToString())
            {
                case "sep": sep = v; break;
                case "end": end = v; break;
                case "file": file = v; break;
                default: throw Ops.TypeError($"'{kwNames[k]}' is an invalid keyword argument for this function");
            }
        }
        if (sep is PyNone) sep = null;
        if (end is PyNone) end = null;
        if (sep != null && sep is not PyStr && sep is not PyUnicode) throw Ops.TypeError($"sep must be None, str or unicode, not {sep.TypeName}");
        if (end != null && end is not PyStr && end is not PyUnicode) throw Ops.TypeError($"end must be None, str or unicode, not {end.TypeName}");
        var stream = ResolveStream(file);
        for (int i = 0; i < n; i++)
        {
            if (i > 0) WriteTo(stream, sep ?? Space);
            WriteTo(stream, args[i] is PyUnicode ? args[i] : Ops.Str(args[i]));
        }
        WriteTo(stream, end ?? Newline);
        return PyNone.None;
    }
}
