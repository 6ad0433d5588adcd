using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>Windows-1252: latin-1 except 0x80-0x9F, five of which are undefined.</summary>
    internal sealed class Cp1252Codec : Codec
    {
        public static readonly Cp1252Codec Instance = new Cp1252Codec();
        public override string Name => "cp1252";
        public override string ErrorName => "charmap";
        const string Reason = "character maps to <undefined>";

        // 0x80..0x9F; '\uFFFE' marks the undefined bytes.
        const string High =
            "\u20ac\ufffe\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffe\u017d\ufffe" +
            "\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffe\u017e\u0178";

        static readonly Dictionary<char, byte> Reverse = BuildReverse();

        static Dictionary<char, byte> BuildReverse()
        {
            var d = new Dictionary<char, byte>();
            for (int i = 0; i < 32; i++) if (High[i] != '\ufffe') d[High[i]] = (byte)(0x80 + i);
            return d;
        }

        public override byte[] Encode(string text, string errors)
        {
            var output = new List<byte>(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) output.Add((byte)c);
                else if (Reverse.TryGetValue(c, out byte b)) output.Add(b);
                else
                {
                    // A run of unmappable characters is one error, as in charmap_encode.
                    int end = i + 1;
                    while (end < text.Length && !Encodable(text[end])) end++;
                    ErrorHandlers.OnEncodeError(errors, ErrorName, text, i, end, Reason, output, r => Encode(r, "strict"));
                    i = end - 1;
                }
            }
            return output.ToArray();
        }

        static bool Encodable(char c) => c < 0x80 || (c >= 0xA0 && c <= 0xFF) || Reverse.ContainsKey(c);

        public override string Decode(byte[] data, string errors)
        {
            var sb = new StringBuilder(data.Length);
            for (int i = 0; i < data.Length; i++)
            {
                byte b = data[i];
                char c = b >= 0x80 && b < 0xA0 ? High[b - 0x80] : (char)b;
                if (c == '\ufffe') ErrorHandlers.OnDecodeError(errors, ErrorName, data, i, i + 1, Reason, sb);
                else sb.Append(c);
            }
            return sb.ToString();
        }
    }
}
