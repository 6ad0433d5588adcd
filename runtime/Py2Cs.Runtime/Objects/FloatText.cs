using System;
using System.Globalization;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>float → text as CPython 2.7 writes it: <c>repr</c> is the shortest round-tripping digits
/// (exponent form when the decimal exponent is below -4 or above 16), <c>str</c> is <c>%.12g</c>;
/// both add ".0" to integral values.</summary>
public static class FloatText
{
    public static string Repr(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return double.IsNegative(v) ? "-0.0" : "0.0";
        // .NET's "R" gives the shortest round-trip digits; re-lay them out in Python's style.
        string shortest = v.ToString("R", CultureInfo.InvariantCulture);
        Decompose(shortest, out bool negative, out string digits, out int decpt);
        return Layout(negative, digits, decpt, decpt <= -4 || decpt > 16, true);
    }

    public static string Str(double v) => FormatG(v, 12, true);

    /// <summary><c>%.{precision}g</c>, with ".0" added to integral results when <paramref name="addDotZero"/>.</summary>
    public static string FormatG(double v, int precision, bool addDotZero)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        if (precision == 0) precision = 1;
        if (v == 0) return (double.IsNegative(v) ? "-0" : "0") + (addDotZero ? ".0" : "");
        string e = v.ToString("E" + (precision - 1), CultureInfo.InvariantCulture);
        Decompose(e, out bool negative, out string digits, out int decpt);
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        // CPython (format_float_short): with ".0" added, the exponent form starts one digit earlier.
        return Layout(negative, digits, decpt, decpt <= -4 || decpt > (addDotZero ? precision - 1 : precision), addDotZero);
    }

    /// <summary>Splits .NET's "R" or "E" output into sign, significant digits and the decimal point
    /// position (value = 0.digits × 10**decpt).</summary>
    static void Decompose(string s, out bool negative, out string digits, out int decpt)
    {
        negative = s[0] == '-';
        if (negative) s = s.Substring(1);
        int exp = 0;
        int ePos = s.IndexOfAny(new[] { 'E', 'e' });
        if (ePos >= 0)
        {
            exp = int.Parse(s.Substring(ePos + 1), CultureInfo.InvariantCulture);
            s = s.Substring(0, ePos);
        }
        int dot = s.IndexOf('.');
        string intPart = dot >= 0 ? s.Substring(0, dot) : s;
        string frac = dot >= 0 ? s.Substring(dot + 1) : "";
        string all = intPart + frac;
        int point = intPart.Length + exp;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') { lead++; point--; }
        digits = all.Substring(lead).TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        decpt = point;
    }

    static string Layout(bool negative, string digits, int decpt, bool exponent, bool addDotZero)
    {
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        if (exponent)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            int e = decpt - 1;
            sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero) sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }
}
