using System;

namespace Py2Cs.Runtime;

/// <summary>Shorthands used while populating built-in types.</summary>
public sealed partial class PyType
{
    public void DefMethod(string name, Func<PyObject, PyObject> f) => Define(name, NativeMethod.Create(this, name, f));
    public void DefMethod(string name, Func<PyObject, PyObject, PyObject> f) => Define(name, NativeMethod.Create(this, name, f));
    public void DefMethod(string name, Func<PyObject, PyObject, PyObject, PyObject> f) => Define(name, NativeMethod.Create(this, name, f));

    /// <summary>A method with optional or keyword parameters: <paramref name="f"/> receives an array with
    /// one entry per name in <paramref name="names"/> (null where not given).</summary>
    public void DefMethod(string name, int min, string[] names, Func<PyObject, PyObject[], PyObject> f) =>
        Define(name, NativeMethod.Create(this, name, min, names, f));

    /// <summary>A method taking any positional arguments (<c>*args</c>) and no keywords.</summary>
    public void DefVarMethod(string name, Func<PyObject, PyObject[], PyObject> f) =>
        Define(name, NativeMethod.CreateRaw(this, name, (s, a, k) => { ArgumentParser.NoKeywords(name, k); return f(s, a); }));

    public void DefProperty(string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject> set = null) =>
        Define(name, new NativeProperty(this, name, get, set));

    /// <summary>A class method of a built-in type (<c>dict.fromkeys</c>): receives the class first.</summary>
    public void DefClassMethod(string name, int min, string[] names, Func<PyObject, PyObject[], PyObject> f) =>
        Define(name, new PyClassMethod(NativeFunction.Create(name, min + 1, Prepend("cls", names), a => f(a[0], a[1..]))));

    static string[] Prepend(string first, string[] rest)
    {
        var r = new string[rest.Length + 1];
        r[0] = first;
        Array.Copy(rest, 0, r, 1, rest.Length);
        return r;
    }
}
