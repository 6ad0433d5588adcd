using System;

namespace Py2Cs.Runtime;

/// <summary>datetime.time: hour, minute, second, microsecond and an optional tzinfo.</summary>
public sealed class TimeObject : DatetimeValue
{
    public static readonly PyType TypeObject = PyType.Builtin("time", () => PyType.ObjectType, Populate);

    public int Hour { get; }
    public int Minute { get; }
    public int Second { get; }
    public int Microsecond { get; }
    public PyObject TzInfo { get; }

    public TimeObject(int hour, int minute, int second, int microsecond, PyObject tzinfo, PyType type = null) : base(type, TypeObject)
    {
        CheckClock(hour, minute, second, microsecond);
        Hour = hour; Minute = minute; Second = second; Microsecond = microsecond;
        TzInfo = CheckTzInfo(tzinfo);
    }

    internal static void CheckClock(int hour, int minute, int second, int microsecond)
    {
        if (hour < 0 || hour > 23) throw ValueError("hour must be in 0..23");
        if (minute < 0 || minute > 59) throw ValueError("minute must be in 0..59");
        if (second < 0 || second > 59) throw ValueError("second must be in 0..59");
        if (microsecond < 0 || microsecond > 999999) throw ValueError("microsecond must be in 0..999999");
    }

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("datetime"));
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("time", args, kw, 0, 5, "hour", "minute", "second", "microsecond", "tzinfo");
            return new TimeObject(IntArg(a[0], 0), IntArg(a[1], 0), IntArg(a[2], 0), IntArg(a[3], 0), a[4], type);
        };
        t.DefProperty("hour", s => PyInt.From(((TimeObject)s).Hour));
        t.DefProperty("minute", s => PyInt.From(((TimeObject)s).Minute));
        t.DefProperty("second", s => PyInt.From(((TimeObject)s).Second));
        t.DefProperty("microsecond", s => PyInt.From(((TimeObject)s).Microsecond));
        t.DefProperty("tzinfo", s => ((TimeObject)s).TzInfo);
        t.DefMethod("isoformat", s => PyStr.FromString(((TimeObject)s).IsoFormat()));
        t.DefMethod("strftime", (s, f) => DatetimeFormat.Strftime(s, f));
        t.DefMethod("__format__", (s, f) => Ops.StrValue(f).Length == 0 ? Ops.Str(s) : DatetimeFormat.Strftime(s, f));
        t.DefMethod("utcoffset", s => (PyObject)Offset(((TimeObject)s).TzInfo, "utcoffset", PyNone.None) ?? PyNone.None);
        t.DefMethod("dst", s => (PyObject)Offset(((TimeObject)s).TzInfo, "dst", PyNone.None) ?? PyNone.None);
        t.DefMethod("tzname", s => TzName(((TimeObject)s).TzInfo, PyNone.None));
        t.DefMethod("replace", 0, new[] { "hour", "minute", "second", "microsecond", "tzinfo" }, (s, a) =>
        {
            var o = (TimeObject)s;
            return new TimeObject(IntArg(a[0], o.Hour), IntArg(a[1], o.Minute), IntArg(a[2], o.Second), IntArg(a[3], o.Microsecond), a[4] ?? o.TzInfo, o.Type);
        });
        t.Dict.SetStr("min", new TimeObject(0, 0, 0, 0, null));
        t.Dict.SetStr("max", new TimeObject(23, 59, 59, 999999, null));
        t.Dict.SetStr("resolution", new TimeDeltaObject(0, 0, 1));
    }

    internal TimeDeltaObject UtcOffset => Offset(TzInfo, "utcoffset", PyNone.None);

    internal string IsoFormat()
    {
        string s = $"{Hour:00}:{Minute:00}:{Second:00}";
        if (Microsecond != 0) s += $".{Microsecond:000000}";
        return s + FormatOffset(UtcOffset, ":");
    }

    public override PyStr Repr()
    {
        string name = ReprName(TypeObject);
        string body = Microsecond != 0 ? $"{Hour}, {Minute}, {Second}, {Microsecond}" : Second != 0 ? $"{Hour}, {Minute}, {Second}" : $"{Hour}, {Minute}";
        if (TzInfo is not PyNone) body += ", tzinfo=" + Ops.Repr(TzInfo);
        return PyStr.FromString($"{name}({body})");
    }

    public override PyStr Str() => PyStr.FromString(IsoFormat());

    long MinutesUtc(TimeDeltaObject off) => Hour * 60 + Minute - (off == null ? 0 : (off.Days * 86400L + off.Seconds) / 60);

    public override bool IsTrue() => MinutesUtc(UtcOffset) != 0 || Second != 0 || Microsecond != 0;

    public override long Hash()
    {
        var off = UtcOffset;
        if (off == null) return Ops.Hash(PyTuple.Create(PyInt.From(Hour), PyInt.From(Minute), PyInt.From(Second), PyInt.From(Microsecond)));
        return Ops.Hash(PyTuple.Create(PyInt.From(MinutesUtc(off)), PyInt.From(Second), PyInt.From(Microsecond)));
    }

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is not TimeObject o)
        {
            if (op == CompareOperator.Equal) return PyBool.False;
            if (op == CompareOperator.NotEqual) return PyBool.True;
            throw Ops.TypeError($"can't compare datetime.time to {other.TypeName}");
        }
        TimeDeltaObject a = null, b = null;
        if (!ReferenceEquals(TzInfo, o.TzInfo)) { a = UtcOffset; b = o.UtcOffset; }
        if ((a == null) != (b == null))
        {
            if (op == CompareOperator.Equal) return PyBool.False;
            if (op == CompareOperator.NotEqual) return PyBool.True;
            throw Ops.TypeError("can't compare offset-naive and offset-aware times");
        }
        var x = (MinutesUtc(a), Second, Microsecond);
        var y = (o.MinutesUtc(b), o.Second, o.Microsecond);
        return DateObject.CompareResult(x.CompareTo(y), op);
    }
}
