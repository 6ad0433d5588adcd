#pragma warning disable CS8981 // the module class is named as in Python
using System;
using System.IO;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.gzip;
using static Py2Cs.Runtime.Modules.gzip.FileObjectCalls;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The gzip module of Python 2.7. GzipFile is a Python class deriving from io.BufferedIOBase
    /// (as in 2.7), so it can be subclassed and its methods are found by attribute look-up; the
    /// underlying fileobj is used only through its read/write/seek/tell/flush/close methods.
    /// Compression is .NET's deflate (zlib-ng): the header is 2.7's byte for byte, the deflate
    /// data may differ from zlib 1.2.11's but decompresses to the same content.
    /// </summary>
    [PythonModule("gzip")]
    public static class gzip
    {
        public static readonly PyObject READ = PyInt.From(1);
        public static readonly PyObject WRITE = PyInt.From(2);
        public static readonly PyObject FTEXT = PyInt.From(1);
        public static readonly PyObject FHCRC = PyInt.From(2);
        public static readonly PyObject FEXTRA = PyInt.From(4);
        public static readonly PyObject FNAME = PyInt.From(8);
        public static readonly PyObject FCOMMENT = PyInt.From(16);
        public static readonly PyList __all__ = PyList.FromArray(new PyObject[] { Str("GzipFile"), Str("open") });

        private static readonly PyStr StateName = PyStr.Intern("_gzip_state");
        private static readonly PyStr FileobjName = PyStr.Intern("fileobj");

        public static readonly PyType GzipFile = BuildGzipFile();

        public static PyObject open(PyObject filename, PyObject mode = null, PyObject compresslevel = null) =>
            Ops.Call(GzipFile, filename, mode ?? Str("rb"), compresslevel ?? PyInt.From(9));

        public static void write32u(PyObject output, PyObject value)
        {
            var b = new byte[4];
            BitConverter.TryWriteBytes(b, unchecked((uint)(long)(Ops.ToBigInteger(value) & 0xffffffff)));
            Write(output, b);
        }

        public static PyObject read32(PyObject input)
        {
            byte[] b = Read(input, 4);
            if (b.Length != 4) throw Ops.Error((PyType)@struct.error, "unpack requires a string argument of length 4");
            return PyInt.From(BitConverter.ToUInt32(b));
        }

        private static GzipState State(PyObject self) =>
            Ops.GetAttrOrNull(self, StateName) as GzipState ?? throw Ops.AttributeError("GzipFile instance has no attribute 'fileobj'");

        private static PyObject Fileobj(PyObject self) => Ops.GetAttr(self, FileobjName);

        private static bool IsClosed(PyObject self) => Ops.GetAttr(self, FileobjName) is PyNone;

        private static void CheckClosed(PyObject self)
        {
            if (Ops.IsTrue(Attr(self, "closed"))) throw Ops.ValueError("I/O operation on closed file.");
        }

        private static PyObject None => PyNone.None;

        private static PyType BuildGzipFile() => new PythonClassBuilder("gzip", "GzipFile", IOBases.BufferedIOBase)
            .Attribute("__doc__", Str("The GzipFile class simulates most of the methods of a file object with\n    the exception of the readinto() and truncate() methods.\n\n    "))
            .Attribute("myfileobj", PyNone.None)
            .Attribute("max_read_chunk", PyInt.From(10 * 1024 * 1024))
            .Method("__init__", new[] { "self", "filename", "mode", "compresslevel", "fileobj", "mtime" }, a => Init(a[0], a[1], a[2], a[3], a[4], a[5]),
                defaults: new PyObject[] { None, None, PyInt.From(9), None, None })
            .Attribute("filename", new PyProperty(Fn("filename", new[] { "self" }, a =>
            {
                Ops.Call(Ops.GetAttr(Importer.ImportModule("warnings"), PyStr.Intern("warn")), Str("use the name attribute"), PyExceptionTypes.DeprecationWarning, PyInt.From(2));
                PyObject name = Attr(a[0], "name");
                if (State(a[0]).Writing && !name.ToString().EndsWith(".gz")) return Ops.Add(name, Str(".gz"));
                return name;
            }), null, null, None))
            .Attribute("offset", new PyProperty(Fn("offset", new[] { "self" }, a => PyInt.From(State(a[0]).Offset)),
                Fn("offset", new[] { "self", "value" }, a => { State(a[0]).Offset = Long(a[1]); return None; }), null, None))
            .Attribute("closed", new PyProperty(Fn("closed", new[] { "self" }, a => PyBool.From(IsClosed(a[0]))), null, null, None))
            .Method("__repr__", new[] { "self" }, a =>
            {
                string s = Ops.Repr(Fileobj(a[0])).ToString();
                return Str("<gzip " + s.Substring(1, s.Length - 2) + " 0x" + Ops.Id(a[0]).ToString("x") + ">");
            })
            .Method("_check_closed", new[] { "self" }, a => { CheckClosed(a[0]); return None; })
            .Method("write", new[] { "self", "data" }, a => WriteData(a[0], a[1]))
            .Method("read", new[] { "self", "size" }, a => ReadData(a[0], Long(a[1])), defaults: new PyObject[] { PyInt.From(-1) })
            .Method("readline", new[] { "self", "size" }, a => ReadLine(a[0], Long(a[1])), defaults: new PyObject[] { PyInt.From(-1) })
            .Method("close", new[] { "self" }, a => Close(a[0]))
            .Method("flush", new[] { "self", "zlib_mode" }, a =>
            {
                CheckClosed(a[0]);
                var st = State(a[0]);
                if (st.Writing)
                {
                    st.Sink.Write(st.Compressor.Flush((int)Ops.IndexToLong(a[1])));
                    Write(Fileobj(a[0]), st.Drain());
                    Ops.CallMethod(Fileobj(a[0]), "flush");
                }
                return None;
            }, defaults: new PyObject[] { PyInt.From(2) })
            .Method("fileno", new[] { "self" }, a => Ops.CallMethod(Fileobj(a[0]), "fileno"))
            .Method("rewind", new[] { "self" }, a =>
            {
                var st = State(a[0]);
                if (st.Writing) throw Ops.IOError("Can't rewind in write mode");
                st.Offset = 0;
                return None;
            })
            .Method("readable", new[] { "self" }, a => PyBool.From(!State(a[0]).Writing))
            .Method("writable", new[] { "self" }, a => PyBool.From(State(a[0]).Writing))
            .Method("seekable", new[] { "self" }, a => PyBool.True)
            .Method("seek", new[] { "self", "offset", "whence" }, a => SeekTo(a[0], Long(a[1]), Long(a[2])), defaults: new PyObject[] { PyInt.From(0) })
            .Build();

        private static PyFunction Fn(string name, string[] parameters, Func<PyObject[], PyObject> body) =>
            PyFunction.WithBoundArguments(new FunctionSignature(name, parameters), body);

        private static PyObject Init(PyObject self, PyObject filename, PyObject mode, PyObject compresslevel, PyObject fileobj, PyObject mtime)
        {
            string m = mode is PyNone || !Ops.IsTrue(mode) ? null : Ops.Str(mode).ToString();
            if (m != null) m = m.Replace("U", "");
            if (m != null && !m.Contains('b')) m += "b";
            if (fileobj is PyNone)
            {
                fileobj = PyFile.Open(filename, m ?? "rb", -1);
                SetAttr(self, "myfileobj", fileobj);
            }
            if (filename is PyNone)
            {
                filename = AttrOrNull(fileobj, "name") ?? Str("");
                if (!(filename is PyStr || filename is PyUnicode) || (filename is PyStr fs && fs.ToString() == "<fdopen>")) filename = Str("");
            }
            if (m == null)
            {
                PyObject fm = AttrOrNull(fileobj, "mode");
                m = fm != null ? Ops.Str(fm).ToString() : "rb";
            }
            var st = new GzipState();
            Ops.SetAttr(self, StateName, st);
            if (m.StartsWith("r"))
            {
                SetAttr(self, "mode", READ);
                SetAttr(self, "name", filename);
                SetAttr(self, "min_readsize", PyInt.From(100));
            }
            else if (m.StartsWith("w") || m.StartsWith("a"))
            {
                st.Writing = true;
                SetAttr(self, "mode", WRITE);
                SetAttr(self, "name", filename);
                st.Level = (int)Long(compresslevel);
                if (st.Level < -1 || st.Level > 9) throw Ops.ValueError("Invalid initialization option");
                st.StartCompressor();
            }
            else throw Ops.IOError("Mode " + m + " not supported");
            SetAttr(self, "fileobj", fileobj);
            SetAttr(self, "mtime", mtime);
            if (st.Writing) WriteHeader(self, fileobj, filename, mtime);
            return None;
        }

        private static void WriteHeader(PyObject self, PyObject fileobj, PyObject name, PyObject mtime)
        {
            byte[] fname;
            try
            {
                PyObject b = posixpath.basename(name);
                fname = b is PyUnicode u ? Bytes(Ops.CallMethod(u, "encode", Str("latin-1"))) : ((PyStr)Ops.Str(b)).Bytes.ToArray();
                if (fname.Length >= 3 && fname[^3] == '.' && fname[^2] == 'g' && fname[^1] == 'z') fname = fname[..^3];
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.UnicodeEncodeError)) { fname = Array.Empty<byte>(); }
            long stamp = mtime is PyNone ? (long)time.time_() : (long)Ops.ToBigInteger(Ops.Call(PyLong.TypeObject, mtime));
            var header = new MemoryStream();
            header.Write(new byte[] { 0x1f, 0x8b, 8, (byte)(fname.Length > 0 ? 8 : 0) });
            var t = new byte[4];
            BitConverter.TryWriteBytes(t, unchecked((uint)stamp));
            // write32u packs with "<L": values outside 0..2**32-1 raise struct.error in 2.7
            if (stamp < 0 || stamp > uint.MaxValue) throw Ops.Error((PyType)@struct.error, "integer out of range for 'L' format code");
            Write(fileobj, new byte[] { 0x1f, 0x8b });
            Write(fileobj, new byte[] { 8 });
            Write(fileobj, new byte[] { (byte)(fname.Length > 0 ? 8 : 0) });
            Write(fileobj, t);
            Write(fileobj, new byte[] { 2 });
            Write(fileobj, new byte[] { 0xff });
            if (fname.Length > 0)
            {
                var withNul = new byte[fname.Length + 1];
                fname.CopyTo(withNul, 0);
                Write(fileobj, withNul);
            }
        }

        private static PyObject WriteData(PyObject self, PyObject data)
        {
            CheckClosed(self);
            var st = State(self);
            if (!st.Writing) throw Ops.EnvironmentError(PyExceptionTypes.IOError, 9, "write() on read-only GzipFile object", null);
            byte[] bytes = Bytes(data);
            if (bytes.Length > 0)
            {
                st.Compress(bytes);
                if (st.Sink.Length > 0) Write(Fileobj(self), st.Drain());
            }
            return PyInt.From(bytes.Length);
        }

        private static void EnsureLoaded(PyObject self, GzipState st)
        {
            if (st.Data != null) return;
            byte[] raw = Read(Fileobj(self));
            st.Data = GzipState.DecodeMembers(raw, out long mtime);
            if (mtime >= 0) SetAttr(self, "mtime", PyInt.From(mtime));
        }

        private static PyObject ReadData(PyObject self, long size)
        {
            CheckClosed(self);
            var st = State(self);
            if (st.Writing) throw Ops.EnvironmentError(PyExceptionTypes.IOError, 9, "read() on write-only GzipFile object", null);
            EnsureLoaded(self, st);
            long available = Math.Max(0, st.Data.Length - st.Offset);
            long n = size < 0 ? available : Math.Min(size, available);
            var chunk = PyStr.FromBytes(st.Data.AsSpan((int)Math.Min(st.Offset, st.Data.Length), (int)n));
            st.Offset += n;
            return chunk;
        }

        private static PyObject ReadLine(PyObject self, long size)
        {
            CheckClosed(self);
            var st = State(self);
            if (st.Writing) throw Ops.EnvironmentError(PyExceptionTypes.IOError, 9, "read() on write-only GzipFile object", null);
            EnsureLoaded(self, st);
            int start = (int)Math.Min(st.Offset, st.Data.Length);
            int nl = Array.IndexOf(st.Data, (byte)'\n', start);
            long end = nl < 0 ? st.Data.Length : nl + 1;
            if (size >= 0) end = Math.Min(end, start + size);
            st.Offset = end;
            return PyStr.FromBytes(st.Data.AsSpan(start, (int)(end - start)));
        }

        private static PyObject SeekTo(PyObject self, long offset, long whence)
        {
            var st = State(self);
            if (whence != 0)
            {
                if (whence == 1) offset = st.Offset + offset;
                else throw Ops.ValueError("Seek from end not supported");
            }
            if (st.Writing)
            {
                if (offset < st.Offset) throw Ops.IOError("Negative seek in write mode");
                long count = offset - st.Offset;
                WriteData(self, PyStr.FromBytes(new byte[count]));
            }
            else
            {
                if (offset < st.Offset) st.Offset = 0;
                ReadData(self, offset - st.Offset);
            }
            return PyInt.From(st.Offset);
        }

        private static PyObject Close(PyObject self)
        {
            PyObject fileobj = Fileobj(self);
            if (fileobj is PyNone) return None;
            SetAttr(self, "fileobj", None);
            var st = State(self);
            try
            {
                if (st.Writing)
                {
                    st.Sink.Write(st.Compressor.Flush(4));
                    Write(fileobj, st.Drain());
                    var trailer = new byte[8];
                    BitConverter.TryWriteBytes(trailer.AsSpan(0, 4), st.Crc);
                    BitConverter.TryWriteBytes(trailer.AsSpan(4, 4), unchecked((uint)st.Size));
                    Write(fileobj, trailer.AsSpan(0, 4));
                    Write(fileobj, trailer.AsSpan(4, 4));
                }
            }
            finally
            {
                PyObject my = Attr(self, "myfileobj");
                if (Ops.IsTrue(my))
                {
                    SetAttr(self, "myfileobj", None);
                    Ops.CallMethod(my, "close");
                }
            }
            return None;
        }
    }
}
