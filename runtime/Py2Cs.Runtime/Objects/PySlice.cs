namespace Py2Cs.Runtime;

/// <summary>Python <c>slice</c> objects (<c>a[i:j:k]</c>, <c>slice(i, j, k)</c>).</summary>
public sealed class PySlice : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("slice", () => PyType.ObjectType, SequenceTypes.PopulateSlice);

    public readonly PyObject Start, Stop, Step;

    public PySlice(PyObject start, PyObject stop, PyObject step)
    {
        Start = start ?? PyNone.None;
        Stop = stop ?? PyNone.None;
        Step = step ?? PyNone.None;
    }

    public override PyType Type => TypeObject;

    public override long Hash() => throw Ops.TypeError("unhashable type");

    public override PyStr Repr() =>
        PyStr.FromString("slice(" + Ops.Repr(Start) + ", " + Ops.Repr(Stop) + ", " + Ops.Repr(Step) + ")");

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is not PySlice s) return null;
        return Ops.RichCompare(PyTuple.Create(Start, Stop, Step), PyTuple.Create(s.Start, s.Stop, s.Step), op);
    }

    static long SliceIndex(PyObject o)
    {
        var i = o.Index();
        if (i == null) throw Ops.TypeError("slice indices must be integers or None or have an __index__ method");
        return PyInt.FromLongClamped(i).Value;
    }

    /// <summary>CPython's PySlice_GetIndicesEx: clamps the bounds to a sequence of the given length.</summary>
    public void Indices(long length, out int start, out int stop, out int step, out int count)
    {
        long st = Step is PyNone ? 1 : SliceIndex(Step);
        if (st == 0) throw Ops.ValueError("slice step cannot be zero");
        if (st < -long.MaxValue) st = -long.MaxValue;
        long defStart = st < 0 ? length - 1 : 0, defStop = st < 0 ? -1 : length;
        long a, b;
        if (Start is PyNone) a = defStart;
        else
        {
            a = SliceIndex(Start);
            if (a < 0) a += length;
            if (a < 0) a = st < 0 ? -1 : 0;
            if (a >= length) a = st < 0 ? length - 1 : length;
        }
        if (Stop is PyNone) b = defStop;
        else
        {
            b = SliceIndex(Stop);
            if (b < 0) b += length;
            if (b < 0) b = st < 0 ? -1 : 0;
            if (b >= length) b = st < 0 ? length - 1 : length;
        }
        long n;
        if ((st < 0 && b >= a) || (st > 0 && a >= b)) n = 0;
        else if (st < 0) n = (b - a + 1) / st + 1;
        else n = (b - a - 1) / st + 1;
        start = (int)a; stop = (int)b; step = (int)System.Math.Clamp(st, int.MinValue + 1, int.MaxValue); count = (int)n;
    }
}
