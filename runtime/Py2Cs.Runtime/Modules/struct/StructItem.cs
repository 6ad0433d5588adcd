namespace Py2Cs.Runtime;

/// <summary>What kind of Python value one packed item takes and gives back.</summary>
internal enum StructValueKind
{
    Integer,
    Float,
    Bool,
    /// <summary>'c': a string of length 1.</summary>
    Char,
    /// <summary>'s' and 'p': a string of the item's size.</summary>
    Bytes,
}

/// <summary>One value of a struct layout: its format code, where it sits and how many bytes it takes.</summary>
internal readonly struct StructItem
{
    public readonly char Code;
    public readonly int Offset;
    public readonly int Size;
    public readonly StructValueKind Kind;
    /// <summary>Whether CPython packs this item with its native-order functions (and their messages).</summary>
    public readonly bool NativeFunctions;
    public readonly bool LittleEndian;
    /// <summary>'@' layout: floats are packed with a plain C cast (no overflow check).</summary>
    public readonly bool NativeLayout;

    public StructItem(char code, int offset, int size, StructValueKind kind, bool nativeFunctions, bool littleEndian, bool nativeLayout)
    {
        LittleEndian = littleEndian;
        NativeLayout = nativeLayout;
        Code = code;
        Offset = offset;
        Size = size;
        Kind = kind;
        NativeFunctions = nativeFunctions;
    }

    public bool IsSigned => Code is 'b' or 'h' or 'i' or 'l' or 'q';
}
