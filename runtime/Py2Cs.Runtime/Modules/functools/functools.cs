#pragma warning disable CS8981 // the module class is named as in Python
using System;
using Py2Cs.Runtime.Modules.functools;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>functools</c> module of Python 2.7: partial, reduce, update_wrapper, wraps,
    /// total_ordering, cmp_to_key.</summary>
    [PythonModule("functools")]
    public static class functools
    {
        public static readonly PyObject partial = PartialObject.TypeObject;
        public static readonly PyObject WRAPPER_ASSIGNMENTS = PyTuple.Create(PyStr.Intern("__module__"), PyStr.Intern("__name__"), PyStr.Intern("__doc__"));
        public static readonly PyObject WRAPPER_UPDATES = PyTuple.Create(PyStr.Intern("__dict__"));

        public static readonly PyObject reduce = Builtins.Module.Dict.GetStr("reduce");

        /// <summary>Copies the assigned attributes from wrapped (missing ones raise, as in 2.7) and updates
        /// the updated ones (dicts) in place.</summary>
        public static PyObject update_wrapper(PyObject wrapper, PyObject wrapped, PyObject assigned = null, PyObject updated = null)
        {
            var it = Ops.Iter(assigned ?? WRAPPER_ASSIGNMENTS);
            for (var name = it.Next(); name != null; name = it.Next())
                Ops.SetAttr(wrapper, AttributeName(name), Ops.GetAttr(wrapped, AttributeName(name)));
            it = Ops.Iter(updated ?? WRAPPER_UPDATES);
            for (var name = it.Next(); name != null; name = it.Next())
                Ops.CallMethod(Ops.GetAttr(wrapper, AttributeName(name)), "update", Ops.GetAttrOrNull(wrapped, AttributeName(name)) ?? new PyDict());
            return wrapper;
        }

        static PyStr AttributeName(PyObject o) => o as PyStr ?? throw Ops.TypeError("attribute name must be string");

        static readonly PyStr[] WrapsKeywords = { PyStr.Intern("wrapped"), PyStr.Intern("assigned"), PyStr.Intern("updated") };

        /// <summary>wraps(wrapped, ...) = partial(update_wrapper, wrapped=wrapped, assigned=..., updated=...).</summary>
        public static PyObject wraps(PyObject wrapped, PyObject assigned = null, PyObject updated = null) =>
            Ops.Call(partial, new[] { UpdateWrapperFunction, wrapped, assigned ?? WRAPPER_ASSIGNMENTS, updated ?? WRAPPER_UPDATES }, WrapsKeywords);

        static PyObject UpdateWrapperFunction => Importer.ImportModule("functools") is { } m ? Ops.GetAttr(m, "update_wrapper") : null;

        public static PyObject cmp_to_key(PyObject mycmp) => KeyWrapper.Factory(mycmp);

        /// <summary>Fills in the missing rich comparisons from the one defined (preferring __lt__, then
        /// __le__, __gt__, __ge__), with functools.py's formulas.</summary>
        public static PyObject total_ordering(PyObject cls) => TotalOrdering.Apply(cls);
    }
}
