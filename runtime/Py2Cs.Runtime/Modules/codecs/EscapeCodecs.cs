using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>
    /// unicode_escape and raw_unicode_escape (unicode ↔ escaped ASCII) and string_escape (str ↔ the
    /// body of a str literal), as Python 2.7.
    /// </summary>
    internal sealed class EscapeCodec : Codec
    {
        public enum Kind { UnicodeEscape, RawUnicodeEscape, StringEscape }

        readonly Kind kind;
        public static readonly EscapeCodec Unicode = new EscapeCodec(Kind.UnicodeEscape);
        public static readonly EscapeCodec RawUnicode = new EscapeCodec(Kind.RawUnicodeEscape);
        public static readonly EscapeCodec String = new EscapeCodec(Kind.StringEscape);

        EscapeCodec(Kind kind) { this.kind = kind; }

        public override string Name => kind == Kind.UnicodeEscape ? "unicode-escape" : kind == Kind.RawUnicodeEscape ? "raw-unicode-escape" : "string-escape";
        public override string ErrorName => kind == Kind.UnicodeEscape ? "unicodeescape" : kind == Kind.RawUnicodeEscape ? "rawunicodeescape" : "string_escape";
        public override bool IsBytesCodec => kind == Kind.StringEscape;

        public override byte[] Encode(string text, string errors)
        {
            var sb = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                int cp = CodecFailure.CodePointAt(text, i, out int units);
                i += units - 1;
                if (kind == Kind.RawUnicodeEscape)
                {
                    if (cp < 0x100) sb.Append((char)cp);
                    else sb.Append(CodecFailure.EscapeCodePoint(cp));
                    continue;
                }
                switch (cp)
                {
                    case '\\': sb.Append("\\\\"); continue;
                    case '\t': sb.Append("\\t"); continue;
                    case '\n': sb.Append("\\n"); continue;
                    case '\r': sb.Append("\\r"); continue;
                    case '\'': sb.Append(kind == Kind.StringEscape ? "\\'" : "'"); continue;
                }
                if (cp < 0x20 || cp >= 0x7f) sb.Append(CodecFailure.EscapeCodePoint(cp));
                else sb.Append((char)cp);
            }
            var bytes = new byte[sb.Length];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)sb[i];
            return bytes;
        }

        public override string Decode(byte[] data, string errors)
        {
            var sb = new StringBuilder(data.Length);
            int i = 0, n = data.Length;
            while (i < n)
            {
                char c = (char)data[i];
                if (c != '\\' || i + 1 >= n)
                {
                    if (c == '\\' && kind == Kind.StringEscape) throw new CodecValueFailure("Trailing \\ in string");
                    if (c == '\\' && kind == Kind.UnicodeEscape)
                    {
                        ErrorHandlers.OnDecodeError(errors, ErrorName, data, i, n, "\\ at end of string", sb);
                        i = n;
                        continue;
                    }
                    sb.Append(c);
                    i++;
                    continue;
                }
                char e = (char)data[i + 1];
                if (kind == Kind.RawUnicodeEscape)
                {
                    // Only \uXXXX and \UXXXXXXXX are escapes; everything else is literal.
                    if (e == 'u' || e == 'U') { i = Hex(data, i, e == 'u' ? 4 : 8, sb, errors, "truncated \\uXXXX"); continue; }
                    sb.Append('\\');
                    i++;
                    continue;
                }
                switch (e)
                {
                    case '\n': i += 2; continue;
                    case '\\': sb.Append('\\'); i += 2; continue;
                    case '\'': sb.Append('\''); i += 2; continue;
                    case '"': sb.Append('"'); i += 2; continue;
                    case 'b': sb.Append('\b'); i += 2; continue;
                    case 'f': sb.Append('\f'); i += 2; continue;
                    case 't': sb.Append('\t'); i += 2; continue;
                    case 'n': sb.Append('\n'); i += 2; continue;
                    case 'r': sb.Append('\r'); i += 2; continue;
                    case 'v': sb.Append('\v'); i += 2; continue;
                    case 'a': sb.Append('\a'); i += 2; continue;
                    case 'x':
                        if (kind == Kind.StringEscape)
                        {
                            if (i + 3 < n && IsHex(data[i + 2]) && IsHex(data[i + 3]))
                            {
                                sb.Append((char)int.Parse(((char)data[i + 2]).ToString() + (char)data[i + 3], NumberStyles.HexNumber));
                                i += 4;
                                continue;
                            }
                            throw new CodecValueFailure("invalid \\x escape");
                        }
                        i = Hex(data, i, 2, sb, errors, "truncated \\xXX escape");
                        continue;
                    case 'u':
                    case 'U':
                        if (kind == Kind.StringEscape) break;
                        i = Hex(data, i, e == 'u' ? 4 : 8, sb, errors, e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                        continue;
                }
                if (e >= '0' && e <= '7')
                {
                    int v = 0, k = i + 1;
                    while (k < n && k < i + 4 && data[k] >= '0' && data[k] <= '7') { v = v * 8 + (data[k] - '0'); k++; }
                    sb.Append((char)(kind == Kind.StringEscape ? v & 0xFF : v));
                    i = k;
                    continue;
                }
                // An unknown escape stays as written.
                sb.Append('\\');
                i++;
            }
            return sb.ToString();
        }

        static bool IsHex(byte b) => (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');

        int Hex(byte[] data, int i, int digits, StringBuilder sb, string errors, string reason)
        {
            int start = i, k = i + 2, v = 0;
            for (int d = 0; d < digits; d++, k++)
            {
                if (k >= data.Length || !IsHex(data[k]))
                {
                    ErrorHandlers.OnDecodeError(errors, ErrorName, data, start, k, reason, sb);
                    return k;
                }
                v = v * 16 + Convert.ToInt32(((char)data[k]).ToString(), 16);
            }
            if (v > 0x10FFFF)
            {
                ErrorHandlers.OnDecodeError(errors, ErrorName, data, start, k, "illegal Unicode character", sb);
                return k;
            }
            // Python 2 lets \ud800 stand alone; ConvertFromUtf32 would reject it.
            if (v < 0x10000) sb.Append((char)v);
            else sb.Append(char.ConvertFromUtf32(v));
            return k;
        }
    }

    /// <summary>A ValueError raised by a codec ("invalid \x escape").</summary>
    internal sealed class CodecValueFailure : Exception
    {
        public CodecValueFailure(string message) : base(message) { }
    }
}
