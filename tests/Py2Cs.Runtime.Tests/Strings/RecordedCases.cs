using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace Py2Cs.Runtime.Tests.Strings
{
    /// <summary>
    /// Reads the data files recorded from CPython 2.7 by the scripts in Strings/data (tab-separated
    /// lines whose text fields are unicode_escape-encoded).
    /// </summary>
    internal static class RecordedCases
    {
        public static string DataFolder([CallerFilePath] string thisFile = "") =>
            Path.Combine(Path.GetDirectoryName(thisFile), "data");

        public static IEnumerable<string[]> Read(string fileName)
        {
            foreach (string line in File.ReadLines(Path.Combine(DataFolder(), fileName)))
            {
                if (line.Length == 0) continue;
                yield return line.Split('\t');
            }
        }

        /// <summary>Undoes Python 2's unicode_escape encoding (\\, \t, \n, \r, \xNN, \uNNNN, \UNNNNNNNN).</summary>
        public static string Unescape(string s)
        {
            if (s.IndexOf('\\') < 0) return s;
            var sb = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c != '\\') { sb.Append(c); continue; }
                char k = s[++i];
                switch (k)
                {
                    case '\\': sb.Append('\\'); break;
                    case 't': sb.Append('\t'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case '\'': sb.Append('\''); break;
                    case 'x': sb.Append((char)int.Parse(s.Substring(i + 1, 2), NumberStyles.HexNumber)); i += 2; break;
                    case 'u': sb.Append((char)int.Parse(s.Substring(i + 1, 4), NumberStyles.HexNumber)); i += 4; break;
                    case 'U': sb.Append(char.ConvertFromUtf32(int.Parse(s.Substring(i + 1, 8), NumberStyles.HexNumber))); i += 8; break;
                    default: throw new FormatException("unexpected escape \\" + k + " in recorded data");
                }
            }
            return sb.ToString();
        }

        /// <summary>Python 2's unicode_escape encoding of a text, to compare with recorded fields.</summary>
        public static string Escape(string s)
        {
            var sb = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) c = char.ConvertToUtf32(s[i], s[++i]);
                if (c == '\\') sb.Append("\\\\");
                else if (c == '\t') sb.Append("\\t");
                else if (c == '\n') sb.Append("\\n");
                else if (c == '\r') sb.Append("\\r");
                else if (c >= 0x20 && c < 0x7f) sb.Append((char)c);
                else if (c < 0x100) sb.Append("\\x").Append(c.ToString("x2"));
                else if (c < 0x10000) sb.Append("\\u").Append(c.ToString("x4"));
                else sb.Append("\\U").Append(c.ToString("x8"));
            }
            return sb.ToString();
        }

        public static double ParseFloat(string repr)
        {
            switch (repr)
            {
                case "inf": return double.PositiveInfinity;
                case "-inf": return double.NegativeInfinity;
                case "nan": return double.NaN;
            }
            return double.Parse(repr, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
    }
}
