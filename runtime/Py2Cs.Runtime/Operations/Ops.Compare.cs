namespace Py2Cs.Runtime;

/// <summary>Comparisons with Python 2 semantics: rich comparison, then <c>__cmp__</c>, then the
/// default ordering (None first, numbers before other types, other types by type name, then identity).</summary>
public static partial class Ops
{
    public static bool CompareResult(int c, CompareOperator op) => op switch
    {
        CompareOperator.Less => c < 0,
        CompareOperator.LessEqual => c <= 0,
        CompareOperator.Equal => c == 0,
        CompareOperator.NotEqual => c != 0,
        CompareOperator.Greater => c > 0,
        _ => c >= 0,
    };

    /// <summary><c>a op b</c> as a Python object (rich comparisons may return anything).</summary>
    public static PyObject RichCompare(PyObject a, PyObject b, CompareOperator op)
    {
        if (a is PyInt x && b is PyInt y) return PyBool.From(CompareResult(x.Value.CompareTo(y.Value), op));
        PyType ta = a.Type, tb = b.Type;
        PyObject r;
        if (!ReferenceEquals(ta, tb) && !tb.IsBuiltin && tb.IsSubtypeOf(ta))
        {
            r = b.RichCompare(a, OperatorNames.Swapped(op));
            if (r != null) return r;
            r = a.RichCompare(b, op);
            if (r != null) return r;
        }
        else
        {
            r = a.RichCompare(b, op);
            if (r != null) return r;
            r = b.RichCompare(a, OperatorNames.Swapped(op));
            if (r != null) return r;
        }
        return PyBool.From(CompareResult(ThreeWay(a, b), op));
    }

    /// <summary>__cmp__ on either side, else the default ordering.</summary>
    static int ThreeWay(PyObject a, PyObject b)
    {
        var c = a.Compare3(b);
        if (c != null) return c.Value;
        c = b.Compare3(a);
        if (c != null) return -c.Value;
        return DefaultCompare(a, b);
    }

    /// <summary>CPython 2's default_3way_compare.</summary>
    public static int DefaultCompare(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a.Type, b.Type) && !(a is PyInstance ia && ia.IsClassic))
            return Id(a).CompareTo(Id(b));
        if (a is PyNone) return b is PyNone ? 0 : -1;
        if (b is PyNone) return 1;
        string an = a.IsNumber ? "" : a.TypeName, bn = b.IsNumber ? "" : b.TypeName;
        int c = string.CompareOrdinal(an, bn);
        if (c != 0) return c < 0 ? -1 : 1;
        if (a is PyInstance && b is PyInstance) return Id(a).CompareTo(Id(b));
        return Id(a.Type) < Id(b.Type) ? -1 : 1;
    }

    public static bool Eq(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return x.Value == y.Value;
        if (a is PyStr s && b is PyStr t && a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr)) return s.EqualsStr(t);
        return IsTrue(RichCompare(a, b, CompareOperator.Equal));
    }

    public static bool Ne(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? x.Value != y.Value : AsDoubles(a, b, out var p, out var q) ? p != q : IsTrue(RichCompare(a, b, CompareOperator.NotEqual));
    public static bool Less(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? x.Value < y.Value : AsDoubles(a, b, out var p, out var q) ? p < q : IsTrue(RichCompare(a, b, CompareOperator.Less));
    public static bool LessEqual(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? x.Value <= y.Value : AsDoubles(a, b, out var p, out var q) ? p <= q : IsTrue(RichCompare(a, b, CompareOperator.LessEqual));
    public static bool Greater(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? x.Value > y.Value : AsDoubles(a, b, out var p, out var q) ? p > q : IsTrue(RichCompare(a, b, CompareOperator.Greater));
    public static bool GreaterEqual(PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? x.Value >= y.Value : AsDoubles(a, b, out var p, out var q) ? p >= q : IsTrue(RichCompare(a, b, CompareOperator.GreaterEqual));

    /// <summary>True when a comparison of a and b is a plain comparison of doubles: both exact floats,
    /// or an exact float and an exact int small enough (|i| &lt;= 2**53) to convert without rounding
    /// (CPython compares larger ints with floats exactly; those take the general path).</summary>
    static bool AsDoubles(PyObject a, PyObject b, out double x, out double y)
    {
        const long Exact = 1L << 53;
        System.Type ta = a.GetType(), tb = b.GetType();
        if (ta == typeof(PyFloat))
        {
            x = ((PyFloat)a).Value;
            if (tb == typeof(PyFloat)) { y = ((PyFloat)b).Value; return true; }
            if (tb == typeof(PyInt) && ((PyInt)b).Value >= -Exact && ((PyInt)b).Value <= Exact) { y = ((PyInt)b).Value; return true; }
        }
        else if (tb == typeof(PyFloat) && ta == typeof(PyInt) && ((PyInt)a).Value >= -Exact && ((PyInt)a).Value <= Exact)
        {
            x = ((PyInt)a).Value;
            y = ((PyFloat)b).Value;
            return true;
        }
        x = y = 0;
        return false;
    }

    /// <summary>Comparison returning a Python object, for expression contexts (<c>x = a &lt; b</c>).</summary>
    public static PyObject CompareObject(PyObject a, PyObject b, CompareOperator op) => RichCompare(a, b, op);

    /// <summary><c>a is b</c>.</summary>
    public static bool Is(PyObject a, PyObject b) => ReferenceEquals(a, b);

    /// <summary><c>a in b</c>.</summary>
    public static bool In(PyObject item, PyObject container) => container.Contains(item);
    public static bool NotIn(PyObject item, PyObject container) => !container.Contains(item);

    /// <summary>The builtin <c>cmp(a, b)</c> (PyObject_Compare).</summary>
    public static int Cmp(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is PyInt x && b is PyInt y) return x.Value.CompareTo(y.Value);
        var c = a.Compare3(b);
        if (c != null) return c.Value;
        c = b.Compare3(a);
        if (c != null) return -c.Value;
        if (IsRichlyComparable(a, b))
        {
            if (Eq(a, b)) return 0;
            if (Less(a, b)) return -1;
            if (Greater(a, b)) return 1;
        }
        return DefaultCompare(a, b);
    }

    static bool IsRichlyComparable(PyObject a, PyObject b) =>
        a.RichCompare(b, CompareOperator.Equal) != null || b.RichCompare(a, CompareOperator.Equal) != null;

    /// <summary>Normalises the result of a Python cmp function or <c>__cmp__</c> to -1/0/1.</summary>
    public static int CmpResultFromCallable(PyObject r)
    {
        if (r is PyInt i) return i.Value < 0 ? -1 : i.Value > 0 ? 1 : 0;
        if (r is PyLong l) return l.Value.Sign;
        if (r is PyFloat f) return f.Value < 0 ? -1 : f.Value > 0 ? 1 : 0;
        var idx = r.ToInt();
        if (idx is PyInt j) return j.Value < 0 ? -1 : j.Value > 0 ? 1 : 0;
        throw TypeError("comparison did not return an int");
    }
}
