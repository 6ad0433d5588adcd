#pragma warning disable CS8981 // the module class is named as in Python
using System;
using System.IO;
using System.IO.Compression;
using Py2Cs.Runtime.Modules.binascii;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The <c>zlib</c> module of Python 2.7: checksums (signed, as 2.7 returns them), one-shot
    /// compress/decompress in the zlib, raw-deflate and gzip formats chosen by wbits. Compression is
    /// <see cref="Deflater"/>, byte-identical to the zlib 1.2.13 CPython is linked with here.
    /// </summary>
    [PythonModule("zlib")]
    public static class zlib
    {
        public static readonly PyType error = MakeError();
        public static readonly PyObject MAX_WBITS = PyInt.From(15);
        public static readonly PyObject DEFLATED = PyInt.From(8);
        public static readonly PyObject DEF_MEM_LEVEL = PyInt.From(8);
        public static readonly PyObject Z_BEST_COMPRESSION = PyInt.From(9);
        public static readonly PyObject Z_BEST_SPEED = PyInt.From(1);
        public static readonly PyObject Z_DEFAULT_COMPRESSION = PyInt.From(-1);
        public static readonly PyObject Z_DEFAULT_STRATEGY = PyInt.From(0);
        public static readonly PyObject Z_FILTERED = PyInt.From(1);
        public static readonly PyObject Z_HUFFMAN_ONLY = PyInt.From(2);
        public static readonly PyObject Z_FINISH = PyInt.From(4);
        public static readonly PyObject Z_NO_FLUSH = PyInt.From(0);
        public static readonly PyObject Z_SYNC_FLUSH = PyInt.From(2);
        public static readonly PyObject Z_FULL_FLUSH = PyInt.From(3);
        public static readonly PyObject ZLIB_VERSION = PyStr.FromString("1.2.13");

        private static PyType MakeError()
        {
            var dict = new PyDict();
            dict.SetStr("__module__", PyStr.FromString("zlib"));
            return (PyType)PyType.MakeClass("error", PyTuple.Create(PyExceptionTypes.Exception), dict);
        }

        public static PyObject crc32(PyObject data, PyObject value = null)
        {
            uint start = value == null ? 0 : unchecked((uint)(long)(Ops.ToBigInteger(value) & 0xffffffff));
            return Checksums.Signed(Checksums.Crc32(binascii.Bytes(data), start));
        }

        public static PyObject adler32(PyObject data, PyObject value = null)
        {
            uint start = value == null ? 1 : unchecked((uint)(long)(Ops.ToBigInteger(value) & 0xffffffff));
            return Checksums.Signed(Checksums.Adler32(binascii.Bytes(data), start));
        }

        public static PyObject compress(PyObject @string, PyObject level = null)
        {
            int lvl = level == null ? -1 : (int)Ops.IndexToLong(level);
            byte[] data = binascii.Bytes(@string);
            var deflater = Deflater.Create(lvl, 8, 15, 8, 0) ?? throw Ops.Error(error, PyStr.FromString("Bad compression level"));
            var output = ZlibCompressObject.DeflateLoop(deflater, data, Deflater.Z_FINISH, out int err);
            if (err != Deflater.Z_STREAM_END) throw ZlibCompressObject.Error(deflater, err, "while compressing data");
            return PyStr.FromBytes(output);
        }

        public static PyObject compressobj(PyObject level = null, PyObject method = null, PyObject wbits = null, PyObject memlevel = null, PyObject strategy = null) =>
            new ZlibCompressObject(Arg(level, -1), Arg(method, 8), Arg(wbits, 15), Arg(memlevel, 8), Arg(strategy, 0));

        static int Arg(PyObject value, int absent) => value == null ? absent : (int)Ops.IndexToLong(value);

        public static PyObject decompressobj(PyObject wbits = null) => new ZlibDecompressObject(wbits == null ? 15 : (int)Ops.IndexToLong(wbits));

        public static PyObject decompress(PyObject @string, PyObject wbits = null, PyObject bufsize = null)
        {
            byte[] data = binascii.Bytes(@string);
            int bits = wbits == null ? 15 : (int)Ops.IndexToLong(wbits);
            try
            {
                using var input = new MemoryStream(data);
                Stream z = bits < 0 ? new DeflateStream(input, CompressionMode.Decompress)
                    : bits > 15 + 16 ? new GZipStream(input, CompressionMode.Decompress)
                    : bits > 15 ? new GZipStream(input, CompressionMode.Decompress)
                    : new ZLibStream(input, CompressionMode.Decompress);
                var output = new MemoryStream();
                z.CopyTo(output);
                z.Dispose();
                return PyStr.FromBytes(output.ToArray());
            }
            catch (InvalidDataException)
            {
                bool badHeader = bits >= 8 && bits <= 15 && (data.Length < 2 || ((data[0] << 8) | data[1]) % 31 != 0 || (data[0] & 0x0f) != 8);
                throw Ops.Error(error, PyStr.FromString(badHeader
                    ? "Error -3 while decompressing data: incorrect header check"
                    : "Error -3 while decompressing data: invalid stored block lengths"));
            }
        }
    }
}
