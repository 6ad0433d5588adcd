using System;
using System.Globalization;

namespace Py2Cs.Runtime.Strings
{
    /// <summary>
    /// What the shared string algorithms need to know about a code unit: Python 2 <c>str</c> methods
    /// classify bytes as the C locale does, <c>unicode</c> methods use the Unicode database.
    /// </summary>
    internal interface ICharacterSet<T> where T : unmanaged, IEquatable<T>
    {
        static abstract bool IsSpace(T c);
        /// <summary>A line boundary for splitlines ('\r' is handled by the caller for "\r\n").</summary>
        static abstract bool IsLineBreak(T c);
        static abstract T FromAscii(char c);
        static abstract bool IsAsciiDigitOrSign(T c, out char ascii);
    }

    /// <summary>Bytes of a Python 2 <c>str</c>, classified as in the "C" locale.</summary>
    internal readonly struct ByteCharacters : ICharacterSet<byte>
    {
        public static bool IsSpace(byte c) => c == ' ' || (c >= 9 && c <= 13);
        public static bool IsLineBreak(byte c) => c == '\n' || c == '\r';
        public static byte FromAscii(char c) => (byte)c;
        public static bool IsAsciiDigitOrSign(byte c, out char ascii) { ascii = (char)c; return true; }

        public static bool IsLower(byte c) => c >= 'a' && c <= 'z';
        public static bool IsUpper(byte c) => c >= 'A' && c <= 'Z';
        public static bool IsAlpha(byte c) => IsLower(c) || IsUpper(c);
        public static bool IsDigit(byte c) => c >= '0' && c <= '9';
        public static bool IsAlnum(byte c) => IsAlpha(c) || IsDigit(c);
        public static byte ToUpper(byte c) => IsLower(c) ? (byte)(c - 32) : c;
        public static byte ToLower(byte c) => IsUpper(c) ? (byte)(c + 32) : c;
    }

    /// <summary>UTF-16 code units of a <c>unicode</c>, classified by the Unicode database.</summary>
    internal readonly struct UnicodeCharacters : ICharacterSet<char>
    {
        /// <summary>Py_UNICODE_ISSPACE: Unicode whitespace plus the ASCII separators \x1c-\x1f.</summary>
        public static bool IsSpace(char c)
        {
            if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
            switch (c)
            {
                case '\u0085': case '\u00a0': case '\u1680': case '\u180e': case '\u2028': case '\u2029':
                case '\u202f': case '\u205f': case '\u3000':
                    return true;
            }
            return c >= '\u2000' && c <= '\u200a';
        }

        public static bool IsLineBreak(char c)
        {
            switch (c)
            {
                case '\n': case '\r': case '\x0b': case '\x0c': case '\x1c': case '\x1d': case '\x1e':
                case '\u0085': case '\u2028': case '\u2029':
                    return true;
            }
            return false;
        }

        public static char FromAscii(char c) => c;
        public static bool IsAsciiDigitOrSign(char c, out char ascii) { ascii = c; return c < 128; }

        public static bool IsAlpha(char c) => char.IsLetter(c);
        public static bool IsDecimal(char c) => CharUnicodeInfo.GetDecimalDigitValue(c) >= 0;
        public static bool IsDigit(char c) => CharUnicodeInfo.GetDigitValue(c) >= 0;
        public static bool IsNumeric(char c) => CharUnicodeInfo.GetNumericValue(c) != -1;
        public static bool IsAlnum(char c) => IsAlpha(c) || IsDecimal(c) || IsDigit(c) || IsNumeric(c);
        public static bool IsLower(char c) => char.IsLower(c);
        public static bool IsUpper(char c) => char.IsUpper(c);
        public static bool IsTitle(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;
        public static bool IsCased(char c) => IsLower(c) || IsUpper(c) || IsTitle(c);
        public static char ToUpper(char c) => char.ToUpperInvariant(c);
        public static char ToLower(char c) => c == '\u0130' ? 'i' : char.ToLowerInvariant(c);
        public static char ToTitle(char c)
        {
            // The four digraphs with a distinct titlecase form; the rest title-case as upper case.
            switch (c)
            {
                case '\u01c4': case '\u01c5': case '\u01c6': return '\u01c5';
                case '\u01c7': case '\u01c8': case '\u01c9': return '\u01c8';
                case '\u01ca': case '\u01cb': case '\u01cc': return '\u01cb';
                case '\u01f1': case '\u01f2': case '\u01f3': return '\u01f2';
            }
            return char.ToUpperInvariant(c);
        }
    }
}
