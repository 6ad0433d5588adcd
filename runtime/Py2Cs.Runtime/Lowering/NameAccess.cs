namespace Py2Cs.Runtime;

/// <summary>
/// Name access the generated code needs beyond <see cref="Builtins.LoadGlobal"/> and
/// <see cref="Builtins.LoadName"/>: class bodies (LOAD_NAME against the class namespace), <c>del</c>
/// of module and global names, free variables read before assignment, and <c>locals()</c>.
/// Added by the lowering (see docs/lowering.md); the runtime may absorb these into Ops.
/// </summary>
public static class NameAccess
{
    /// <summary>A name read in a class body: the class namespace, then the module globals, then builtins.</summary>
    public static PyObject LoadClassName(PyDict ns, PyDict globals, PyStr name)
    {
        var v = ns.GetStr(name);
        if (v != null) return v;
        return Builtins.LoadName(globals, name);
    }

    /// <summary><c>del x</c> at module or class level: "name 'x' is not defined" when absent.</summary>
    public static void DeleteName(PyDict dict, PyStr name)
    {
        if (!dict.Remove(name)) throw Ops.NameError($"name '{name}' is not defined");
    }

    /// <summary><c>del x</c> of a global inside a function.</summary>
    public static void DeleteGlobal(PyDict globals, PyStr name)
    {
        if (!globals.Remove(name)) throw Ops.NameNotDefined(name.ToString());
    }

    /// <summary>NameError for a closure variable read before the enclosing function assigned it.</summary>
    public static PythonException FreeNotAssigned(string name) =>
        Ops.NameError($"free variable '{name}' referenced before assignment in enclosing scope");

    /// <summary>The locals dict a bare <c>exec</c> in a function sees: kept across execs of the same call (as
    /// CPython's f_locals), refreshed with the current values of the function's variables.</summary>
    public static PyDict ExecLocals(PyDict previous, PyDict current)
    {
        if (previous == null) return current;
        foreach (var kv in current.Items()) previous.SetItem(kv.Key, kv.Value);
        return previous;
    }

    /// <summary>A global name read in a function containing a bare <c>exec</c>: names the exec created come
    /// first (CPython compiles such functions with LOAD_NAME).</summary>
    public static PyObject LoadUnoptimized(PyDict execLocals, PyDict globals, PyStr name) =>
        execLocals?.GetStr(name) ?? Builtins.LoadGlobal(globals, name);

    /// <summary><c>locals()</c> in a function: name/value pairs, unbound (null) values skipped.</summary>
    public static PyDict Locals(PyObject[] nameThenValue)
    {
        var d = new PyDict();
        for (int i = 0; i + 1 < nameThenValue.Length; i += 2)
            if (nameThenValue[i + 1] != null) d.SetItem(nameThenValue[i], nameThenValue[i + 1]);
        return d;
    }
}
