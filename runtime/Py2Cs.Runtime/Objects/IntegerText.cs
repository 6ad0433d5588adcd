using System;
using System.Numerics;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>Integer ↔ text: parsing for int()/long() and octal/hex/binary digits.</summary>
public static class IntegerText
{
    public static string ToOctal(BigInteger v)
    {
        if (v.IsZero) return "0";
        var sb = new StringBuilder();
        while (!v.IsZero) { sb.Insert(0, (char)('0' + (int)(v & 7))); v >>= 3; }
        return sb.ToString();
    }

    public static string ToHex(BigInteger v)
    {
        if (v.IsZero) return "0";
        string s = v.ToString("x");
        return s.TrimStart('0').Length == 0 ? "0" : s.TrimStart('0');
    }

    public static string ToBinary(BigInteger v)
    {
        if (v.IsZero) return "0";
        var sb = new StringBuilder();
        while (!v.IsZero) { sb.Insert(0, (char)('0' + (int)(v & 1))); v >>= 1; }
        return sb.ToString();
    }

    static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';

    /// <summary>Parses text as <c>int(text, base)</c> (or <c>long(...)</c> when <paramref name="isLong"/>,
    /// which also accepts a trailing L). Returns an int when it fits, else a long; long() always a long.</summary>
    public static PyObject Parse(string text, int numberBase, bool isLong, PyObject original)
    {
        if (numberBase != 0 && (numberBase < 2 || numberBase > 36))
            throw Ops.ValueError($"{(isLong ? "long" : "int")}() base must be >= 2 and <= 36");
        int i = 0, end = text.Length;
        while (i < end && IsSpace(text[i])) i++;
        while (end > i && IsSpace(text[end - 1])) end--;
        bool negative = false;
        if (i < end && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
            while (i < end && IsSpace(text[i])) i++;
        }
        if (isLong && end > i && (text[end - 1] == 'l' || text[end - 1] == 'L')) end--;
        int b = numberBase;
        if (end - i >= 2 && text[i] == '0')
        {
            char p = char.ToLowerInvariant(text[i + 1]);
            if ((p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) || (p == 'b' && (b == 2 || b == 0)))
            {
                b = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                i += 2;
            }
            else if (b == 0) b = 8;
        }
        if (b == 0) b = 10;
        if (i >= end) throw Invalid(numberBase, isLong, original);
        BigInteger value = BigInteger.Zero;
        long small = 0;
        bool big = false;
        for (int k = i; k < end; k++)
        {
            char c = text[k];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
            if (d >= b) throw Invalid(numberBase, isLong, original);
            if (!big)
            {
                if (small > (long.MaxValue - d) / b) { big = true; value = small; }
                else { small = small * b + d; continue; }
            }
            value = value * b + d;
        }
        if (!big) value = small;
        if (negative) value = -value;
        return isLong ? new PyLong(value) : PyInt.FromBig(value);
    }

    static PythonException Invalid(int numberBase, bool isLong, PyObject original)
    {
        string repr = Ops.Repr(original).ToString();
        if (repr.Length > 200) repr = repr.Substring(0, 200);
        return Ops.ValueError($"invalid literal for {(isLong ? "long" : "int")}() with base {(numberBase == 0 ? 10 : numberBase)}: {repr}");
    }
}
