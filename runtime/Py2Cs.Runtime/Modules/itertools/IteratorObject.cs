using System;

namespace Py2Cs.Runtime.Modules.itertools
{
    /// <summary>
    /// The base of itertools' iterator types: an iterator of its own type (a Python subclass when one
    /// was requested, with an instance dict), named <c>itertools.X</c> in messages as CPython's tp_name.
    /// </summary>
    public abstract class IteratorObject : PyObject
    {
        readonly PyType _type;
        readonly PyDict _dict;

        protected IteratorObject(PyType type)
        {
            _type = type;
            if (!type.IsBuiltin) _dict = new PyDict();
        }

        public override PyType Type => _type;
        public override PyDict InstanceDict => _dict;
        public override string TypeName => _type.IsBuiltin ? "itertools." + _type.Name : _type.Name;
        public override PyObject Iter() => this;

        /// <summary>Declares an itertools type: module name, next/__iter__, and its constructor.</summary>
        internal static PyType Declare(string name, Func<PyType, PyObject[], PyStr[], PyObject> constructor, Action<PyType> more = null) =>
            PyType.Builtin(name, () => PyType.ObjectType, t =>
            {
                t.Define("__module__", PyStr.FromString("itertools"));
                t.Constructor = constructor;
                t.DefMethod("next", s => s.Next() ?? throw Ops.StopIteration());
                t.DefMethod("__iter__", s => s);
                more?.Invoke(t);
            });

        internal static void NoKeywords(string name, PyStr[] kw)
        {
            if (kw != null && kw.Length > 0) throw Ops.TypeError($"{name}() does not take keyword arguments");
        }

        /// <summary>PyArg_UnpackTuple's count check: "name expected 2 arguments, got 1".</summary>
        internal static void Unpack(string name, PyObject[] args, PyStr[] kw, int min, int max)
        {
            NoKeywords(name, kw);
            if (args.Length < min)
                throw Ops.TypeError(min == max ? $"{name} expected {min} arguments, got {args.Length}" : $"{name} expected at least {min} arguments, got {args.Length}");
            if (args.Length > max)
                throw Ops.TypeError(min == max ? $"{name} expected {max} arguments, got {args.Length}" : $"{name} expected at most {max} arguments, got {args.Length}");
        }

        /// <summary>PyArg_ParseTupleAndKeywords: positional or keyword, CPython's messages.</summary>
        internal static PyObject[] Parse(string name, PyObject[] args, PyStr[] kw, int min, params string[] names)
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos > names.Length)
                throw Ops.TypeError($"{name}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({args.Length} given)");
            var r = new PyObject[names.Length];
            Array.Copy(args, r, npos);
            if (kw != null)
                for (int i = 0; i < kw.Length; i++)
                {
                    int j = Array.IndexOf(names, kw[i].ToString());
                    if (j < 0) throw Ops.TypeError($"'{kw[i]}' is an invalid keyword argument for this function");
                    if (r[j] != null) throw Ops.TypeError($"Argument given by name ('{kw[i]}') and position ({j + 1})");
                    r[j] = args[npos + i];
                }
            for (int i = 0; i < min; i++)
                if (r[i] == null) throw Ops.TypeError($"Required argument '{names[i]}' (pos {i + 1}) not found");
            return r;
        }

        internal static long NonNegative(PyObject o, string message)
        {
            long n = Ops.IndexToLongArg(o);
            if (n < 0) throw Ops.ValueError(message);
            return n;
        }
    }
}
