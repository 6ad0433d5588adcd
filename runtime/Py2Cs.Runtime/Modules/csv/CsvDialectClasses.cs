using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.csv
{
    /// <summary>
    /// csv.Dialect, csv.excel and csv.excel_tab: classic classes as csv.py defines them. A Dialect
    /// instance validates itself through _csv.Dialect (TypeError re-raised as csv.Error); the classes
    /// themselves are what register_dialect reads the settings from.
    /// </summary>
    internal static class CsvDialectClasses
    {
        static PyObject S(string s) => PyStr.FromString(s);

        public static PyType MakeDialect()
        {
            PyType cls = null;
            cls = new PythonClassBuilder("csv", "Dialect")
                .Attribute("__doc__", S(CsvDocs.DialectClassDoc))
                .Attribute("_name", S(""))
                .Attribute("_valid", PyBool.False)
                .Attribute("delimiter", PyNone.None)
                .Attribute("quotechar", PyNone.None)
                .Attribute("escapechar", PyNone.None)
                .Attribute("doublequote", PyNone.None)
                .Attribute("skipinitialspace", PyNone.None)
                .Attribute("lineterminator", PyNone.None)
                .Attribute("quoting", PyNone.None)
                .Method("__init__", new[] { "self" }, a =>
                {
                    if (Ops.Ne(Ops.GetAttr(a[0], PyStr.Intern("__class__")), cls))
                        Ops.SetAttr(a[0], PyStr.Intern("_valid"), PyBool.True);
                    Ops.CallMethod(a[0], "_validate");
                    return PyNone.None;
                })
                .Method("_validate", new[] { "self" }, a =>
                {
                    try { Ops.Call(CsvDialect.TypeObject, a[0]); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError))
                    {
                        throw Ops.MakeRaise(Ops.Call(_csv.Error, Ops.Str(e.Value)));
                    }
                    return PyNone.None;
                })
                .Build();
            return cls;
        }

        public static PyType MakeExcel(PyType dialect) => new PythonClassBuilder("csv", "excel", dialect)
            .Attribute("__doc__", S(CsvDocs.ExcelDoc))
            .Attribute("delimiter", S(","))
            .Attribute("quotechar", S("\""))
            .Attribute("doublequote", PyBool.True)
            .Attribute("skipinitialspace", PyBool.False)
            .Attribute("lineterminator", S("\r\n"))
            .Attribute("quoting", _csv.QUOTE_MINIMAL)
            .Build();

        public static PyType MakeExcelTab(PyType excel) => new PythonClassBuilder("csv", "excel_tab", excel)
            .Attribute("__doc__", S(CsvDocs.ExcelTabDoc))
            .Attribute("delimiter", S("\t"))
            .Build();
    }
}
