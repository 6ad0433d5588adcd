using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using Py2Cs.Syntax.Text;
using Py2Cs.Syntax.Tokens;

namespace Py2Cs.Syntax
{
    // Literals: numbers and strings are decoded here, so later stages never re-read literal text.
    public sealed partial class Parser
    {
        private StringBuilder _stringBuilder;

        /// <summary>Decodes a NUMBER token; negate folds a preceding minus sign in (span from spanStart).</summary>
        private NumLiteral DecodeNumber(Token t, bool negate, int spanStart)
        {
            var span = TextSpan.FromBounds(spanStart, t.End);
            int start = t.Start, end = t.End;
            char last = _text[end - 1];
            if (last == 'j' || last == 'J')
            {
                double imaginary = ParseDouble(start, end - 1);
                return NumLiteral.Imaginary(negate ? -imaginary : imaginary, span);
            }
            bool isLong = last == 'l' || last == 'L';
            if (isLong)
                end--;
            int radix = 10;
            int digits = start;
            if (end - start > 1 && _text[start] == '0')
            {
                char second = (char)(_text[start + 1] | 0x20);
                if (second == 'x') { radix = 16; digits = start + 2; }
                else if (second == 'o') { radix = 8; digits = start + 2; }
                else if (second == 'b') { radix = 2; digits = start + 2; }
                else if (!isLong && IsFloatText(start, end)) radix = 0;
                else { radix = 8; digits = start + 1; }
            }
            else if (!isLong && IsFloatText(start, end))
                radix = 0;
            if (radix == 0)
            {
                double value = ParseDouble(start, end);
                return NumLiteral.Float(negate ? -value : value, span);
            }

            // Accumulate in an unsigned 64-bit value; fall back to BigInteger on overflow.
            ulong small = 0;
            bool overflow = false;
            for (int i = digits; i < end; i++)
            {
                int d = DigitValue(_text[i]);
                if (small > (ulong.MaxValue - (ulong)d) / (ulong)radix)
                {
                    overflow = true;
                    break;
                }
                small = small * (ulong)radix + (ulong)d;
            }
            BigInteger big;
            if (overflow)
            {
                big = BigInteger.Zero;
                for (int i = digits; i < end; i++)
                    big = big * radix + DigitValue(_text[i]);
            }
            else
                big = small;
            if (negate)
                big = -big;
            if (!isLong && big >= long.MinValue && big <= long.MaxValue)
                return NumLiteral.Int((long)big, span);
            return NumLiteral.Long(big, span);
        }

        private bool IsFloatText(int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                char c = _text[i];
                if (c == '.' || c == 'e' || c == 'E')
                    return true;
            }
            return false;
        }

        private static int DigitValue(char c)
        {
            if (c <= '9') return c - '0';
            return (c | 0x20) - 'a' + 10;
        }

        private double ParseDouble(int start, int end)
        {
            string s = _text.Substring(start, end - start);
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                return value;
            // Older frameworks refuse out-of-range values instead of returning infinity, as Python does.
            return s.IndexOf('-') > 0 ? 0.0 : double.PositiveInfinity;
        }

        /// <summary>STRING+ : adjacent literals concatenate; the result is unicode if any part is.</summary>
        private Expr ParseStrings()
        {
            Token first = Advance();
            string value = DecodeString(first, out bool isUnicode);
            if (Kind != TokenKind.String)
                return new StrLiteral(value, isUnicode, new TextSpan(first.Start, first.Length));
            var builder = new StringBuilder(value);
            while (Kind == TokenKind.String)
            {
                Token next = Advance();
                string part = DecodeString(next, out bool partUnicode);
                builder.Append(part);
                isUnicode |= partUnicode;
            }
            return new StrLiteral(builder.ToString(), isUnicode, SpanFrom(first.Start));
        }

