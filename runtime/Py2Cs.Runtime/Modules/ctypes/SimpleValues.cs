using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>The values of ctypes' fundamental types in memory (CPython's cfield.c getfunc/setfunc
/// table), keyed by the struct-module letter: conversions, wrapping of integers that do not fit and
/// the error messages of CPython 2.7 on 64-bit Linux (long is 8 bytes, wchar_t is UTF-32).</summary>
public static unsafe class SimpleValues
{
    public const string Codes = "cbBhHiIlLdfuzZqQPXOv?g";

    public static int SizeOf(char code) => code switch
    {
        'c' or 'b' or 'B' or '?' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' or 'u' => 4,
        'l' or 'L' or 'q' or 'Q' or 'd' or 'z' or 'Z' or 'P' or 'O' => 8,
        'g' => 16,
        _ => 0,
    };

    public static bool IsInteger(char code) => "bBhHiIlLqQ?".IndexOf(code) >= 0;
    public static bool IsSigned(char code) => "bhilq".IndexOf(code) >= 0;
    public static bool IsFloating(char code) => code is 'f' or 'd' or 'g';

    // ---- reading -----------------------------------------------------------------------------

    public static PyObject Get(char code, nint address)
    {
        byte* p = (byte*)address;
        switch (code)
        {
            case 'b': return PyInt.From(*(sbyte*)p);
            case 'B': return PyInt.From(*p);
            case 'h': return PyInt.From(*(short*)p);
            case 'H': return PyInt.From(*(ushort*)p);
            case 'i': return PyInt.From(*(int*)p);
            case 'I': return new PyLong(*(uint*)p);
            case 'l': return PyInt.From(*(long*)p);
            case 'L': return new PyLong(*(ulong*)p);
            case 'q': return new PyLong(*(long*)p);
            case 'Q': return new PyLong(*(ulong*)p);
            case '?': return PyBool.From(*p != 0);
            case 'f': return new PyFloat(*(float*)p);
            case 'd': return new PyFloat(*(double*)p);
            case 'g': return new PyFloat(ExtendedPrecision.ToDouble(p));
            case 'c': return PyStr.FromByte(*p);
            case 'u': return PyUnicode.FromCodePoints(new ReadOnlySpan<int>(p, 1));
            case 'z':
            {
                nint s = *(nint*)p;
                return s == 0 ? PyNone.None : PyStr.FromBytes(MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)s));
            }
            case 'Z':
            {
                nint s = *(nint*)p;
                return s == 0 ? PyNone.None : WideString(s, -1);
            }
            case 'P':
            {
                nint v = *(nint*)p;
                return v == 0 ? PyNone.None : Address(v);
            }
            case 'O':
            {
                nint h = *(nint*)p;
                if (h == 0) throw Ops.ValueError("PyObject is NULL");
                return (PyObject)GCHandle.FromIntPtr(h).Target;
            }
        }
        throw Ops.SystemError($"unknown ctypes type code '{code}'");
    }

    /// <summary>An address as Python 2's PyLong_FromVoidPtr gives it: int when it fits a signed long.</summary>
    public static PyObject Address(nint v) => v >= 0 ? PyInt.From(v) : new PyLong((ulong)v);

    public static PyUnicode WideString(nint address, int length)
    {
        int* w = (int*)address;
        if (length < 0) { length = 0; while (w[length] != 0) length++; }
        return PyUnicode.FromCodePoints(new ReadOnlySpan<int>(w, length));
    }

    // ---- writing -----------------------------------------------------------------------------

    /// <summary>Stores <paramref name="value"/>; returns an object that must stay alive as long as the
    /// memory refers to it (the bytes behind a c_char_p), or null.</summary>
    public static object Set(char code, nint address, PyObject value)
    {
        byte* p = (byte*)address;
        switch (code)
        {
            case 'b': *(sbyte*)p = (sbyte)IntegerBits(value); return null;
            case 'B': *p = (byte)IntegerBits(value); return null;
            case 'h': *(short*)p = (short)IntegerBits(value); return null;
            case 'H': *(ushort*)p = (ushort)IntegerBits(value); return null;
            case 'i': *(int*)p = (int)IntegerBits(value); return null;
            case 'I': *(uint*)p = (uint)IntegerBits(value); return null;
            case 'l': case 'q': *(long*)p = IntegerBits(value); return null;
            case 'L': case 'Q': *(ulong*)p = (ulong)IntegerBits(value); return null;
            case '?': *p = Ops.IsTrue(value) ? (byte)1 : (byte)0; return null;
            case 'f': *(float*)p = (float)FloatValue(value); return null;
            case 'd': *(double*)p = FloatValue(value); return null;
            case 'g': ExtendedPrecision.FromDouble(FloatValue(value), p); return null;
            case 'c':
                if (value is PyStr s && s.Length == 1) { *p = s[0]; return null; }
                if (value is PyByteArray ba && ba.Len() == 1) { *p = (byte)Ops.IndexToLong(ba.GetItem(PyInt.From(0))); return null; }
                throw Ops.TypeError("one character string expected");
            case 'u':
            {
                var u = value is PyStr bs ? PyUnicode.FromStr(bs) : value as PyUnicode;
                if (u == null || u.Length != 1) throw Ops.TypeError("one character unicode string expected");
                *(int*)p = u.CodePointAt(0);
                return null;
            }
            case 'z':
                switch (value)
                {
                    case PyNone: *(nint*)p = 0; return null;
                    case PyStr str: { var b = NativeBlock.CopyTerminated(str.Bytes, 1); *(nint*)p = b.Pointer; return b; }
                    case PyUnicode uni: { var b = NativeBlock.CopyTerminated(uni.EncodeAscii().Bytes, 1); *(nint*)p = b.Pointer; return b; }
                    case PyInt or PyLong: *(long*)p = IntegerBits(value); return null;
                }
                throw Ops.TypeError($"string or integer address expected instead of {value.TypeName} instance");
            case 'Z':
                switch (value)
                {
                    case PyNone: *(nint*)p = 0; return null;
                    case PyUnicode or PyStr: { var b = WideCopy(value); *(nint*)p = b.Pointer; return b; }
                    case PyInt or PyLong: *(long*)p = IntegerBits(value); return null;
                }
                throw Ops.TypeError($"unicode string or integer address expected instead of {value.TypeName} instance");
            case 'P':
                switch (value)
                {
                    case PyNone: *(nint*)p = 0; return null;
                    case PyInt or PyLong: *(long*)p = IntegerBits(value); return null;
                }
                throw Ops.TypeError("cannot be converted to pointer");
            case 'O':
            {
                var h = GCHandle.Alloc(value);
                *(nint*)p = GCHandle.ToIntPtr(h);
                return new ObjectHandle(h);
            }
        }
        throw Ops.SystemError($"unknown ctypes type code '{code}'");
    }

    /// <summary>A unicode (or ASCII str) as a NUL-terminated wchar_t (UTF-32) array.</summary>
    public static NativeBlock WideCopy(PyObject value)
    {
        var u = value is PyStr s ? PyUnicode.FromStr(s) : (PyUnicode)value;
        var block = new NativeBlock((u.Length + 1) * 4);
        int* w = (int*)block.Pointer;
        for (int i = 0; i < u.Length; i++) w[i] = u.CodePointAt(i);
        return block;
    }

    /// <summary>An integer masked to 64 bits as PyInt_AsUnsignedLongMask does; floats and non-numbers fail
    /// with CPython's messages.</summary>
    public static long IntegerBits(PyObject value)
    {
        switch (value)
        {
            case PyInt i: return i.Value;
            case PyLong l: return (long)(ulong)(l.Value & ulong.MaxValue);
            case PyFloat: throw Ops.TypeError("int expected instead of float");
        }
        var asInt = value.ToInt();
        if (asInt != null && value is not PyStr && value is not PyUnicode) return IntegerBits(asInt);
        throw Ops.TypeError("an integer is required");
    }

    public static double FloatValue(PyObject value)
    {
        switch (value)
        {
            case PyFloat f: return f.Value;
            case PyInt i: return i.Value;
            case PyLong l:
            {
                double d = (double)l.Value;
                if (double.IsInfinity(d)) throw Ops.OverflowError("long int too large to convert to float");
                return d;
            }
        }
        if (value is not PyStr && value is not PyUnicode && value.ToFloat() is PyFloat pf) return pf.Value;
        throw Ops.TypeError("a float is required");
    }

    /// <summary>Reads a bit field: <paramref name="bits"/> bits from bit <paramref name="shift"/> of the
    /// storage unit, sign-extended for signed types.</summary>
    public static PyObject GetBits(char code, nint address, int shift, int bits)
    {
        int width = SizeOf(code) * 8;
        ulong raw = ReadUnsigned(address, width / 8);
        ulong v = (raw >> shift) & (bits == 64 ? ulong.MaxValue : (1UL << bits) - 1);
        if (IsSigned(code) && bits < 64 && (v & (1UL << (bits - 1))) != 0) v |= ~((1UL << bits) - 1);
        var buffer = stackalloc byte[8];
        *(ulong*)buffer = v;
        return Get(code, (nint)buffer);
    }

    public static void SetBits(char code, nint address, int shift, int bits, PyObject value)
    {
        int size = SizeOf(code);
        ulong v = (ulong)(code == '?' ? (Ops.IsTrue(value) ? 1 : 0) : IntegerBits(value));
        ulong mask = (bits == 64 ? ulong.MaxValue : (1UL << bits) - 1) << shift;
        ulong raw = ReadUnsigned(address, size);
        raw = (raw & ~mask) | ((v << shift) & mask);
        switch (size)
        {
            case 1: *(byte*)address = (byte)raw; break;
            case 2: *(ushort*)address = (ushort)raw; break;
            case 4: *(uint*)address = (uint)raw; break;
            default: *(ulong*)address = raw; break;
        }
    }

    static ulong ReadUnsigned(nint address, int size) => size switch
    {
        1 => *(byte*)address,
        2 => *(ushort*)address,
        4 => *(uint*)address,
        _ => *(ulong*)address,
    };

    /// <summary>repr of a value as CPython's Simple_repr shows it.</summary>
    public static string ValueRepr(PyObject value) => Ops.Repr(value).ToString();
}

