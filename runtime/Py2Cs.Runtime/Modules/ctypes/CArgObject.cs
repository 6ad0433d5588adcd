using System.Runtime.InteropServices;

namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>How one C argument travels in the System V x86-64 calling convention.</summary>
public enum ArgClass { Integer, Double, Float, Memory }

/// <summary>One converted argument: its register class and bits, or its bytes when it is passed in
/// memory or is a structure by value.</summary>
public struct ArgValue
{
    public ArgClass Class;
    public long Bits;
    public byte[] Memory;
    public CTypeInfo Layout;

    public static ArgValue Integer(long bits) => new() { Class = ArgClass.Integer, Bits = bits };
}

/// <summary>The result of byref() and of the simple types' from_param (CPython's CArgObject): a tagged
/// C value ready to be passed, keeping the Python object it came from alive.</summary>
public sealed class CArgObject : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("CArgObject", () => PyType.ObjectType, t =>
    {
        t.Dict.SetStr("__module__", PyStr.FromString("_ctypes"));
        t.DefProperty("_obj", s => ((CArgObject)s).Obj ?? PyNone.None);
    });

    public readonly char Tag;
    public readonly ArgValue Value;
    public readonly PyObject Obj;
    public readonly object KeepAlive;

    public CArgObject(char tag, ArgValue value, PyObject obj, object keepAlive = null)
    {
        Tag = tag; Value = value; Obj = obj; KeepAlive = keepAlive;
    }

    public override PyType Type => TypeObject;

    public override PyStr Repr()
    {
        long v = Value.Bits;
        string text = Tag switch
        {
            // CPython prints the union member of the tag's width with %d/%ld: signed.
            'b' or 'B' => $"<cparam '{Tag}' ({(sbyte)v})>",
            'h' or 'H' => $"<cparam '{Tag}' ({(short)v})>",
            'i' or 'I' => $"<cparam '{Tag}' ({(int)v})>",
            'l' or 'L' or 'q' or 'Q' => $"<cparam '{Tag}' ({v})>",
            'd' => $"<cparam '{Tag}' ({System.BitConverter.Int64BitsToDouble(v).ToString("F6", System.Globalization.CultureInfo.InvariantCulture)})>",
            'f' => $"<cparam '{Tag}' ({((double)System.BitConverter.Int32BitsToSingle((int)v)).ToString("F6", System.Globalization.CultureInfo.InvariantCulture)})>",
            'c' => $"<cparam '{Tag}' ({(char)(byte)v})>",
            'z' or 'Z' or 'P' => $"<cparam '{Tag}' (0x{v:x})>",
            _ => $"<cparam '{Tag}' at 0x{Ops.Id(this):x}>",
        };
        return PyStr.FromString(text);
    }
}
