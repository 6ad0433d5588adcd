using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>
    /// UTF-8 as Python 2.7: lone surrogates encode and decode (Python 2 allows them), errors are
    /// "invalid start byte", "invalid continuation byte" and "unexpected end of data".
    /// </summary>
    internal sealed class Utf8Codec : Codec
    {
        public static readonly Utf8Codec Instance = new Utf8Codec();
        public override string Name => "utf-8";
        public override string ErrorName => "utf8";

        public override byte[] Encode(string text, string errors)
        {
            var output = new List<byte>(text.Length + 8);
            for (int i = 0; i < text.Length; i++)
            {
                int cp = text[i];
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    cp = char.ConvertToUtf32(text[i], text[i + 1]);
                    i++;
                }
                Append(output, cp);
            }
            return output.ToArray();
        }

        internal static void Append(List<byte> output, int cp)
        {
            if (cp < 0x80) output.Add((byte)cp);
            else if (cp < 0x800)
            {
                output.Add((byte)(0xC0 | (cp >> 6)));
                output.Add((byte)(0x80 | (cp & 0x3F)));
            }
            else if (cp < 0x10000)
            {
                output.Add((byte)(0xE0 | (cp >> 12)));
                output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                output.Add((byte)(0x80 | (cp & 0x3F)));
            }
            else
            {
                output.Add((byte)(0xF0 | (cp >> 18)));
                output.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
                output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                output.Add((byte)(0x80 | (cp & 0x3F)));
            }
        }

        public override string Decode(byte[] data, string errors) => Decode(data, errors, true, out _);

        /// <summary>Decodes; when not <paramref name="final"/>, an incomplete sequence at the end is left unconsumed.</summary>
        public string Decode(byte[] data, string errors, bool final, out int consumed)
        {
            var sb = new StringBuilder(data.Length);
            int i = 0, n = data.Length;
            while (i < n)
            {
                byte b = data[i];
                if (b < 0x80) { sb.Append((char)b); i++; continue; }
                int need;
                if (b >= 0xC2 && b <= 0xDF) need = 1;
                else if (b >= 0xE0 && b <= 0xEF) need = 2;
                else if (b >= 0xF0 && b <= 0xF4) need = 3;
                else
                {
                    ErrorHandlers.OnDecodeError(errors, ErrorName, data, i, i + 1, "invalid start byte", sb);
                    i++;
                    continue;
                }
                if (i + need >= n)
                {
                    // Too short for the sequence its lead byte announces.
                    if (!final) break;
                    int stop = i + 1;
                    while (stop < n && IsContinuation(data[stop])) stop++;
                    ErrorHandlers.OnDecodeError(errors, ErrorName, data, i, stop, "unexpected end of data", sb);
                    i = stop;
                    continue;
                }
                byte c1 = data[i + 1];
                bool bad;
                int badEnd = i + 1;
                if (need == 1) bad = !IsContinuation(c1);
                else if (need == 2)
                {
                    bad = !IsContinuation(c1) || !IsContinuation(data[i + 2]) || (b == 0xE0 && c1 < 0xA0);
                    if (IsContinuation(c1)) badEnd++;
                }
                else
                {
                    bad = !IsContinuation(c1) || !IsContinuation(data[i + 2]) || !IsContinuation(data[i + 3]) ||
                          (b == 0xF0 && c1 < 0x90) || (b == 0xF4 && c1 > 0x8F);
                    if (IsContinuation(c1)) { badEnd++; if (IsContinuation(data[i + 2])) badEnd++; }
                }
                if (bad)
                {
                    ErrorHandlers.OnDecodeError(errors, ErrorName, data, i, badEnd, "invalid continuation byte", sb);
                    i = badEnd;
                    continue;
                }
                int cp = need == 1 ? b & 0x1F : need == 2 ? b & 0x0F : b & 0x07;
                for (int k = 1; k <= need; k++) cp = (cp << 6) | (data[i + k] & 0x3F);
                if (cp >= 0x10000) sb.Append(char.ConvertFromUtf32(cp));
                else sb.Append((char)cp);
                i += need + 1;
            }
            consumed = i;
            return sb.ToString();
        }

        static bool IsContinuation(byte c) => (c & 0xC0) == 0x80;
    }
}
