using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.csv
{
    /// <summary>
    /// csv.DictReader: a classic class as csv.py's; rows become dicts keyed by fieldnames (read from the
    /// first row when not given), extra values under restkey, missing ones as restval. Every access to
    /// its own attributes goes through attribute lookup, so subclasses may override any of them.
    /// </summary>
    internal static class DictReaderClass
    {
        static PyObject Get(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));
        static void Set(PyObject o, string name, PyObject v) => Ops.SetAttr(o, PyStr.Intern(name), v);

        public static PyType Make()
        {
            var getter = PyFunction.WithBoundArguments(new FunctionSignature("fieldnames", new[] { "self" }), a =>
            {
                PyObject self = a[0];
                if (Get(self, "_fieldnames") is PyNone)
                {
                    PyObject first = Ops.GetAttr(Get(self, "reader"), PyStr.Intern("next"));
                    try { Set(self, "_fieldnames", Ops.Call(first)); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.StopIteration)) { }
                }
                Set(self, "line_num", Get(Get(self, "reader"), "line_num"));
                return Get(self, "_fieldnames");
            });
            var setter = PyFunction.WithBoundArguments(new FunctionSignature("fieldnames", new[] { "self", "value" }), a =>
            {
                Set(a[0], "_fieldnames", a[1]);
                return PyNone.None;
            });
            return new PythonClassBuilder("csv", "DictReader")
                .Method("__init__", new[] { "self", "f", "fieldnames", "restkey", "restval", "dialect" }, a =>
                {
                    PyObject self = a[0];
                    Set(self, "_fieldnames", a[2]);
                    Set(self, "restkey", a[3]);
                    Set(self, "restval", a[4]);
                    Set(self, "reader", Ops.CallEx(_csv.reader, new[] { a[1], a[5] }, null, a[6], a[7]));
                    Set(self, "dialect", a[5]);
                    Set(self, "line_num", PyInt.From(0));
                    return PyNone.None;
                }, defaults: new PyObject[] { PyNone.None, PyNone.None, PyNone.None, PyStr.FromString("excel") }, varArgs: "args", kwArgs: "kwds")
                .Method("__iter__", new[] { "self" }, a => a[0])
                .Attribute("fieldnames", new PyProperty(getter, setter, null, PyNone.None))
                .Method("next", new[] { "self" }, a =>
                {
                    PyObject self = a[0];
                    if (Ops.Eq(Get(self, "line_num"), PyInt.From(0))) Get(self, "fieldnames"); // for its side effect
                    PyObject row = Ops.CallMethod(Get(self, "reader"), "next");
                    Set(self, "line_num", Get(Get(self, "reader"), "line_num"));
                    // Unlike the basic reader, blank rows are skipped (they would give dicts of None).
                    while (Ops.Eq(row, new PyList())) row = Ops.CallMethod(Get(self, "reader"), "next");
                    PyObject d = Ops.Call(Builtins.Get("dict"), Ops.Call(Builtins.Get("zip"), Get(self, "fieldnames"), row));
                    PyObject lf = PyInt.From(Ops.Len(Get(self, "fieldnames")));
                    PyObject lr = PyInt.From(Ops.Len(row));
                    if (Ops.Less(lf, lr)) Ops.SetItem(d, Get(self, "restkey"), Ops.GetSlice(row, lf, null));
                    else if (Ops.Greater(lf, lr))
                        foreach (var key in Ops.Enumerate(Ops.GetSlice(Get(self, "fieldnames"), lr, null)))
                            Ops.SetItem(d, key, Get(self, "restval"));
                    return d;
                })
                .Build();
        }
    }
}
