using System;
using System.Text;

namespace Py2Cs.Runtime.Formatting
{
    /// <summary>
    /// Lays out a formatted number as CPython 2.7's <c>calc_number_widths</c> / <c>fill_number</c>:
    /// |lpadding|sign|prefix|spadding|grouped digits|decimal|remainder|rpadding|.
    /// </summary>
    internal static class NumberLayout
    {
        /// <param name="signChar">'-' when the number is negative, else '\0'.</param>
        /// <param name="prefix">"0x", "0b"... (already empty when '#' was not given).</param>
        /// <param name="digits">The integer digits.</param>
        /// <param name="hasDecimal">Whether a '.' follows the digits.</param>
        /// <param name="remainder">Everything after the digits and the point (fraction, exponent, '%', "inf").</param>
        public static string Layout(FormatSpec spec, char signChar, string prefix, string digits, bool hasDecimal,
                                    string remainder, bool upper)
        {
            char sign = '\0';
            switch (spec.Sign)
            {
                case '+': sign = signChar == '-' ? '-' : '+'; break;
                case ' ': sign = signChar == '-' ? '-' : ' '; break;
                default: if (signChar == '-') sign = '-'; break;
            }
            int nSign = sign == '\0' ? 0 : 1;
            int nonDigits = nSign + prefix.Length + (hasDecimal ? 1 : 0) + remainder.Length;
            int minWidth = spec.Fill == '0' && spec.Align == '=' ? spec.Width - nonDigits : 0;
            string grouped = digits.Length == 0 ? "" : Group(digits, minWidth, spec.ThousandsSeparators);
            int padding = spec.Width - (nonDigits + grouped.Length);
            int left = 0, inner = 0, right = 0;
            if (padding > 0)
            {
                switch (spec.Align)
                {
                    case '<': right = padding; break;
                    case '^': left = padding / 2; right = padding - left; break;
                    case '=': inner = padding; break;
                    default: left = padding; break;
                }
            }
            char fill = spec.Fill == '\0' ? ' ' : spec.Fill;
            var sb = new StringBuilder(Math.Max(spec.Width, 0) + nonDigits + grouped.Length);
            sb.Append(fill, left);
            if (sign != '\0') sb.Append(sign);
            sb.Append(upper ? prefix.ToUpperInvariant() : prefix);
            sb.Append(fill, inner);
            sb.Append(upper ? grouped.ToUpperInvariant() : grouped);
            if (hasDecimal) sb.Append('.');
            sb.Append(upper ? remainder.ToUpperInvariant() : remainder);
            sb.Append(fill, right);
            return sb.ToString();
        }

        /// <summary>
        /// Inserts ',' every three digits (when <paramref name="separators"/>) and pads with zeros, inside
        /// the groups, up to <paramref name="minWidth"/>, as <c>_PyString_InsertThousandsGrouping</c>.
        /// </summary>
        public static string Group(string digits, int minWidth, bool separators)
        {
            int remaining = digits.Length;
            if (!separators)
            {
                int l = Math.Max(Math.Max(remaining, minWidth), 1);
                return l > remaining ? new string('0', l - remaining) + digits : digits;
            }
            var pieces = new StringBuilder();
            int pos = digits.Length;
            bool useSeparator = false;
            while (true)
            {
                int l = Math.Min(3, Math.Max(Math.Max(remaining, minWidth), 1));
                int zeros = Math.Max(0, l - remaining);
                int chars = Math.Max(0, Math.Min(remaining, l));
                if (useSeparator) pieces.Insert(0, ',');
                pieces.Insert(0, digits.Substring(pos - chars, chars));
                pieces.Insert(0, new string('0', zeros));
                pos -= chars;
                useSeparator = true;
                remaining -= chars;
                minWidth -= l;
                if (remaining <= 0 && minWidth <= 0) break;
                minWidth -= 1;
            }
            return pieces.ToString();
        }
    }
}
