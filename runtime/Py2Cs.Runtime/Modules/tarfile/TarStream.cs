using tarfileModule = Py2Cs.Runtime.tarfile;
using System;
using System.IO;
using System.Text;
using Py2Cs.Runtime.Modules.binascii;
using Py2Cs.Runtime.Modules.gzip;
using static Py2Cs.Runtime.Modules.tarfile.TarCalls;

namespace Py2Cs.Runtime.Modules.tarfile
{
    /// <summary>
    /// tarfile._Stream: the adapter behind the streaming modes ('r|*', 'r|gz', 'w|', 'w|gz'). It
    /// reads and writes its file object block-wise and never seeks backwards ("seeking backwards is
    /// not allowed"). A gzip stream being read is decoded when the stream is opened (its header
    /// errors are raised then, as in 2.7); bzip2 is not available in this runtime.
    /// </summary>
    internal sealed class TarStream : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("_Stream", () => PyType.ObjectType, t =>
        {
            t.DefMethod("write", (s, data) => { ((TarStream)s).Write(Bytes(data)); return None; });
            t.DefMethod("read", 0, new[] { "size" }, (s, a) => PyStr.FromBytes(((TarStream)s).Read(a[0] is null or PyNone ? -1 : L(a[0]))));
            t.DefMethod("tell", s => I(((TarStream)s).pos));
            t.DefMethod("seek", 0, new[] { "pos" }, (s, a) => I(((TarStream)s).Seek(a[0] is null ? 0 : L(a[0]))));
            t.DefMethod("close", s => { ((TarStream)s).Close(); return None; });
            t.DefProperty("name", s => ((TarStream)s).name);
            t.DefProperty("mode", s => S(((TarStream)s).mode));
            t.DefProperty("comptype", s => S(((TarStream)s).comptype));
            t.DefProperty("fileobj", s => ((TarStream)s).fileobj);
            t.DefProperty("bufsize", s => I(((TarStream)s).bufsize));
            t.DefProperty("closed", s => PyBool.From(((TarStream)s).closed));
            t.DefProperty("pos", s => I(((TarStream)s).pos));
        });

        public override PyType Type => TypeObject;

        private readonly PyObject name;
        private readonly string mode;
        private readonly string comptype;
        private readonly PyObject fileobj;
        private readonly int bufsize;
        private readonly bool extfileobj;
        private bool closed;
        private long pos;

        private byte[] pending = Array.Empty<byte>();   // raw bytes read ahead (tar) or written but not flushed
        private byte[] decoded;                         // the whole decompressed stream (gz read)
        private int decodedPos;
        private ZlibCompressObject compressor;
        private uint crc;

        public TarStream(PyObject nameObj, string mode, string comptype, PyObject fileobj, int bufsize)
        {
            extfileobj = true;
            if (fileobj is PyNone)
            {
                fileobj = PyFile.Open(nameObj, mode == "r" ? "rb" : "wb", -1);
                extfileobj = false;
            }
            this.fileobj = fileobj;
            this.mode = mode;
            this.bufsize = bufsize;
            if (comptype == "*")
            {
                pending = Bytes(TarCalls.Call(fileobj, "read", I(TarHeader.BlockSize)));
                comptype = pending.Length >= 3 && pending[0] == 0x1f && pending[1] == 0x8b && pending[2] == 8 ? "gz"
                    : pending.Length >= 10 && pending[0] == 'B' && pending[1] == 'Z' && pending[2] == 'h' && Encoding.Latin1.GetString(pending, 4, 6) == "1AY&SY" ? "bz2"
                    : "tar";
            }
            name = True(nameObj) ? nameObj : S("");
            this.comptype = comptype;
            try
            {
                if (comptype == "gz")
                {
                    if (mode == "r") InitReadGz();
                    else InitWriteGz();
                }
                else if (comptype == "bz2") throw Raise(tarfileModule.CompressionError, "bz2 module is not available");
                else if (comptype != "tar") throw Raise(tarfileModule.CompressionError, "unknown compression type " + Ops.Repr(S(comptype)));
            }
            catch
            {
                if (!extfileobj) TarCalls.Call(fileobj, "close");
                closed = true;
                throw;
            }
        }

        private byte[] ReadAllRaw()
        {
            var all = new MemoryStream();
            all.Write(pending);
            pending = Array.Empty<byte>();
            while (true)
            {
                byte[] b = Bytes(TarCalls.Call(fileobj, "read", I(bufsize)));
                if (b.Length == 0) break;
                all.Write(b);
            }
            return all.ToArray();
        }

