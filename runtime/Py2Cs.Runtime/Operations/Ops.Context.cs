namespace Py2Cs.Runtime;

/// <summary>
/// The <c>with</c> statement. Lowering emits:
/// <code>
/// var value = Ops.EnterContext(manager, out var exit);   // binds 'as' target
/// PythonException pending = null;
/// try { body }
/// catch (PythonException e) { pending = e; Ops.SetExcInfo(e); if (!Ops.ExitContext(exit, e)) throw; }
/// finally { if (pending == null) Ops.ExitContext(exit, null); }
/// </code>
/// </summary>
public static partial class Ops
{
    static readonly PyStr EnterName = PyStr.Intern("__enter__"), ExitName = PyStr.Intern("__exit__");

    /// <summary>Looks up <c>__exit__</c> then <c>__enter__</c> (CPython's order and AttributeErrors), calls
    /// <c>__enter__</c> and returns its result.</summary>
    public static PyObject EnterContext(PyObject manager, out PyObject exit)
    {
        exit = SpecialLookup(manager, ExitName);
        var enter = SpecialLookup(manager, EnterName);
        return enter.Call();
    }

    /// <summary>Calls <c>__exit__</c> with the exception (or three Nones); true when it swallows the exception.</summary>
    public static bool ExitContext(PyObject exit, PythonException e)
    {
        if (e == null)
        {
            exit.Call(PyNone.None, PyNone.None, PyNone.None);
            return false;
        }
        var r = exit.Call(TypeOf(e.Value) == PyType.ClassicInstanceType ? e.Value.Type : e.Value.Type, e.Value, e.Traceback ?? new PyTraceback(e));
        return IsTrue(r);
    }

    /// <summary>A special method bound to the object: looked up on the type for new-style objects, on the
    /// instance for classic ones; AttributeError(name) when missing.</summary>
    static PyObject SpecialLookup(PyObject o, PyStr name)
    {
        if (o is PyInstance pi && pi.IsClassic) return GetAttr(o, name);
        var m = o.Type.Lookup(name) ?? throw AttributeError(name.ToString());
        return m.IsDescriptor ? m.DescriptorGet(o, o.Type) : m;
    }
}
