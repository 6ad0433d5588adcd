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

    /// <summary>The parameters of a function's code (<c>co_argcount</c>, <c>co_varnames</c>, <c>co_flags</c>).</summary>
    internal FunctionSignature Signature { get; private init; }

    /// <summary><c>f.func_code</c>: name, file and parameters (compiled functions keep no other code details).</summary>
    public static PyCode ForFunction(PyFunction f)
    {
        string file = f.Globals?.GetStr("__file__") is PyStr s ? s.ToString() : "<string>";
        return new PyCode(f.Signature.Name, file, null, null) { Signature = f.Signature };
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
        t.DefProperty("co_argcount", o => PyInt.From(C(o).Signature?.ParameterCount ?? 0));
        t.DefProperty("co_varnames", o =>
        {
            var sig = C(o).Signature;
            if (sig == null) return PyTuple.Empty;
            var names = new System.Collections.Generic.List<PyObject>(sig.ParameterNames);
            if (sig.HasVarArgs) names.Add(sig.VarArgsName);
            if (sig.HasKwArgs) names.Add(sig.KwArgsName);
            return PyTuple.Create(names.ToArray());
        });
        // CO_OPTIMIZED | CO_NEWLOCALS, plus CO_VARARGS and CO_VARKEYWORDS
        t.DefProperty("co_flags", o => PyInt.From(C(o).Signature is { } sig ? 3 | (sig.HasVarArgs ? 4 : 0) | (sig.HasKwArgs ? 8 : 0) : 64));
    }
}
