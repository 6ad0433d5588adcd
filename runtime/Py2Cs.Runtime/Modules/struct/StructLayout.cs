using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>
/// A parsed struct format string: byte order, the items in order with their offsets, total size.
/// Sizes, alignment and the choice of native or standard pack functions follow CPython 2.7's
/// _struct.c on a 64-bit little-endian LP64 system (long is 8 bytes natively, 4 in standard mode).
/// </summary>
internal sealed class StructLayout
{
    public string Format { get; }
    /// <summary>'@' native, '<' little, '>' big ('!' and '=' map onto these).</summary>
    public char ByteOrder { get; }
    public bool LittleEndian { get; }
    public int Size { get; }
    public StructItem[] Items { get; }

    StructLayout(string format, char order, bool little, int size, StructItem[] items)
    {
        Format = format;
        ByteOrder = order;
        LittleEndian = little;
        Size = size;
        Items = items;
    }

    public static StructLayout Parse(string format)
    {
        int pos = 0;
        char order = '@';
        if (format.Length > 0 && "@=<>!".IndexOf(format[0]) >= 0) { order = format[0]; pos = 1; }
        bool native = order == '@';
        bool little = order switch
        {
            '<' => true,
            '>' or '!' => false,
            _ => BitConverter.IsLittleEndian,
        };
        // CPython swaps its native functions into the table of the machine's own byte order
        // wherever the sizes agree, so '<h' on x86 reports errors as '@h' does.
        bool machineOrder = native || little == BitConverter.IsLittleEndian;

        var items = new List<StructItem>();
        long size = 0;
        while (pos < format.Length)
        {
            char c = format[pos++];
            if (IsSpace(c)) continue;
            long num = 1;
            if (c >= '0' && c <= '9')
            {
                num = c - '0';
                while (true)
                {
                    // A count at the very end counts nothing (CPython 2.7 stops at the NUL).
                    if (pos >= format.Length) { c = '\0'; break; }
                    c = format[pos++];
                    if (c < '0' || c > '9') break;
                    num = num * 10 + (c - '0');
                    if (num > long.MaxValue / 10) throw new StructFailure("total struct size too long");
                }
                if (c == '\0') break;
            }
            if (!Describe(c, native, out int itemSize, out int alignment, out var kind))
                throw new StructFailure("bad char in struct format");
            if (alignment > 1 && size > 0) size = (size + alignment - 1) / alignment * alignment;
            // 'b', 'B' and 'c' use the native functions in every table.
            bool nativeFunctions = native || c is 'b' or 'B' or 'c' || machineOrder && c != 'l' && c != 'L';
            if (c == 's' || c == 'p')
            {
                items.Add(new StructItem(c, (int)size, (int)num, kind, nativeFunctions, little, native));
                size += num;
            }
            else if (c == 'x')
            {
                size += num;
            }
            else
            {
                if (num > (long.MaxValue - size) / itemSize) throw new StructFailure("total struct size too long");
                if (num > 100_000_000) throw new StructFailure("", "MemoryError");
                for (long i = 0; i < num; i++)
                {
                    items.Add(new StructItem(c, (int)(size + i * itemSize), itemSize, kind, nativeFunctions, little, native));
                }
                size += num * itemSize;
            }
            // CPython would go on to allocate one descriptor per item and fail the same way.
            if (size > int.MaxValue) throw new StructFailure("", "MemoryError");
        }
        return new StructLayout(format, native ? '@' : little ? '<' : '>', little, (int)size, items.ToArray());
    }

    /// <summary>struct.pack's check of the argument count.</summary>
    public void RequirePackCount(int given)
    {
        if (given != Items.Length) throw new StructFailure($"pack expected {Items.Length} items for packing (got {given})");
    }

    /// <summary>struct.unpack's check of the string's length.</summary>
    public void RequireUnpackLength(int length)
    {
        if (length != Size) throw new StructFailure($"unpack requires a string argument of length {Size}");
    }

    static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';

    /// <summary>Size, alignment and value kind of a format code in native or standard mode.</summary>
    static bool Describe(char c, bool native, out int size, out int alignment, out StructValueKind kind)
    {
        kind = StructValueKind.Integer;
        alignment = 0;
        switch (c)
        {
            case 'x': size = 1; return true;
            case 'c': size = 1; kind = StructValueKind.Char; return true;
            case 's': case 'p': size = 1; kind = StructValueKind.Bytes; return true;
            case '?': size = 1; kind = StructValueKind.Bool; alignment = native ? 1 : 0; return true;
            case 'b': case 'B': size = 1; alignment = native ? 1 : 0; return true;
            case 'h': case 'H': size = 2; break;
            case 'i': case 'I': size = 4; break;
            case 'l': case 'L': size = native ? 8 : 4; break;
            case 'q': case 'Q': size = 8; break;
            case 'f': size = 4; kind = StructValueKind.Float; break;
            case 'd': size = 8; kind = StructValueKind.Float; break;
            case 'P':
                if (!native) { size = 0; return false; }
                size = 8; break;
            default: size = 0; return false;
        }
        if (native) alignment = size;
        return true;
    }
}
