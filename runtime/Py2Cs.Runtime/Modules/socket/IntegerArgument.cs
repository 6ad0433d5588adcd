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
        // PyFloat_AsDouble's messages: numbers and objects with __float__ only
        if (t is PyComplex) throw Ops.TypeError("can't convert complex to float");
        if (!(t is PyInt or PyLong or PyFloat) && Ops.GetAttrOrNull(t, "__float__") == null) throw Ops.TypeError("a float is required");
        double v = ((PyFloat)NumberTypes.FloatFromObject(t)).Value;
        if (v < 0) throw Ops.ValueError("Timeout value out of range");
        return v;
    }

    public static PyObject TimeoutValue(double t) => t < 0 ? PyNone.None : new PyFloat(t);
}
