using System;
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Support;

/// <summary>Terse helpers for building Python functions and classes in tests, the way generated code does.</summary>
public static class PythonDefinitions
{
    public static PyFunction Def(string name, Func<PyObject> body) =>
        new(new FunctionSignature(name, Array.Empty<string>()), body);

    public static PyFunction Def(string name, Func<PyObject, PyObject> body, string p0 = "self") =>
        new(new FunctionSignature(name, new[] { p0 }), body);

    public static PyFunction Def(string name, Func<PyObject, PyObject, PyObject> body, string p0 = "self", string p1 = "other") =>
        new(new FunctionSignature(name, new[] { p0, p1 }), body);

    public static PyFunction Def(string name, Func<PyObject, PyObject, PyObject, PyObject> body, string p0 = "self", string p1 = "a", string p2 = "b") =>
        new(new FunctionSignature(name, new[] { p0, p1, p2 }), body);

    /// <summary>Runs a class statement: <paramref name="members"/> are (name, value) pairs in body order.</summary>
    public static PyObject Class(string name, PyObject[] bases, params (string, PyObject)[] members)
    {
        var dict = new PyDict();
        dict.SetStr("__module__", PyStr.FromString("__main__"));
        foreach (var (n, v) in members) dict.SetStr(n, v);
        return PyType.MakeClass(name, PyTuple.Create(bases), dict);
    }

    public static PyStr S(string s) => PyStr.FromString(s);
    public static PyInt I(long v) => PyInt.From(v);
    public static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, name);
    public static string Repr(PyObject o) => Ops.Repr(o).ToString();
    public static string Str(PyObject o) => Ops.Str(o).ToString();
}
