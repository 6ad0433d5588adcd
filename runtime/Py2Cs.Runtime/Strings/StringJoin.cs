using System.Collections.Generic;

namespace Py2Cs.Runtime.Strings
{
    /// <summary>The items of join()'s argument, as PySequence_Fast does.</summary>
    internal static class StringJoin
    {
        public static PyObject[] Items(PyObject iterable)
        {
            if (iterable is PyList list) return list.ToArray();
            if (iterable is PyTuple tuple) return tuple.AsSpan().ToArray();
            PyObject iterator;
            try { iterator = Ops.Iter(iterable); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError))
            {
                throw Ops.TypeError("can only join an iterable");
            }
            var items = new List<PyObject>();
            for (PyObject item = iterator.Next(); item != null; item = iterator.Next()) items.Add(item);
            return items.ToArray();
        }
    }
}
