namespace Py2Cs.Runtime;

/// <summary>Lexicographic comparison of lists and tuples (CPython's list_richcompare/tuplerichcompare):
/// find the first index whose items differ by ==, then compare those items with the operator.</summary>
public static class SequenceCompare
{
    public static PyObject Compare(PyObject[] a, int alen, PyObject[] b, int blen, CompareOperator op)
    {
        if (alen != blen && (op == CompareOperator.Equal || op == CompareOperator.NotEqual))
            return PyBool.From(op == CompareOperator.NotEqual);
        int i = 0;
        for (; i < alen && i < blen; i++)
            if (!ReferenceEquals(a[i], b[i]) && !Ops.Eq(a[i], b[i])) break;
        if (i >= alen || i >= blen) return PyBool.From(Ops.CompareResult(alen.CompareTo(blen), op));
        if (op == CompareOperator.Equal) return PyBool.False;
        if (op == CompareOperator.NotEqual) return PyBool.True;
        return Ops.RichCompare(a[i], b[i], op);
    }
}
