using System.Text;

namespace Py2Cs.Runtime.Modules.pickle
{
    /// <summary>The raw-unicode-escape codec as pickle's UNICODE opcode uses it: code points below 256
    /// as one byte, others as \uXXXX / \UXXXXXXXX; pickle also escapes backslash and newline so the
    /// text fits on one line.</summary>
    internal static class RawUnicodeEscape
    {
        public static byte[] Encode(string text, bool escapeForPickle)
        {
            var sb = new ByteBuilder(text.Length + 8);
            for (int i = 0; i < text.Length; i++)
            {
                int cp = text[i];
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    cp = char.ConvertToUtf32(text[i], text[++i]);
                if (escapeForPickle && cp == '\\') sb.Append("\\u005c");
                else if (escapeForPickle && cp == '\n') sb.Append("\\u000a");
                else if (cp < 256) sb.Append((byte)cp);
                else if (cp < 0x10000) sb.Append($"\\u{cp:x4}");
                else sb.Append($"\\U{cp:x8}");
            }
            return sb.AsSpan().ToArray();
        }

        public static string Decode(System.ReadOnlySpan<byte> bytes)
        {
            var sb = new StringBuilder(bytes.Length);
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                if (b == '\\' && i + 1 < bytes.Length && (bytes[i + 1] == 'u' || bytes[i + 1] == 'U'))
                {
                    // Only an odd run of backslashes escapes.
                    int run = 0;
                    for (int j = i; j >= 0 && bytes[j] == '\\'; j--) run++;
                    int digits = bytes[i + 1] == 'u' ? 4 : 8;
                    if (run % 2 == 1 && i + 2 + digits <= bytes.Length)
                    {
                        int cp = int.Parse(Encoding.ASCII.GetString(bytes.Slice(i + 2, digits)), System.Globalization.NumberStyles.HexNumber);
                        sb.Append(char.ConvertFromUtf32(cp));
                        i += 1 + digits;
                        continue;
                    }
                }
                sb.Append((char)b);
            }
            return sb.ToString();
        }
    }
}
