using System;
using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime.Modules.binascii
{
    /// <summary>binascii's base64: b2a_base64 (with its newline) and the lenient a2b_base64.</summary>
    public static class Base64Codec
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        public static string Encode(ReadOnlySpan<byte> data) => Convert.ToBase64String(data) + "\n";

        /// <summary>Decodes, skipping characters outside the alphabet; null means "Incorrect padding".</summary>
        public static byte[] Decode(string text)
        {
            var result = new List<byte>();
            int quadPos = 0, leftChar = 0, leftBits = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char ch = text[i];
                if (ch == '=')
                {
                    // a pad ends the data when it can: after two or three sextets of a quad
                    if (quadPos >= 2 && quadPos + CountPads(text, i) >= 4) { quadPos = 0; leftBits = 0; break; }
                    continue;
                }
                int v = ch < 128 ? Alphabet.IndexOf(ch) : -1;
                if (v < 0) continue;
                quadPos = (quadPos + 1) & 3;
                leftChar = (leftChar << 6) | v;
                leftBits += 6;
                if (leftBits >= 8)
                {
                    leftBits -= 8;
                    result.Add((byte)(leftChar >> leftBits));
                    leftChar &= (1 << leftBits) - 1;
                }
            }
            if (leftBits != 0) return null;
            return result.ToArray();
        }

        private static int CountPads(string text, int from)
        {
            int n = 0;
            for (int i = from; i < text.Length; i++)
            {
                if (text[i] == '=') n++;
                else if (text[i] < 128 && Alphabet.IndexOf(text[i]) >= 0) break;
            }
            return n;
        }
    }
}
