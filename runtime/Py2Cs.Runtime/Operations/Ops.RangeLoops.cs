namespace Py2Cs.Runtime;

/// <summary>
/// <c>for i in range(...)</c> / <c>xrange(...)</c>: lowering emits <c>Ops.IterRange(callee, args)</c> for
/// such loops. When the callee is (still) the builtin and the arguments are plain ints, the loop
/// iterates the numbers directly instead of building range's list, which nothing else can see;
/// anything else (a rebound name, non-int arguments, errors) is the ordinary call and iteration.
/// </summary>
public static partial class Ops
{
    const long RangeListLimit = int.MaxValue / 8;   // range() refuses larger lists (OverflowError)

    public static PyObject IterRange(PyObject callee, PyObject stop) =>
        RangeIteratorOrNull(callee, 0, stop, 1) ?? Iter(callee.Call(stop));

    public static PyObject IterRange(PyObject callee, PyObject start, PyObject stop) =>
        (start.GetType() == typeof(PyInt) ? RangeIteratorOrNull(callee, ((PyInt)start).Value, stop, 1) : null)
        ?? Iter(callee.Call(start, stop));

    public static PyObject IterRange(PyObject callee, PyObject start, PyObject stop, PyObject step) =>
        (start.GetType() == typeof(PyInt) && step.GetType() == typeof(PyInt) && ((PyInt)step).Value != 0
            ? RangeIteratorOrNull(callee, ((PyInt)start).Value, stop, ((PyInt)step).Value) : null)
        ?? Iter(callee.Call(start, stop, step));

    static PyObject RangeIteratorOrNull(PyObject callee, long start, PyObject stop, long step)
    {
        if (stop.GetType() != typeof(PyInt)) return null;
        bool isRange = ReferenceEquals(callee, Builtins.RangeFunction);
        if (!isRange && !ReferenceEquals(callee, PyXRange.TypeObject)) return null;
        var range = new PyXRange(start, ((PyInt)stop).Value, step);
        if (isRange && range.Count > RangeListLimit) return null;
        return new PyXRange.Iterator(range.Start, range.Step, range.Count);
    }
}
