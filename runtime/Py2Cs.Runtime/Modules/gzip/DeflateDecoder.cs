using System;
using System.IO;

namespace Py2Cs.Runtime.Modules.gzip
{
    /// <summary>
    /// A raw deflate (RFC 1951) decoder over a complete buffer that reports where the compressed
    /// stream ends. .NET's DeflateStream cannot tell how much input it consumed, but gzip members
    /// follow each other (and their 8-byte trailers follow the deflate data), so the readers of
    /// gzip, tarfile and zipfile need that position, as zlib's decompressobj().unused_data gives it.
    /// </summary>
    internal sealed class DeflateDecoder
    {
        /// <summary>Raised when the input ends before the final block does.</summary>
        internal sealed class TruncatedException : Exception { }

        private static readonly short[] LengthBase = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
        private static readonly short[] LengthExtra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
        private static readonly short[] DistBase = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
        private static readonly short[] DistExtra = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };
        private static readonly byte[] CodeLengthOrder = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

        private readonly byte[] input;
        private int pos;
        private int bitBuffer;
        private int bitCount;
        private byte[] output = new byte[1024];
        private int outLength;

        private DeflateDecoder(byte[] input, int start)
        {
            this.input = input;
            pos = start;
        }

        /// <summary>Decodes the deflate stream starting at <paramref name="start"/>; <paramref name="end"/>
        /// is the index of the first byte after it.</summary>
        public static byte[] Decode(byte[] input, int start, out int end)
        {
            var d = new DeflateDecoder(input, start);
            d.Run();
            end = d.pos - (d.bitCount >> 3);   // whole bytes read ahead into the bit buffer are not part of the stream
            Array.Resize(ref d.output, d.outLength);
            return d.output;
        }

        /// <summary>Decodes as much as the input holds: a stream cut short gives the data decoded so
        /// far (as zlib's decompressobj does before flush).</summary>
        public static byte[] DecodeAvailable(byte[] input, int start)
        {
            var d = new DeflateDecoder(input, start);
            try { d.Run(); }
            catch (TruncatedException) { }
            Array.Resize(ref d.output, d.outLength);
            return d.output;
        }

        private const int FastBits = 9;

        private sealed class Huffman
        {
            public readonly short[] Count = new short[16];
            public readonly short[] Symbol;
            /// <summary>Codes of up to FastBits bits, indexed by the next input bits: symbol &lt;&lt; 4 | length (0: longer code).</summary>
            public readonly int[] Fast = new int[1 << FastBits];
            public Huffman(int n) => Symbol = new short[n];
        }

        private int Bits(int need)
        {
            int val = bitBuffer;
            while (bitCount < need)
            {
                if (pos >= input.Length) throw new TruncatedException();
                val |= input[pos++] << bitCount;
                bitCount += 8;
            }
            bitBuffer = val >> need;
            bitCount -= need;
            return val & ((1 << need) - 1);
        }

        private void Emit(byte b)
        {
            if (outLength == output.Length) Array.Resize(ref output, output.Length * 2);
            output[outLength++] = b;
        }

        private void Run()
        {
            int last;
            do
            {
                last = Bits(1);
                int type = Bits(2);
                switch (type)
                {
                    case 0: Stored(); break;
                    case 1: Codes(FixedLength, FixedDistance); break;
                    case 2: Dynamic(); break;
                    default: throw new InvalidDataException("invalid block type");
                }
            } while (last == 0);
        }

        private void Stored()
        {
            pos -= bitCount >> 3;   // give back whole bytes read ahead; the partial byte is padding
            bitBuffer = 0;
            bitCount = 0;
            if (pos + 4 > input.Length) throw new TruncatedException();
            int len = input[pos] | (input[pos + 1] << 8);
            int nlen = input[pos + 2] | (input[pos + 3] << 8);
            pos += 4;
            if (len != (~nlen & 0xffff)) throw new InvalidDataException("invalid stored block lengths");
            if (pos + len > input.Length) throw new TruncatedException();
            while (outLength + len > output.Length) Array.Resize(ref output, output.Length * 2);
            Buffer.BlockCopy(input, pos, output, outLength, len);
            outLength += len;
            pos += len;
        }

        private int DecodeSymbol(Huffman h)
        {
            while (bitCount < FastBits && pos < input.Length)
            {
                bitBuffer |= input[pos++] << bitCount;
                bitCount += 8;
            }
            int entry = h.Fast[bitBuffer & ((1 << FastBits) - 1)];
            if (entry != 0 && (entry & 15) <= bitCount)
            {
                bitBuffer >>= entry & 15;
                bitCount -= entry & 15;
                return entry >> 4;
            }
            int code = 0, first = 0, index = 0;
            for (int len = 1; len <= 15; len++)
            {
                code |= Bits(1);
                int count = h.Count[len];
                if (code - count < first) return h.Symbol[index + (code - first)];
                index += count;
                first += count;
                first <<= 1;
                code <<= 1;
            }
            throw new InvalidDataException("invalid code");
        }

