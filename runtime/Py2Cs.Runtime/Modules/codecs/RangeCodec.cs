using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>ascii (code points below 128) and latin-1 (below 256): one byte per character.</summary>
    internal sealed class RangeCodec : Codec
    {
        readonly int limit;
        readonly string name;

        public static readonly RangeCodec Ascii = new RangeCodec("ascii", 128);
        public static readonly RangeCodec Latin1 = new RangeCodec("latin-1", 256);

        RangeCodec(string name, int limit) { this.name = name; this.limit = limit; }

        public override string Name => limit == 128 ? "ascii" : "iso8859-1";
        public override string ErrorName => name;

        string Reason => "ordinal not in range(" + limit + ")";

        public override byte[] Encode(string text, string errors)
        {
            var output = new List<byte>(text.Length);
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c < limit) { output.Add((byte)c); i++; continue; }
                // The whole run of unencodable characters is one error, as in CPython.
                int end = i + 1;
                while (end < text.Length && text[end] >= limit) end++;
                ErrorHandlers.OnEncodeError(errors, name, text, i, end, Reason, output, Encode);
                i = end;
            }
            return output.ToArray();
        }

        static byte[] Encode(string replacement)
        {
            var b = new byte[replacement.Length];
            for (int i = 0; i < b.Length; i++) b[i] = (byte)replacement[i];
            return b;
        }

        public override string Decode(byte[] data, string errors)
        {
            if (limit == 256) return Latin1Text(data);
            var sb = new StringBuilder(data.Length);
            for (int i = 0; i < data.Length; i++)
            {
                byte b = data[i];
                if (b < 128) sb.Append((char)b);
                else ErrorHandlers.OnDecodeError(errors, name, data, i, i + 1, Reason, sb);
            }
            return sb.ToString();
        }

        public static string Latin1Text(byte[] data)
        {
            return string.Create(data.Length, data, (span, d) => { for (int i = 0; i < d.Length; i++) span[i] = (char)d[i]; });
        }
    }
}