/// <summary>x87 80-bit extended precision (C long double on x86-64) from and to double.</summary>
public static unsafe class ExtendedPrecision
{
    public static double ToDouble(byte* p)
    {
        ulong mantissa = *(ulong*)p;
        ushort se = *(ushort*)(p + 8);
        bool negative = (se & 0x8000) != 0;
        int exponent = se & 0x7fff;
        double d;
        if (exponent == 0 && mantissa == 0) d = 0;
        else if (exponent == 0x7fff) d = (mantissa << 1) == 0 ? double.PositiveInfinity : double.NaN;
        else d = Math.ScaleB((double)mantissa, exponent - 16383 - 63);
        return negative ? -d : d;
    }

    public static void FromDouble(double d, byte* p)
    {
        new Span<byte>(p, 16).Clear();
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(d);
        ushort sign = (ushort)((bits >> 48) & 0x8000);
        int exponent = (int)((bits >> 52) & 0x7ff);
        ulong fraction = bits & 0xFFFFFFFFFFFFFUL;
        ulong mantissa;
        int e;
        if (exponent == 0 && fraction == 0) { mantissa = 0; e = 0; }
        else if (exponent == 0x7ff) { mantissa = (1UL << 63) | (fraction << 11); e = 0x7fff; }
        else if (exponent == 0)
        {
            // Subnormal double: normalise into the explicit-integer-bit mantissa.
            int shift = BitOperations.LeadingZeroCount(fraction) ;
            mantissa = fraction << shift;
            e = 1 - 1023 + 16383 - (shift - 11);
        }
        else { mantissa = (1UL << 63) | (fraction << 11); e = exponent - 1023 + 16383; }
        *(ulong*)p = mantissa;
        *(ushort*)(p + 8) = (ushort)(sign | e);
    }
}

