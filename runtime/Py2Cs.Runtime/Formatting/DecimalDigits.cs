using System;
using System.Globalization;
using System.Numerics;

namespace Py2Cs.Runtime.Formatting
{
    /// <summary>
    /// The decimal digits of a finite double as CPython's dtoa (<c>_Py_dg_dtoa</c>) produces them:
    /// a digit string without trailing zeros and the position of the decimal point (value =
    /// 0.DIGITS * 10^DecimalPoint). Rounding is exact, with ties to even, because Python's results
    /// ('%.2f' % 2.675 == '2.67', '%.1f' % 0.25 == '0.2') come from the exact binary value.
    /// </summary>
    internal readonly struct DecimalDigits
    {
        public readonly string Digits;
        public readonly int DecimalPoint;

        public DecimalDigits(string digits, int decimalPoint)
        {
            Digits = digits;
            DecimalPoint = decimalPoint;
        }

        /// <summary>dtoa mode 0: the shortest digits that read back as the same double.</summary>
        public static DecimalDigits Shortest(double value)
        {
            value = Math.Abs(value);
            if (value == 0) return new DecimalDigits("0", 1);
            // .NET Core 3.0+ "R" is the shortest round-trip string, as dtoa mode 0.
            string r = value.ToString("R", CultureInfo.InvariantCulture);
            return Parse(r);
        }

        /// <summary>dtoa mode 2: at most <paramref name="significant"/> significant digits.</summary>
        public static DecimalDigits Significant(double value, int significant)
        {
            value = Math.Abs(value);
            if (value == 0) return new DecimalDigits("0", 1);
            Exact(value, out string digits, out int point);
            return Round(digits, point, significant, allowEmpty: false, emptyPoint: 0);
        }

        /// <summary>dtoa mode 3: <paramref name="fractionDigits"/> digits after the decimal point.</summary>
        public static DecimalDigits Fixed(double value, int fractionDigits)
        {
            value = Math.Abs(value);
            if (value == 0) return new DecimalDigits("0", 1);
            Exact(value, out string digits, out int point);
            long keep = (long)point + fractionDigits;
            if (keep < 0) return new DecimalDigits("", -fractionDigits);
            return Round(digits, point, (int)keep, allowEmpty: true, emptyPoint: -fractionDigits);
        }

        static DecimalDigits Parse(string r)
        {
            int exponent = 0;
            int e = r.IndexOfAny(new[] { 'E', 'e' });
            string mantissa = r;
            if (e >= 0)
            {
                exponent = int.Parse(r.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                mantissa = r.Substring(0, e);
            }
            int dot = mantissa.IndexOf('.');
            string intPart = dot >= 0 ? mantissa.Substring(0, dot) : mantissa;
            string fracPart = dot >= 0 ? mantissa.Substring(dot + 1) : "";
            string all = intPart + fracPart;
            int point = intPart.Length + exponent;
            int lead = 0;
            while (lead < all.Length - 1 && all[lead] == '0') { lead++; point--; }
            all = all.Substring(lead).TrimEnd('0');
            return new DecimalDigits(all, point);
        }

        static readonly BigInteger[] PowersOfFive = new BigInteger[1100];

        static BigInteger PowerOfFive(int n)
        {
            BigInteger p = PowersOfFive[n];
            if (p.IsZero)
            {
                p = BigInteger.Pow(5, n);
                PowersOfFive[n] = p;
            }
            return p;
        }

        /// <summary>All the decimal digits of a positive finite double (a double is a finite binary fraction).</summary>
        static void Exact(double value, out string digits, out int point)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            int biased = (int)((bits >> 52) & 0x7FF);
            long mantissa = bits & 0xFFFFFFFFFFFFFL;
            int exponent;
            if (biased == 0) exponent = -1074;
            else { mantissa |= 1L << 52; exponent = biased - 1075; }
            while ((mantissa & 1) == 0) { mantissa >>= 1; exponent++; }
            if (exponent >= 0)
            {
                digits = (new BigInteger(mantissa) << exponent).ToString(CultureInfo.InvariantCulture);
                point = digits.Length;
            }
            else
            {
                // value = mantissa / 2^k = mantissa * 5^k / 10^k
                int k = -exponent;
                digits = (mantissa * PowerOfFive(k)).ToString(CultureInfo.InvariantCulture);
                point = digits.Length - k;
            }
            digits = digits.TrimEnd('0');
        }

        /// <summary>Keeps the first <paramref name="keep"/> digits, rounding half to even on the exact rest.</summary>
        static DecimalDigits Round(string digits, int point, int keep, bool allowEmpty, int emptyPoint)
        {
            if (keep >= digits.Length) return new DecimalDigits(digits, point);
            char first = digits[keep];
            bool up;
            if (first > '5') up = true;
            else if (first < '5') up = false;
            else
            {
                bool rest = false;
                for (int i = keep + 1; i < digits.Length; i++) if (digits[i] != '0') { rest = true; break; }
                // A tie rounds to the even neighbour; with nothing kept the neighbour is 0 (even).
                up = rest || (keep > 0 && ((digits[keep - 1] - '0') & 1) == 1);
            }
            char[] kept = digits.ToCharArray(0, keep);
            if (up)
            {
                int i = keep - 1;
                while (i >= 0 && kept[i] == '9') { kept[i] = '0'; i--; }
                if (i >= 0) kept[i]++;
                else
                {
                    // Carried out of the leading digit: 99.9 -> 100.
                    return new DecimalDigits("1", point + 1);
                }
            }
            string result = new string(kept).TrimEnd('0');
            if (result.Length == 0)
            {
                if (allowEmpty) return new DecimalDigits("", emptyPoint);
                return new DecimalDigits("0", 1);
            }
            return new DecimalDigits(result, point);
        }
    }
}
