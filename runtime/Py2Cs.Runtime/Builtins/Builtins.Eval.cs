using System;

namespace Py2Cs.Runtime;

/// <summary>
/// <c>exec</c>, <c>eval</c>, <c>execfile</c> and <c>compile</c> need Python source compiled at run time,
/// which the runtime cannot do alone: a host that can (the py2cs driver, with the front end and Roslyn)
/// installs <see cref="SourceRunner"/>. Without one they raise NotImplementedError.
/// </summary>
public static partial class Builtins
{
    /// <summary>Runs source text: (source, mode "exec"|"eval"|"single", filename, globals, locals) → the
    /// value for "eval", None otherwise.</summary>
    public static Func<string, string, string, PyDict, PyObject, PyObject> SourceRunner { get; set; }

    static PyObject RunSource(PyObject source, string mode, string filename, PyObject globals, PyObject locals)
    {
        if (source is PyCode code)
        {
            mode = code.Mode;
            filename = code.Filename;
            source = code.Source;
        }
        string text = source switch
        {
            PyStr s => s.ToString(),
            PyUnicode u => u.Value,
            PyFile f => f.Read().ToString(),
            _ => throw Ops.TypeError($"{(mode == "eval" ? "eval" : "exec")}() arg 1 must be a string or code object"),
        };
        if (globals != null && globals is not PyNone && globals is not PyDict)
            throw Ops.TypeError("globals must be a dict");
        var runner = SourceRunner ?? throw Ops.NotImplementedError($"{mode}() of source text needs a host that compiles Python at run time");
        var g = globals as PyDict ?? throw Ops.SystemError("exec/eval without explicit globals needs the caller's globals from generated code");
        if (g.GetStr("__builtins__") == null) g.SetStr("__builtins__", Module);
        return runner(text, mode, filename, g, locals is PyNone ? null : locals);
    }

    /// <summary><c>eval(source, globals, locals)</c>; generated code passes the caller's globals (and locals).</summary>
    public static PyObject Eval(PyObject source, PyObject globals, PyObject locals = null) =>
        RunSource(source, "eval", "<string>", globals, locals);

    /// <summary>The <c>exec code [in globals[, locals]]</c> statement.</summary>
    public static void Exec(PyObject source, PyObject globals, PyObject locals = null) =>
        RunSource(source, "exec", "<string>", globals, locals);

    /// <summary><c>execfile(filename, globals, locals)</c>.</summary>
    public static void ExecFile(PyObject filename, PyObject globals, PyObject locals = null)
    {
        var f = PyFile.Open(filename, "r", -1);
        try { RunSource(f.Read(), "exec", Ops.StrValue(filename), globals, locals); }
        finally { f.Close(); }
    }
}

/// <summary>The result of <c>compile(source, filename, mode)</c>: kept as source until run.</summary>
public sealed class PyCode : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("code", () => PyType.ObjectType, null);
    public PyObject Source { get; }
    public string Filename { get; }
    public string Mode { get; }

    public PyCode(PyObject source, string filename, string mode)
    {
        if (mode != "exec" && mode != "eval" && mode != "single")
            throw Ops.ValueError("compile() arg 3 must be 'exec', 'eval' or 'single'");
        Source = source;
        Filename = filename;
        Mode = mode;
    }

    public override PyType Type => TypeObject;
    public override PyStr Repr() => PyStr.FromString($"<code object <module> at 0x{Ops.Id(this):x}, file \"{Filename}\", line 1>");
}