/// <summary>Unmanaged memory owned by a ctypes object (or kept alive for one), freed with its owner.</summary>
public sealed unsafe class NativeBlock
{
    public nint Pointer { get; private set; }
    public int Size { get; private set; }

    public NativeBlock(int size)
    {
        Size = size;
        Pointer = (nint)NativeMemory.AllocZeroed((nuint)Math.Max(size, 1));
    }

    public static NativeBlock CopyTerminated(ReadOnlySpan<byte> bytes, int terminatorSize)
    {
        var b = new NativeBlock(bytes.Length + terminatorSize);
        bytes.CopyTo(new Span<byte>((void*)b.Pointer, bytes.Length));
        return b;
    }

    /// <summary>resize(): grows in place of the old block (contents kept, new bytes zeroed).</summary>
    public void Resize(int size)
    {
        var p = (nint)NativeMemory.Realloc((void*)Pointer, (nuint)Math.Max(size, 1));
        if (size > Size) new Span<byte>((byte*)p + Size, size - Size).Clear();
        Pointer = p;
        Size = size;
    }

    ~NativeBlock() { if (Pointer != 0) NativeMemory.Free((void*)Pointer); }
}

/// <summary>A py_object's handle on the Python object it stores, released with the ctypes object.</summary>
public sealed class ObjectHandle
{
    GCHandle _handle;
    public ObjectHandle(GCHandle handle) { _handle = handle; }
    ~ObjectHandle() { if (_handle.IsAllocated) _handle.Free(); }
}
