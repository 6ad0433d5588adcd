using System;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>
/// Common base of the datetime module's values: the Python type (a Python subclass when one was
/// instantiated, e.g. <c>class UTC(tzinfo)</c>) and the instance dict such subclasses get.
/// </summary>
public abstract class DatetimeValue : PyObject
{
    readonly PyType _type;
    readonly PyDict _dict;
    readonly PyType _native;

    protected DatetimeValue(PyType type, PyType native)
    {
        _native = native;
        _type = type ?? native;
        if (!ReferenceEquals(_type, native) && _type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyType Type => _type;

    /// <summary>CPython's tp_name of the C types is qualified ("datetime.timedelta"); Python subclasses use their name.</summary>
    public override string TypeName => ReferenceEquals(_type, _native) ? "datetime." + _native.Name : _type.Name;
    public override PyDict InstanceDict => _dict;

    protected bool IsNativeType(PyType native) => ReferenceEquals(_type, native);

    /// <summary>"datetime.date" for the native class, the class name for a Python subclass (tp_name).</summary>
    protected string ReprName(PyType native) => IsNativeType(native) ? "datetime." + native.Name : _type.Name;

    internal static int IntArg(PyObject o, int dflt)
    {
        if (o == null) return dflt;
        if (o is PyFloat) throw Ops.TypeError("integer argument expected, got float");
        if (o is not (PyInt or PyLong) && o.Index() == null) throw Ops.TypeError("an integer is required");
        return Ops.ToInt32(o);
    }

    internal static PythonException ValueError(string m) => Ops.ValueError(m);

    internal static PyObject CheckTzInfo(PyObject tz)
    {
        if (tz == null || tz is PyNone) return PyNone.None;
        if (!Ops.IsInstance(tz, TzInfoObject.TypeObject))
            throw Ops.TypeError($"tzinfo argument must be None or of a tzinfo subclass, not type '{tz.TypeName}'");
        return tz;
    }

    /// <summary>Calls tzinfo.utcoffset/dst(arg) through Python look-up and validates the result as CPython.</summary>
    internal static TimeDeltaObject Offset(PyObject tzinfo, string method, PyObject arg)
    {
        if (tzinfo is PyNone) return null;
        var r = Ops.CallMethod(tzinfo, PyStr.Intern(method), arg);
        if (r is PyNone) return null;
        if (r is not TimeDeltaObject td)
            throw Ops.TypeError($"tzinfo.{method}() must return None or timedelta, not '{r.TypeName}'");
        if (td.Microseconds != 0 || td.Seconds % 60 != 0)
            throw ValueError($"tzinfo.{method}() must return a whole number of minutes");
        long minutes = (td.Days * 86400L + td.Seconds) / 60;
        if (minutes < -1439 || minutes > 1439)
            throw ValueError($"tzinfo.{method}() returned {minutes}; must be in -1439 .. 1439");
        return td;
    }

    internal static PyObject TzName(PyObject tzinfo, PyObject arg)
    {
        if (tzinfo is PyNone) return PyNone.None;
        var r = Ops.CallMethod(tzinfo, PyStr.Intern("tzname"), arg);
        if (r is not (PyNone or PyStr)) throw Ops.TypeError($"tzinfo.tzname() must return None or a string, not '{r.TypeName}'");
        return r;
    }

    /// <summary>"+HH:MM" (isoformat) or "+HHMM" (%z) of an offset.</summary>
    internal static string FormatOffset(TimeDeltaObject off, string sep)
    {
        if (off == null) return "";
        long minutes = (off.Days * 86400L + off.Seconds) / 60;
        char sign = '+';
        if (minutes < 0) { sign = '-'; minutes = -minutes; }
        return $"{sign}{minutes / 60:00}{sep}{minutes % 60:00}";
    }
}
