using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>Iteration: <c>Iter</c> then <c>Next()</c> until null (no StopIteration on this path).</summary>
public static partial class Ops
{
    public static PyObject Iter(PyObject o) => o.Iter();

    /// <summary>The next item or null at the end.</summary>
    public static PyObject Next(PyObject iterator) => iterator.Next();

    /// <summary>The next item, raising StopIteration at the end (<c>it.next()</c>, <c>next(it)</c>).</summary>
    public static PyObject NextOrRaise(PyObject iterator)
    {
        var r = iterator.Next();
        if (r == null) throw StopIteration();
        return r;
    }

    /// <summary>Drains any iterable into a C# list.</summary>
    public static List<PyObject> ToList(PyObject iterable)
    {
        var result = new List<PyObject>();
        if (iterable is PyList l) { result.AddRange(l.ToArray()); return result; }
        if (iterable is PyTuple t) { result.AddRange(t.Items); return result; }
        var it = Iter(iterable);
        for (var x = it.Next(); x != null; x = it.Next()) result.Add(x);
        return result;
    }

    /// <summary>Enumerates any iterable from C#.</summary>
    public static IEnumerable<PyObject> Enumerate(PyObject iterable)
    {
        var it = Iter(iterable);
        for (var x = it.Next(); x != null; x = it.Next()) yield return x;
    }

    /// <summary><c>a, b, c = o</c>: exactly <paramref name="n"/> items, with CPython 2.7's errors. The array may be
    /// the tuple's own storage: read it, never write to it.</summary>
    public static PyObject[] UnpackSequence(PyObject o, int n)
    {
        if (o is PyTuple t && t.GetType() == typeof(PyTuple))
        {
            // Tuples are immutable, so their own array is handed out (no copy): callers only read it.
            if (t.Count == n) return t.Items;
        }
        else if (o is PyList l && l.GetType() == typeof(PyList))
        {
            if (l.Count == n) return l.ToArray();
        }
        var result = new PyObject[n];
        PyObject it;
        try { it = Iter(o); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError) && o is not PyInstance)
        {
            throw TypeError($"'{o.TypeName}' object is not iterable");
        }
        for (int i = 0; i < n; i++)
        {
            var x = it.Next();
            if (x == null) throw ValueError($"need more than {i} value{(i == 1 ? "" : "s")} to unpack");
            result[i] = x;
        }
        if (it.Next() != null) throw ValueError("too many values to unpack");
        return result;
    }
}
