namespace Py2Cs.Runtime;

/// <summary>Python 2's ordering of dicts (CPython's dict_compare): shorter dicts are smaller; for equal
/// lengths, compare the smallest key whose value differs (characterize), then those values.</summary>
public static class DictCompare
{
    public static int Compare(PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return a.Count < b.Count ? -1 : 1;
        var adiff = Characterize(a, b, out var aval);
        if (adiff == null) return 0;
        var bdiff = Characterize(b, a, out var bval);
        if (bdiff == null) return 0;
        int c = Ops.Cmp(adiff, bdiff);
        if (c != 0) return c;
        if (aval == null) return -1;
        if (bval == null) return 1;
        return Ops.Cmp(aval, bval);
    }

    /// <summary>The smallest key of a whose value differs from (or is missing in) b.</summary>
    static PyObject Characterize(PyDict a, PyDict b, out PyObject aval)
    {
        PyObject akey = null;
        aval = null;
        int pos = 0;
        while (a.Next(ref pos, out var k, out var v))
        {
            if (akey != null && !Ops.Less(k, akey)) continue;
            var bv = b.Get(k);
            if (bv != null && (ReferenceEquals(bv, v) || Ops.Eq(bv, v))) continue;
            akey = k;
            aval = v;
        }
        return akey;
    }
}
