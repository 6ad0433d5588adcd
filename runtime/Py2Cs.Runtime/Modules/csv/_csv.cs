using System;
using Py2Cs.Runtime.Modules.csv;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The _csv module (Python 2.7's C core of csv): Dialect, reader, writer, the dialect registry,
    /// field_size_limit, the QUOTE_* constants and _csv.Error, with _csv.c's argument handling and
    /// messages. csv re-exports all of it and adds the Python-level classes.
    /// </summary>
    [PythonModule("_csv")]
    public static class _csv
    {
        public static readonly PyObject __doc__ = PyStr.FromString(CsvDocs.ModuleDoc);
        public static readonly PyObject __version__ = PyStr.FromString("1.0");

        public static readonly PyObject QUOTE_MINIMAL = PyInt.From(CsvDialect.QuoteMinimal);
        public static readonly PyObject QUOTE_ALL = PyInt.From(CsvDialect.QuoteAll);
        public static readonly PyObject QUOTE_NONNUMERIC = PyInt.From(CsvDialect.QuoteNonNumeric);
        public static readonly PyObject QUOTE_NONE = PyInt.From(CsvDialect.QuoteNone);

        /// <summary>_csv.Error: a class (not a built-in type), reporting _csv as its module.</summary>
        public static readonly PyType Error = MakeError();

        public static readonly PyType Dialect = CsvDialect.TypeObject;

        /// <summary>The registry: name → _csv.Dialect (CPython exposes it as _csv._dialects).</summary>
        public static readonly PyDict _dialects = new PyDict();

        internal static long FieldLimit = 128 * 1024;

        static bool _standardDialects;

        /// <summary>csv.py registers 'excel' and 'excel-tab' when imported; _csv alone starts empty, but
        /// reader/writer default to the excel settings either way.</summary>
        internal static void EnsureStandardDialects()
        {
            if (_standardDialects) return;
            _standardDialects = true;
            Ops.Call(register_dialect, PyStr.FromString("excel"), csv.excel);
            Ops.Call(register_dialect, PyStr.FromString("excel-tab"), csv.excel_tab);
        }

        static PyObject Documented(NativeFunction f, string doc)
        {
            f.Doc = PyStr.FromString(doc);
            return f;
        }

        static PyType MakeError()
        {
            var dict = new PyDict();
            dict.SetStr("__module__", PyStr.FromString("_csv"));
            return (PyType)PyType.MakeClass("Error", PyTuple.Create(PyExceptionTypes.Exception), dict);
        }

        internal static PythonException CsvError(string message) => Ops.MakeRaise(Ops.Call(Error, PyStr.FromString(message)));

        /// <summary>PyArg_UnpackTuple's count check (the reader/writer/register_dialect calls pass no name).</summary>
        static void Unpack(string name, int given, int min, int max)
        {
            if (given < min)
                throw Ops.TypeError($"{name} expected {(min == max ? "" : "at least ")}{min} arguments, got {given}");
            if (given > max)
                throw Ops.TypeError($"{name} expected {(min == max ? "" : "at most ")}{max} arguments, got {given}");
        }

        static (PyObject[] positional, PyStr[] kwNames, PyObject[] kwValues) Split(PyObject[] args, PyStr[] kw)
        {
            int k = kw?.Length ?? 0;
            return (args[..(args.Length - k)], kw, args[(args.Length - k)..]);
        }

        internal static class Registry
        {
            public static PyObject Lookup(PyObject name)
            {
                PyObject dialect = _dialects.Get(name, Ops.Hash(name));
                if (dialect == null) throw CsvError("unknown dialect");
                return dialect;
            }
        }

        public static readonly PyObject reader = Documented(NativeFunction.CreateRaw("reader", (args, kw) =>
        {
            var (pos, names, values) = Split(args, kw);
            Unpack("", pos.Length, 1, 2);
            PyObject it;
            try { it = Ops.Iter(pos[0]); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError)) { throw Ops.TypeError("argument 1 must be an iterator"); }
            var dialect = (CsvDialect)CsvDialect.Call(pos.Length > 1 ? pos[1] : null, names, values);
            return new CsvReader(it, dialect);
        }), CsvDocs.ReaderDoc);

        public static readonly PyObject writer = Documented(NativeFunction.CreateRaw("writer", (args, kw) =>
        {
            var (pos, names, values) = Split(args, kw);
            Unpack("", pos.Length, 1, 2);
            PyObject write = Ops.GetAttrOrNull(pos[0], "write");
            if (write == null) throw Ops.TypeError("argument 1 must have a \"write\" method");
            var dialect = (CsvDialect)CsvDialect.Call(pos.Length > 1 ? pos[1] : null, names, values);
            return new CsvWriter(write, dialect);
        }), CsvDocs.WriterDoc);

        public static readonly PyObject register_dialect = Documented(NativeFunction.CreateRaw("register_dialect", (args, kw) =>
        {
            var (pos, names, values) = Split(args, kw);
            Unpack("", pos.Length, 1, 2);
            if (!(pos[0] is PyStr || pos[0] is PyUnicode)) throw Ops.TypeError("dialect name must be a string or unicode");
            PyObject dialect = CsvDialect.Call(pos.Length > 1 ? pos[1] : null, names, values);
            _dialects.SetItem(pos[0], dialect);
            return PyNone.None;
        }), CsvDocs.RegisterDialectDoc);

        public static readonly PyObject unregister_dialect = Documented(NativeFunction.Create("unregister_dialect", name =>
        {
            if (_dialects.Get(name, Ops.Hash(name)) == null) throw CsvError("unknown dialect");
            _dialects.DeleteItem(name);
            return PyNone.None;
        }), CsvDocs.UnregisterDialectDoc);

        public static readonly PyObject get_dialect = Documented(NativeFunction.Create("get_dialect", name => Registry.Lookup(name)), CsvDocs.GetDialectDoc);

        public static readonly PyObject list_dialects = Documented(NativeFunction.Create("list_dialects", () => _dialects.Keys()), CsvDocs.ListDialectsDoc);

        public static readonly PyObject field_size_limit = Documented(NativeFunction.CreateRaw("field_size_limit", (args, kw) =>
        {
            ArgumentParser.NoKeywords("field_size_limit", kw);
            Unpack("field_size_limit", args.Length, 0, 1);
            long old = FieldLimit;
            if (args.Length == 1)
            {
                if (!(args[0] is PyInt || args[0] is PyLong)) throw Ops.TypeError("limit must be an integer");
                FieldLimit = CsvText.AsCLong(args[0]);
            }
            return PyInt.From(old);
        }), CsvDocs.FieldSizeLimitDoc);
    }
}
