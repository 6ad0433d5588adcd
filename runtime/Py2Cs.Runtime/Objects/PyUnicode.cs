using System;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Python 2 <c>unicode</c>: immutable text of code points (CPython 2.7.18 here is a UCS-4 build, so
/// <c>len(u'\U0001F600') == 1</c>). Stored as a C# string; text with characters outside the BMP also
/// keeps its code points for indexing. The methods live in PyUnicode.Methods.cs (strings work).
/// </summary>
public partial class PyUnicode : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("unicode", () => PyBaseString.TypeObject, PopulateType);
    public static readonly PyUnicode Empty = new PyUnicode("");

    readonly string _text;
    int[] _codePoints;          // only for text with surrogate pairs
    readonly bool _bmpOnly;
    long _hash;
    bool _hashed;

    protected internal PyUnicode(string text)
    {
        _text = text;
        _bmpOnly = true;
        foreach (char c in text)
            if (char.IsHighSurrogate(c)) { _bmpOnly = HasNoPairs(text); break; }
    }

    static bool HasNoPairs(string s)
    {
        for (int i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) return false;
        return true;
    }

    public override PyType Type => TypeObject;

    public static PyUnicode FromString(string s) => s.Length == 0 ? Empty : new PyUnicode(s);

    public static PyUnicode FromCodePoints(ReadOnlySpan<int> codePoints)
    {
        var sb = new StringBuilder(codePoints.Length);
        foreach (int cp in codePoints)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return FromString(sb.ToString());
    }

    /// <summary>str → unicode with the default (ASCII) codec, as Python 2 does when mixing the two.</summary>
    public static PyUnicode FromStr(PyStr s)
    {
        var b = s.Bytes;
        var chars = new char[b.Length];
        for (int i = 0; i < b.Length; i++)
        {
            if (b[i] >= 128)
                throw new PythonException(PyBaseException.UnicodeDecodeError("ascii", s, i, i + 1, "ordinal not in range(128)"));
            chars[i] = (char)b[i];
        }
        return FromString(new string(chars));
    }

    /// <summary>The text as a C# (UTF-16) string.</summary>
    public string Value => _text;
    public override string ToString() => _text;

    public bool IsBmpOnly => _bmpOnly;

    int[] CodePoints
    {
        get
        {
            if (_codePoints != null) return _codePoints;
            var list = new System.Collections.Generic.List<int>(_text.Length);
            for (int i = 0; i < _text.Length; i++)
            {
                if (char.IsHighSurrogate(_text[i]) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]))
                {
                    list.Add(char.ConvertToUtf32(_text[i], _text[i + 1]));
                    i++;
                }
                else list.Add(_text[i]);
            }
            return _codePoints = list.ToArray();
        }
    }

    /// <summary>Number of code points.</summary>
    public int Length => _bmpOnly ? _text.Length : CodePoints.Length;

    /// <summary>The code point at <paramref name="i"/> (0 ≤ i &lt; Length).</summary>
    public int CodePointAt(int i) => _bmpOnly ? _text[i] : CodePoints[i];

    static partial void DefineMethods(PyType type);

    static void PopulateType(PyType type)
    {
        type.Constructor = UnicodeConstructor;
        DefineMethods(type);
    }

    static PyObject UnicodeConstructor(PyType type, PyObject[] args, PyStr[] kw)
    {
        var a = ArgumentParser.Parse("unicode", args, kw, 0, 3, "string", "encoding", "errors");
        PyUnicode value;
        if (a[0] == null) value = Empty;
        else if (a[1] != null || a[2] != null) value = FormattingHooks.Decode(a[0], a[1], a[2]);
        else value = Ops.ToUnicode(a[0]);
        return type == TypeObject ? value : new PyUnicodeSubclass(type, value.Value);
    }

    // ---- hash and equality ----------------------------------------------------------------

    /// <summary>CPython 2.7's unicode_hash over UCS-4 code points; equal to the str hash for ASCII text.</summary>
    public override long Hash()
    {
        if (_hashed) return _hash;
        long x;
        int len = Length;
        if (len == 0) x = 0;
        else
        {
            x = (long)CodePointAt(0) << 7;
            for (int i = 0; i < len; i++) x = unchecked(1000003 * x) ^ CodePointAt(i);
            x ^= len;
            if (x == -1) x = -2;
        }
        _hash = x;
        _hashed = true;
        return x;
    }

    public bool EqualsUnicode(PyUnicode other) => ReferenceEquals(this, other) || string.Equals(_text, other._text, StringComparison.Ordinal);
    public override bool Equals(object obj) => obj is PyUnicode u && EqualsUnicode(u);
    public override int GetHashCode() => (int)Hash();

    /// <summary>Code point order (UTF-16 ordinal order differs for surrogates, so compare code points).</summary>
    public int CompareTo(PyUnicode other)
    {
        if (_bmpOnly && other._bmpOnly) return string.CompareOrdinal(_text, other._text);
        int n = Math.Min(Length, other.Length);
        for (int i = 0; i < n; i++)
        {
            int d = CodePointAt(i) - other.CodePointAt(i);
            if (d != 0) return d;
        }
        return Length - other.Length;
    }

    /// <summary>Coerces a str to unicode for a mixed comparison; null when the str is not ASCII
    /// (CPython then warns and treats the two as unequal).</summary>
    static PyUnicode CoerceForCompare(PyObject other)
    {
        if (other is PyUnicode u) return u;
        if (other is PyStr s)
        {
            foreach (byte b in s.Bytes) if (b >= 128) return null;
            return FromStr(s);
        }
        return null;
    }

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is not PyUnicode && other is not PyStr) return null;
        var u = CoerceForCompare(other);
        if (u == null)
        {
            if (op == CompareOperator.Equal) return PyBool.False;
            if (op == CompareOperator.NotEqual) return PyBool.True;
            throw new PythonException(PyBaseException.UnicodeDecodeError("ascii", (PyStr)other, FirstNonAscii((PyStr)other), FirstNonAscii((PyStr)other) + 1, "ordinal not in range(128)"));
        }
        if (op == CompareOperator.Equal) return PyBool.From(EqualsUnicode(u));
        if (op == CompareOperator.NotEqual) return PyBool.From(!EqualsUnicode(u));
        return PyBool.From(Ops.CompareResult(CompareTo(u), op));
    }

    static int FirstNonAscii(PyStr s)
    {
        var b = s.Bytes;
        for (int i = 0; i < b.Length; i++) if (b[i] >= 128) return i;
        return 0;
    }

    public override bool IsTrue() => _text.Length != 0;

    // ---- sequence ----------------------------------------------------------------------

    public override int Len() => Length;

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            long n = i.Value, len = Length;
            if (n < 0) n += len;
            if ((ulong)n >= (ulong)len) throw Ops.IndexError("string index out of range");
            return FromCodePoint(CodePointAt((int)n));
        }
        if (key is PySlice slice)
        {
            slice.Indices(Length, out int start, out int stop, out int step, out int count);
            if (step == 1) return Slice(start, stop);
            var r = new int[count];
            for (int k = 0, j = start; k < count; k++, j += step) r[k] = CodePointAt(j);
            return FromCodePoints(r);
        }
        var index = key.Index();
        if (index != null) return GetItem(index is PyInt ? index : PyInt.FromLongClamped(index));
        throw Ops.TypeError("string indices must be integers, not " + key.TypeName);
    }

    public static PyUnicode FromCodePoint(int cp) =>
        cp < 0x10000 ? new PyUnicode(((char)cp).ToString()) : new PyUnicode(char.ConvertFromUtf32(cp));

    /// <summary><c>u[start:stop]</c> with already-clamped code point bounds.</summary>
    public PyUnicode Slice(int start, int stop)
    {
        if (start <= 0 && stop >= Length) return this;
        if (stop <= start) return Empty;
        if (_bmpOnly) return new PyUnicode(_text.Substring(start, stop - start));
        return FromCodePoints(CodePoints.AsSpan(start, stop - start));
    }

    public override bool Contains(PyObject item)
    {
        PyUnicode u = item as PyUnicode;
        if (u == null && item is PyStr s) u = FromStr(s);
        if (u == null) throw Ops.TypeError($"'in <string>' requires string as left operand, not {item.TypeName}");
        return _text.Contains(u._text, StringComparison.Ordinal);
    }

    public override PyObject Iter() => new PySequenceIterator(this);

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add)
        {
            if (other is PyUnicode u) return Concat(u);
            if (other is PyStr s) return Concat(FromStr(s));
            return null;
        }
        if (op == BinaryOperator.Multiply) return Ops.SequenceRepeatOrNull(this, other, Repeat);
        if (op == BinaryOperator.Modulo) return FormattingHooks.PercentFormat(this, other);
        return null;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && other is PyStr s) return FromStr(s).Concat(this);
        if (op == BinaryOperator.Multiply) return Ops.SequenceRepeatOrNull(this, other, Repeat);
        return null;
    }

    public PyUnicode Concat(PyUnicode other)
    {
        if (other._text.Length == 0) return this;
        if (_text.Length == 0) return other;
        return new PyUnicode(_text + other._text);
    }

    public PyUnicode Repeat(long n)
    {
        if (n <= 0 || _text.Length == 0) return Empty;
        if (n == 1) return this;
        if (n * _text.Length > int.MaxValue / 2) throw Ops.OverflowError("repeated string is too long");
        var sb = new StringBuilder(_text.Length * (int)n);
        for (long k = 0; k < n; k++) sb.Append(_text);
        return new PyUnicode(sb.ToString());
    }

    // ---- text ----------------------------------------------------------------------

    /// <summary><c>str(u)</c>: encoded with the default encoding, ASCII.</summary>
    public override PyStr Str() => EncodeAscii();

    /// <summary>ASCII encoding with CPython's error (a run of unencodable characters is reported together).</summary>
    public PyStr EncodeAscii()
    {
        int len = Length;
        var b = new byte[len];
        for (int i = 0; i < len; i++)
        {
            int cp = CodePointAt(i);
            if (cp >= 128)
            {
                int end = i + 1;
                while (end < len && CodePointAt(end) >= 128) end++;
                throw new PythonException(PyBaseException.UnicodeEncodeError("ascii", this, i, end, "ordinal not in range(128)"));
            }
            b[i] = (byte)cp;
        }
        return PyStr.Wrap(b);
    }

    public override PyStr Repr() => PyStr.FromString(ReprText());

    /// <summary>CPython 2.7's unicode_repr as a C# string.</summary>
    public string ReprText()
    {
        bool hasSingle = _text.Contains('\''), hasDouble = _text.Contains('"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(_text.Length + 3);
        sb.Append('u').Append(quote);
        int len = Length;
        for (int i = 0; i < len; i++)
        {
            int c = CodePointAt(i);
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < ' ' || (c >= 0x7f && c < 0x100)) sb.Append("\\x").Append(c.ToString("x2"));
            else if (c >= 0x10000) sb.Append("\\U").Append(c.ToString("x8"));
            else if (c >= 0x100) sb.Append("\\u").Append(c.ToString("x4"));
            else sb.Append((char)c);
        }
        sb.Append(quote);
        return sb.ToString();
    }
}
