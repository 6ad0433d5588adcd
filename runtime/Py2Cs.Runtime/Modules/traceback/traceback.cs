using System.Collections.Generic;
using System.Linq;

namespace Py2Cs.Runtime.Modules;

/// <summary>The <c>traceback</c> module over the runtime's #line-mapped .NET stacks.</summary>
[PythonModule("traceback")]
public static class traceback
{
    static PythonException ExceptionOf(PyObject value, PyObject tb) =>
        tb is PyTraceback t ? t.Exception : value is PyBaseException be && be.Exception != null ? be.Exception : new PythonException(value);

    static IEnumerable<TracebackPrinter.Frame> Limit(List<TracebackPrinter.Frame> frames, PyObject limit)
    {
        if (limit == null || limit is PyNone) return frames;
        return frames.Take((int)System.Math.Max(0, Ops.IndexToLong(limit)));
    }

    static PyList Lines(IEnumerable<string> lines)
    {
        var l = new PyList();
        foreach (var s in lines) l.Append(PyStr.FromString(s));
        return l;
    }

    static void Write(PyObject file, string text)
    {
        var f = file == null || file is PyNone ? SysModule.Module["stderr"] : file;
        Ops.CallMethod(f, PyStr.Intern("write"), PyStr.FromString(text));
    }

    public static PyObject format_exception_only(PyObject etype, PyObject value)
    {
        // 2.7 prints "None" for exc_info() outside an except block (logging's exc_info=True with no exception).
        if (etype == null || etype is PyNone) return Lines(new[] { "None\n" });
        if (value == null || value is PyNone) return Lines(new[] { Ops.StrValue(Ops.GetAttr(etype, "__name__")) + "\n" });
        if (value.Type.IsSubtypeOf(PyExceptionTypes.SyntaxError)) return Lines(new[] { Ops.ExceptionLine(value) + "\n" });
        // traceback.py's _format_final_exc_line: the class's __name__ (no module), and _some_str's value.
        string name = Ops.StrValue(Ops.GetAttr(etype, "__name__"));
        string text = SomeStr(value);
        return Lines(new[] { text.Length == 0 ? name + "\n" : name + ": " + text + "\n" });
    }

    /// <summary>traceback._some_str: str(value), else unicode(value) with backslash escapes, else a placeholder.</summary>
    static string SomeStr(PyObject value)
    {
        try { return Ops.Str(value).ToString(); }
        catch (PythonException e) when (e.Matches(PyExceptionTypes.Exception)) { }
        try
        {
            var u = Ops.Call(PyUnicode.TypeObject, value);
            return Ops.CallMethod(u, PyStr.Intern("encode"), PyStr.FromString("ascii"), PyStr.FromString("backslashreplace")).ToString();
        }
        catch (PythonException e) when (e.Matches(PyExceptionTypes.Exception)) { }
        return "<unprintable " + Ops.StrValue(Ops.GetAttr(Ops.TypeOf(value), "__name__")) + " object>";
    }

    public static PyObject format_tb(PyObject tb, PyObject limit = null)
    {
        if (tb is not PyTraceback t) return new PyList();
        return Lines(Limit(TracebackPrinter.Frames(t.Exception), limit).Select(TracebackPrinter.FormatFrame));
    }

    public static PyObject extract_tb(PyObject tb, PyObject limit = null)
    {
        var l = new PyList();
        if (tb is not PyTraceback t) return l;
        foreach (var f in Limit(TracebackPrinter.Frames(t.Exception), limit)) l.Append(FrameTuple(f));
        return l;
    }

    static PyTuple FrameTuple(TracebackPrinter.Frame f)
    {
        var src = TracebackPrinter.SourceLine(f.File, f.Line);
        return PyTuple.Create(PyStr.FromString(f.File), PyInt.From(f.Line), PyStr.FromString(f.Function), src == null ? PyNone.None : PyStr.FromString(src));
    }

    public static PyObject format_exception(PyObject etype, PyObject value, PyObject tb, PyObject limit = null)
    {
        var lines = new List<string>();
        var frames = tb is PyTraceback t ? TracebackPrinter.Frames(t.Exception) : new List<TracebackPrinter.Frame>();
        if (frames.Count > 0)
        {
            lines.Add("Traceback (most recent call last):\n");
            lines.AddRange(Limit(frames, limit).Select(TracebackPrinter.FormatFrame));
        }
        foreach (var x in Ops.Enumerate(format_exception_only(etype, value))) lines.Add(x.ToString());
        return Lines(lines);
    }

    public static PyObject print_exception(PyObject etype, PyObject value, PyObject tb, PyObject limit = null, PyObject file = null)
    {
        foreach (var line in Ops.Enumerate(format_exception(etype, value, tb, limit))) Write(file, line.ToString());
        return PyNone.None;
    }

    public static PyObject format_exc(PyObject limit = null)
    {
        var e = Ops.CurrentException;
        if (e == null) return PyStr.FromString("None\n");
        var info = Ops.ExcInfo();
        return PyStr.FromString(string.Concat(Ops.Enumerate(format_exception(info[0], info[1], info[2], limit)).Select(x => x.ToString())));
    }

    public static PyObject print_exc(PyObject limit = null, PyObject file = null)
    {
        Write(file, format_exc(limit).ToString());
        return PyNone.None;
    }

    public static PyObject print_tb(PyObject tb, PyObject limit = null, PyObject file = null)
    {
        foreach (var line in Ops.Enumerate(format_tb(tb, limit))) Write(file, line.ToString());
        return PyNone.None;
    }

    public static PyObject extract_stack(PyObject f = null, PyObject limit = null)
    {
        var l = new PyList();
        foreach (var fr in TracebackPrinter.CurrentStack()) l.Append(FrameTuple(fr));
        return l;
    }

    public static PyObject format_stack(PyObject f = null, PyObject limit = null) =>
        Lines(TracebackPrinter.CurrentStack().Select(TracebackPrinter.FormatFrame));

    public static PyObject print_stack(PyObject f = null, PyObject limit = null, PyObject file = null)
    {
        foreach (var fr in TracebackPrinter.CurrentStack()) Write(file, TracebackPrinter.FormatFrame(fr));
        return PyNone.None;
    }

    public static PyObject format_list(PyObject extracted)
    {
        var l = new PyList();
        foreach (var item in Ops.Enumerate(extracted))
        {
            var t = Ops.UnpackSequence(item, 4);
            string s = $"  File \"{Ops.StrValue(t[0])}\", line {Ops.Str(t[1])}, in {Ops.StrValue(t[2])}\n";
            if (t[3] is not PyNone) s += "    " + Ops.StrValue(t[3]).Trim() + "\n";
            l.Append(PyStr.FromString(s));
        }
        return l;
    }
}
