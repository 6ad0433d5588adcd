using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.csv
{
    /// <summary>
    /// csv.DictWriter: a classic class as csv.py's; each dict is written in fieldnames order (restval for
    /// missing keys); keys not in fieldnames raise ValueError unless extrasaction is 'ignore'.
    /// </summary>
    internal static class DictWriterClass
    {
        static PyObject S(string s) => PyStr.FromString(s);
        static PyObject Get(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));
        static void Set(PyObject o, string name, PyObject v) => Ops.SetAttr(o, PyStr.Intern(name), v);

        public static PyType Make() => new PythonClassBuilder("csv", "DictWriter")
            .Method("__init__", new[] { "self", "f", "fieldnames", "restval", "extrasaction", "dialect" }, a =>
            {
                PyObject self = a[0];
                Set(self, "fieldnames", a[2]);
                Set(self, "restval", a[3]);
                PyObject lowered = Ops.CallMethod(a[4], "lower");
                if (!Ops.In(lowered, PyTuple.Create(S("raise"), S("ignore"))))
                    throw Ops.MakeRaise(PyExceptionTypes.ValueError, Ops.Modulo(S("extrasaction (%s) must be 'raise' or 'ignore'"), a[4]));
                Set(self, "extrasaction", a[4]);
                Set(self, "writer", Ops.CallEx(_csv.writer, new[] { a[1], a[5] }, null, a[6], a[7]));
                return PyNone.None;
            }, defaults: new PyObject[] { S(""), S("raise"), S("excel") }, varArgs: "args", kwArgs: "kwds")
            .Method("writeheader", new[] { "self" }, a =>
            {
                PyObject names = Get(a[0], "fieldnames");
                PyObject header = Ops.Call(Builtins.Get("dict"), Ops.Call(Builtins.Get("zip"), names, names));
                Ops.CallMethod(a[0], "writerow", header);
                return PyNone.None;
            })
            .Method("_dict_to_list", new[] { "self", "rowdict" }, a =>
            {
                PyObject self = a[0], rowdict = a[1];
                if (Ops.Eq(Get(self, "extrasaction"), S("raise")))
                {
                    var wrong = new List<PyObject>();
                    foreach (var k in Ops.Enumerate(rowdict))
                        if (!Ops.In(k, Get(self, "fieldnames"))) wrong.Add(Ops.Repr(k));
                    if (wrong.Count > 0)
                        throw Ops.MakeRaise(Ops.Call(PyExceptionTypes.ValueError, Ops.Add(S("dict contains fields not in fieldnames: "),
                            Ops.CallMethod(S(", "), "join", PyList.FromArray(wrong.ToArray())))));
                }
                var values = new List<PyObject>();
                foreach (var key in Ops.Enumerate(Get(self, "fieldnames")))
                    values.Add(Ops.CallMethod(rowdict, "get", key, Get(self, "restval")));
                return PyList.FromArray(values.ToArray());
            })
            .Method("writerow", new[] { "self", "rowdict" }, a =>
                Ops.CallMethod(Get(a[0], "writer"), "writerow", Ops.CallMethod(a[0], "_dict_to_list", a[1])))
            .Method("writerows", new[] { "self", "rowdicts" }, a =>
            {
                var rows = new PyList();
                foreach (var rowdict in Ops.Enumerate(a[1])) rows.Append(Ops.CallMethod(a[0], "_dict_to_list", rowdict));
                return Ops.CallMethod(Get(a[0], "writer"), "writerows", rows);
            })
            .Build();
    }
}
