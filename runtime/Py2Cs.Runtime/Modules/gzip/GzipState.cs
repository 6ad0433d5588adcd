using System;
using System.IO;
using Py2Cs.Runtime.Modules.binascii;

namespace Py2Cs.Runtime.Modules.gzip
{
    /// <summary>
    /// The Python-invisible state of one GzipFile (kept in its instance dict as <c>_gzip_state</c>):
    /// the compressor and running CRC/size when writing, the decompressed members when reading.
    /// Reading decodes every member of the remaining input at the first read (CPython decodes in
    /// chunks); header and CRC errors are raised at that first read, with 2.7's messages.
    /// </summary>
    internal sealed class GzipState : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("_GzipState", () => PyType.ObjectType, _ => { });
        public override PyType Type => TypeObject;

        public bool Writing;
        public long Offset;

        // writing
        public MemoryStream Sink;
        public ZlibCompressObject Compressor;
        public uint Crc;
        public long Size;
        public int Level;

        // reading
        public byte[] Data;
        public long LastMtime = -1;

        public void StartCompressor()
        {
            Sink = new MemoryStream();
            Compressor = new ZlibCompressObject(Level, 8, -15, 8, 0); // gzip.py's compressobj(level, DEFLATED, -MAX_WBITS, DEF_MEM_LEVEL, 0)
        }

        /// <summary>Compressed bytes produced so far, removed from the sink.</summary>
        public byte[] Drain()
        {
            byte[] b = Sink.ToArray();
            Sink.SetLength(0);
            return b;
        }

        public void Compress(byte[] data)
        {
            Sink.Write(Compressor.Compress(data));
            Crc = Checksums.Crc32(data, Crc);
            Size += data.Length;
            Offset += data.Length;
        }

        /// <summary>Decodes the members of a gzip file (gzip.py's _read loop, all at once).</summary>
        public static byte[] DecodeMembers(byte[] raw, out long mtime)
        {
            mtime = -1;
            var output = new MemoryStream();
            int pos = 0;
            while (pos < raw.Length)
            {
                if (raw.Length - pos < 2 || raw[pos] != 0x1f || raw[pos + 1] != 0x8b) throw Ops.IOError("Not a gzipped file");
                if (pos + 2 >= raw.Length || raw[pos + 2] != 8) throw Ops.IOError("Unknown compression method");
                int flag = pos + 3 < raw.Length ? raw[pos + 3] : 0;
                if (pos + 8 <= raw.Length) mtime = BitConverter.ToUInt32(raw, pos + 4);
                pos += 10;
                if ((flag & 4) != 0 && pos + 2 <= raw.Length) pos += 2 + raw[pos] + 256 * raw[pos + 1];
                if ((flag & 8) != 0) pos = SkipZeroTerminated(raw, pos);
                if ((flag & 16) != 0) pos = SkipZeroTerminated(raw, pos);
                if ((flag & 2) != 0) pos += 2;
                byte[] member;
                int end;
                uint crc;
                try
                {
                    member = pos <= raw.Length ? DeflateDecoder.Decode(raw, pos, out end) : throw new DeflateDecoder.TruncatedException();
                    crc = Checksums.Crc32(member, 0);
                }
                catch (DeflateDecoder.TruncatedException)
                {
                    // 2.7 reaches the end of the file mid-stream and reads the last 8 bytes it saw as the trailer
                    throw Ops.IOError("CRC check failed");
                }
                catch (InvalidDataException)
                {
                    throw Ops.Error(zlib.error, "Error -3 while decompressing: invalid distance too far back");
                }
                if (end + 8 > raw.Length) throw Ops.Error((PyType)Py2Cs.Runtime.@struct.error, "unpack requires a string argument of length 4");
                uint storedCrc = BitConverter.ToUInt32(raw, end);
                uint isize = BitConverter.ToUInt32(raw, end + 4);
                if (storedCrc != crc)
                    throw Ops.IOError($"CRC check failed 0x{storedCrc:x} != 0x{crc:x}L");
                if (isize != (uint)member.Length) throw Ops.IOError("Incorrect length of data produced");
                output.Write(member);
                pos = end + 8;
                while (pos < raw.Length && raw[pos] == 0) pos++;
            }
            return output.ToArray();
        }

        private static int SkipZeroTerminated(byte[] raw, int pos)
        {
            while (pos < raw.Length && raw[pos] != 0) pos++;
            return pos + 1;
        }
    }
}
