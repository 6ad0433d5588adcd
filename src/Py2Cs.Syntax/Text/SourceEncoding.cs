using System;
using System.Text;
using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Syntax.Text
{
    /// <summary>
    /// Source-encoding detection as CPython 2.7's tokenizer does it: a UTF-8 byte order mark, a PEP 263
    /// coding cookie in a comment on line 1 or 2, otherwise ASCII (non-ASCII bytes are then an error).
    /// </summary>
    internal static class SourceEncoding
    {
        internal delegate SourceText Factory(string text, Encoding encoding, string encodingName, Diagnostic error);

        private static readonly Encoding Latin1 = Encoding.GetEncoding(28591);

        public static SourceText Decode(byte[] bytes, string path, Factory factory)
        {
            path = path ?? "<string>";
            int offset = 0;
            bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            if (bom)
                offset = 3;

            string cookie = FindCookie(bytes, offset, out int cookieLine);
            Diagnostic error = null;
            Encoding encoding;
            string name = cookie;

            if (bom && cookie != null && NormalName(cookie) != "utf-8")
            {
                error = EncodingProblem(path, cookieLine, "encoding problem: " + cookie + " with BOM");
                encoding = new UTF8Encoding(false);
            }
            else if (bom && cookie == null)
            {
                name = "utf-8";
                encoding = new UTF8Encoding(false);
            }
            else if (cookie != null)
            {
                encoding = Lookup(cookie, out string problem);
                if (encoding == null)
                {
                    // As when CPython reads the file: a codec that yields bytes fails on the line after the cookie.
                    int line = problem.StartsWith("codec", StringComparison.Ordinal) ? cookieLine + 1 : cookieLine;
                    error = EncodingProblem(path, line, problem);
                    encoding = Latin1;
                }
            }
            else
            {
                // No declaration: CPython 2 reads the file as ASCII and rejects other bytes. Decoding as
                // latin-1 keeps every byte so parsing can continue after the diagnostic.
                encoding = Latin1;
                for (int i = offset; i < bytes.Length; i++)
                {
                    if (bytes[i] >= 0x80)
                    {
                        int line = 1;
                        for (int j = offset; j < i; j++)
                            if (bytes[j] == '\n') line++;
                        error = EncodingProblem(path, line,
                            "Non-ASCII character '\\x" + bytes[i].ToString("x2") + "' in file " + path + " on line " + line +
                            ", but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details");
                        break;
                    }
                }
            }

            string text;
            try
            {
                text = encoding.GetString(bytes, offset, bytes.Length - offset);
            }
            catch (DecoderFallbackException)
            {
                text = Latin1.GetString(bytes, offset, bytes.Length - offset);
            }
            if (error == null && encoding is UTF8Encoding && text.IndexOf('\uFFFD') >= 0 && !ContainsReplacementBytes(bytes, offset))
            {
                int index = text.IndexOf('\uFFFD');
                int line = 1;
                for (int j = 0; j < index; j++) if (text[j] == '\n') line++;
                error = EncodingProblem(path, line, "'utf8' codec can't decode bytes in position " + index + ": invalid start byte");
            }
            return factory(text, encoding, name, error);
        }

        private static bool ContainsReplacementBytes(byte[] bytes, int offset)
        {
            for (int i = offset; i + 2 < bytes.Length; i++)
                if (bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD)
                    return true;
            return false;
        }

        private static Diagnostic EncodingProblem(string path, int line, string message)
            => new Diagnostic(DiagnosticSeverity.Error, message, path, new TextSpan(0, 0), line, 1, "SyntaxError");

        /// <summary>The cookie of a comment line on line 1 or 2, matching <c>coding[:=]\s*([-\w.]+)</c>.</summary>
        internal static string FindCookie(byte[] bytes, int offset, out int cookieLine)
        {
            int start = offset;
            for (int line = 1; line <= 2 && start < bytes.Length; line++)
            {
                int end = start;
                while (end < bytes.Length && bytes[end] != '\n' && bytes[end] != '\r')
                    end++;
                string found = CookieInLine(bytes, start, end);
                if (found != null)
                {
                    cookieLine = line;
                    return found;
                }
                start = end;
                if (start < bytes.Length && bytes[start] == '\r') start++;
                if (start < bytes.Length && bytes[start] == '\n') start++;
            }
            cookieLine = 0;
            return null;
        }

        private static string CookieInLine(byte[] bytes, int start, int end)
        {
            int i = start;
            while (i < end && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\f'))
                i++;
            if (i >= end || bytes[i] != '#')
                return null;
            for (; i + 6 < end; i++)
            {
                if (bytes[i] == 'c' && bytes[i + 1] == 'o' && bytes[i + 2] == 'd' && bytes[i + 3] == 'i' &&
                    bytes[i + 4] == 'n' && bytes[i + 5] == 'g' && (bytes[i + 6] == ':' || bytes[i + 6] == '='))
                {
                    int j = i + 7;
                    while (j < end && (bytes[j] == ' ' || bytes[j] == '\t'))
                        j++;
                    int nameStart = j;
                    while (j < end && (char.IsLetterOrDigit((char)bytes[j]) || bytes[j] == '-' || bytes[j] == '_' || bytes[j] == '.'))
                        j++;
                    if (j > nameStart)
                        return Encoding.ASCII.GetString(bytes, nameStart, j - nameStart);
                }
            }
            return null;
        }

        /// <summary>CPython's get_normal_name: utf-8 and latin-1 spellings collapse to one name.</summary>
        internal static string NormalName(string name)
        {
            string lower = name.ToLowerInvariant().Replace('_', '-');
            if (lower == "utf-8" || lower.StartsWith("utf-8-", StringComparison.Ordinal))
                return "utf-8";
            if (lower == "latin-1" || lower == "iso-8859-1" || lower == "iso-latin-1" ||
                lower.StartsWith("latin-1-", StringComparison.Ordinal) || lower.StartsWith("iso-8859-1-", StringComparison.Ordinal) ||
                lower.StartsWith("iso-latin-1-", StringComparison.Ordinal))
                return "iso-8859-1";
            return lower;
        }

        private static bool _codePagesRegistered;

        /// <summary>
        /// Makes code-page encodings (koi8-r, cp1252...) available. netstandard2.0 cannot reference the provider,
        /// but every .NET runtime that loads this library ships it, so it is found by name.
        /// </summary>
        private static void RegisterCodePages()
        {
            if (_codePagesRegistered) return;
            _codePagesRegistered = true;
            Type provider = Type.GetType("System.Text.CodePagesEncodingProvider, System.Text.Encoding.CodePages", false);
            if (provider?.GetProperty("Instance")?.GetValue(null) is EncodingProvider instance)
                Encoding.RegisterProvider(instance);
        }

        /// <summary>CPython 2.7's cpNNN codecs (encodings/cp*.py); .NET knows most only by number.</summary>
        private static readonly int[] PythonCpCodecs =
        {
            37, 424, 437, 500, 720, 737, 775, 850, 852, 855, 856, 857, 858, 860, 861, 862, 863, 864, 865, 866,
            869, 874, 875, 932, 949, 950, 1006, 1026, 1140, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258,
        };

        /// <summary>The code page of a Python codec name .NET does not know by that name; 0 otherwise.</summary>
        private static int PythonCodePage(string normal)
        {
            if (normal.StartsWith("cp", StringComparison.Ordinal) &&
                int.TryParse(normal.Substring(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int page) &&
                Array.IndexOf(PythonCpCodecs, page) >= 0)
                return page;
            if (normal.StartsWith("iso8859-", StringComparison.Ordinal) &&
                int.TryParse(normal.Substring(8), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int part) && part >= 2 && part <= 16)
                return 28590 + part;
            switch (normal)
            {
                case "ms932": return 932;
                case "ms949": return 949;
                case "ms950": return 950;
                case "latin9": case "l9": return 28605;
                case "mac-roman": case "macroman": return 10000;
                default: return 0;
            }
        }

        internal static Encoding Lookup(string cookie, out string problem)
        {
            problem = null;
            string normal = NormalName(cookie);
            switch (normal)
            {
                case "utf-8":
                case "utf8":
                case "u8":
                case "utf":
                case "utf8-ucs2":
                case "utf8-ucs4":
                    return new UTF8Encoding(false);
                case "iso-8859-1":
                case "latin1":
                case "latin":
                case "l1":
                case "iso8859-1":
                case "8859":
                case "cp819":
                case "ibm819":
                    return Latin1;
                case "ascii":
                case "us-ascii":
                case "646":
                case "us":
                    return Latin1;
                // Codecs that exist in CPython but do not return unicode from source decoding.
                case "string-escape":
                case "hex":
                case "base64":
                case "zlib":
                case "rot13":
                case "rot-13":
                case "uu":
                case "bz2":
                case "quopri":
                    problem = "codec did not return a unicode object";
                    return null;
            }
            RegisterCodePages();
            try
            {
                // Python's names for code pages that .NET spells differently (cp1251 is windows-1251 there,
                // iso8859_15 is iso-8859-15...).
                int codePage = PythonCodePage(normal);
                return codePage > 0 ? Encoding.GetEncoding(codePage) : Encoding.GetEncoding(normal);
            }
            catch (ArgumentException)
            {
            }
            catch (NotSupportedException)
            {
            }
            problem = "encoding problem: " + cookie;
            return null;
        }
    }
}
