namespace Py2Cs.Runtime;

/// <summary>Display expressions whose evaluation order the runtime's constructors don't already give.
/// Added by the lowering (see docs/lowering.md).</summary>
public static class Displays
{
    /// <summary>A dict display <c>{k1: v1, ...}</c>; Python 2.7 evaluates each value before its key, so
    /// the items come as v1, k1, v2, k2...</summary>
    public static PyDict Dict(PyObject[] valueThenKey)
    {
        var d = PyDict.Presized(valueThenKey.Length / 2);
        for (int i = 0; i + 1 < valueThenKey.Length; i += 2)
            d.SetItem(valueThenKey[i + 1], valueThenKey[i]);
        return d;
    }
}
