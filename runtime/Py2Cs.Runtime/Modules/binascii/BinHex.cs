using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.binascii
{
    /// <summary>binascii's BinHex 4 pieces: the 6-bit hqx alphabet (a2b_hqx/b2a_hqx) and the
    /// run-length coding with RUNCHAR 0x90 (rlecode_hqx/rledecode_hqx), as binascii.c.</summary>
    public static class BinHex
    {
        const string Alphabet = "!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr";
        const byte Skip = 0x7e, Fail = 0x7d, Done = 0x7f;
        const byte RunChar = 0x90;

        static readonly byte[] Decoding = BuildDecoding();

        static byte[] BuildDecoding()
        {
            var t = new byte[256];
            Array.Fill(t, Fail);
            for (int i = 0; i < Alphabet.Length; i++) t[Alphabet[i]] = (byte)i;
            t['\n'] = Skip;
            t['\r'] = Skip;
            t[':'] = Done;
            return t;
        }

        /// <summary>Decodes up to the terminating ':' (done); error is "Illegal char" or, for a
        /// partial last byte without the colon, "incomplete".</summary>
        public static byte[] Decode(ReadOnlySpan<byte> ascii, out bool done, out string error)
        {
            done = false;
            error = null;
            var output = new List<byte>(ascii.Length);
            uint leftChar = 0;
            int leftBits = 0;
            foreach (byte b in ascii)
            {
                byte v = Decoding[b];
                if (v == Skip) continue;
                if (v == Fail) { error = "Illegal char"; return null; }
                if (v == Done) { done = true; break; }
                leftChar = (leftChar << 6) | v;
                leftBits += 6;
                if (leftBits >= 8)
                {
                    leftBits -= 8;
                    output.Add((byte)(leftChar >> leftBits));
                    leftChar &= (1u << leftBits) - 1;
                }
            }
            if (leftBits != 0 && !done) { error = "incomplete"; return null; }
            return output.ToArray();
        }

        public static byte[] Encode(ReadOnlySpan<byte> data)
        {
            var output = new List<byte>(data.Length * 4 / 3 + 2);
            uint leftChar = 0;
            int leftBits = 0;
            foreach (byte b in data)
            {
                leftChar = (leftChar << 8) | b;
                leftBits += 8;
                while (leftBits >= 6)
                {
                    output.Add((byte)Alphabet[(int)((leftChar >> (leftBits - 6)) & 0x3f)]);
                    leftBits -= 6;
                }
                leftChar &= (1u << leftBits) - 1;
            }
            if (leftBits != 0) output.Add((byte)Alphabet[(int)((leftChar << (6 - leftBits)) & 0x3f)]);
            return output.ToArray();
        }

        public static byte[] RunLengthEncode(ReadOnlySpan<byte> data)
        {
            var output = new List<byte>(data.Length + 8);
            for (int i = 0; i < data.Length; i++)
            {
                byte c = data[i];
                if (c == RunChar)
                {
                    output.Add(RunChar);
                    output.Add(0);
                    continue;
                }
                int end = i + 1;
                while (end < data.Length && data[end] == c && end < i + 255) end++;
                if (end - i > 3)
                {
                    output.Add(c);
                    output.Add(RunChar);
                    output.Add((byte)(end - i));
                    i = end - 1;
                }
                else output.Add(c);
            }
            return output.ToArray();
        }

        /// <summary>error: "Orphaned RLE code at start" (binascii.Error) or "" (Incomplete: a run code
        /// cut off at the end, which binascii.c reports with an empty message).</summary>
        public static byte[] RunLengthDecode(ReadOnlySpan<byte> data, out string error, out bool incomplete)
        {
            error = null;
            incomplete = false;
            var output = new List<byte>(data.Length * 2);
            if (data.Length == 0) return output.ToArray();
            int pos = 0;
            if (data[pos++] == RunChar)
            {
                if (pos >= data.Length) { incomplete = true; error = ""; return null; }
                if (data[pos++] != 0) { error = "Orphaned RLE code at start"; return null; }
                output.Add(RunChar);
            }
            else output.Add(data[0]);
            while (pos < data.Length)
            {
                byte b = data[pos++];
                if (b != RunChar) { output.Add(b); continue; }
                if (pos >= data.Length) { incomplete = true; error = ""; return null; }
                int repeat = data[pos++];
                if (repeat == 0) { output.Add(RunChar); continue; }
                byte last = output[^1];
                while (--repeat > 0) output.Add(last);
            }
            return output.ToArray();
        }
    }
}
