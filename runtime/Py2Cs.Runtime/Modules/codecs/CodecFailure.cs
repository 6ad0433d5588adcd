using System;
using System.Globalization;

namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>
    /// A strict-mode encoding or decoding error with the fields of Python's UnicodeEncodeError /
    /// UnicodeDecodeError; the object layer turns it into the Python exception.
    /// </summary>
    internal sealed class CodecFailure : Exception
    {
        public readonly bool Encoding;
        public readonly string CodecName;
        public readonly string Text;      // the unicode being encoded
        public readonly byte[] Bytes;     // the bytes being decoded
        public readonly int Start, End;
        public readonly string Reason;

        CodecFailure(bool encoding, string codec, string text, byte[] bytes, int start, int end, string reason)
            : base(Describe(encoding, codec, text, bytes, start, end, reason))
        {
            Encoding = encoding; CodecName = codec; Text = text; Bytes = bytes; Start = start; End = end; Reason = reason;
        }

        public static CodecFailure Encode(string codec, string text, int start, int end, string reason) =>
            new CodecFailure(true, codec, text, null, start, end, reason);

        public static CodecFailure Decode(string codec, byte[] bytes, int start, int end, string reason) =>
            new CodecFailure(false, codec, null, bytes, start, end, reason);

        /// <summary>The str() of the exception, worded as CPython 2.7's UnicodeEncodeError/UnicodeDecodeError.</summary>
        public static string Describe(bool encoding, string codec, string text, byte[] bytes, int start, int end, string reason)
        {
            if (encoding)
            {
                int cp = CodePointAt(text, start, out int units);
                if (end == start + units)
                    return $"'{codec}' codec can't encode character u'{EscapeCodePoint(cp)}' in position {start}: {reason}";
                return $"'{codec}' codec can't encode characters in position {start}-{end - 1}: {reason}";
            }
            if (end == start + 1)
                return $"'{codec}' codec can't decode byte 0x{bytes[start]:x2} in position {start}: {reason}";
            return $"'{codec}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }

        internal static int CodePointAt(string s, int i, out int units)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                units = 2;
                return char.ConvertToUtf32(s[i], s[i + 1]);
            }
            units = 1;
            return s[i];
        }

        internal static string EscapeCodePoint(int cp)
        {
            if (cp <= 0xff) return "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture);
            if (cp <= 0xffff) return "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture);
            return "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);
        }
    }
}
