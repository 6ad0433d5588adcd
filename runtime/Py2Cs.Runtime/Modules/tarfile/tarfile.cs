#pragma warning disable CS8981 // the module class is named as in Python
using System;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.tarfile;
using static Py2Cs.Runtime.Modules.tarfile.TarCalls;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The tarfile module of Python 2.7 (docs/archives.md): TarFile, TarInfo, ExFileObject and the
    /// exception family are Python classes built natively; gzip compression goes through the gzip
    /// module, bzip2 is not available (CompressionError, as 2.7 built without bz2).
    /// </summary>
    [PythonModule("tarfile")]
    public static class tarfile
    {
        private const string Module = "tarfile";

        public static readonly PyList __all__ = PyList.FromArray(new[] { S("TarFile"), S("TarInfo"), S("is_tarfile"), S("TarError") });
        public static readonly PyObject version = S("0.9.0");
        public static readonly PyObject NUL = S("\0");
        public static readonly PyObject BLOCKSIZE = I(512);
        public static readonly PyObject RECORDSIZE = I(512 * 20);
        public static readonly PyObject GNU_MAGIC = S("ustar  \0");
        public static readonly PyObject POSIX_MAGIC = S("ustar\u000000");
        public static readonly PyObject LENGTH_NAME = I(100);
        public static readonly PyObject LENGTH_LINK = I(100);
        public static readonly PyObject LENGTH_PREFIX = I(155);
        public static readonly PyObject REGTYPE = S("0");
        public static readonly PyObject AREGTYPE = S("\0");
        public static readonly PyObject LNKTYPE = S("1");
        public static readonly PyObject SYMTYPE = S("2");
        public static readonly PyObject CHRTYPE = S("3");
        public static readonly PyObject BLKTYPE = S("4");
        public static readonly PyObject DIRTYPE = S("5");
        public static readonly PyObject FIFOTYPE = S("6");
        public static readonly PyObject CONTTYPE = S("7");
        public static readonly PyObject GNUTYPE_LONGNAME = S("L");
        public static readonly PyObject GNUTYPE_LONGLINK = S("K");
        public static readonly PyObject GNUTYPE_SPARSE = S("S");
        public static readonly PyObject XHDTYPE = S("x");
        public static readonly PyObject XGLTYPE = S("g");
        public static readonly PyObject SOLARIS_XHDTYPE = S("X");
        public static readonly PyObject USTAR_FORMAT = I(0);
        public static readonly PyObject GNU_FORMAT = I(1);
        public static readonly PyObject PAX_FORMAT = I(2);
        public static readonly PyObject DEFAULT_FORMAT = I(1);
        public static readonly PyObject SUPPORTED_TYPES = PyTuple.Create(S("0"), S("\0"), S("1"), S("2"), S("5"), S("6"), S("7"), S("3"), S("4"), S("L"), S("K"), S("S"));
        public static readonly PyObject REGULAR_TYPES = PyTuple.Create(S("0"), S("\0"), S("7"), S("S"));
        public static readonly PyObject GNU_TYPES = PyTuple.Create(S("L"), S("K"), S("S"));
        public static readonly PyObject PAX_FIELDS = PyTuple.Create(S("path"), S("linkpath"), S("size"), S("mtime"), S("uid"), S("gid"), S("uname"), S("gname"));
        public static readonly PyObject PAX_NUMBER_FIELDS = MakePaxNumberFields();
        public static readonly PyObject S_IFLNK = I(0xA000);
        public static readonly PyObject S_IFREG = I(0x8000);
        public static readonly PyObject S_IFBLK = I(0x6000);
        public static readonly PyObject S_IFDIR = I(0x4000);
        public static readonly PyObject S_IFCHR = I(0x2000);
        public static readonly PyObject S_IFIFO = I(0x1000);
        public static readonly PyObject TSUID = I(0x800);
        public static readonly PyObject TSGID = I(0x400);
        public static readonly PyObject TSVTX = I(0x200);
        public static readonly PyObject TUREAD = I(0x100);
        public static readonly PyObject TUWRITE = I(0x80);
        public static readonly PyObject TUEXEC = I(0x40);
        public static readonly PyObject TGREAD = I(0x20);
        public static readonly PyObject TGWRITE = I(0x10);
        public static readonly PyObject TGEXEC = I(0x8);
        public static readonly PyObject TOREAD = I(0x4);
        public static readonly PyObject TOWRITE = I(0x2);
        public static readonly PyObject TOEXEC = I(0x1);
        public static readonly PyObject TAR_PLAIN = I(0);
        public static readonly PyObject TAR_GZIPPED = I(8);
        public static readonly PyObject ENCODING = Ops.CallMethod(Importer.ImportModule("sys"), "getfilesystemencoding");

        private static PyObject MakePaxNumberFields()
        {
            var d = new PyDict();
            d.SetItemCore(S("atime"), PyFloat.TypeObject);
            d.SetItemCore(S("ctime"), PyFloat.TypeObject);
            d.SetItemCore(S("mtime"), PyFloat.TypeObject);
            d.SetItemCore(S("uid"), PyInt.TypeObject);
            d.SetItemCore(S("gid"), PyInt.TypeObject);
            d.SetItemCore(S("size"), PyInt.TypeObject);
            return d;
        }

        private static PyType Error(string name, PyType baseType, string doc) =>
            new PythonClassBuilder(Module, name, baseType).Attribute("__doc__", S(doc)).Build();

        public static readonly PyType TarError = Error("TarError", PyExceptionTypes.Exception, "Base exception.");
        public static readonly PyType ExtractError = Error("ExtractError", TarError, "General exception for extract errors.");
        public static readonly PyType ReadError = Error("ReadError", TarError, "Exception for unreadable tar archives.");
        public static readonly PyType CompressionError = Error("CompressionError", TarError, "Exception for unavailable compression methods.");
        public static readonly PyType StreamError = Error("StreamError", TarError, "Exception for unsupported operations on stream-like TarFiles.");
        public static readonly PyType HeaderError = Error("HeaderError", TarError, "Base exception for header errors.");
        public static readonly PyType EmptyHeaderError = Error("EmptyHeaderError", HeaderError, "Exception for empty headers.");
        public static readonly PyType TruncatedHeaderError = Error("TruncatedHeaderError", HeaderError, "Exception for truncated headers.");
        public static readonly PyType EOFHeaderError = Error("EOFHeaderError", HeaderError, "Exception for end of file headers.");
        public static readonly PyType InvalidHeaderError = Error("InvalidHeaderError", HeaderError, "Exception for invalid headers.");
        public static readonly PyType SubsequentHeaderError = Error("SubsequentHeaderError", HeaderError, "Exception for missing and invalid extended headers.");

        public static readonly PyType TarInfo = TarInfoClass.Build();
        public static readonly PyType ExFileObject = ExFileObjectClass.Build();
        public static readonly PyType TarFile = TarFileClass.Build(TarInfo, ExFileObject);

        public static readonly PyType TarIter = new PythonClassBuilder(Module, "TarIter")
            .Method("__init__", new[] { "self", "tarfile" }, a => { Set(a[0], "tarfile", a[1]); Set(a[0], "index", I(0)); return None; })
            .Method("__iter__", new[] { "self" }, a => a[0])
            .Method("next", new[] { "self" }, a =>
            {
                PyObject self = a[0], tf = Get(self, "tarfile");
                long index = L(Get(self, "index"));
                PyObject members = Get(tf, "members");
                PyObject ti;
                if (index == 0 && Get(tf, "firstmember") is not PyNone) ti = Call(tf, "next");
                else if (index < Ops.Len(members)) ti = Ops.GetItem(members, I(index));
                else if (!True(Get(tf, "_loaded")))
                {
                    ti = Call(tf, "next");
                    if (!True(ti))
                    {
                        Set(tf, "_loaded", PyBool.True);
                        throw Ops.MakeRaise(PyExceptionTypes.StopIteration, null, null);
                    }
                }
                else throw Ops.MakeRaise(PyExceptionTypes.StopIteration, null, null);
                Set(self, "index", I(index + 1));
                return ti;
            })
            .Build();

        public static readonly PyObject bltn_open = PyFile.TypeObject;

        public static PyObject open(PyObject name = null, PyObject mode = null, PyObject fileobj = null, PyObject bufsize = null, [Kwargs] PyDict kwargs = null)
        {
            var args = new[] { name ?? None, mode ?? S("r"), fileobj ?? None, bufsize ?? RECORDSIZE };
            return Ops.CallEx(Get(TarFile, "open"), args, null, null, kwargs);
        }

        public static PyObject is_tarfile(PyObject name)
        {
            try
            {
                PyObject t = open(name);
                Call(t, "close");
                return PyBool.True;
            }
            catch (PythonException e) when (e.Matches(TarError)) { return PyBool.False; }
        }

        public static PyObject stn(PyObject s, PyObject length) => PyStr.FromBytes(TarHeader.Stn(Bytes(s), (int)L(length)));

        public static PyObject nts(PyObject s) => PyStr.FromBytes(TarHeader.Nts(Bytes(s)));

        public static PyObject nti(PyObject s) => TarHeader.Nti(Bytes(s)) ?? throw Raise(InvalidHeaderError, "invalid header");

        public static PyObject itn(PyObject n, PyObject digits = null, PyObject format = null) =>
            PyStr.FromBytes(TarHeader.Itn(Big(n), digits == null ? 8 : (int)L(digits), format == null ? 1 : (int)L(format)));

        public static PyObject calc_chksums(PyObject buf)
        {
            var (u, s) = TarHeader.Checksums(Bytes(buf));
            return PyTuple.Create(I(u), I(s));
        }

        public static PyObject filemode(PyObject mode) => S(TarHeader.FileMode(L(mode)));

        /// <summary>uts: unicode to str; errors="utf-8" falls back to UTF-8 per character.</summary>
        public static PyObject uts(PyObject s, PyObject encoding, PyObject errors)
        {
            if (errors is PyStr e && e.ToString() == "utf-8")
            {
                try { return Ops.CallMethod(s, "encode", encoding, S("strict")); }
                catch (PythonException ex) when (ex.Matches(PyExceptionTypes.UnicodeEncodeError))
                {
                    var parts = new PyList();
                    var it = Ops.Iter(s);
                    for (var c = it.Next(); c != null; c = it.Next())
                    {
                        try { parts.Append(Ops.CallMethod(c, "encode", encoding, S("strict"))); }
                        catch (PythonException ex2) when (ex2.Matches(PyExceptionTypes.UnicodeEncodeError)) { parts.Append(Ops.CallMethod(c, "encode", S("utf8"))); }
                    }
                    return Ops.CallMethod(S(""), "join", parts);
                }
            }
            return Ops.CallMethod(s, "encode", encoding, errors);
        }

        /// <summary>copyfileobj(src, dst, length=None): 16 KB blocks; a short read is IOError("end of file reached").</summary>
        public static PyObject copyfileobj(PyObject src, PyObject dst, PyObject length = null)
        {
            if (length is PyInt z && z.Value == 0) return None;
            if (length == null || length is PyNone)
            {
                while (true)
                {
                    PyObject buf = Call(src, "read", I(16 * 1024));
                    if (!True(buf)) break;
                    Call(dst, "write", buf);
                }
                return None;
            }
            long total = L(length);
            const int BufSize = 16 * 1024;
            long blocks = total / BufSize, remainder = total % BufSize;
            for (long b = 0; b < blocks; b++)
            {
                PyObject buf = Call(src, "read", I(BufSize));
                if (Ops.Len(buf) < BufSize) throw Ops.IOError("end of file reached");
                Call(dst, "write", buf);
            }
            if (remainder != 0)
            {
                PyObject buf = Call(src, "read", I(remainder));
                if (Ops.Len(buf) < remainder) throw Ops.IOError("end of file reached");
                Call(dst, "write", buf);
            }
            return None;
        }

        /// <summary>pwd or grp when this runtime has them; tarfile.py falls back to numeric ids without them.</summary>
        internal static PyObject PasswordModule(string name)
        {
            try { return Importer.ImportModule(name); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.ImportError)) { return null; }
        }
    }
}