        private void InitReadGz()
        {
            byte[] raw = ReadAllRaw();
            if (raw.Length < 2 || raw[0] != 0x1f || raw[1] != 0x8b) throw Raise(tarfileModule.ReadError, "not a gzip file");
            if (raw.Length < 3 || raw[2] != 8) throw Raise(tarfileModule.CompressionError, "unsupported compression method");
            int flag = raw.Length > 3 ? raw[3] : 0;
            int p = 10;
            if ((flag & 4) != 0 && p + 2 <= raw.Length) p += 2 + raw[p] + 256 * raw[p + 1];
            if ((flag & 8) != 0) { while (p < raw.Length && raw[p] != 0) p++; p++; }
            if ((flag & 16) != 0) { while (p < raw.Length && raw[p] != 0) p++; p++; }
            if ((flag & 2) != 0) p += 2;
            try { decoded = p < raw.Length ? DeflateDecoder.DecodeAvailable(raw, p) : Array.Empty<byte>(); }
            catch (InvalidDataException e) { throw Ops.Error(zlib.error, "Error -3 while decompressing: " + e.Message); }
        }

        private void InitWriteGz()
        {
            compressor = new ZlibCompressObject(9, 8, -15, 8, 0); // tarfile's _Stream: compressobj(9, DEFLATED, -MAX_WBITS, DEF_MEM_LEVEL, 0)
            var header = new MemoryStream();
            header.Write(new byte[] { 0x1f, 0x8b, 8, 8 });
            header.Write(BitConverter.GetBytes((uint)(long)time.time_()));
            header.Write(new byte[] { 2, 0xff });
            PyObject n = name is PyUnicode u ? Ops.CallMethod(u, "encode", S("iso-8859-1"), S("replace")) : name;
            byte[] nb = Bytes(n);
            if (nb.Length >= 3 && Encoding.Latin1.GetString(nb, nb.Length - 3, 3) == ".gz") nb = nb[..^3];
            header.Write(nb);
            header.WriteByte(0);
            Buffered(header.ToArray());
        }

        public void Write(byte[] s)
        {
            if (comptype == "gz") crc = Checksums.Crc32(s, crc);
            pos += s.Length;
            if (comptype != "tar")
            {
                s = compressor.Compress(s);
            }
            Buffered(s);
        }

        /// <summary>_Stream.__write: whole blocks of bufsize go to the file object.</summary>
        private void Buffered(byte[] s)
        {
            var all = new byte[pending.Length + s.Length];
            pending.CopyTo(all, 0);
            s.CopyTo(all, pending.Length);
            int start = 0;
            while (all.Length - start > bufsize)
            {
                TarCalls.Call(fileobj, "write", PyStr.FromBytes(all.AsSpan(start, bufsize)));
                start += bufsize;
            }
            pending = all[start..];
        }

        public void Close()
        {
            if (closed) return;
            closed = true;
            try
            {
                if (mode == "w" && comptype != "tar")
                {
                    byte[] rest = compressor.Flush(4);
                    var all = new byte[pending.Length + rest.Length];
                    pending.CopyTo(all, 0);
                    rest.CopyTo(all, pending.Length);
                    pending = all;
                }
                if (mode == "w" && pending.Length > 0)
                {
                    TarCalls.Call(fileobj, "write", PyStr.FromBytes(pending));
                    pending = Array.Empty<byte>();
                    if (comptype == "gz")
                    {
                        TarCalls.Call(fileobj, "write", PyStr.FromBytes(BitConverter.GetBytes(crc)));
                        TarCalls.Call(fileobj, "write", PyStr.FromBytes(BitConverter.GetBytes(unchecked((uint)pos))));
                    }
                }
            }
            finally
            {
                if (!extfileobj) TarCalls.Call(fileobj, "close");
            }
        }

        public long Seek(long target)
        {
            if (target - pos < 0) throw Raise(tarfileModule.StreamError, "seeking backwards is not allowed");
            Read(target - pos);
            return pos;
        }

        public byte[] Read(long size)
        {
            byte[] b;
            if (decoded != null)
            {
                int n = (int)(size < 0 ? decoded.Length - decodedPos : Math.Min(size, decoded.Length - decodedPos));
                b = decoded.AsSpan(decodedPos, n).ToArray();
                decodedPos += n;
            }
            else if (size < 0) b = ReadAllRaw();
            else
            {
                var acc = new MemoryStream();
                acc.Write(pending);
                while (acc.Length < size)
                {
                    byte[] chunk = Bytes(TarCalls.Call(fileobj, "read", I(bufsize)));
                    if (chunk.Length == 0) break;
                    acc.Write(chunk);
                }
                byte[] all = acc.ToArray();
                int n = (int)Math.Min(size, all.Length);
                b = all[..n];
                pending = all[n..];
            }
            pos += b.Length;
            return b;
        }
    }
}
