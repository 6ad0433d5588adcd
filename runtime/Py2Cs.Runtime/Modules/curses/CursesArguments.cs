using System;

namespace Py2Cs.Runtime;

/// <summary>
/// The argument conversions of _cursesmodule.c. Its methods parse with PyArg_ParseTuple formats
/// of the form "iis;int,int,str": a string mismatch is a TypeError whose whole text is the part
/// after the ';', while an integer conversion keeps its own error ("an integer is required",
/// "integer argument expected, got float"), as getargs.c does. Characters go through
/// PyCurses_ConvertToChtype (an int, or a str of length 1).
/// </summary>
internal static class CursesArguments
{
    /// <summary>"i": <paramref name="format"/> names the argument list only for the reader; integer
    /// conversions report their own error.</summary>
    public static int Int(PyObject o, string format) => unchecked((int)Long(o, format));

    public static short Short(PyObject o, string message) => unchecked((short)Int(o, message));

    public static long Long(PyObject o, string format)
    {
        if (o is PyInt or PyLong) return Ops.IndexToLongArg(o);
        if (o is PyFloat) throw Ops.TypeError("integer argument expected, got float");
        // PyInt_AsLong: an object with __int__ converts through it.
        var toInt = Ops.GetAttrOrNull(o, "__int__");
        if (toInt != null && o is not (PyStr or PyUnicode))
        {
            var v = Ops.Call(toInt);
            if (v is PyInt or PyLong) return Ops.IndexToLongArg(v);
            throw Ops.TypeError("nb_int should return int object");
        }
        throw Ops.TypeError("an integer is required");
    }

    public static bool Flag(PyObject o, string message) => Int(o, message) != 0;

    /// <summary>"s": a byte string, or unicode encoded with the default (ASCII) encoding.</summary>
    public static byte[] Bytes(PyObject o, string message)
    {
        if (o is PyStr s) return s.Bytes.ToArray();
        if (o is PyUnicode u) return u.EncodeAscii().Bytes.ToArray();
        throw Ops.TypeError(message);
    }

    /// <summary>PyCurses_ConvertToChtype: an int or long, or a one-character str.</summary>
    public static bool TryChtype(PyObject o, out uint ch)
    {
        switch (o)
        {
            case PyInt or PyLong: ch = unchecked((uint)Ops.IndexToLongArg(o)); return true;
            case PyStr s when s.Length == 1: ch = s.Bytes[0]; return true;
            default: ch = 0; return false;
        }
    }

    public static uint Chtype(PyObject o, string message) =>
        TryChtype(o, out var ch) ? ch : throw Ops.TypeError(message);

    /// <summary>How getargs names an argument's type in "must be X, not Y": None is "None".</summary>
    public static string TypeName(PyObject o) => o is PyNone ? "None" : Ops.TypeOf(o).Name;

    /// <summary>A fixed argument count; a wrong count is a TypeError with <paramref name="message"/>
    /// (the format's ';' text, or CPython's "function takes exactly 1 argument (0 given)").</summary>
    public static PyObject[] Exactly(PyObject[] args, int count, string message)
    {
        if (args.Length != count) throw Ops.TypeError(message);
        return args;
    }

    /// <summary>PyArg_ParseTuple's count error for a format without a name.</summary>
    public static string TakesExactly(int count, int given) =>
        $"function takes exactly {count} argument{(count == 1 ? "" : "s")} ({given} given)";
}
