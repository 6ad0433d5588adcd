using System;
using System.IO;
using Py2Cs.Runtime.Modules.binascii;
using Py2Cs.Runtime.Modules.gzip;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// zlib.decompressobj(): streaming decompression with 2.7's unused_data (input after the end of
    /// the stream) and unconsumed_tail (input held back when max_length limits the output). The
    /// input seen so far is decoded again at each call by <see cref="DeflateDecoder"/> (simple and
    /// exact, quadratic in the stream's size).
    /// </summary>
    internal sealed class ZlibDecompressObject : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("Decompress", () => PyType.ObjectType, t =>
        {
            t.DefMethod("decompress", 1, new[] { "string", "max_length" }, (s, a) =>
                ((ZlibDecompressObject)s).Decompress(FileObjectCalls.Bytes(a[0]), a[1] == null ? 0 : Ops.IndexToLong(a[1])));
            t.DefMethod("flush", 0, new[] { "length" }, (s, a) => ((ZlibDecompressObject)s).Flush());
            t.DefProperty("unused_data", s => PyStr.FromBytes(((ZlibDecompressObject)s).unusedData));
            t.DefProperty("unconsumed_tail", s => PyStr.FromBytes(((ZlibDecompressObject)s).tail));
        });

        public override PyType Type => TypeObject;

        private readonly int wbits;
        private MemoryStream consumed = new();
        private byte[] tail = Array.Empty<byte>();
        private byte[] unusedData = Array.Empty<byte>();
        private long produced;
        private bool finished;

        public ZlibDecompressObject(int wbits) => this.wbits = wbits;

        private static PythonException Error(string message) => Ops.Error(zlib.error, "Error -3 while decompressing: " + message);

        /// <summary>Decodes input from the start: the output so far, and where the stream ended (-1 if not yet).</summary>
        private byte[] Decode(byte[] input, out int end)
        {
            end = -1;
            int start = 0;
            bool gzip = wbits > 15 && (wbits < 32 || (input.Length > 0 && input[0] == 0x1f));
            if (wbits >= 0 && !gzip)
            {
                if (input.Length < 2) return Array.Empty<byte>();
                if (((input[0] << 8) | input[1]) % 31 != 0) throw Error("incorrect header check");
                if ((input[0] & 0x0f) != 8) throw Error("unknown compression method");
                if ((input[0] >> 4) + 8 > Math.Max(wbits & 15, 8)) throw Error("invalid window size");
                start = 2;
            }
            else if (gzip)
            {
                start = GzipHeaderLength(input);
                if (start < 0) return Array.Empty<byte>();
            }
            byte[] output;
            int dataEnd;
            try { output = DeflateDecoder.Decode(input, start, out dataEnd); }
            catch (DeflateDecoder.TruncatedException) { return DeflateDecoder.DecodeAvailable(input, start); }
            catch (InvalidDataException e) { throw Error(e.Message); }
            int trailer = wbits < 0 ? 0 : gzip ? 8 : 4;
            if (input.Length < dataEnd + trailer) return output;
            if (gzip)
            {
                if (BitConverter.ToUInt32(input, dataEnd) != Checksums.Crc32(output, 0)) throw Error("incorrect data check");
                if (BitConverter.ToUInt32(input, dataEnd + 4) != (uint)output.Length) throw Error("incorrect length check");
            }
            else if (trailer == 4)
            {
                uint adler = (uint)(input[dataEnd] << 24 | input[dataEnd + 1] << 16 | input[dataEnd + 2] << 8 | input[dataEnd + 3]);
                if (adler != Checksums.Adler32(output, 1)) throw Error("incorrect data check");
            }
            end = dataEnd + trailer;
            return output;
        }

        private static int GzipHeaderLength(byte[] b)
        {
            if (b.Length < 10) return -1;
            if (b[0] != 0x1f || b[1] != 0x8b) throw Error("incorrect header check");
            if (b[2] != 8) throw Error("unknown compression method");
            int flag = b[3], p = 10;
            if ((flag & 4) != 0) { if (p + 2 > b.Length) return -1; p += 2 + b[p] + 256 * b[p + 1]; }
            if ((flag & 8) != 0) { while (p < b.Length && b[p] != 0) p++; p++; }
            if ((flag & 16) != 0) { while (p < b.Length && b[p] != 0) p++; p++; }
            if ((flag & 2) != 0) p += 2;
            return p <= b.Length ? p : -1;
        }

        public PyObject Decompress(byte[] data, long maxLength)
        {
            if (maxLength < 0) throw Ops.ValueError("max_length must be greater than zero");
            if (finished)
            {
                unusedData = Concat(unusedData, data);
                return PyStr.Empty;
            }
            byte[] input = Concat(consumed.ToArray(), data);
            byte[] output = Decode(input, out int end);
            long available = output.Length - produced;
            if (maxLength > 0 && available > maxLength)
            {
                var limited = PyStr.FromBytes(output.AsSpan((int)produced, (int)maxLength));
                produced += maxLength;
                tail = data;
                return limited;
            }
            var result = PyStr.FromBytes(output.AsSpan((int)produced));
            produced = output.Length;
            tail = Array.Empty<byte>();
            if (end >= 0)
            {
                finished = true;
                unusedData = input[end..];
                consumed = new MemoryStream(input[..end]);
            }
            else consumed.Write(data);
            return result;
        }

        public PyObject Flush()
        {
            if (finished || tail.Length == 0)
            {
                if (finished) return PyStr.Empty;
                byte[] all = Decode(consumed.ToArray(), out _);
                var rest = PyStr.FromBytes(all.AsSpan((int)Math.Min(produced, all.Length)));
                produced = all.Length;
                return rest;
            }
            byte[] pending = tail;
            tail = Array.Empty<byte>();
            return Decompress(pending, 0);
        }

        private static byte[] Concat(byte[] a, byte[] b)
        {
            var r = new byte[a.Length + b.Length];
            a.CopyTo(r, 0);
            b.CopyTo(r, a.Length);
            return r;
        }
    }
}
