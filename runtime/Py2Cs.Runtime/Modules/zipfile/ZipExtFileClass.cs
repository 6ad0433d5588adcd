using zipfileModule = Py2Cs.Runtime.zipfile;
using System;
using System.IO;
using Py2Cs.Runtime.Modules.binascii;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.gzip;
using static Py2Cs.Runtime.Modules.tarfile.TarCalls;

namespace Py2Cs.Runtime.Modules.zipfile
{
    /// <summary>
    /// zipfile.ZipExtFile (io.BufferedIOBase): a member opened for reading. The member's compressed
    /// bytes are read, decrypted and inflated at the first read (2.7 inflates in 4 KB steps, so for
    /// members above that size its "Bad CRC-32" comes at the end of reading, ours at the start).
    /// Mode 'U' translates \r and \r\n line ends and records them in newlines.
    /// </summary>
    internal static class ZipExtFileClass
    {
        private static readonly PyStr StateName = PyStr.Intern("_zipext_state");

        private sealed class State : PyObject
        {
            public static readonly PyType TypeObject = PyType.Builtin("_ZipExtState", () => PyType.ObjectType, _ => { });
            public override PyType Type => TypeObject;
            public PyObject Fileobj;
            public ZipDecrypter Decrypter;
            public bool CloseFileobj;
            public int CompressType;
            public long CompressSize;
            public long? ExpectedCrc;
            public byte[] Data;
            public int Offset;
            public bool Universal;
        }

        private static State St(PyObject self) => (State)Ops.GetAttr(self, StateName);

        private static byte[] Data(PyObject self)
        {
            var st = St(self);
            if (st.Data != null) return st.Data;
            long n = st.CompressSize - (st.Decrypter != null ? 12 : 0);
            byte[] raw = Bytes(Call(st.Fileobj, "read", I(Math.Max(0, n))));
            st.Decrypter?.Decrypt(raw);
            byte[] data;
            if (st.CompressType == 8)
            {
                try { data = DeflateDecoder.DecodeAvailable(raw, 0); }
                catch (InvalidDataException e) { throw Ops.Error(zlib.error, "Error -3 while decompressing: " + e.Message); }
            }
            else data = raw;
            if (st.ExpectedCrc is long crc && Checksums.Crc32(data, 0) != crc)
                throw Raise(zipfileModule.BadZipfile, "Bad CRC-32 for file " + Ops.Repr(Get(self, "name")));
            st.Data = data;
            return data;
        }

        private static PyObject ReadBytes(PyObject self, long n)
        {
            byte[] data = Data(self);
            var st = St(self);
            int count = (int)(n < 0 ? data.Length - st.Offset : Math.Min(n, data.Length - st.Offset));
            var r = PyStr.FromBytes(data.AsSpan(st.Offset, count));
            st.Offset += count;
            return r;
        }

        private static PyObject ReadLine(PyObject self, long limit)
        {
            byte[] data = Data(self);
            var st = St(self);
            int start = st.Offset;
            if (!st.Universal)
            {
                int nl = Array.IndexOf(data, (byte)'\n', start);
                int end = nl < 0 ? data.Length : nl + 1;
                if (limit >= 0) end = (int)Math.Min(end, start + limit);
                st.Offset = end;
                return PyStr.FromBytes(data.AsSpan(start, end - start));
            }
            var line = new MemoryStream();
            int i = start;
            while (i < data.Length && (limit < 0 || line.Length < limit))
            {
                byte c = data[i];
                if (c == '\n' || c == '\r')
                {
                    string newline = c == '\r' && i + 1 < data.Length && data[i + 1] == '\n' ? "\r\n" : c == '\r' ? "\r" : "\n";
                    PyObject seen = Get(self, "newlines");
                    if (seen is PyNone) { seen = new PyList(); Set(self, "newlines", seen); }
                    if (!Ops.In(S(newline), seen)) ((PyList)seen).Append(S(newline));
                    i += newline.Length;
                    line.WriteByte((byte)'\n');
                    break;
                }
                line.WriteByte(c);
                i++;
            }
            st.Offset = i;
            return PyStr.FromBytes(line.ToArray());
        }

        public static PyType Build() => new PythonClassBuilder("zipfile", "ZipExtFile", IOBases.BufferedIOBase)
            .Attribute("__doc__", S("File-like object for reading an archive member.\n       Is returned by ZipFile.open().\n    "))
            .Attribute("MAX_N", I(1L << 30))
            .Attribute("MIN_READ_SIZE", I(4096))
            .Method("__init__", new[] { "self", "fileobj", "mode", "zipinfo", "decrypter", "close_fileobj" }, a =>
            {
                PyObject self = a[0], zinfo = a[3];
                var st = new State
                {
                    Fileobj = a[1],
                    Decrypter = a[4] is DecrypterObject d ? d.Decrypter : null,
                    CloseFileobj = True(a[5]),
                    CompressType = (int)L(Get(zinfo, "compress_type")),
                    CompressSize = L(Get(zinfo, "compress_size")),
                };
                if (st.CompressType != 0 && st.CompressType != 8)
                {
                    PyObject descr = ((PyDict)zipfileModule.compressor_names).Get(I(st.CompressType));
                    throw Ops.Error(PyExceptionTypes.NotImplementedError, descr != null
                        ? "compression type " + st.CompressType + " (" + Text(descr) + ")" : "compression type " + st.CompressType);
                }
                Ops.SetAttr(self, StateName, st);
                st.Universal = Text(a[2]).Contains('U');
                Set(self, "newlines", None);
                Set(self, "mode", a[2]);
                Set(self, "name", Get(zinfo, "filename"));
                PyObject crc = Ops.GetAttrOrNull(zinfo, "CRC");
                st.ExpectedCrc = crc == null ? null : L(crc);
                return None;
            }, new[] { None, PyBool.False })
            .Method("read", new[] { "self", "n" }, a => ReadBytes(a[0], a[1] is PyNone ? -1 : L(a[1])), new[] { I(-1) })
            .Method("read1", new[] { "self", "n" }, a => ReadBytes(a[0], a[1] is PyNone ? -1 : L(a[1])))
            .Method("readline", new[] { "self", "limit" }, a => ReadLine(a[0], L(a[1])), new[] { I(-1) })
            .Method("peek", new[] { "self", "n" }, a =>
            {
                byte[] data = Data(a[0]);
                int off = St(a[0]).Offset;
                return PyStr.FromBytes(data.AsSpan(off, Math.Min(512, data.Length - off)));
            }, new[] { I(1) })
            .Method("readable", new[] { "self" }, a => PyBool.True)
            .Method("close", new[] { "self" }, a =>
            {
                try
                {
                    var st = St(a[0]);
                    if (st.CloseFileobj) Call(st.Fileobj, "close");
                }
                finally { Ops.Call(Ops.GetAttr(IOBases.BufferedIOBase, PyStr.Intern("close")), a[0]); }
                return None;
            })
            .Build();

        /// <summary>The decrypter passed from ZipFile.open to ZipExtFile.</summary>
        internal sealed class DecrypterObject : PyObject
        {
            public static readonly PyType TypeObject = PyType.Builtin("_ZipDecrypter", () => PyType.ObjectType, _ => { });
            public override PyType Type => TypeObject;
            public readonly ZipDecrypter Decrypter;
            public DecrypterObject(ZipDecrypter d) => Decrypter = d;
        }
    }
}