        private string DecodeString(Token t, out bool isUnicode)
        {
            int p = t.Start;
            bool raw = false, unicode = false, bytes = false;
            while (true)
            {
                char c = _text[p];
                if (c == 'r' || c == 'R') raw = true;
                else if (c == 'u' || c == 'U') unicode = true;
                else if (c == 'b' || c == 'B') bytes = true;
                else break;
                p++;
            }
            if (!unicode && !bytes && (_future & FutureFlags.UnicodeLiterals) != 0)
                unicode = true;
            isUnicode = unicode;
            char quote = _text[p];
            int quoteLength = p + 2 < t.End && _text[p + 1] == quote && _text[p + 2] == quote && t.End - p >= 6 ? 3 : 1;
            int bodyStart = p + quoteLength;
            int bodyEnd = t.End - quoteLength;
            if (bodyEnd < bodyStart)
                bodyEnd = bodyStart;

            bool simple = true;
            for (int i = bodyStart; i < bodyEnd; i++)
            {
                char c = _text[i];
                if (c == '\\' || c >= 0x80 || c == '\r')
                {
                    simple = false;
                    break;
                }
            }
            if (simple)
                return _text.Substring(bodyStart, bodyEnd - bodyStart);

            StringBuilder sb = _stringBuilder ?? (_stringBuilder = new StringBuilder());
            sb.Clear();
            if (unicode)
                DecodeUnicodeBody(t, bodyStart, bodyEnd, raw, sb);
            else
                DecodeByteBody(t, bodyStart, bodyEnd, raw, sb);
            return sb.ToString();
        }

        private void AppendNewline(ref int i, int end, StringBuilder sb)
        {
            // Universal newlines: \r\n and \r inside a literal read as \n, as when CPython reads the file.
            if (_text[i] == '\r' && i + 1 < end && _text[i + 1] == '\n')
                i++;
            sb.Append('\n');
        }

