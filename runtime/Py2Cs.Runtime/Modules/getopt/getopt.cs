using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime
{
    /// <summary>The getopt module (Python 2.7): getopt, gnu_getopt, GetoptError (alias error).</summary>
    [PythonModule("getopt")]
    public static class getopt
    {
        private static readonly PyStr MsgName = PyStr.Intern("msg");
        private static readonly PyStr OptName = PyStr.Intern("opt");

        public static readonly PyType GetoptError = new PythonClassBuilder("getopt", "GetoptError", PyExceptionTypes.Exception)
            .Attribute("opt", PyStr.Empty)
            .Attribute("msg", PyStr.Empty)
            .Method("__init__", new[] { "self", "msg", "opt" }, a =>
            {
                Ops.SetAttr(a[0], MsgName, a[1]);
                Ops.SetAttr(a[0], OptName, a[2]);
                Ops.Call(Ops.GetAttr(PyExceptionTypes.Exception, PyStr.Intern("__init__")), a[0], a[1], a[2]);
                return PyNone.None;
            }, defaults: new PyObject[] { PyStr.Empty })
            .Method("__str__", new[] { "self" }, a => Ops.GetAttr(a[0], MsgName))
            .Build();

        public static readonly PyType error = GetoptError;

        public static readonly PyList __all__ = PyList.FromArray(new PyObject[]
        {
            PyStr.FromString("GetoptError"), PyStr.FromString("error"), PyStr.FromString("getopt"), PyStr.FromString("gnu_getopt"),
        });

        [PythonName("getopt")]
        public static PyObject getopt_(PyObject args, PyObject shortopts, PyObject longopts = null)
        {
            List<string> argList = Strings(args);
            List<string> longList = LongOptions(longopts, exactStrOnly: true);
            try
            {
                var (opts, start) = GetoptScanner.Getopt(argList, Text(shortopts), longList);
                // With nothing consumed CPython hands back the very same args object.
                PyObject rest = start == 0 ? args : Ops.GetSlice(args, PyInt.From(start), null);
                return PyTuple.Create(Pairs(opts), rest);
            }
            catch (GetoptFailure e)
            {
                throw Failure(e);
            }
        }

        public static PyObject gnu_getopt(PyObject args, PyObject shortopts, PyObject longopts = null)
        {
            List<string> argList = Strings(args);
            List<string> longList = LongOptions(longopts, exactStrOnly: false);
            try
            {
                var (opts, operands) = GetoptScanner.GnuGetopt(argList, Text(shortopts), longList);
                var rest = new PyObject[operands.Count];
                for (int i = 0; i < rest.Length; i++) rest[i] = PyStr.FromString(operands[i]);
                return PyTuple.Create(Pairs(opts), PyList.FromArray(rest));
            }
            catch (GetoptFailure e)
            {
                throw Failure(e);
            }
        }

        private static PythonException Failure(GetoptFailure e) =>
            Ops.MakeRaise(Ops.Call(GetoptError, PyStr.FromString(e.Msg), PyStr.FromString(e.Opt)));

        private static PyList Pairs(List<(string Option, string Value)> opts)
        {
            var items = new PyObject[opts.Count];
            for (int i = 0; i < items.Length; i++)
                items[i] = PyTuple.Create(PyStr.FromString(opts[i].Option), PyStr.FromString(opts[i].Value));
            return PyList.FromArray(items);
        }

        private static string Text(PyObject o) => o is PyStr s ? s.ToString() : Ops.Str(o).ToString();

        private static List<string> Strings(PyObject sequence)
        {
            var result = new List<string>();
            PyObject it = Ops.Iter(sequence);
            for (PyObject x = it.Next(); x != null; x = it.Next()) result.Add(Text(x));
            return result;
        }

        /// <summary>getopt checks type(longopts) == str; gnu_getopt checks isinstance(longopts, str).</summary>
        private static List<string> LongOptions(PyObject longopts, bool exactStrOnly)
        {
            if (longopts == null) return new List<string>();
            bool single = exactStrOnly ? Ops.TypeOf(longopts) == PyStr.TypeObject : longopts is PyStr;
            return single ? new List<string> { Text(longopts) } : Strings(longopts);
        }
    }
}
