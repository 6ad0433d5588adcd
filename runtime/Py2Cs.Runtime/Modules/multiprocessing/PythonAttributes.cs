using System;

namespace Py2Cs.Runtime.Modules.Multiprocessing;

/// <summary>Attribute access and calls through Python look-up, so the module's classes read and write
/// their state the way multiprocessing's .py files do and subclasses can override any of it.</summary>
internal static class PythonAttributes
{
    public static PyObject Get(PyObject self, string name) => Ops.GetAttr(self, PyStr.Intern(name));
    public static void Set(PyObject self, string name, PyObject value) => Ops.SetAttr(self, PyStr.Intern(name), value);
    public static PyObject Call(PyObject self, string name) => Ops.CallMethod(self, PyStr.Intern(name));
    public static PyObject Call(PyObject self, string name, PyObject a) => Ops.CallMethod(self, PyStr.Intern(name), a);
    public static PyObject Call(PyObject self, string name, PyObject a, PyObject b) => Ops.CallMethod(self, PyStr.Intern(name), a, b);

    /// <summary>The items of any iterable, through the iteration protocol.</summary>
    public static System.Collections.Generic.IEnumerable<PyObject> Items(PyObject iterable)
    {
        var it = Ops.Iter(iterable);
        for (var x = it.Next(); x != null; x = it.Next()) yield return x;
    }

    public static PyObject Module(string name) => Importer.ImportModule(name);

    public static PyObject Sys(string name) => Get(Module("sys"), name);

    public static void FlushStandardStreams()
    {
        Call(Sys("stdout"), "flush");
        Call(Sys("stderr"), "flush");
    }

    /// <summary>What a failed assert raises (null: a bare assert without a message).</summary>
    public static PythonException Assertion(string message) =>
        new(message == null ? Ops.Call(PyExceptionTypes.AssertionError) : Ops.Call(PyExceptionTypes.AssertionError, PyStr.FromString(message)));

    /// <summary>A read-only or read-write property whose accessors are C# functions.</summary>
    public static PyProperty Property(string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject> set = null)
    {
        var getter = PyFunction.WithBoundArguments(new FunctionSignature(name, new[] { "self" }), a => get(a[0]));
        PyObject setter = set == null ? null : PyFunction.WithBoundArguments(new FunctionSignature(name, new[] { "self", "value" }),
            a => { set(a[0], a[1]); return PyNone.None; });
        return new PyProperty(getter, setter, null, null);
    }

    public static double Seconds(PyObject o) => ((PyFloat)NumberTypes.FloatFromObject(o)).Value;

    public static double Now() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds;

    /// <summary>Sleeps with the GIL released.</summary>
    public static void Sleep(double seconds)
    {
        if (seconds <= 0) return;
        using (Gil.Blocking()) System.Threading.Thread.Sleep(TimeSpan.FromSeconds(seconds));
    }
}
