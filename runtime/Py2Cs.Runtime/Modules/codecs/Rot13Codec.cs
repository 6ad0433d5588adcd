using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>rot_13: a charmap codec over the 256 Latin-1 characters that rotates ASCII letters.</summary>
    internal sealed class Rot13Codec : Codec
    {
        public static readonly Rot13Codec Instance = new Rot13Codec();
        public override string Name => "rot-13";
        public override string ErrorName => "charmap";

        static char Rotate(char c)
        {
            if (c >= 'a' && c <= 'z') return (char)('a' + (c - 'a' + 13) % 26);
            if (c >= 'A' && c <= 'Z') return (char)('A' + (c - 'A' + 13) % 26);
            return c;
        }

        public override byte[] Encode(string text, string errors)
        {
            var output = new List<byte>(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 256) { output.Add((byte)Rotate(c)); continue; }
                int end = i + 1;
                while (end < text.Length && text[end] >= 256) end++;
                ErrorHandlers.OnEncodeError(errors, ErrorName, text, i, end, "character maps to <undefined>", output, r => Encode(r, "strict"));
                i = end - 1;
            }
            return output.ToArray();
        }

        public override string Decode(byte[] data, string errors)
        {
            var sb = new StringBuilder(data.Length);
            foreach (byte b in data) sb.Append(Rotate((char)b));
            return sb.ToString();
        }
    }
}
