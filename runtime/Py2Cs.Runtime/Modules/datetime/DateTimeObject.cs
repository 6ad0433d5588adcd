using System;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>datetime.datetime: a date and a time of day, naive or aware (tzinfo).</summary>
public sealed class DateTimeObject : DateObject
{
    public static new readonly PyType TypeObject = PyType.Builtin("datetime", () => DateObject.TypeObject, Populate);

    public int Hour { get; }
    public int Minute { get; }
    public int Second { get; }
    public int Microsecond { get; }
    public PyObject TzInfo { get; }

    public DateTimeObject(int year, int month, int day, int hour, int minute, int second, int microsecond, PyObject tzinfo, PyType type = null)
        : base(year, month, day, type, TypeObject)
    {
        TimeObject.CheckClock(hour, minute, second, microsecond);
        Hour = hour; Minute = minute; Second = second; Microsecond = microsecond;
        TzInfo = CheckTzInfo(tzinfo);
    }

    internal override (int H, int M, int S, int Us) Clock => (Hour, Minute, Second, Microsecond);

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("datetime"));
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("datetime", args, kw, 3, 8, "year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo");
            return new DateTimeObject(IntArg(a[0], 0), IntArg(a[1], 0), IntArg(a[2], 0), IntArg(a[3], 0), IntArg(a[4], 0), IntArg(a[5], 0), IntArg(a[6], 0), a[7], type);
        };
        DefineDateMembers(t);
        t.DefProperty("hour", s => PyInt.From(((DateTimeObject)s).Hour));
        t.DefProperty("minute", s => PyInt.From(((DateTimeObject)s).Minute));
        t.DefProperty("second", s => PyInt.From(((DateTimeObject)s).Second));
        t.DefProperty("microsecond", s => PyInt.From(((DateTimeObject)s).Microsecond));
        t.DefProperty("tzinfo", s => ((DateTimeObject)s).TzInfo);
        t.DefClassMethod("now", 0, new[] { "tz" }, (cls, a) => FromTimestamp((PyType)cls, time.time_(), a[0] ?? PyNone.None, utc: false));
        t.DefClassMethod("today", 0, Array.Empty<string>(), (cls, a) => FromTimestamp((PyType)cls, time.time_(), PyNone.None, utc: false));
        t.DefClassMethod("utcnow", 0, Array.Empty<string>(), (cls, a) => FromTimestamp((PyType)cls, time.time_(), PyNone.None, utc: true));
        t.DefClassMethod("fromtimestamp", 1, new[] { "timestamp", "tz" }, (cls, a) => FromTimestamp((PyType)cls, Seconds(a[0]), a[1] ?? PyNone.None, utc: false));
        t.DefClassMethod("utcfromtimestamp", 1, new[] { "timestamp" }, (cls, a) => FromTimestamp((PyType)cls, Seconds(a[0]), PyNone.None, utc: true));
        t.DefClassMethod("fromordinal", 1, new[] { "ordinal" }, (cls, a) =>
        {
            long v = Ops.IndexToLong(a[0]);
            if (v < 1) throw ValueError("ordinal must be >= 1");
            var d = FromOrdinal(v);
            return new DateTimeObject(d.Year, d.Month, d.Day, 0, 0, 0, 0, null, (PyType)cls);
        });
        t.DefClassMethod("combine", 2, new[] { "date", "time" }, (cls, a) =>
        {
            if (a[0] is not DateObject d) throw Ops.TypeError($"combine() argument 1 must be datetime.date, not {a[0].TypeName}");
            if (a[1] is not TimeObject tm) throw Ops.TypeError($"combine() argument 2 must be datetime.time, not {a[1].TypeName}");
            return new DateTimeObject(d.Year, d.Month, d.Day, tm.Hour, tm.Minute, tm.Second, tm.Microsecond, tm.TzInfo, (PyType)cls);
        });
        t.DefClassMethod("strptime", 2, new[] { "date_string", "format" }, (cls, a) =>
        {
            ParsedTime p;
            try { p = TimeParser.Parse(Ops.StrValue(a[0]), Ops.StrValue(a[1])); }
            catch (TimeParseFailure e) { throw ValueError(e.Message); }
            catch (ArgumentException e) { throw ValueError(e.Message); }
            return new DateTimeObject(p.Year, p.Month, p.Day, p.Hour, p.Minute, p.Second, p.Fraction, null, (PyType)cls);
        });
        t.DefMethod("date", s => { var d = (DateTimeObject)s; return new DateObject(d.Year, d.Month, d.Day); });
        t.DefMethod("time", s => { var d = (DateTimeObject)s; return new TimeObject(d.Hour, d.Minute, d.Second, d.Microsecond, null); });
        t.DefMethod("timetz", s => { var d = (DateTimeObject)s; return new TimeObject(d.Hour, d.Minute, d.Second, d.Microsecond, d.TzInfo); });
        t.DefMethod("utcoffset", s => (PyObject)((DateTimeObject)s).UtcOffset ?? PyNone.None);
        t.DefMethod("dst", s => (PyObject)Offset(((DateTimeObject)s).TzInfo, "dst", s) ?? PyNone.None);
        t.DefMethod("tzname", s => TzName(((DateTimeObject)s).TzInfo, s));
        t.DefMethod("timetuple", s =>
        {
            var d = (DateTimeObject)s;
            int dst = -1;
            if (d.TzInfo is not PyNone)
            {
                var off = Offset(d.TzInfo, "dst", s);
                if (off != null) dst = off.TotalMicroseconds.IsZero ? 0 : 1;
            }
            return d.TimeTuple(d.Hour, d.Minute, d.Second, dst);
        });
        t.DefMethod("utctimetuple", s =>
        {
            var d = (DateTimeObject)s;
            var off = d.UtcOffset;
            var u = off == null ? d : (DateTimeObject)Ops.Subtract(d.Naive(), off);
            return u.TimeTuple(u.Hour, u.Minute, u.Second, 0);
        });
        t.DefMethod("isoformat", 0, new[] { "sep" }, (s, a) => PyStr.FromString(((DateTimeObject)s).IsoFormat(a[0] == null ? "T" : Ops.StrValue(a[0]))));
        t.DefMethod("replace", 0, new[] { "year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo" }, (s, a) =>
        {
            var d = (DateTimeObject)s;
            return new DateTimeObject(IntArg(a[0], d.Year), IntArg(a[1], d.Month), IntArg(a[2], d.Day), IntArg(a[3], d.Hour), IntArg(a[4], d.Minute),
                IntArg(a[5], d.Second), IntArg(a[6], d.Microsecond), a[7] ?? d.TzInfo, d.Type);
        });
        t.DefMethod("astimezone", (s, tz) =>
        {
            var d = (DateTimeObject)s;
            CheckTzInfo(tz);
            if (tz is PyNone) throw Ops.TypeError("astimezone() argument 1 must be datetime.tzinfo, not None");
            var off = d.UtcOffset ?? throw ValueError("astimezone() cannot be applied to a naive datetime");
            if (ReferenceEquals(tz, d.TzInfo)) return s;
            var utc = (DateTimeObject)Ops.Subtract(d.Naive(), off);
            var withTz = new DateTimeObject(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, utc.Microsecond, tz);
            return Ops.CallMethod(tz, PyStr.Intern("fromutc"), withTz);
        });
        t.DefMethod("__reduce__", s =>
        {
            var d = (DateTimeObject)s;
            var args = d.TzInfo is PyNone
                ? PyTuple.Create(PyInt.From(d.Year), PyInt.From(d.Month), PyInt.From(d.Day), PyInt.From(d.Hour), PyInt.From(d.Minute), PyInt.From(d.Second), PyInt.From(d.Microsecond))
                : PyTuple.Create(PyInt.From(d.Year), PyInt.From(d.Month), PyInt.From(d.Day), PyInt.From(d.Hour), PyInt.From(d.Minute), PyInt.From(d.Second), PyInt.From(d.Microsecond), d.TzInfo);
            return PyTuple.Create(s.Type, args);
        });
        t.Dict.SetStr("min", new DateTimeObject(1, 1, 1, 0, 0, 0, 0, null));
        t.Dict.SetStr("max", new DateTimeObject(9999, 12, 31, 23, 59, 59, 999999, null));
        t.Dict.SetStr("resolution", new TimeDeltaObject(0, 0, 1));
    }

    static double Seconds(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => i.Value,
        PyLong l => (double)l.Value,
        _ => throw Ops.TypeError("a float is required"),
    };

    /// <summary>As datetime_from_timestamp in 2.7: round the fraction to microseconds, then localtime/gmtime.</summary>
    static PyObject FromTimestamp(PyType cls, double ts, PyObject tz, bool utc)
    {
        CheckTzInfo(tz);
        double whole = Math.Truncate(ts);
        double us = Math.Round((ts - whole) * 1e6, MidpointRounding.AwayFromZero);
        long t = (long)whole;
        if (us < 0) { t -= 1; us += 1e6; }
        if (us >= 1e6) { t += 1; us -= 1e6; }
        var st = (PyTuple)(utc || tz is not PyNone ? time.gmtime(PyInt.From(t)) : time.localtime(PyInt.From(t)));
        int F(int i) => (int)((PyInt)st[i]).Value;
        var result = new DateTimeObject(F(0), F(1), F(2), F(3), F(4), Math.Min(F(5), 59), (int)us, tz, cls);
        if (tz is not PyNone) return Ops.CallMethod(tz, PyStr.Intern("fromutc"), result);
        return result;
    }

    internal TimeDeltaObject UtcOffset => Offset(TzInfo, "utcoffset", this);

    DateTimeObject Naive() => new(Year, Month, Day, Hour, Minute, Second, Microsecond, null);

    internal string IsoFormat(string sep)
    {
        string s = $"{IsoDate()}{sep}{Hour:00}:{Minute:00}:{Second:00}";
        if (Microsecond != 0) s += $".{Microsecond:000000}";
        return s + FormatOffset(UtcOffset, ":");
    }

    public override PyStr Repr()
    {
        string name = ReprName(TypeObject);
        string body = $"{Year}, {Month}, {Day}, {Hour}, {Minute}";
        if (Microsecond != 0) body += $", {Second}, {Microsecond}";
        else if (Second != 0) body += $", {Second}";
        if (TzInfo is not PyNone) body += ", tzinfo=" + Ops.Repr(TzInfo);
        return PyStr.FromString($"{name}({body})");
    }

    public override PyStr Str() => PyStr.FromString(IsoFormat(" "));

    BigInteger Micros => ((BigInteger)Ordinal * 86400 + Hour * 3600 + Minute * 60 + Second) * 1000000 + Microsecond;

    static DateTimeObject FromMicros(BigInteger us, PyObject tz, PyType type)
    {
        var days = BigInteger.DivRem(us, 86400L * 1000000, out var rest);
        if (rest < 0) { rest += 86400L * 1000000; days -= 1; }
        if (days < 1 || days > CalendarMath.Ordinal(9999, 12, 31)) throw Ops.OverflowError("date value out of range");
        var (y, m, d) = CalendarMath.FromOrdinal((int)days);
        long r = (long)rest;
        return new DateTimeObject(y, m, d, (int)(r / 3600000000), (int)(r / 60000000 % 60), (int)(r / 1000000 % 60), (int)(r % 1000000), tz, type);
    }

    public override long Hash()
    {
        var off = UtcOffset;
        var us = Micros - (off == null ? 0 : off.TotalMicroseconds);
        return Ops.Hash(new PyLong(us));
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is TimeDeltaObject td && op is BinaryOperator.Add or BinaryOperator.Subtract)
        {
            var delta = op == BinaryOperator.Add ? td.TotalMicroseconds : -td.TotalMicroseconds;
            return FromMicros(Micros + delta, TzInfo, IsNativeType(TypeObject) ? null : Type);
        }
        if (op == BinaryOperator.Subtract && other is DateTimeObject o)
        {
            TimeDeltaObject a = null, b = null;
            if (!ReferenceEquals(TzInfo, o.TzInfo)) { a = UtcOffset; b = o.UtcOffset; }
            if ((a == null) != (b == null)) throw Ops.TypeError("can't subtract offset-naive and offset-aware datetimes");
            var diff = Micros - o.Micros - (a?.TotalMicroseconds ?? 0) + (b?.TotalMicroseconds ?? 0);
            return TimeDeltaObject.FromMicroseconds(diff);
        }
        return null;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && other is TimeDeltaObject) return BinaryOp(op, other);
        return null;
    }

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is not DateTimeObject o)
        {
            if (other is DateObject || Ops.GetAttrOrNull(other, "timetuple") == null)
            {
                if (op == CompareOperator.Equal) return PyBool.False;
                if (op == CompareOperator.NotEqual) return PyBool.True;
                throw Ops.TypeError($"can't compare datetime.datetime to {other.TypeName}");
            }
            return null;
        }
        TimeDeltaObject a = null, b = null;
        if (!ReferenceEquals(TzInfo, o.TzInfo)) { a = UtcOffset; b = o.UtcOffset; }
        if ((a == null) != (b == null)) throw Ops.TypeError("can't compare offset-naive and offset-aware datetimes");
        var x = Micros - (a?.TotalMicroseconds ?? 0);
        var y = o.Micros - (b?.TotalMicroseconds ?? 0);
        return CompareResult(x.CompareTo(y), op);
    }
}
