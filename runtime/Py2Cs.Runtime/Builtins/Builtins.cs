using System;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>__builtin__</c> module. Generated code looks names up in the module globals, then here
/// (<see cref="LoadGlobal"/>); it may also call the C# methods directly (<c>Builtins.len(x)</c>).
/// </summary>
public static partial class Builtins
{
    static PyModule _module;
    static readonly object Lock = new();

    /// <summary>The builtin <c>range</c>, so <see cref="Ops.IterRange(PyObject, PyObject)"/> can tell it from a rebinding.</summary>
    internal static NativeFunction RangeFunction;

    public static PyModule Module
    {
        get
        {
            if (_module != null) return _module;
            lock (Lock)
            {
                if (_module == null) _module = Create();
                return _module;
            }
        }
    }

    static PyModule Create()
    {
        var m = new PyModule("__builtin__");
        foreach (var t in new[]
        {
            PyType.ObjectType, PyType.TypeType, PyInt.TypeObject, PyBool.TypeObject, PyLong.TypeObject, PyFloat.TypeObject,
            PyComplex.TypeObject, PyStr.TypeObject, PyUnicode.TypeObject, PyBaseString.TypeObject, PyTuple.TypeObject,
            PyList.TypeObject, PyDict.TypeObject, PySet.TypeObject, PyFrozenSet.TypeObject, PySlice.TypeObject,
            PyStaticMethod.TypeObject, PyClassMethod.TypeObject, PyProperty.TypeObject, PyFile.TypeObject,
            PyXRange.TypeObject, PyEnumerate.TypeObject, PyReversed.TypeObject, PySuper.TypeObject, PyByteArray.TypeObject,
            PyBuffer.TypeObject,
        })
            m[t.Name] = t;
        foreach (var t in PyExceptionTypes.All) m[t.Name] = t;
        m["None"] = PyNone.None;
        m["True"] = PyBool.True;
        m["False"] = PyBool.False;
        m["NotImplemented"] = PyNotImplemented.Value;
        m["Ellipsis"] = PyEllipsis.Value;
        m["__debug__"] = PyBool.True;
        m["open"] = PyFile.TypeObject;
        m["bytes"] = PyStr.TypeObject;
        DefineFunctions(m);
        return m;
    }

    static void Def(PyModule m, NativeFunction f)
    {
        f.ModuleName = "__builtin__";
        m[f.Name] = f;
    }

    /// <summary>Looks a name up in the module globals, then the builtins; NameError when absent.</summary>
    public static PyObject LoadGlobal(PyDict globals, PyStr name) =>
        GlobalLookup.Find(globals, name) ?? throw Ops.NameNotDefined(name.ToString());

    /// <summary>A name read by module-level code (LOAD_NAME): "name 'x' is not defined" when absent.</summary>
    public static PyObject LoadName(PyDict globals, PyStr name) =>
        GlobalLookup.Find(globals, name) ?? throw Ops.NameError($"name '{name}' is not defined");

    /// <summary>A builtin by name, or null.</summary>
    public static PyObject Get(string name) => Module.Dict.GetStr(name);
}
