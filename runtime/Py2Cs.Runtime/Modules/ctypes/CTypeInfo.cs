using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>What a ctypes type is in C: the kind, size, alignment and the parts that give the memory
/// its meaning (CPython's StgDictObject). Kept beside the Python type, found through the MRO so a
/// Python subclass of <c>c_int</c> or of a structure shares its base's layout.</summary>
public enum CKind { Simple, Struct, Union, Array, Pointer, Function }

public sealed class CTypeInfo
{
    static readonly ConditionalWeakTable<PyType, CTypeInfo> Table = new();

    public CKind Kind;
    public int Size, Align;
    /// <summary>The struct-module letter of a simple type ('i', 'd', 'z'...).</summary>
    public char Code;
    /// <summary>Element type of an array, target type of a pointer.</summary>
    public PyType ItemType;
    public int Length;
    /// <summary>Every field of a structure or union, base classes' first.</summary>
    public CField[] Fields = System.Array.Empty<CField>();
    /// <summary>Set once an instance exists or the type is used in another type (_fields_ is then final).</summary>
    public bool Final;
    /// <summary>Function pointer types: the class-level _argtypes_, _restype_ and _flags_.</summary>
    public PyObject ArgTypes, RestType;
    public int Flags;
    /// <summary>A structure/union type whose _fields_ were never given.</summary>
    public bool Incomplete;

    public CTypeInfo Clone() => (CTypeInfo)MemberwiseClone();

    public static void Attach(PyType type, CTypeInfo info) => Table.AddOrUpdate(type, info);

    public static CTypeInfo Own(PyType type) => Table.TryGetValue(type, out var i) ? i : null;

    /// <summary>The layout of a type or its nearest ctypes base; a structure class whose <c>_fields_</c>
    /// was assigned after the class statement gets its layout here, on first use.</summary>
    public static CTypeInfo Find(PyType type)
    {
        foreach (var t in type.Mro)
        {
            if (Table.TryGetValue(t, out var info))
            {
                if (info.Incomplete && (info.Kind == CKind.Struct || info.Kind == CKind.Union)
                    && t.Dict.GetStr("_fields_") is { } fields)
                    return StructLayout.Complete(t, fields);
                return info;
            }
        }
        return null;
    }

    public static CTypeInfo Find(PyObject typeObject) => typeObject is PyType t ? Find(t) : null;

    /// <summary>sizeof/alignment's look-up: a ctypes type or instance, else "this type has no size".</summary>
    public static CTypeInfo OfTypeOrInstance(PyObject o) =>
        (o is CDataObject d ? d.Info : Find(o)) ?? throw Ops.TypeError("this type has no size");

    public bool IsPointerLike => Kind == CKind.Pointer || Kind == CKind.Function || Kind == CKind.Simple && (Code == 'z' || Code == 'Z' || Code == 'P');
}
