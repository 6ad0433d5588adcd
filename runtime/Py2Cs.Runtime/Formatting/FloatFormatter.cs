using System;
using System.Text;

namespace Py2Cs.Runtime.Formatting
{
    [Flags]
    internal enum FloatFormatOptions
    {
        None = 0,
        /// <summary>'+' before non-negative numbers (the '+' flag).</summary>
        AlwaysSign = 1,
        /// <summary>Integral results get ".0" (repr, str, format with no type).</summary>
        AddDotZero = 2,
        /// <summary>The '#' flag: keep the decimal point and, for g, trailing zeros.</summary>
        Alternate = 4,
    }

    /// <summary>
    /// Double to text exactly as CPython 2.7's <c>PyOS_double_to_string</c>: repr ('r'), e/E, f/F, g/G
    /// with a precision, from the correctly rounded digits of <see cref="DecimalDigits"/>.
    /// </summary>
    public static class FloatFormatter
    {
        /// <summary>repr(float): shortest round-trip digits, exponent when decpt &lt;= -4 or &gt; 16.</summary>
        public static string Repr(double value) => Format(value, 'r', 0, FloatFormatOptions.AddDotZero);

        /// <summary>str(float) in Python 2.7: '%.12g' with ".0" added to integral values.</summary>
        public static string Str(double value) => Format(value, 'g', 12, FloatFormatOptions.AddDotZero);

        internal static string Format(double value, char code, int precision, FloatFormatOptions options)
        {
            bool upper = code == 'E' || code == 'F' || code == 'G';
            char lower = char.ToLowerInvariant(code);
            var sb = new StringBuilder(24);
            if (double.IsNaN(value))
            {
                if ((options & FloatFormatOptions.AlwaysSign) != 0) sb.Append('+');
                sb.Append(upper ? "NAN" : "nan");
                return sb.ToString();
            }
            bool negative = value < 0 || (value == 0 && double.IsNegative(value));
            if (negative) sb.Append('-');
            else if ((options & FloatFormatOptions.AlwaysSign) != 0) sb.Append('+');
            if (double.IsInfinity(value))
            {
                sb.Append(upper ? "INF" : "inf");
                return sb.ToString();
            }

            DecimalDigits dd;
            switch (lower)
            {
                case 'e': precision++; dd = DecimalDigits.Significant(value, precision); break;
                case 'f': dd = DecimalDigits.Fixed(value, precision); break;
                case 'g': if (precision == 0) precision = 1; dd = DecimalDigits.Significant(value, precision); break;
                case 'r': dd = DecimalDigits.Shortest(value); break;
                default: throw new ArgumentException("unknown float format code " + code);
            }
            AppendDigits(sb, dd, lower, upper, precision, options);
            return sb.ToString();
        }

        // The layout half of pystrtod.c's format_float_short: pad the digit string with zeros on either
        // side, place the decimal point, then add an exponent if needed.
        static void AppendDigits(StringBuilder sb, DecimalDigits dd, char code, bool upper, int precision, FloatFormatOptions options)
        {
            string digits = dd.Digits;
            int digitsLength = digits.Length;
            int decpt = dd.DecimalPoint;
            bool addDotZero = (options & FloatFormatOptions.AddDotZero) != 0;
            bool alternate = (options & FloatFormatOptions.Alternate) != 0;
            bool useExponent = false;
            int exponent = 0;
            int vdigitsEnd = digitsLength;

            switch (code)
            {
                case 'e': useExponent = true; vdigitsEnd = precision; break;
                case 'f': vdigitsEnd = decpt + precision; break;
                case 'g':
                    if (decpt <= -4 || decpt > (addDotZero ? precision - 1 : precision)) useExponent = true;
                    if (alternate) vdigitsEnd = precision;
                    break;
                case 'r':
                    if (decpt <= -4 || decpt > 16) useExponent = true;
                    break;
            }
            if (useExponent)
            {
                exponent = decpt - 1;
                decpt = 1;
            }
            int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
            if (!useExponent && addDotZero) vdigitsEnd = Math.Max(vdigitsEnd, decpt + 1);
            else vdigitsEnd = Math.Max(vdigitsEnd, decpt);

            int start = sb.Length;
            if (decpt <= 0)
            {
                sb.Append('0', decpt - vdigitsStart);
                sb.Append('.');
                sb.Append('0', -decpt);
            }
            else
            {
                sb.Append('0', -vdigitsStart);
            }

            if (0 < decpt && decpt <= digitsLength)
            {
                sb.Append(digits, 0, decpt);
                sb.Append('.');
                sb.Append(digits, decpt, digitsLength - decpt);
            }
            else
            {
                sb.Append(digits);
            }

            if (digitsLength < decpt)
            {
                sb.Append('0', decpt - digitsLength);
                sb.Append('.');
                sb.Append('0', vdigitsEnd - decpt);
            }
            else
            {
                sb.Append('0', Math.Max(0, vdigitsEnd - digitsLength));
            }

            if (sb[sb.Length - 1] == '.' && !alternate) sb.Length--;

            if (useExponent)
            {
                sb.Append(upper ? 'E' : 'e');
                sb.Append(exponent < 0 ? '-' : '+');
                int abs = Math.Abs(exponent);
                if (abs < 10) sb.Append('0');
                sb.Append(abs);
            }
        }
    }
}
