using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.argparse
{
    /// <summary>Short spellings of the Python operations the argparse module performs on its objects.</summary>
    internal static class PythonValues
    {
        public static readonly PyStr Suppress = PyStr.FromString(HelpFormatter.Suppress);

        public static PyObject Get(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));

        public static PyObject GetOrNull(PyObject o, string name) => Ops.GetAttrOrNull(o, PyStr.Intern(name));

        public static void Set(PyObject o, string name, PyObject value) => Ops.SetAttr(o, PyStr.Intern(name), value);

        public static bool Has(PyObject o, string name) => Ops.GetAttrOrNull(o, PyStr.Intern(name)) != null;

        public static PyObject Call(PyObject o, string method, params PyObject[] args) => Ops.CallMethod(o, method, args);

        public static PyObject CallKw(PyObject callable, PyObject[] positional, PyDict kwargs)
        {
            var names = new List<PyStr>();
            var args = new List<PyObject>(positional);
            if (kwargs != null)
            {
                PyObject it = Ops.Iter(Ops.CallMethod(kwargs, "items"));
                for (PyObject pair = it.Next(); pair != null; pair = it.Next())
                {
                    PyObject[] kv = Ops.UnpackSequence(pair, 2);
                    names.Add(PyStr.Intern(kv[0].ToString()));
                    args.Add(kv[1]);
                }
            }
            return Ops.Call(callable, args.ToArray(), names.ToArray());
        }

        public static PyStr S(string s) => PyStr.FromString(s);

        public static string Text(PyObject o) => o is PyStr s ? s.ToString() : o is PyUnicode u ? u.Value : Ops.Str(o).ToString();

        public static bool IsNone(PyObject o) => o == null || o is PyNone;

        public static bool IsSuppress(PyObject o) => o is PyStr s && s.ToString() == HelpFormatter.Suppress;

        public static bool IsString(PyObject o) => o is PyStr || o is PyUnicode;

        public static List<PyObject> Items(PyObject iterable)
        {
            var list = new List<PyObject>();
            PyObject it = Ops.Iter(iterable);
            for (PyObject x = it.Next(); x != null; x = it.Next()) list.Add(x);
            return list;
        }

        public static PyList List(IEnumerable<PyObject> items) => PyList.FromArray(new List<PyObject>(items).ToArray());

        public static PyObject KwGet(PyDict kwargs, string name) => kwargs.GetStr(name);

        public static PyObject KwPop(PyDict kwargs, string name, PyObject fallback)
        {
            PyObject v = kwargs.GetStr(name);
            if (v == null) return fallback;
            Ops.DelItem(kwargs, PyStr.Intern(name));
            return v;
        }

        public static PyObject Sys(string name) => Ops.GetAttr(Importer.ImportModule("sys"), PyStr.Intern(name));

        public static PythonException SystemExit(PyObject status) => Ops.MakeRaise(PyExceptionTypes.SystemExit, status);
    }
}
