namespace Py2Cs.Runtime.Modules;

/// <summary>The <c>gc</c> module: .NET's collector does the work; these mirror the Python API.</summary>
[PythonModule("gc")]
public static class gc
{
    static bool _enabled = true;
    public static PyObject collect(PyObject generation = null) { System.GC.Collect(); return PyInt.Zero; }
    public static PyObject enable() { _enabled = true; return PyNone.None; }
    public static PyObject disable() { _enabled = false; return PyNone.None; }
    public static PyObject isenabled() => PyBool.From(_enabled);
    public static PyObject get_count() => PyTuple.Create(PyInt.Zero, PyInt.Zero, PyInt.Zero);
    public static PyObject get_threshold() => PyTuple.Create(PyInt.From(700), PyInt.From(10), PyInt.From(10));
    public static PyObject set_threshold(params PyObject[] thresholds) => PyNone.None;
    public static PyObject get_objects() => new PyList();
    public static PyObject get_referrers(params PyObject[] objs) => new PyList();
    public static PyObject get_referents(params PyObject[] objs) => new PyList();
    public static readonly PyObject garbage = new PyList();
}
