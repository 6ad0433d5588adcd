using System.Numerics;

namespace Py2Cs.Runtime.Modules.Socket;

/// <summary>int/long arguments of the socket functions ("an integer is required" otherwise).</summary>
internal static class IntegerArgument
{
    public static long ToInt64(PyObject o) => o switch
    {
        PyInt i => i.Value,
        PyLong l when l.Value >= long.MinValue && l.Value <= long.MaxValue => (long)l.Value,
        PyLong => throw Ops.Error(PyExceptionTypes.OverflowError, PyStr.FromString("Python int too large to convert to C long")),
        _ => throw Ops.TypeError("an integer is required"),
    };

    public static PyObject FromUInt32(uint v) => new PyLong(v);   // PyLong_FromUnsignedLong: always a long in 2.7

    public static double Timeout(PyObject t)
    {
        if (t is PyNone) return -1;
        double v;
        try { v = ((PyFloat)NumberTypes.FloatFromObject(t)).Value; }
        catch (PythonException) { throw Ops.TypeError("Timeout value must be a float or None"); }
        if (v < 0) throw Ops.ValueError("Timeout value out of range");
        return v;
    }

    public static PyObject TimeoutValue(double t) => t < 0 ? PyNone.None : new PyFloat(t);
}
