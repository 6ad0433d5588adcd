using System;
using System.Buffers.Binary;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>
/// Packs and unpacks single items of a <see cref="StructLayout"/> over bytes, with CPython 2.7's
/// range checks and messages. Values arrive already converted from Python objects: integers as
/// <see cref="BigInteger"/> (or long on the fast path), floats as double, strings as byte strings
/// (one char per byte).
/// </summary>
internal static class StructCodec
{
    public static void PackInteger(Span<byte> buffer, in StructItem item, BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) { PackInteger(buffer, item, (long)value); return; }
        if (item.Code == 'P')
        {
            if (value.Sign > 0 && value <= ulong.MaxValue) { Write(buffer, item, (ulong)value); return; }
            throw new StructFailure(value.Sign > 0 && value > ulong.MaxValue ? "long int too large to convert" : "Python int too large to convert to C long", "OverflowError");
        }
        bool readsUnsignedLong = !item.IsSigned && !(item.NativeFunctions && (item.Code == 'B' || item.Code == 'H'));
        if (readsUnsignedLong && value.Sign > 0 && value <= ulong.MaxValue) { PackUnsigned(buffer, item, (ulong)value); return; }
        throw OutOfRange(item);
    }

    public static void PackInteger(Span<byte> buffer, in StructItem item, long value)
    {
        if (item.Code == 'P') { Write(buffer, item, (ulong)value); return; }
        if (item.IsSigned)
        {
            CheckSigned(item, value);
            Write(buffer, item, (ulong)value);
            return;
        }
        // 'B' and 'H' of the native functions read a C long and check the range themselves; the
        // other unsigned codes read an unsigned long, which a negative number overflows.
        if (value < 0 && !(item.NativeFunctions && (item.Code == 'B' || item.Code == 'H')))
            throw OutOfRange(item);
        if (value < 0) throw new StructFailure(item.Code == 'B' ? "ubyte format requires 0 <= number <= 255" : "ushort format requires 0 <= number <= USHRT_MAX");
        PackUnsigned(buffer, item, (ulong)value);
    }

    static void CheckSigned(in StructItem item, long value)
    {
        if (item.Size == 8) return;
        long max = (1L << (item.Size * 8 - 1)) - 1, min = -max - 1;
        if (value >= min && value <= max) return;
        if (item.Code == 'b') throw new StructFailure("byte format requires -128 <= number <= 127");
        if (item.Code == 'h' && item.NativeFunctions) throw new StructFailure("short format requires SHRT_MIN <= number <= SHRT_MAX");
        throw new StructFailure($"'{item.Code}' format requires {min} <= number <= {max}");
    }

    static void PackUnsigned(Span<byte> buffer, in StructItem item, ulong value)
    {
        if (item.Size < 8 && value >= 1UL << (item.Size * 8))
        {
            if (item.Code == 'B') throw new StructFailure("ubyte format requires 0 <= number <= 255");
            if (item.Code == 'H' && item.NativeFunctions) throw new StructFailure("ushort format requires 0 <= number <= USHRT_MAX");
            throw new StructFailure($"'{item.Code}' format requires 0 <= number <= {(1UL << (item.Size * 8)) - 1}");
        }
        Write(buffer, item, value);
    }

    static StructFailure OutOfRange(in StructItem item) => new($"integer out of range for '{item.Code}' format code");

    /// <summary>The low <c>item.Size</c> bytes of a two's-complement value in the layout's order.</summary>
    static void Write(Span<byte> buffer, in StructItem item, ulong value)
    {
        var dest = buffer.Slice(item.Offset, item.Size);
        bool little = item.LittleEndian;
        for (int i = 0; i < item.Size; i++)
        {
            dest[little ? i : item.Size - 1 - i] = (byte)value;
            value >>= 8;
        }
    }

    public static void PackFloat(Span<byte> buffer, in StructItem item, double value)
    {
        var dest = buffer.Slice(item.Offset, item.Size);
        if (item.Size == 4)
        {
            float f = (float)value;
            // Only '@' packs with a plain C cast; the standard orders refuse to overflow.
            if (!item.NativeLayout && float.IsInfinity(f) && !double.IsInfinity(value))
                throw new StructFailure("float too large to pack with f format", "OverflowError");
            uint bits = BitConverter.SingleToUInt32Bits(f);
            if (item.LittleEndian) BinaryPrimitives.WriteUInt32LittleEndian(dest, bits); else BinaryPrimitives.WriteUInt32BigEndian(dest, bits);
        }
        else
        {
            ulong bits = BitConverter.DoubleToUInt64Bits(value);
            if (item.LittleEndian) BinaryPrimitives.WriteUInt64LittleEndian(dest, bits); else BinaryPrimitives.WriteUInt64BigEndian(dest, bits);
        }
    }

    public static void PackBool(Span<byte> buffer, in StructItem item, bool value) => buffer[item.Offset] = value ? (byte)1 : (byte)0;

    public static void PackChar(Span<byte> buffer, in StructItem item, string oneChar) => buffer[item.Offset] = (byte)oneChar[0];

    public static void PackBytes(Span<byte> buffer, in StructItem item, string bytes)
    {
        var dest = buffer.Slice(item.Offset, item.Size);
        dest.Clear();
        if (item.Code == 's')
        {
            int n = Math.Min(bytes.Length, item.Size);
            for (int i = 0; i < n; i++) dest[i] = (byte)bytes[i];
            return;
        }
        if (item.Size == 0) return;
        int len = Math.Min(bytes.Length, item.Size - 1);
        for (int i = 0; i < len; i++) dest[1 + i] = (byte)bytes[i];
        dest[0] = (byte)Math.Min(len, 255);
    }

    /// <summary>An integer item: signed codes give their value, unsigned ones their value as ulong bits.</summary>
    public static long UnpackSigned(ReadOnlySpan<byte> buffer, in StructItem item)
    {
        ulong raw = Read(buffer, item);
        int shift = 64 - item.Size * 8;
        return shift == 0 ? (long)raw : (long)(raw << shift) >> shift;
    }

    public static ulong UnpackUnsigned(ReadOnlySpan<byte> buffer, in StructItem item) => Read(buffer, item);

    static ulong Read(ReadOnlySpan<byte> buffer, in StructItem item)
    {
        var src = buffer.Slice(item.Offset, item.Size);
        ulong v = 0;
        if (item.LittleEndian) for (int i = item.Size - 1; i >= 0; i--) v = v << 8 | src[i];
        else for (int i = 0; i < item.Size; i++) v = v << 8 | src[i];
        return v;
    }

    public static double UnpackFloat(ReadOnlySpan<byte> buffer, in StructItem item)
    {
        var src = buffer.Slice(item.Offset, item.Size);
        if (item.Size == 4)
            return BitConverter.UInt32BitsToSingle(item.LittleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(src) : BinaryPrimitives.ReadUInt32BigEndian(src));
        return BitConverter.UInt64BitsToDouble(item.LittleEndian ? BinaryPrimitives.ReadUInt64LittleEndian(src) : BinaryPrimitives.ReadUInt64BigEndian(src));
    }

    public static bool UnpackBool(ReadOnlySpan<byte> buffer, in StructItem item) => buffer[item.Offset] != 0;

    /// <summary>'c', 's' and 'p' items as byte strings (one char per byte).</summary>
    public static string UnpackBytes(ReadOnlySpan<byte> buffer, in StructItem item)
    {
        var src = buffer.Slice(item.Offset, item.Size);
        int start = 0, n = item.Size;
        if (item.Code == 'p')
        {
            n = src[0];
            if (n >= item.Size) n = item.Size - 1;
            start = 1;
        }
        return string.Create(n, (start, src.ToArray()), static (span, s) => { for (int i = 0; i < span.Length; i++) span[i] = (char)s.Item2[s.start + i]; });
    }
}
