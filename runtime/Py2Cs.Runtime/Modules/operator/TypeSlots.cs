namespace Py2Cs.Runtime.Modules.@operator
{
    /// <summary>
    /// CPython's slot tests (PySequence_Check, PyMapping_Check, PyNumber_Check) expressed over our
    /// types: a classic instance answers by attribute, a type by the special methods along its MRO.
    /// </summary>
    internal static class TypeSlots
    {
        static readonly PyStr GetItem = PyStr.Intern("__getitem__");
        static readonly PyStr GetSlice = PyStr.Intern("__getslice__");
        static readonly PyStr IterName = PyStr.Intern("__iter__");
        static readonly PyStr ContainsName = PyStr.Intern("__contains__");
        static readonly PyStr IntName = PyStr.Intern("__int__");
        static readonly PyStr FloatName = PyStr.Intern("__float__");

        static bool IsClassicInstance(PyObject o) => o is PyInstance i && i.IsClassic;

        static bool Has(PyObject o, PyStr name) =>
            IsClassicInstance(o) ? Ops.GetAttrOrNull(o, name) != null : o.Type.Lookup(name) != null;

        /// <summary>Built-in sequences carry sq_slice, which makes PyMapping_Check false for them.</summary>
        static bool IsBuiltinSequence(PyObject o) =>
            o is PyStr || o is PyUnicode || o is PyList || o is PyTuple || o is PyByteArray;

        public static bool IsSequence(PyObject o)
        {
            if (IsClassicInstance(o)) return Ops.GetAttrOrNull(o, GetItem) != null;
            if (IsBuiltinSequence(o) || o is PyXRange) return true;
            if (o is PyDict) return PythonOverride.Find(o.Type, "__getitem__") != null;
            return o.Type.Lookup(GetItem) != null;
        }

        public static bool IsMapping(PyObject o)
        {
            if (IsClassicInstance(o)) return Ops.GetAttrOrNull(o, GetItem) != null;
            if (IsBuiltinSequence(o) || o is PyXRange) return false;
            return o.Type.Lookup(GetItem) != null && o.Type.Lookup(GetSlice) == null;
        }

        public static bool IsNumber(PyObject o)
        {
            // classic instances fill every number slot, so PyNumber_Check is true for all of them
            if (o is PyInt || o is PyLong || o is PyFloat || o is PyComplex || IsClassicInstance(o)) return true;
            return Has(o, IntName) || Has(o, FloatName);
        }

        public static bool IsIterable(PyObject o) => IsBuiltinSequence(o) || o is PyDict || o is PySetBase || Has(o, IterName) || Has(o, GetItem);

        public static bool SupportsContains(PyObject o) => IsIterable(o) || Has(o, ContainsName);
    }
}
