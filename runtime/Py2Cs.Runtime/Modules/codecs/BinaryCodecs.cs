using System;
using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>Python 2's str → str codecs 'hex' and 'base64' (binascii underneath).</summary>
    internal sealed class BinaryCodec : Codec
    {
        readonly bool hex;
        public static readonly BinaryCodec Hex = new BinaryCodec(true);
        public static readonly BinaryCodec Base64 = new BinaryCodec(false);
        BinaryCodec(bool hex) { this.hex = hex; }

        public override string Name => hex ? "hex" : "base64";
        public override bool IsBytesCodec => true;

        public override byte[] Encode(string text, string errors)
        {
            var input = new byte[text.Length];
            for (int i = 0; i < input.Length; i++) input[i] = (byte)text[i];
            string encoded;
            if (hex) encoded = Convert.ToHexString(input).ToLowerInvariant();
            else
            {
                // base64.encodestring: 76-character lines (57 input bytes), each ending in '\n'.
                var sb = new StringBuilder();
                for (int i = 0; i < input.Length; i += 57)
                {
                    sb.Append(Convert.ToBase64String(input, i, Math.Min(57, input.Length - i)));
                    sb.Append('\n');
                }
                encoded = sb.ToString();
            }
            return Encoding.ASCII.GetBytes(encoded);
        }

        public override string Decode(byte[] data, string errors)
        {
            if (hex)
            {
                if (data.Length % 2 != 0) throw new CodecTypeFailure("Odd-length string");
                var sb = new StringBuilder(data.Length / 2);
                for (int i = 0; i < data.Length; i += 2)
                {
                    int hi = HexValue(data[i]), lo = HexValue(data[i + 1]);
                    if (hi < 0 || lo < 0) throw new CodecTypeFailure("Non-hexadecimal digit found");
                    sb.Append((char)(hi * 16 + lo));
                }
                return sb.ToString();
            }
            return Base64Decode(data);
        }

        static int HexValue(byte b) =>
            b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10 : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;

        /// <summary>binascii.a2b_base64: characters outside the alphabet are skipped; a pad ends the data.</summary>
        static string Base64Decode(byte[] data)
        {
            const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            var output = new StringBuilder();
            int acc = 0, bits = 0, quad = 0;
            for (int i = 0; i < data.Length; i++)
            {
                byte b = data[i];
                if (b == '=')
                {
                    if (quad < 2 || (quad == 2 && NextValid(data, i + 1) != '=')) continue;
                    bits = 0;
                    break;
                }
                int v = alphabet.IndexOf((char)b);
                if (v < 0) continue;
                quad = (quad + 1) & 3;
                acc = (acc << 6) | v;
                bits += 6;
                if (bits >= 8)
                {
                    bits -= 8;
                    output.Append((char)((acc >> bits) & 0xFF));
                    acc &= (1 << bits) - 1;
                }
            }
            if (bits != 0) throw new CodecBinasciiFailure("Incorrect padding");
            return output.ToString();
        }

        static int NextValid(byte[] data, int i)
        {
            const string valid = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
            for (; i < data.Length; i++) if (valid.IndexOf((char)data[i]) >= 0) return data[i];
            return -1;
        }
    }

    /// <summary>binascii.Error.</summary>
    internal sealed class CodecBinasciiFailure : Exception
    {
        public CodecBinasciiFailure(string message) : base(message) { }
    }
}
