namespace Py2Cs.Runtime;

/// <summary>Subscription, slicing, length and membership.</summary>
public static partial class Ops
{
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (o is PyList l && key is PyInt i && o.GetType() == typeof(PyList))
        {
            long n = i.Value;
            if (n < 0) n += l.Count;
            if ((ulong)n < (ulong)l.Count) return l[(int)n];
        }
        else if (o.GetType() == typeof(PyTuple) && key.GetType() == typeof(PyInt))
        {
            var items = ((PyTuple)o).Items;
            long n = ((PyInt)key).Value;
            if (n < 0) n += items.Length;
            if ((ulong)n < (ulong)items.Length) return items[n];
        }
        else if (o.GetType() == typeof(PyDict) && (key.GetType() == typeof(PyStr) || key.GetType() == typeof(PyInt)))
        {
            // A plain dict has no __missing__, and these keys hash without running Python code, so a
            // miss may simply take the general path (for the KeyError).
            var v = ((PyDict)o).Get(key);
            if (v != null) return v;
        }
        return o.GetItem(key);
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        if (o.GetType() == typeof(PyList) && key.GetType() == typeof(PyInt))
        {
            var l = (PyList)o;
            long n = ((PyInt)key).Value;
            if (n < 0) n += l.Count;
            if ((ulong)n < (ulong)l.Count) { l[(int)n] = value; return; }
        }
        o.SetItem(key, value);
    }
    public static void DelItem(PyObject o, PyObject key) => o.DeleteItem(key);

    static readonly PyStr GetSliceName = PyStr.Intern("__getslice__"), SetSliceName = PyStr.Intern("__setslice__"),
        DelSliceName = PyStr.Intern("__delslice__");

    /// <summary><c>o[start:stop]</c> (a simple slice; either bound may be null). Python 2 calls
    /// <c>__getslice__</c> when a Python class defines it, with missing bounds as 0 and sys.maxint and
    /// negative bounds adjusted by len.</summary>
    public static PyObject GetSlice(PyObject o, PyObject start, PyObject stop)
    {
        if (o is PyInstance && o.Type.Lookup(GetSliceName) is { } m)
        {
            var (a, b) = SliceBoundsForMethod(o, start, stop);
            return CallWithSelf(m, o, a, b);
        }
        return o.GetItem(new PySlice(start, stop, null));
    }

    public static void SetSlice(PyObject o, PyObject start, PyObject stop, PyObject value)
    {
        if (o is PyInstance && o.Type.Lookup(SetSliceName) is { } m)
        {
            var (a, b) = SliceBoundsForMethod(o, start, stop);
            CallWithSelf(m, o, new[] { a, b, value }, null);
            return;
        }
        o.SetItem(new PySlice(start, stop, null), value);
    }

    public static void DelSlice(PyObject o, PyObject start, PyObject stop)
    {
        if (o is PyInstance && o.Type.Lookup(DelSliceName) is { } m)
        {
            var (a, b) = SliceBoundsForMethod(o, start, stop);
            CallWithSelf(m, o, a, b);
            return;
        }
        o.DeleteItem(new PySlice(start, stop, null));
    }

    static (PyObject, PyObject) SliceBoundsForMethod(PyObject o, PyObject start, PyObject stop)
    {
        long a = start == null || start is PyNone ? 0 : IndexToLongClamped(start);
        long b = stop == null || stop is PyNone ? long.MaxValue : IndexToLongClamped(stop);
        if (a < 0 || b < 0)
        {
            int len = o.Len();
            if (a < 0) a += len;
            if (b < 0) b += len;
        }
        return (PyInt.From(a), PyInt.From(b));
    }

    static long IndexToLongClamped(PyObject o)
    {
        var idx = o.Index() ?? throw TypeError("slice indices must be integers or None or have an __index__ method");
        return PyInt.FromLongClamped(idx).Value;
    }

    /// <summary><c>o[start:stop:step]</c> with any of them null.</summary>
    public static PyObject GetExtendedSlice(PyObject o, PyObject start, PyObject stop, PyObject step) =>
        o.GetItem(new PySlice(start, stop, step));

    public static int Len(PyObject o) => o.Len();

    public static bool Contains(PyObject container, PyObject item) => container.Contains(item);
}
