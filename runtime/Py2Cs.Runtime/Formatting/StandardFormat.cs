using System;
using System.Globalization;
using System.Numerics;

namespace Py2Cs.Runtime.Formatting
{
    /// <summary>
    /// The format-spec mini-language for the built-in types (what int/long/float/str/unicode
    /// <c>__format__</c> do with a non-empty spec), as CPython 2.7's Objects/stringlib/formatter.h.
    /// Results are C# strings; the caller wraps them as str or unicode.
    /// </summary>
    internal static class StandardFormat
    {
        static Exception UnknownCode(char type, string typeName)
        {
            if (type > 32 && type < 128)
                return FormattingErrors.Value("Unknown format code '" + type + "' for object of type '" + typeName + "'");
            return FormattingErrors.Value("Unknown format code '\\x" + ((int)type).ToString("x", CultureInfo.InvariantCulture) +
                                          "' for object of type '" + typeName + "'");
        }

        public static string FormatText(string value, string specText, string typeName)
        {
            FormatSpec spec = FormatSpec.Parse(specText, 's', '<');
            if (spec.Type != 's') throw UnknownCode(spec.Type, typeName);
            if (spec.Sign != '\0') throw FormattingErrors.Value("Sign not allowed in string format specifier");
            if (spec.Alternate) throw FormattingErrors.Value("Alternate form (#) not allowed in string format specifier");
            if (spec.Align == '=') throw FormattingErrors.Value("'=' alignment not allowed in string format specifier");
            int length = value.Length;
            if (spec.Precision >= 0 && length >= spec.Precision) length = spec.Precision;
            return Pad(value.Substring(0, length), spec.Width, spec.Align, spec.Fill == '\0' ? ' ' : spec.Fill);
        }

        static string Pad(string text, int width, char align, char fill)
        {
            if (width <= text.Length) return text;
            int total = width - text.Length;
            int left = align == '>' ? total : align == '^' ? total / 2 : 0;
            return new string(fill, left) + text + new string(fill, total - left);
        }

        /// <param name="unicodeResult">Unused by CPython 2.7: 'c' is a byte (below 0x100) either way.</param>
        public static string FormatInteger(BigInteger value, string specText, string typeName, bool unicodeResult)
        {
            FormatSpec spec = FormatSpec.Parse(specText, 'd', '>');
            switch (spec.Type)
            {
                case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                    break;
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                    return FormatFloat(IntegerToDouble(value), spec, "float");
                default:
                    throw UnknownCode(spec.Type, typeName);
            }
            if (spec.Precision != -1) throw FormattingErrors.Value("Precision not allowed in integer format specifier");
            if (spec.Type == 'c')
            {
                if (spec.Sign != '\0') throw FormattingErrors.Value("Sign not allowed with integer format specifier 'c'");
                if (value < long.MinValue || value > long.MaxValue)
                    throw FormattingErrors.Overflow("Python int too large to convert to C long");
                const int limit = 0x100;
                if (value < 0 || value >= limit)
                    throw FormattingErrors.Overflow("%c arg not in range(0x" + limit.ToString("x", CultureInfo.InvariantCulture) + ")");
                return NumberLayout.Layout(spec, '\0', "", "", false, char.ConvertFromUtf32((int)value), false);
            }
            int radix = 10;
            string prefix = "";
            switch (spec.Type)
            {
                case 'b': radix = 2; prefix = "0b"; break;
                case 'o': radix = 8; prefix = "0o"; break;
                case 'x': case 'X': radix = 16; prefix = "0x"; break;
            }
            if (!spec.Alternate) prefix = "";
            char sign = value.Sign < 0 ? '-' : '\0';
            string digits = IntegerDigits.ToBase(BigInteger.Abs(value), radix);
            return NumberLayout.Layout(spec, sign, prefix, digits, false, "", spec.Type == 'X');
        }

        public static string FormatInteger(long value, string specText, string typeName, bool unicodeResult) =>
            FormatInteger(new BigInteger(value), specText, typeName, unicodeResult);

        static double IntegerToDouble(BigInteger value)
        {
            // BigInteger's own conversion truncates; Python rounds to nearest.
            double d = value >= long.MinValue && value <= long.MaxValue
                ? (double)(long)value
                : double.Parse(value.ToString(CultureInfo.InvariantCulture), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            if (double.IsInfinity(d)) throw FormattingErrors.Overflow("long int too large to convert to float");
            return d;
        }

        public static string FormatFloat(double value, string specText, string typeName)
        {
            FormatSpec spec = FormatSpec.Parse(specText, '\0', '>');
            return FormatFloat(value, spec, typeName);
        }

        static string FormatFloat(double value, FormatSpec spec, string typeName)
        {
            switch (spec.Type)
            {
                case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                    break;
                default:
                    throw UnknownCode(spec.Type, typeName);
            }
            if (spec.Alternate) throw FormattingErrors.Value("Alternate form (#) not allowed in float format specifier");
            char type = spec.Type;
            int defaultPrecision = 6;
            var options = FloatFormatOptions.None;
            if (type == '\0')
            {
                // No type: 'g' with str()'s precision and a ".0" on integral values.
                options |= FloatFormatOptions.AddDotZero;
                type = 'g';
                defaultPrecision = 12;
            }
            if (type == 'n') type = 'g';
            bool percent = false;
            if (type == '%')
            {
                type = 'f';
                value *= 100;
                percent = true;
            }
            int precision = spec.Precision < 0 ? defaultPrecision : spec.Precision;
            string text = FloatFormatter.Format(value, type, precision, options);
            if (percent) text += "%";
            char sign = '\0';
            int p = 0;
            if (text.Length > 0 && text[0] == '-')
            {
                sign = '-';
                p = 1;
            }
            int digitsEnd = p;
            while (digitsEnd < text.Length && text[digitsEnd] >= '0' && text[digitsEnd] <= '9') digitsEnd++;
            bool hasDecimal = digitsEnd < text.Length && text[digitsEnd] == '.';
            string digits = text.Substring(p, digitsEnd - p);
            string remainder = text.Substring(digitsEnd + (hasDecimal ? 1 : 0));
            return NumberLayout.Layout(spec, sign, "", digits, hasDecimal, remainder, false);
        }
    }
}
