namespace Py2Cs.Runtime;

/// <summary>
/// cStringIO: StringIO() gives a writable StringO, StringIO(s) a read-only StringI; content is
/// bytes (unicode is encoded with ASCII).
/// </summary>
[PythonModule("cStringIO")]
public static class cStringIO
{
    public static readonly PyObject OutputType = Final(PyType.Builtin("StringO", () => PyType.ObjectType, t =>
    {
        t.Dict.SetStr("__module__", PyStr.FromString("cStringIO"));
        MemoryFile.DefineMethods(t, writable: true);
        MemoryFile.DefineCStringIOMethods(t);
    }));

    public static readonly PyObject InputType = Final(PyType.Builtin("StringI", () => PyType.ObjectType, t =>
    {
        t.Dict.SetStr("__module__", PyStr.FromString("cStringIO"));
        MemoryFile.DefineMethods(t, writable: false);
        MemoryFile.DefineCStringIOMethods(t);
    }));

    /// <summary>cStringIO's types cannot be subclassed (no Py_TPFLAGS_BASETYPE).</summary>
    static PyType Final(PyType t)
    {
        t.IsFinal = true;
        return t;
    }

    [PythonName("StringIO")]
    public static PyObject StringIO_(PyObject s = null) =>
        s == null
            ? new MemoryFile((PyType)OutputType, null, allowUnicode: false, writable: true)
            : new MemoryFile((PyType)InputType, s, allowUnicode: false, writable: false);
}
