using Py2Cs.Runtime.Modules.csv;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The csv module (Python 2.7): everything of _csv plus csv.py's classes — Dialect, excel,
    /// excel_tab (registered as 'excel' and 'excel-tab'), DictReader, DictWriter and Sniffer, which are
    /// classic classes as in 2.7 so programs subclass them the same way.
    /// </summary>
    [PythonModule("csv")]
    public static class csv
    {
        public static readonly PyObject __doc__ = _csv.__doc__;
        public static readonly PyObject __version__ = _csv.__version__;
        public static readonly PyObject QUOTE_MINIMAL = _csv.QUOTE_MINIMAL;
        public static readonly PyObject QUOTE_ALL = _csv.QUOTE_ALL;
        public static readonly PyObject QUOTE_NONNUMERIC = _csv.QUOTE_NONNUMERIC;
        public static readonly PyObject QUOTE_NONE = _csv.QUOTE_NONE;
        public static readonly PyType Error = _csv.Error;
        public static readonly PyObject reader = _csv.reader;
        public static readonly PyObject writer = _csv.writer;
        public static readonly PyObject register_dialect = _csv.register_dialect;
        public static readonly PyObject unregister_dialect = _csv.unregister_dialect;
        public static readonly PyObject get_dialect = _csv.get_dialect;
        public static readonly PyObject list_dialects = _csv.list_dialects;
        public static readonly PyObject field_size_limit = _csv.field_size_limit;
        public static readonly PyType _Dialect = _csv.Dialect;

        public static readonly PyType Dialect = CsvDialectClasses.MakeDialect();
        public static readonly PyType excel = CsvDialectClasses.MakeExcel(Dialect);
        public static readonly PyType excel_tab = CsvDialectClasses.MakeExcelTab(excel);
        public static readonly PyType DictReader = DictReaderClass.Make();
        public static readonly PyType DictWriter = DictWriterClass.Make();
        public static readonly PyType Sniffer = SnifferClass.Make(Dialect);

        public static readonly PyList __all__ = PyList.FromArray(System.Array.ConvertAll(new[]
        {
            "QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "__doc__", "excel", "excel_tab",
            "field_size_limit", "reader", "writer", "register_dialect", "get_dialect", "list_dialects", "Sniffer",
            "unregister_dialect", "__version__", "DictReader", "DictWriter",
        }, n => (PyObject)PyStr.FromString(n)));

        public static void __init__(PyModule module)
        {
            _csv.EnsureStandardDialects();
        }
    }
}
