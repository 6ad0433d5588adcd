using System;
using System.Globalization;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>Python 2's <c>round(x, n)</c>: rounds the exact binary value half away from zero at n
/// decimal digits (so round(2.675, 2) is 2.67, because 2.675 is stored as 2.67499999...).</summary>
public static class FloatRounding
{
    public static double Round(double x, int ndigits)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return x;
        if (ndigits > 22) return x;
        if (ndigits < -308) return Math.CopySign(0.0, x);
        // Exact value of x as num / 2**shift.
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool negative = bits < 0;
        int exp = (int)((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        int e2 = exp - 1075;
        BigInteger num = mant, den = BigInteger.One;
        if (e2 > 0) num <<= e2; else den <<= -e2;
        // Scale by 10**ndigits and round half away from zero.
        if (ndigits >= 0) num *= BigInteger.Pow(10, ndigits); else den *= BigInteger.Pow(10, -ndigits);
        var q = BigInteger.DivRem(num, den, out var r);
        if (r * 2 >= den) q += 1;
        string digits = q.ToString(CultureInfo.InvariantCulture);
        string text = ndigits >= 0 ? digits + "e-" + ndigits : digits + "e" + (-ndigits);
        double result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(result)) throw Ops.OverflowError("rounded value too large to represent");
        return negative ? -result : result;
    }
}
