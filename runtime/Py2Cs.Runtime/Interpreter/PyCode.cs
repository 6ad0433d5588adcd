using S = Py2Cs.Syntax;

namespace Py2Cs.Runtime;

/// <summary>A code object: what <c>compile()</c> returns (the parsed tree, run by the
/// <see cref="Interpreter"/>) or the <c>f_code</c> of a frame (name and file only).</summary>
public sealed class PyCode : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("code", () => PyType.ObjectType, Populate);

    public string Name { get; }
    public string Filename { get; }
    /// <summary>"exec", "eval" or "single"; null for a frame's code.</summary>
    public string Mode { get; }
    internal S.Module Module { get; }
    internal S.Text.SourceText Source { get; }
    public int FirstLine { get; }

    internal PyCode(string name, string filename, string mode, S.Module module, S.Text.SourceText source = null, int firstLine = 1)
    {
        Source = source;
        Name = name;
        Filename = filename;
        Mode = mode;
        Module = module;
        FirstLine = firstLine;
    }

    /// <summary>The code of a frame seen through <c>sys._getframe()</c> or a traceback.</summary>
    public static PyCode ForFrame(string name, string filename) => new PyCode(name, filename, null, null);

    public override PyType Type => TypeObject;
    public override PyStr Repr() => PyStr.FromString($"<code object {Name} at 0x{Ops.Id(this):x}, file \"{Filename}\", line {FirstLine}>");

    static PyCode C(PyObject o) => (PyCode)o;

    static void Populate(PyType t)
    {
        t.DefProperty("co_name", o => PyStr.FromString(C(o).Name));
        t.DefProperty("co_filename", o => PyStr.FromString(C(o).Filename));
        t.DefProperty("co_firstlineno", o => PyInt.From(C(o).FirstLine));
    }
}
