namespace Py2Cs.Runtime;

/// <summary>The context-manager protocol of the <c>with</c> statement (CPython 2.7's SETUP_WITH /
/// WITH_CLEANUP). Added by the lowering (see docs/lowering.md).</summary>
public static class WithStatement
{
    static readonly PyStr ExitName = PyStr.Intern("__exit__");

    /// <summary>The bound <c>__exit__</c>, looked up before <c>__enter__</c> is called, as CPython does.</summary>
    public static PyObject GetExit(PyObject manager)
    {
        var exit = Ops.GetAttrOrNull(manager, ExitName);
        if (exit == null) throw Ops.AttributeError("__exit__");
        return exit;
    }

    /// <summary>The body raised: <c>__exit__(type, value, traceback)</c>; true swallows the exception.</summary>
    public static bool ExitWithException(PyObject exit, PythonException e)
    {
        var value = e.Value;
        PyObject type = value.Type;   // for a classic instance, Type is its class
        var tb = e.Traceback ?? new PyTraceback(e);
        return Ops.IsTrue(exit.Call(type, value, tb));
    }

    /// <summary>The body finished (or left by return/break/continue): <c>__exit__(None, None, None)</c>.</summary>
    public static void ExitNormally(PyObject exit) => exit.Call(PyNone.None, PyNone.None, PyNone.None);
}
