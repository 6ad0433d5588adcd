using System;
using System.Collections.Concurrent;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Python 2 <c>str</c>: an immutable byte string. The core (storage, hash, comparison, concatenation,
/// indexing, slicing, repr) lives here; the string methods live in PyStr.Methods.cs and formatting
/// under Formatting/ (owned by the strings work).
/// </summary>
public partial class PyStr : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("str", () => PyBaseString.TypeObject, PopulateType);

    readonly byte[] _bytes;
    long _hash;
    bool _hashed;

    /// <summary>The last look-up made with this string as a name: a <see cref="TypeLookupEntry"/>
    /// (<see cref="PyType.Lookup(PyStr)"/>) or a <see cref="GlobalLookup"/>. Names are interned
    /// constants of the generated code, so one entry per name catches the common monomorphic case
    /// without hashing. One field for both keeps every str object small.</summary>
    internal object LastLookup;

    public static readonly PyStr Empty = new PyStr(Array.Empty<byte>());
    static readonly PyStr[] SingleBytes = MakeSingles();
    static readonly ConcurrentDictionary<string, PyStr> Interned = new(StringComparer.Ordinal);

    static PyStr[] MakeSingles()
    {
        var a = new PyStr[256];
        for (int i = 0; i < 256; i++) a[i] = new PyStr(new[] { (byte)i });
        return a;
    }

    /// <summary>Wraps the array without copying: the caller gives up ownership.</summary>
    protected internal PyStr(byte[] bytes) { _bytes = bytes; }

    public override PyType Type => TypeObject;

    /// <summary>A str from raw bytes (copied).</summary>
    public static PyStr FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return Empty;
        if (bytes.Length == 1) return SingleBytes[bytes[0]];
        return new PyStr(bytes.ToArray());
    }

    /// <summary>A str that takes ownership of <paramref name="bytes"/> (no copy).</summary>
    public static PyStr Wrap(byte[] bytes) => bytes.Length == 0 ? Empty : new PyStr(bytes);

    /// <summary>A str from a C# string whose chars are all below 256 (one byte each).</summary>
    public static PyStr FromString(string s)
    {
        if (s.Length == 0) return Empty;
        if (s.Length == 1 && s[0] < 256) return SingleBytes[s[0]];
        var b = new byte[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c > 255) throw new ArgumentException($"character U+{(int)c:X4} does not fit in a byte string", nameof(s));
            b[i] = (byte)c;
        }
        return new PyStr(b);
    }

    public static PyStr FromByte(byte b) => SingleBytes[b];

    /// <summary>The interned str for an identifier or constant: one object per distinct text, with its
    /// hash cached, so attribute and global look-ups compare by reference first.</summary>
    public static PyStr Intern(string s)
    {
        if (Interned.TryGetValue(s, out var p)) return p;
        var fresh = FromString(s);
        if (fresh.Length <= 1) fresh = new PyStr(fresh._bytes);
        fresh.Hash();
        return Interned.GetOrAdd(s, fresh);
    }

    /// <summary>The interned copy of this str (the <c>intern()</c> builtin).</summary>
    public PyStr Intern() => Intern(ToString());

    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>The underlying array; callers must not modify it.</summary>
    internal byte[] RawBytes => _bytes;

    public int Length => _bytes.Length;

    public byte this[int i] => _bytes[i];

    /// <summary>The bytes as a C# string, one char per byte (Latin-1).</summary>
    public override string ToString() => Encoding.Latin1.GetString(_bytes);

    public static implicit operator PyStr(string s) => FromString(s);

    /// <summary>Implemented by the strings work (PyStr.Methods.cs): adds every str method to the type.</summary>
    static partial void DefineMethods(PyType type);

    static void PopulateType(PyType type)
    {
        type.Constructor = (t, args, kw) => StrConstructor(t, args, kw);
        DefineMethods(type);
    }

    static PyObject StrConstructor(PyType type, PyObject[] args, PyStr[] kw)
    {
        var a = ArgumentParser.Parse("str", args, kw, 0, 1, "object");
        PyStr value = a[0] == null ? Empty : Ops.Str(a[0]);
        return type == TypeObject ? value : new PyStrSubclass(type, value.RawBytes);
    }

    // ---- hash and equality ----------------------------------------------------------------

    /// <summary>CPython 2.7's string_hash with hash randomization off.</summary>
    public override long Hash()
    {
        if (_hashed) return _hash;
        _hash = HashBytes(_bytes);
        _hashed = true;
        return _hash;
    }

    public static long HashBytes(ReadOnlySpan<byte> p)
    {
        int len = p.Length;
        if (len == 0) return 0;
        long x = (long)p[0] << 7;
        for (int i = 0; i < len; i++) x = unchecked(1000003 * x) ^ p[i];
        x ^= len;
        return x == -1 ? -2 : x;
    }

    public bool EqualsStr(PyStr other) =>
        ReferenceEquals(this, other) ||
        (_bytes.Length == other._bytes.Length && (!_hashed || !other._hashed || _hash == other._hash) &&
         _bytes.AsSpan().SequenceEqual(other._bytes));

    public override bool Equals(object obj) => obj is PyStr s && EqualsStr(s);
    public override int GetHashCode() => (int)Hash();

    public int CompareTo(PyStr other) => _bytes.AsSpan().SequenceCompareTo(other._bytes);

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is not PyStr s) return null;
        if (op == CompareOperator.Equal) return PyBool.From(EqualsStr(s));
        if (op == CompareOperator.NotEqual) return PyBool.From(!EqualsStr(s));
        return PyBool.From(Ops.CompareResult(CompareTo(s), op));
    }

    public override bool IsTrue() => _bytes.Length != 0;

    // ---- sequence ----------------------------------------------------------------------

    public override int Len() => _bytes.Length;

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            long n = i.Value;
            if (n < 0) n += _bytes.Length;
            if ((ulong)n >= (ulong)_bytes.Length) throw Ops.IndexError("string index out of range");
            return SingleBytes[_bytes[n]];
        }
        if (key is PySlice slice)
        {
            slice.Indices(_bytes.Length, out int start, out int stop, out int step, out int count);
            if (step == 1) return Slice(start, stop);
            var r = new byte[count];
            for (int k = 0, j = start; k < count; k++, j += step) r[k] = _bytes[j];
            return Wrap(r);
        }
        var index = key.Index();
        if (index != null) return GetItem(index is PyInt ? index : PyInt.FromLongClamped(index));
        throw Ops.TypeError("string indices must be integers, not " + key.TypeName);
    }

    /// <summary><c>s[start:stop]</c> with already-clamped bounds.</summary>
    public PyStr Slice(int start, int stop)
    {
        if (start <= 0 && stop >= _bytes.Length) return this;
        if (stop <= start) return Empty;
        return FromBytes(_bytes.AsSpan(start, stop - start));
    }

    public override bool Contains(PyObject item)
    {
        if (item is PyStr s) return _bytes.AsSpan().IndexOf(s._bytes) >= 0;
        if (item is PyUnicode u) return PyUnicode.FromStr(this).Contains(u);
        throw Ops.TypeError($"'in <string>' requires string as left operand, not {item.TypeName}");
    }

    public override PyObject Iter() => new PySequenceIterator(this);

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add)
        {
            if (other is PyStr s) return Concat(s);
            return null;
        }
        if (op == BinaryOperator.Multiply) return Ops.SequenceRepeatOrNull(this, other, Repeat);
        if (op == BinaryOperator.Modulo) return FormattingHooks.PercentFormat(this, other);
        return null;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Multiply ? Ops.SequenceRepeatOrNull(this, other, Repeat) : null;

    public PyStr Concat(PyStr other)
    {
        if (other._bytes.Length == 0) return this;
        if (_bytes.Length == 0) return other;
        var r = new byte[_bytes.Length + other._bytes.Length];
        _bytes.CopyTo(r, 0);
        other._bytes.CopyTo(r, _bytes.Length);
        return new PyStr(r);
    }

    public PyStr Repeat(long n)
    {
        if (n <= 0 || _bytes.Length == 0) return Empty;
        if (n == 1) return this;
        if (n * _bytes.Length > int.MaxValue) throw Ops.OverflowError("repeated string is too long");
        var r = new byte[_bytes.Length * n];
        for (int k = 0; k < n; k++) _bytes.CopyTo(r, k * _bytes.Length);
        return new PyStr(r);
    }

    // ---- text ----------------------------------------------------------------------

    public override PyStr Str() => GetType() == typeof(PyStr) ? this : FromBytes(_bytes);

    /// <summary>CPython's string_repr: single quotes unless the text has ' and no ", escapes \t \n \r,
    /// the quote and backslash, other bytes outside 0x20..0x7e as \xhh.</summary>
    public override PyStr Repr()
    {
        bool hasSingle = _bytes.AsSpan().IndexOf((byte)'\'') >= 0;
        bool hasDouble = _bytes.AsSpan().IndexOf((byte)'"') >= 0;
        byte quote = hasSingle && !hasDouble ? (byte)'"' : (byte)'\'';
        var sb = new System.Collections.Generic.List<byte>(_bytes.Length + 2) { quote };
        foreach (byte c in _bytes)
        {
            if (c == quote || c == '\\') { sb.Add((byte)'\\'); sb.Add(c); }
            else if (c == '\t') { sb.Add((byte)'\\'); sb.Add((byte)'t'); }
            else if (c == '\n') { sb.Add((byte)'\\'); sb.Add((byte)'n'); }
            else if (c == '\r') { sb.Add((byte)'\\'); sb.Add((byte)'r'); }
            else if (c < ' ' || c >= 0x7f)
            {
                sb.Add((byte)'\\'); sb.Add((byte)'x');
                sb.Add((byte)"0123456789abcdef"[c >> 4]); sb.Add((byte)"0123456789abcdef"[c & 15]);
            }
            else sb.Add(c);
        }
        sb.Add(quote);
        return new PyStr(sb.ToArray());
    }
}

/// <summary><c>basestring</c>, the abstract base of str and unicode.</summary>
public static class PyBaseString
{
    public static readonly PyType TypeObject = PyType.Builtin("basestring", () => PyType.ObjectType, t =>
    {
        t.Constructor = (type, args, kw) => throw Ops.TypeError("The basestring type cannot be instantiated");
    });
}
