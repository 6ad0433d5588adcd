using System;

namespace Py2Cs.Runtime.Modules.functools
{
    /// <summary>functools.total_ordering: the derived methods are functions set on the class.</summary>
    internal static class TotalOrdering
    {
        static bool Lt(PyObject a, PyObject b) => Ops.Less(a, b);
        static bool Le(PyObject a, PyObject b) => Ops.LessEqual(a, b);
        static bool Gt(PyObject a, PyObject b) => Ops.Greater(a, b);
        static bool Ge(PyObject a, PyObject b) => Ops.GreaterEqual(a, b);
        static bool Eq(PyObject a, PyObject b) => Ops.Eq(a, b);

        static readonly (string root, (string name, Func<PyObject, PyObject, bool> f)[] derived)[] Convert =
        {
            ("__lt__", new (string, Func<PyObject, PyObject, bool>)[]
            {
                ("__gt__", (s, o) => !(Lt(s, o) || Eq(s, o))),
                ("__le__", (s, o) => Lt(s, o) || Eq(s, o)),
                ("__ge__", (s, o) => !Lt(s, o)),
            }),
            ("__le__", new (string, Func<PyObject, PyObject, bool>)[]
            {
                ("__ge__", (s, o) => !Le(s, o) || Eq(s, o)),
                ("__lt__", (s, o) => Le(s, o) && !Eq(s, o)),
                ("__gt__", (s, o) => !Le(s, o)),
            }),
            ("__gt__", new (string, Func<PyObject, PyObject, bool>)[]
            {
                ("__lt__", (s, o) => !(Gt(s, o) || Eq(s, o))),
                ("__ge__", (s, o) => Gt(s, o) || Eq(s, o)),
                ("__le__", (s, o) => !Gt(s, o)),
            }),
            ("__ge__", new (string, Func<PyObject, PyObject, bool>)[]
            {
                ("__le__", (s, o) => !Ge(s, o) || Eq(s, o)),
                ("__gt__", (s, o) => Ge(s, o) && !Eq(s, o)),
                ("__lt__", (s, o) => !Ge(s, o)),
            }),
        };

        /// <summary>Whether the class (or a base other than object) defines the comparison, as
        /// `name in dir(cls)` tests in functools.py.</summary>
        static bool Defines(PyObject cls, string name)
        {
            if (cls is PyType t)
            {
                var found = t.IsClassic ? Ops.GetAttrOrNull(cls, name) : t.Lookup(PyStr.Intern(name));
                if (found == null) return false;
                return !ReferenceEquals(found, PyType.ObjectType.Dict.GetStr(name));
            }
            return Ops.GetAttrOrNull(cls, name) != null;
        }

        public static PyObject Apply(PyObject cls)
        {
            string root = null;
            foreach (var (name, _) in Convert)
                if (Defines(cls, name) && (root == null || string.CompareOrdinal(name, root) > 0)) root = name;
            if (root == null) throw Ops.ValueError("must define at least one ordering operation: < > <= >=");
            foreach (var (name, derived) in Convert)
            {
                if (name != root) continue;
                foreach (var (opname, f) in derived)
                {
                    if (Defines(cls, opname)) continue;
                    var fn = new PyFunction(new FunctionSignature(opname, new[] { "self", "other" }), (s, o) => PyBool.From(f(s, o)));
                    fn.Doc = Ops.GetAttr(Ops.GetAttr(PyInt.TypeObject, opname), "__doc__");
                    Ops.SetAttr(cls, opname, fn);
                }
            }
            return cls;
        }
    }
}
