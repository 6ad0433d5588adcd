#pragma warning disable CS8981 // the module class is named as in Python
using System;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.zipfile;
using static Py2Cs.Runtime.Modules.tarfile.TarCalls;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The zipfile module of Python 2.7 (docs/archives.md): ZipFile, ZipInfo, ZipExtFile,
    /// is_zipfile and the exceptions. PyZipFile (which compiles .py files to .pyc) is not provided.
    /// </summary>
    [PythonModule("zipfile")]
    public static class zipfile
    {
        private const string Module = "zipfile";

        public static readonly PyList __all__ = PyList.FromArray(new[] { S("BadZipfile"), S("error"), S("ZIP_STORED"), S("ZIP_DEFLATED"),
            S("is_zipfile"), S("ZipInfo"), S("ZipFile"), S("PyZipFile"), S("LargeZipFile") });

        public static readonly PyType BadZipfile = new PythonClassBuilder(Module, "BadZipfile", PyExceptionTypes.Exception).Build();
        public static readonly PyType LargeZipFile = new PythonClassBuilder(Module, "LargeZipFile", PyExceptionTypes.Exception)
            .Attribute("__doc__", S("\n    Raised when writing a zipfile, the zipfile requires ZIP64 extensions\n    and those extensions are disabled.\n    ")).Build();
        public static readonly PyType error = BadZipfile;

        public static readonly PyObject ZIP64_LIMIT = I(ZipRecords.Zip64Limit);
        public static readonly PyObject ZIP_FILECOUNT_LIMIT = I(ZipRecords.FileCountLimit);
        public static readonly PyObject ZIP_MAX_COMMENT = I(ZipRecords.MaxComment);
        public static readonly PyObject ZIP_STORED = I(0);
        public static readonly PyObject ZIP_DEFLATED = I(8);
        public static readonly PyObject structEndArchive = S("<4s4H2LH");
        public static readonly PyObject stringEndArchive = S("PK\u0005\u0006");
        public static readonly PyObject sizeEndCentDir = I(ZipRecords.SizeEndCentDir);
        public static readonly PyObject structCentralDir = S("<4s4B4HL2L5H2L");
        public static readonly PyObject stringCentralDir = S("PK\u0001\u0002");
        public static readonly PyObject sizeCentralDir = I(ZipRecords.SizeCentralDir);
        public static readonly PyObject structFileHeader = S("<4s2B4HL2L2H");
        public static readonly PyObject stringFileHeader = S("PK\u0003\u0004");
        public static readonly PyObject sizeFileHeader = I(ZipRecords.SizeFileHeader);
        public static readonly PyObject structEndArchive64Locator = S("<4sLQL");
        public static readonly PyObject stringEndArchive64Locator = S("PK\u0006\u0007");
        public static readonly PyObject sizeEndCentDir64Locator = I(ZipRecords.SizeEndCentDir64Locator);
        public static readonly PyObject structEndArchive64 = S("<4sQ2H2L4Q");
        public static readonly PyObject stringEndArchive64 = S("PK\u0006\u0006");
        public static readonly PyObject sizeEndCentDir64 = I(ZipRecords.SizeEndCentDir64);
        public static readonly PyObject compressor_names = MakeCompressorNames();

        public static readonly PyType ZipInfo = ZipInfoClass.Build();
        public static readonly PyType ZipExtFile = ZipExtFileClass.Build();
        public static readonly PyType ZipFile = ZipFileClass.Build(ZipInfo, ZipExtFile);

        private static PyObject MakeCompressorNames()
        {
            var d = new PyDict();
            foreach (var (k, v) in new[] { (0, "store"), (1, "shrink"), (2, "reduce"), (3, "reduce"), (4, "reduce"), (5, "reduce"), (6, "implode"),
                         (7, "tokenize"), (8, "deflate"), (9, "deflate64"), (10, "implode"), (12, "bzip2"), (14, "lzma"), (18, "terse"),
                         (19, "lz77"), (97, "wavpack"), (98, "ppmd") })
                d.SetItemCore(I(k), S(v));
            return d;
        }

        public static PyObject is_zipfile(PyObject filename)
        {
            try
            {
                if (Ops.GetAttrOrNull(filename, "read") != null) return PyBool.From(CheckZipfile(filename));
                PyObject fp = PyFile.Open(filename, "rb", -1);
                try { return PyBool.From(CheckZipfile(fp)); }
                finally { Call(fp, "close"); }
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.IOError)) { return PyBool.False; }
        }

        private static bool CheckZipfile(PyObject fp)
        {
            try { return ZipFileClass.EndRecData(fp, out _) != null; }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.IOError)) { return false; }
        }
    }
}
