#pragma warning disable CS8981, IDE1006 // Python's names
namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>ctypes' fundamental types, made as ctypes/__init__.py makes them (a _SimpleCData subclass
/// with a _type_ letter, module "ctypes"), with the aliases of 64-bit Linux: long long is long, size_t is
/// unsigned long, the fixed-width names are the C types of that width.</summary>
public static class FundamentalTypes
{
    static PyType Simple(string name, char code)
    {
        var d = new PyDict();
        d.SetStr("_type_", PyStr.FromString(code.ToString()));
        d.SetStr("__module__", PyStr.FromString("ctypes"));
        return (PyType)Ops.Call(CTypesTypes.SimpleType, PyStr.FromString(name), PyTuple.Create(CTypesTypes.SimpleCData), d);
    }

    public static readonly PyType c_short = Simple("c_short", 'h');
    public static readonly PyType c_ushort = Simple("c_ushort", 'H');
    public static readonly PyType c_long = Simple("c_long", 'l');
    public static readonly PyType c_ulong = Simple("c_ulong", 'L');
    public static readonly PyType c_int = Simple("c_int", 'i');
    public static readonly PyType c_uint = Simple("c_uint", 'I');
    public static readonly PyType c_float = Simple("c_float", 'f');
    public static readonly PyType c_double = Simple("c_double", 'd');
    public static readonly PyType c_longdouble = Simple("c_longdouble", 'g');
    public static readonly PyType c_ubyte = Simple("c_ubyte", 'B');
    public static readonly PyType c_byte = Simple("c_byte", 'b');
    public static readonly PyType c_char = Simple("c_char", 'c');
    public static readonly PyType c_char_p = Simple("c_char_p", 'z');
    public static readonly PyType c_void_p = Simple("c_void_p", 'P');
    public static readonly PyType c_bool = Simple("c_bool", '?');
    public static readonly PyType c_wchar_p = Simple("c_wchar_p", 'Z');
    public static readonly PyType c_wchar = Simple("c_wchar", 'u');
    public static readonly PyType py_object = Simple("py_object", 'O');
}