        private void DecodeByteBody(Token t, int start, int end, bool raw, StringBuilder sb)
        {
            Encoding encoding = _source.Encoding;
            for (int i = start; i < end; i++)
            {
                char c = _text[i];
                if (c == '\r')
                {
                    AppendNewline(ref i, end, sb);
                    continue;
                }
                if (c >= 0x80)
                {
                    AppendEncoded(encoding, i, ref i, sb);
                    continue;
                }
                if (c != '\\' || i + 1 >= end)
                {
                    sb.Append(c);
                    continue;
                }
                char n = _text[i + 1];
                if (raw)
                {
                    sb.Append('\\');
                    continue; // the next character is taken literally on the next iteration
                }
                i++;
                switch (n)
                {
                    case '\n': break;
                    case '\r': if (i + 1 < end && _text[i + 1] == '\n') i++; break;
                    case '\\': sb.Append('\\'); break;
                    case '\'': sb.Append('\''); break;
                    case '"': sb.Append('"'); break;
                    case 'a': sb.Append('\a'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'v': sb.Append('\v'); break;
                    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                    {
                        int value = n - '0';
                        for (int k = 0; k < 2 && i + 1 < end && _text[i + 1] >= '0' && _text[i + 1] <= '7'; k++)
                            value = value * 8 + (_text[++i] - '0');
                        sb.Append((char)(value & 0xFF));
                        break;
                    }
                    case 'x':
                        if (i + 2 < end && IsHex(_text[i + 1]) && IsHex(_text[i + 2]))
                        {
                            sb.Append((char)(DigitValue(_text[i + 1]) * 16 + DigitValue(_text[i + 2])));
                            i += 2;
                        }
                        else
                        {
                            // CPython raises ValueError while compiling.
                            ReportLiteral(t, "invalid \\x escape", "ValueError");
                            sb.Append('\\').Append('x');
                        }
                        break;
                    default:
                        sb.Append('\\');
                        i--; // keep the backslash and re-read the character normally
                        break;
                }
            }
        }

        /// <summary>A non-ASCII source character inside a byte string: its bytes in the file's encoding.</summary>
        private void AppendEncoded(Encoding encoding, int index, ref int i, StringBuilder sb)
        {
            int count = char.IsHighSurrogate(_text[index]) && index + 1 < _text.Length && char.IsLowSurrogate(_text[index + 1]) ? 2 : 1;
            byte[] encoded = encoding.GetBytes(_text.ToCharArray(index, count));
            foreach (byte b in encoded)
                sb.Append((char)b);
            i = index + count - 1;
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');

        private void DecodeUnicodeBody(Token t, int start, int end, bool raw, StringBuilder sb)
        {
            for (int i = start; i < end; i++)
            {
                char c = _text[i];
                if (c == '\r')
                {
                    AppendNewline(ref i, end, sb);
                    continue;
                }
                if (c != '\\' || i + 1 >= end)
                {
                    sb.Append(c);
                    continue;
                }
                char n = _text[i + 1];
                if (raw)
                {
                    // raw-unicode-escape: only \u and \U after an odd number of backslashes are escapes.
                    int backslashes = 0;
                    int j = i;
                    while (j < end && _text[j] == '\\') { backslashes++; j++; }
                    if (j < end && (_text[j] == 'u' || _text[j] == 'U') && backslashes % 2 == 1)
                    {
                        sb.Append('\\', backslashes - 1);
                        i = j;
                        int digits = _text[j] == 'u' ? 4 : 8;
                        if (!AppendHexEscape(t, start, j - 1, ref i, end, digits, sb, "rawunicodeescape"))
                            return;
                    }
                    else
                    {
                        sb.Append('\\', backslashes);
                        i = j - 1;
                    }
                    continue;
                }
                int escapeStart = i;
                i++;
                switch (n)
                {
                    case '\n': break;
                    case '\r': if (i + 1 < end && _text[i + 1] == '\n') i++; break;
                    case '\\': sb.Append('\\'); break;
                    case '\'': sb.Append('\''); break;
                    case '"': sb.Append('"'); break;
                    case 'a': sb.Append('\a'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'v': sb.Append('\v'); break;
                    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                    {
                        int value = n - '0';
                        for (int k = 0; k < 2 && i + 1 < end && _text[i + 1] >= '0' && _text[i + 1] <= '7'; k++)
                            value = value * 8 + (_text[++i] - '0');
                        sb.Append((char)value);
                        break;
                    }
                    case 'x':
                        if (!AppendHexEscape(t, start, escapeStart, ref i, end, 2, sb, "unicodeescape")) return;
                        break;
                    case 'u':
                        if (!AppendHexEscape(t, start, escapeStart, ref i, end, 4, sb, "unicodeescape")) return;
                        break;
                    case 'U':
                        if (!AppendHexEscape(t, start, escapeStart, ref i, end, 8, sb, "unicodeescape")) return;
                        break;
                    case 'N':
                    {
                        int close = i + 1 < end && _text[i + 1] == '{' ? _text.IndexOf('}', i + 2, end - (i + 2)) : -1;
                        string name = close > 0 ? _text.Substring(i + 2, close - i - 2) : null;
                        int codePoint = name != null ? UnicodeNames.Lookup(name) : -1;
                        if (codePoint < 0)
                        {
                            int last = close > 0 ? close : end - 1;
                            ReportUnicodeError(t, start, escapeStart, last, "unicodeescape",
                                close > 0 ? "unknown Unicode character name" : "malformed \\N character escape");
                            return;
                        }
                        sb.Append(char.ConvertFromUtf32(codePoint));
                        i = close;
                        break;
                    }
                    default:
                        sb.Append('\\');
                        i--;
                        break;
                }
            }
        }

        /// <summary>Reads N hex digits after the escape letter at i; reports CPython's codec error when they are missing.</summary>
        private bool AppendHexEscape(Token t, int bodyStart, int escapeStart, ref int i, int end, int digits, StringBuilder sb, string codec)
        {
            int value = 0;
            int k;
            for (k = 0; k < digits; k++)
            {
                int index = i + 1 + k;
                if (index >= end || !IsHex(_text[index]))
                    break;
                value = value * 16 + DigitValue(_text[index]);
                if (value > 0x10FFFF && digits == 8)
                    break;
            }
            if (k < digits)
            {
                string what = digits == 2 ? "truncated \\xXX escape" : digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                if (k == digits && value > 0x10FFFF) what = "illegal Unicode character";
                ReportUnicodeError(t, bodyStart, escapeStart, System.Math.Min(i + k, end - 1), codec, what);
                return false;
            }
            if (value > 0x10FFFF)
            {
                ReportUnicodeError(t, bodyStart, escapeStart, i + digits, codec, "illegal Unicode character");
                return false;
            }
            i += digits;
            if (value >= 0xD800 && value <= 0xDFFF)
                sb.Append((char)value);
            else
                sb.Append(char.ConvertFromUtf32(value));
            return true;
        }

        private void ReportUnicodeError(Token t, int bodyStart, int escapeStart, int last, string codec, string reason)
        {
            ReportLiteral(t, "(unicode error) '" + codec + "' codec can't decode bytes in position " + (escapeStart - bodyStart) + "-" +
                (last - bodyStart) + ": " + reason, "SyntaxError");
        }

        private void ReportLiteral(Token t, string message, string errorType)
            => ReportSpan(new TextSpan(t.Start, t.Length), message, errorType);
    }
}
