using System;
using Py2Cs.Runtime.Modules.gzip;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// zlib.compressobj(): streaming compression in the raw (wbits &lt; 0), zlib (8..15) or gzip (16+)
    /// format over <see cref="Deflater"/>, driven exactly as 2.7's zlibmodule.c drives zlib (a 16 KiB
    /// output buffer doubled while deflate fills it), so output, flush results and error messages match.
    /// </summary>
    internal sealed class ZlibCompressObject : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("Compress", () => PyType.ObjectType, t =>
        {
            t.DefMethod("compress", (s, data) => PyStr.FromBytes(((ZlibCompressObject)s).Compress(FileObjectCalls.Bytes(data))));
            t.DefMethod("flush", 0, new[] { "mode" }, (s, a) => PyStr.FromBytes(((ZlibCompressObject)s).Flush(a[0] == null ? Deflater.Z_FINISH : (int)Ops.IndexToLong(a[0]))));
            t.DefMethod("copy", 0, Array.Empty<string>(), (s, a) => ((ZlibCompressObject)s).Copy());
        });

        public override PyType Type => TypeObject;

        const int DefaultAlloc = 16 * 1024;

        Deflater _deflater;
        bool _ended; // deflateEnd ran (after flush(Z_FINISH)); zlib's later calls fail with Z_STREAM_ERROR

        public ZlibCompressObject(int level, int method, int wbits, int memLevel, int strategy)
        {
            _deflater = Deflater.Create(level, method, wbits, memLevel, strategy) ?? throw Ops.ValueError("Invalid initialization option");
        }

        ZlibCompressObject(Deflater deflater) { _deflater = deflater; }

        /// <summary>
        /// The deflate loop of 2.7.18's zlibmodule.c (arrange_output_buffer): a 16 KiB output buffer, doubled
        /// and deflate called again while deflate fills it. The buffer sizes matter: at level 0 zlib sizes
        /// stored blocks by the output space it is given.
        /// </summary>
        internal static byte[] DeflateLoop(Deflater deflater, byte[] input, int flush, out int err)
        {
            var output = new byte[DefaultAlloc];
            int consumed = 0, filled = 0;
            for (;;)
            {
                err = deflater.Deflate(input, consumed, input.Length - consumed, output, filled, output.Length - filled, flush,
                    out int more, out int wrote);
                consumed += more;
                filled += wrote;
                if (err == Deflater.Z_STREAM_ERROR || filled < output.Length) break;
                Array.Resize(ref output, output.Length * 2);
            }
            return output.AsSpan(0, filled).ToArray();
        }

        byte[] Run(byte[] input, int flush, string context)
        {
            if (_ended) throw Error(_deflater, Deflater.Z_STREAM_ERROR, context);
            var output = DeflateLoop(_deflater, input, flush, out int err);
            if (err == Deflater.Z_STREAM_END && flush == Deflater.Z_FINISH) _ended = true;
            else if (err != Deflater.Z_OK && err != Deflater.Z_BUF_ERROR) throw Error(_deflater, err, context);
            return output;
        }

        internal static PythonException Error(Deflater deflater, int err, string context)
        {
            // zlib's strm->msg is set by its last failing call and outlives deflateEnd, so it words later errors.
            string message = deflater.Message
                ?? (err == Deflater.Z_BUF_ERROR ? "incomplete or truncated stream" : err == Deflater.Z_STREAM_ERROR ? "inconsistent stream state" : null);
            return Ops.Error(zlib.error, PyStr.FromString(message == null ? $"Error {err} {context}" : $"Error {err} {context}: {message}"));
        }

        public byte[] Compress(byte[] data) => Run(data, Deflater.Z_NO_FLUSH, "while compressing data");

        public byte[] Flush(int mode) => mode == Deflater.Z_NO_FLUSH ? Array.Empty<byte>() : Run(Array.Empty<byte>(), mode, "while flushing");

        PyObject Copy()
        {
            if (_ended) throw Ops.ValueError("Inconsistent stream state");
            return new ZlibCompressObject(_deflater.Copy());
        }

        /// <summary>Everything compressobj(level, DEFLATED, wbits).compress(data) + flush() returns, for the
        /// modules that write deflate data the way their 2.7 Python code does (gzip, zipfile, tarfile).</summary>
        public static byte[] CompressAll(byte[] data, int level, int wbits)
        {
            var c = new ZlibCompressObject(level, 8, wbits, 8, 0);
            var head = c.Compress(data);
            var tail = c.Flush(Deflater.Z_FINISH);
            var all = new byte[head.Length + tail.Length];
            head.CopyTo(all, 0);
            tail.CopyTo(all, head.Length);
            return all;
        }
    }
}
