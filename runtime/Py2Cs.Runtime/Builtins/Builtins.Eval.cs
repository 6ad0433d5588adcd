namespace Py2Cs.Runtime;

/// <summary>
/// <c>exec</c>, <c>eval</c>, <c>execfile</c>, <c>compile</c>: run by the <see cref="Interpreter"/> over the
/// front end's syntax tree (docs/dynamic-code.md). Calls that leave out globals and locals need the
/// caller's, which compiled code passes through <see cref="DynamicCode.CallWithScope"/>.
/// </summary>
public static partial class Builtins
{
    /// <summary><c>eval(source, globals, locals)</c> with explicit globals.</summary>
    public static PyObject Eval(PyObject source, PyObject globals, PyObject locals = null) =>
        DynamicCode.Eval(source, globals, locals, null, null);

    /// <summary>The <c>exec code in globals[, locals]</c> statement.</summary>
    public static void Exec(PyObject source, PyObject globals, PyObject locals = null) =>
        DynamicCode.Exec(source, globals, locals, null, null);

    /// <summary><c>execfile(filename, globals, locals)</c> with explicit globals.</summary>
    public static void ExecFile(PyObject filename, PyObject globals, PyObject locals = null) =>
        DynamicCode.ExecFile(filename, globals, locals, null, null);

    /// <summary>A scope-reading builtin called without its caller's scope (e.g. through another name).</summary>
    static PyObject CalledIndirectly(string name) =>
        throw Ops.SystemError($"{name}() called through another name cannot see its caller's variables in a translated program");
}