        private static int Construct(Huffman h, short[] lengths, int offset, int n)
        {
            Array.Clear(h.Count);
            for (int s = 0; s < n; s++) h.Count[lengths[offset + s]]++;
            if (h.Count[0] == n) { Array.Clear(h.Fast); return 0; }
            int left = 1;
            for (int len = 1; len <= 15; len++)
            {
                left <<= 1;
                left -= h.Count[len];
                if (left < 0) return left;
            }
            var offs = new short[16];
            for (int len = 1; len < 15; len++) offs[len + 1] = (short)(offs[len] + h.Count[len]);
            for (int s = 0; s < n; s++)
                if (lengths[offset + s] != 0) h.Symbol[offs[lengths[offset + s]]++] = (short)s;
            BuildFast(h, lengths, offset, n);
            return left;
        }

        /// <summary>The lookup table of the short codes: canonical codes, bit-reversed because deflate
        /// sends Huffman codes most significant bit first in its least-significant-first stream.</summary>
        private static void BuildFast(Huffman h, short[] lengths, int offset, int n)
        {
            Array.Clear(h.Fast);
            var next = new int[16];
            int code = 0;
            for (int len = 1; len < 16; len++)
            {
                code = (code + (len == 1 ? 0 : h.Count[len - 1])) << 1;
                next[len] = code;
            }
            for (int s = 0; s < n; s++)
            {
                int len = lengths[offset + s];
                if (len == 0) continue;
                int c = next[len]++;
                if (len > FastBits) continue;
                int reversed = 0;
                for (int i = 0; i < len; i++) reversed |= ((c >> i) & 1) << (len - 1 - i);
                for (int k = reversed; k < 1 << FastBits; k += 1 << len) h.Fast[k] = s << 4 | len;
            }
        }

        private static readonly Huffman FixedLength = MakeFixedLength();
        private static readonly Huffman FixedDistance = MakeFixedDistance();

        private static Huffman MakeFixedLength()
        {
            var lengths = new short[288];
            for (int s = 0; s < 144; s++) lengths[s] = 8;
            for (int s = 144; s < 256; s++) lengths[s] = 9;
            for (int s = 256; s < 280; s++) lengths[s] = 7;
            for (int s = 280; s < 288; s++) lengths[s] = 8;
            var h = new Huffman(288);
            Construct(h, lengths, 0, 288);
            return h;
        }

        private static Huffman MakeFixedDistance()
        {
            var lengths = new short[30];
            for (int s = 0; s < 30; s++) lengths[s] = 5;
            var h = new Huffman(30);
            Construct(h, lengths, 0, 30);
            return h;
        }

        private void Codes(Huffman lencode, Huffman distcode)
        {
            while (true)
            {
                int symbol = DecodeSymbol(lencode);
                if (symbol < 256) { Emit((byte)symbol); continue; }
                if (symbol == 256) return;
                symbol -= 257;
                if (symbol >= 29) throw new InvalidDataException("invalid literal/length code");
                int len = LengthBase[symbol] + Bits(LengthExtra[symbol]);
                int ds = DecodeSymbol(distcode);
                if (ds >= 30) throw new InvalidDataException("invalid distance code");
                int dist = DistBase[ds] + Bits(DistExtra[ds]);
                if (dist > outLength) throw new InvalidDataException("invalid distance too far back");
                while (outLength + len > output.Length) Array.Resize(ref output, output.Length * 2);
                for (int i = 0; i < len; i++, outLength++) output[outLength] = output[outLength - dist];
            }
        }

        private void Dynamic()
        {
            int nlen = Bits(5) + 257, ndist = Bits(5) + 1, ncode = Bits(4) + 4;
            if (nlen > 286 || ndist > 30) throw new InvalidDataException("bad counts");
            var lengths = new short[320];
            for (int i = 0; i < ncode; i++) lengths[CodeLengthOrder[i]] = (short)Bits(3);
            var lencode = new Huffman(288);
            var distcode = new Huffman(30);
            if (Construct(lencode, lengths, 0, 19) != 0) throw new InvalidDataException("invalid code lengths set");
            int index = 0;
            while (index < nlen + ndist)
            {
                int symbol = DecodeSymbol(lencode);
                if (symbol < 16) { lengths[index++] = (short)symbol; continue; }
                int len = 0, repeat;
                if (symbol == 16)
                {
                    if (index == 0) throw new InvalidDataException("invalid bit length repeat");
                    len = lengths[index - 1];
                    repeat = 3 + Bits(2);
                }
                else if (symbol == 17) repeat = 3 + Bits(3);
                else repeat = 11 + Bits(7);
                if (index + repeat > nlen + ndist) throw new InvalidDataException("invalid bit length repeat");
                while (repeat-- > 0) lengths[index++] = (short)len;
            }
            if (lengths[256] == 0) throw new InvalidDataException("invalid code -- missing end-of-block");
            int err = Construct(lencode, lengths, 0, nlen);
            if (err < 0 || (err > 0 && nlen - lencode.Count[0] != 1)) throw new InvalidDataException("invalid literal/lengths set");
            err = Construct(distcode, lengths, nlen, ndist);
            if (err < 0 || (err > 0 && ndist - distcode.Count[0] != 1)) throw new InvalidDataException("invalid distances set");
            Codes(lencode, distcode);
        }
    }
}
