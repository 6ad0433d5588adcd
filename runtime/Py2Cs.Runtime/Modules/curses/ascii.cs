#pragma warning disable CS8981
namespace Py2Cs.Runtime;

/// <summary>
/// <c>curses.ascii</c> of Python 2.7: the ASCII control-character names and the ctype-like tests.
/// Each function takes a one-character str (its ord is used) or anything else as is, and compares
/// with Python's rules, so an int, a long or even another type behaves as in CPython's module
/// (a two-character str raises ord's TypeError). The tests answer bool; ascii/ctrl/alt give back a
/// str for a str and a number otherwise.
/// </summary>
[PythonModule("curses.ascii")]
public static class cursesAsciiModule
{
    public static readonly PyObject NUL = PyInt.From(0x00), SOH = PyInt.From(0x01), STX = PyInt.From(0x02), ETX = PyInt.From(0x03),
        EOT = PyInt.From(0x04), ENQ = PyInt.From(0x05), ACK = PyInt.From(0x06), BEL = PyInt.From(0x07), BS = PyInt.From(0x08),
        TAB = PyInt.From(0x09), HT = PyInt.From(0x09), LF = PyInt.From(0x0a), NL = PyInt.From(0x0a), VT = PyInt.From(0x0b),
        FF = PyInt.From(0x0c), CR = PyInt.From(0x0d), SO = PyInt.From(0x0e), SI = PyInt.From(0x0f), DLE = PyInt.From(0x10),
        DC1 = PyInt.From(0x11), DC2 = PyInt.From(0x12), DC3 = PyInt.From(0x13), DC4 = PyInt.From(0x14), NAK = PyInt.From(0x15),
        SYN = PyInt.From(0x16), ETB = PyInt.From(0x17), CAN = PyInt.From(0x18), EM = PyInt.From(0x19), SUB = PyInt.From(0x1a),
        ESC = PyInt.From(0x1b), FS = PyInt.From(0x1c), GS = PyInt.From(0x1d), RS = PyInt.From(0x1e), US = PyInt.From(0x1f),
        SP = PyInt.From(0x20), DEL = PyInt.From(0x7f);

    public static readonly PyObject controlnames = MakeControlNames();
    public static readonly PyObject __doc__ = PyStr.FromString("Constants and membership tests for ASCII characters");

    static PyObject MakeControlNames()
    {
        var names = new[] { "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
            "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US", "SP" };
        var items = new PyObject[names.Length];
        for (int i = 0; i < names.Length; i++) items[i] = PyStr.FromString(names[i]);
        return PyList.FromArray(items);
    }

    /// <summary>_ctoi: ord() of an exact str, anything else unchanged.</summary>
    static PyObject Ctoi(PyObject c) => c.GetType() == typeof(PyStr) ? Builtins.Ord(c) : c;

    static bool Between(PyObject c, long low, long high)
    {
        var v = Ctoi(c);
        if (v is PyInt i) return low <= i.Value && i.Value <= high;
        return Ops.LessEqual(PyInt.From(low), v) && Ops.LessEqual(v, PyInt.From(high));
    }

    static bool Is(PyObject c, long value) => Ctoi(c) is PyInt i ? i.Value == value : Ops.Eq(Ctoi(c), PyInt.From(value));

    static bool Alpha(PyObject c) => Between(c, 65, 90) || Between(c, 97, 122);
    static bool Digit(PyObject c) => Between(c, 48, 57);
    static bool Alnum(PyObject c) => Alpha(c) || Digit(c);

    public static PyObject isalnum(PyObject c) => PyBool.From(Alnum(c));
    public static PyObject isalpha(PyObject c) => PyBool.From(Alpha(c));
    public static PyObject isascii(PyObject c) => PyBool.From(Between(c, 0, 127));
    public static PyObject isblank(PyObject c) => PyBool.From(Is(c, 9) || Is(c, 32));
    public static PyObject iscntrl(PyObject c) => PyBool.From(Between(c, 0, 31) || Is(c, 127));
    public static PyObject isdigit(PyObject c) => PyBool.From(Digit(c));
    public static PyObject isgraph(PyObject c) => PyBool.From(Between(c, 33, 126));
    public static PyObject islower(PyObject c) => PyBool.From(Between(c, 97, 122));
    public static PyObject isprint(PyObject c) => PyBool.From(Between(c, 32, 126));
    public static PyObject ispunct(PyObject c) => PyBool.From(Between(c, 33, 126) && !Alnum(c));
    public static PyObject isspace(PyObject c)
    {
        foreach (long v in new long[] { 9, 10, 11, 12, 13, 32 }) if (Is(c, v)) return PyBool.True;
        return PyBool.False;
    }
    public static PyObject isupper(PyObject c) => PyBool.From(Between(c, 65, 90));
    public static PyObject isxdigit(PyObject c) => PyBool.From(Digit(c) || Between(c, 65, 70) || Between(c, 97, 102));
    public static PyObject isctrl(PyObject c)
    {
        var v = Ctoi(c);
        return PyBool.From(Ops.LessEqual(PyInt.From(0), v) && Ops.Less(v, PyInt.From(32)));
    }
    public static PyObject ismeta(PyObject c) => PyBool.From(Ops.Greater(Ctoi(c), PyInt.From(127)));

    static PyObject Masked(PyObject c, bool or, long mask)
    {
        var v = or ? Ops.BitOr(Ctoi(c), PyInt.From(mask)) : Ops.BitAnd(Ctoi(c), PyInt.From(mask));
        return c.GetType() == typeof(PyStr) ? Builtins.Chr(v) : v;
    }

    public static PyObject ascii(PyObject c) => Masked(c, false, 0x7f);
    public static PyObject ctrl(PyObject c) => Masked(c, false, 0x1f);
    public static PyObject alt(PyObject c) => Masked(c, true, 0x80);

    /// <summary>unctrl: "^X" for a control character, "^?" for DEL, a "!" prefix for the meta bit.</summary>
    public static PyObject unctrl(PyObject c)
    {
        var bits = Ctoi(c);
        PyObject rep;
        var low = Ops.BitAnd(bits, PyInt.From(0x7f));
        if (Ops.Eq(bits, PyInt.From(0x7f))) rep = PyStr.FromString("^?");
        else if (Between(low, 32, 126)) rep = Builtins.Chr(low);
        else rep = Ops.Add(PyStr.FromString("^"), Builtins.Chr(Ops.Add(Ops.BitOr(low, PyInt.From(0x20)), PyInt.From(0x20))));
        if (Ops.IsTrue(Ops.BitAnd(bits, PyInt.From(0x80)))) return Ops.Add(PyStr.FromString("!"), rep);
        return rep;
    }
}
