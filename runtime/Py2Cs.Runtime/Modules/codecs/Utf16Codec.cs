using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>
    /// UTF-16 and UTF-32. Without an explicit byte order the encoder writes a BOM and little-endian
    /// (the native order of the machines Python ran on) and the decoder honours and strips a BOM.
    /// </summary>
    internal sealed class WideCodec : Codec
    {
        readonly int unit;          // 2 or 4 bytes
        readonly bool? bigEndian;   // null: BOM-detected / native
        readonly string name;

        public static readonly WideCodec Utf16 = new WideCodec("utf-16", 2, null);
        public static readonly WideCodec Utf16LE = new WideCodec("utf-16-le", 2, false);
        public static readonly WideCodec Utf16BE = new WideCodec("utf-16-be", 2, true);
        public static readonly WideCodec Utf32 = new WideCodec("utf-32", 4, null);
        public static readonly WideCodec Utf32LE = new WideCodec("utf-32-le", 4, false);
        public static readonly WideCodec Utf32BE = new WideCodec("utf-32-be", 4, true);

        WideCodec(string name, int unit, bool? bigEndian) { this.name = name; this.unit = unit; this.bigEndian = bigEndian; }

        public override string Name => name;
        public override string ErrorName => unit == 2 ? "utf16" : "utf32";

        public override byte[] Encode(string text, string errors)
        {
            var output = new List<byte>(text.Length * unit + unit);
            bool big = bigEndian ?? false;
            if (bigEndian == null) Put(output, 0xFEFF, big);
            for (int i = 0; i < text.Length; i++)
            {
                if (unit == 4 && char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    Put(output, char.ConvertToUtf32(text[i], text[i + 1]), big);
                    i++;
                }
                else Put(output, text[i], big);
            }
            return output.ToArray();
        }

        void Put(List<byte> output, int value, bool big)
        {
            for (int k = 0; k < unit; k++)
            {
                int shift = 8 * (big ? unit - 1 - k : k);
                output.Add((byte)(value >> shift));
            }
        }

        int Get(byte[] data, int i, bool big)
        {
            int v = 0;
            for (int k = 0; k < unit; k++)
            {
                int shift = 8 * (big ? unit - 1 - k : k);
                v |= data[i + k] << shift;
            }
            return v;
        }

        public override string Decode(byte[] data, string errors)
        {
            var sb = new StringBuilder(data.Length / unit);
            int i = 0;
            bool big = bigEndian ?? false;
            if (bigEndian == null && data.Length >= unit)
            {
                if (Get(data, 0, false) == 0xFEFF) { big = false; i = unit; }
                else if (Get(data, 0, true) == 0xFEFF) { big = true; i = unit; }
            }
            for (; i + unit <= data.Length; i += unit)
            {
                int v = Get(data, i, big);
                if (unit == 4)
                {
                    if ((uint)v > 0x10FFFF)
                    {
                        ErrorHandlers.OnDecodeError(errors, ErrorName, data, i, i + 4, "code point not in range(0x110000)", sb);
                        continue;
                    }
                    if (v >= 0x10000) { sb.Append(char.ConvertFromUtf32(v)); continue; }
                }
                sb.Append((char)v);
            }
            if (i < data.Length)
                ErrorHandlers.OnDecodeError(errors, ErrorName, data, i, data.Length, "truncated data", sb);
            return sb.ToString();
        }
    }
}
