namespace Py2Cs.Runtime;

/// <summary>
/// datetime.tzinfo: the abstract base Python subclasses implement (utcoffset, dst, tzname); the
/// runtime always calls those through Python attribute look-up, so overrides are honoured.
/// </summary>
public sealed class TzInfoObject : DatetimeValue
{
    public static readonly PyType TypeObject = PyType.Builtin("tzinfo", () => PyType.ObjectType, t =>
    {
        t.Dict.SetStr("__module__", PyStr.FromString("datetime"));
        // Subclasses define __init__ with their own arguments; the base accepts and ignores them.
        t.Constructor = (type, args, kw) => new TzInfoObject(type);
        t.DefMethod("tzname", (s, dt) => throw Ops.Error(PyExceptionTypes.NotImplementedError, PyStr.FromString("a tzinfo subclass must implement tzname()")));
        t.DefMethod("utcoffset", (s, dt) => throw Ops.Error(PyExceptionTypes.NotImplementedError, PyStr.FromString("a tzinfo subclass must implement utcoffset()")));
        t.DefMethod("dst", (s, dt) => throw Ops.Error(PyExceptionTypes.NotImplementedError, PyStr.FromString("a tzinfo subclass must implement dst()")));
        t.DefMethod("fromutc", (s, dt) => FromUtc(s, dt));
    });

    TzInfoObject(PyType type) : base(type, TypeObject) { }

    /// <summary>tzinfo.fromutc as datetime.py defines it: adjust by utcoffset and dst.</summary>
    static PyObject FromUtc(PyObject self, PyObject dtObj)
    {
        if (dtObj is not DateTimeObject dt) throw Ops.TypeError("fromutc() requires a datetime argument");
        if (!ReferenceEquals(dt.TzInfo, self)) throw Ops.ValueError("fromutc: dt.tzinfo is not self");
        var dtoff = Offset(self, "utcoffset", dt) ?? throw Ops.ValueError("fromutc: non-None utcoffset() result required");
        var dtdst = Offset(self, "dst", dt) ?? throw Ops.ValueError("fromutc: non-None dst() result required");
        var delta = dtoff.TotalMicroseconds - dtdst.TotalMicroseconds;
        PyObject shifted = dt;
        if (!delta.IsZero)
        {
            shifted = Ops.Add(dt, TimeDeltaObject.FromMicroseconds(delta));
            dtdst = Offset(self, "dst", shifted) ?? throw Ops.ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert");
        }
        return Ops.Add(shifted, dtdst);
    }
}
