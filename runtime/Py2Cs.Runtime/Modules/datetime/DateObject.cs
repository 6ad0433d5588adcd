using System;

namespace Py2Cs.Runtime;

/// <summary>datetime.date: a proleptic Gregorian date (year 1..9999).</summary>
public class DateObject : DatetimeValue
{
    public static readonly PyType TypeObject = PyType.Builtin("date", () => PyType.ObjectType, Populate);

    public int Year { get; }
    public int Month { get; }
    public int Day { get; }

    public DateObject(int year, int month, int day, PyType type = null) : this(year, month, day, type, TypeObject) { }

    protected DateObject(int year, int month, int day, PyType type, PyType native) : base(type, native)
    {
        Check(year, month, day);
        Year = year; Month = month; Day = day;
    }

    internal static void Check(int year, int month, int day)
    {
        try { CalendarMath.Check(year, month, day); }
        catch (ArgumentException e) { throw ValueError(e.Message); }
    }

    public int Ordinal => CalendarMath.Ordinal(Year, Month, Day);
    public int Weekday => (Ordinal + 6) % 7;

    internal static DateObject FromOrdinal(long n, PyType type = null)
    {
        if (n < 1 || n > CalendarMath.Ordinal(9999, 12, 31)) throw Ops.OverflowError("date value out of range");
        var (y, m, d) = CalendarMath.FromOrdinal((int)n);
        return new DateObject(y, m, d, type);
    }

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("datetime"));
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("date", args, kw, 3, 3, "year", "month", "day");
            return new DateObject(IntArg(a[0], 0), IntArg(a[1], 0), IntArg(a[2], 0), type);
        };
        DefineDateMembers(t);
        t.DefClassMethod("today", 0, Array.Empty<string>(), (cls, a) => FromTimestamp(cls, new PyFloat(time.time_())));
        t.DefClassMethod("fromtimestamp", 1, new[] { "timestamp" }, (cls, a) => FromTimestamp(cls, a[0]));
        t.DefClassMethod("fromordinal", 1, new[] { "ordinal" }, (cls, a) => { long v = Ops.IndexToLong(a[0]); if (v < 1) throw ValueError("ordinal must be >= 1"); var d = FromOrdinal(v); return new DateObject(d.Year, d.Month, d.Day, (PyType)cls); });
        t.DefMethod("replace", 0, new[] { "year", "month", "day" }, (s, a) =>
        {
            var d = (DateObject)s;
            return new DateObject(IntArg(a[0], d.Year), IntArg(a[1], d.Month), IntArg(a[2], d.Day), d.Type);
        });
        t.DefMethod("timetuple", s => ((DateObject)s).TimeTuple(0, 0, 0, -1));
        t.DefMethod("isoformat", s => PyStr.FromString(((DateObject)s).IsoDate()));
        t.DefMethod("__reduce__", s => { var d = (DateObject)s; return PyTuple.Create(s.Type, PyTuple.Create(PyInt.From(d.Year), PyInt.From(d.Month), PyInt.From(d.Day))); });
        t.Dict.SetStr("min", new DateObject(1, 1, 1));
        t.Dict.SetStr("max", new DateObject(9999, 12, 31));
        t.Dict.SetStr("resolution", new TimeDeltaObject(1, 0, 0));
    }

    /// <summary>Members shared by date and datetime.</summary>
    protected static void DefineDateMembers(PyType t)
    {
        t.DefProperty("year", s => PyInt.From(((DateObject)s).Year));
        t.DefProperty("month", s => PyInt.From(((DateObject)s).Month));
        t.DefProperty("day", s => PyInt.From(((DateObject)s).Day));
        t.DefMethod("toordinal", s => PyInt.From(((DateObject)s).Ordinal));
        t.DefMethod("weekday", s => PyInt.From(((DateObject)s).Weekday));
        t.DefMethod("isoweekday", s => PyInt.From(((DateObject)s).Weekday + 1));
        t.DefMethod("isocalendar", s => ((DateObject)s).IsoCalendar());
        t.DefMethod("ctime", s => PyStr.FromString(((DateObject)s).CTime()));
        t.DefMethod("strftime", (s, f) => DatetimeFormat.Strftime(s, f));
        t.DefMethod("__format__", (s, f) => Ops.StrValue(f).Length == 0 ? Ops.Str(s) : DatetimeFormat.Strftime(s, f));
    }

    static PyObject FromTimestamp(PyObject cls, PyObject ts)
    {
        var st = (PyTuple)time.localtime(ts);
        return new DateObject((int)((PyInt)st[0]).Value, (int)((PyInt)st[1]).Value, (int)((PyInt)st[2]).Value, (PyType)cls);
    }

    internal virtual (int H, int M, int S, int Us) Clock => (0, 0, 0, 0);

    internal PyObject TimeTuple(int h, int m, int s, int dst) =>
        new StructTimeObject(new PyObject[]
        {
            PyInt.From(Year), PyInt.From(Month), PyInt.From(Day), PyInt.From(h), PyInt.From(m), PyInt.From(s),
            PyInt.From(Weekday), PyInt.From(Ordinal - CalendarMath.Ordinal(Year, 1, 1) + 1), PyInt.From(dst),
        });

    internal string IsoDate() => $"{Year:0000}-{Month:00}-{Day:00}";

    static readonly string[] DayNames = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    static readonly string[] MonthNames = { "", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    internal string CTime()
    {
        var (h, m, s, _) = Clock;
        return $"{DayNames[Weekday]} {MonthNames[Month]} {Day,2} {h:00}:{m:00}:{s:00} {Year:0000}";
    }

    PyObject IsoCalendar()
    {
        int year = Year;
        int week1Monday = IsoWeek1Monday(year);
        int today = Ordinal;
        int week = (today - week1Monday) / 7;
        int day = (today - week1Monday) % 7;
        if (today - week1Monday < 0)
        {
            year -= 1;
            week1Monday = IsoWeek1Monday(year);
            week = (today - week1Monday) / 7;
            day = (today - week1Monday) % 7;
        }
        else if (week >= 52 && today >= IsoWeek1Monday(year + 1))
        {
            year += 1;
            week = 0;
            day = today - IsoWeek1Monday(year);
        }
        return PyTuple.Create(PyInt.From(year), PyInt.From(week + 1), PyInt.From(day + 1));
    }

    static int IsoWeek1Monday(int year)
    {
        int firstDay = CalendarMath.Ordinal(year, 1, 1);
        int firstWeekday = (firstDay + 6) % 7;
        int week1Monday = firstDay - firstWeekday;
        if (firstWeekday > 3) week1Monday += 7;
        return week1Monday;
    }

    public override PyStr Repr() => PyStr.FromString($"{ReprName(TypeObject)}({Year}, {Month}, {Day})");
    public override PyStr Str() => PyStr.FromString(IsoDate());
    public override long Hash() => Ops.Hash(PyTuple.Create(PyInt.From(Year), PyInt.From(Month), PyInt.From(Day)));

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (this is DateTimeObject) return null;
        if (other is TimeDeltaObject td && op is BinaryOperator.Add or BinaryOperator.Subtract)
        {
            long days = op == BinaryOperator.Add ? td.Days : -td.Days;
            var d = FromOrdinal(Ordinal + days);
            return new DateObject(d.Year, d.Month, d.Day, IsNativeType(TypeObject) ? null : Type);
        }
        if (op == BinaryOperator.Subtract && other is DateObject o && other is not DateTimeObject)
            return new TimeDeltaObject(Ordinal - o.Ordinal, 0, 0);
        return null;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (this is DateTimeObject) return null;
        if (op == BinaryOperator.Add && other is TimeDeltaObject) return BinaryOp(op, other);
        return null;
    }

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is DateObject o && other is not DateTimeObject && this is not DateTimeObject)
            return CompareResult((Year, Month, Day).CompareTo((o.Year, o.Month, o.Day)), op);
        if (op == CompareOperator.Equal) return PyBool.False;
        if (op == CompareOperator.NotEqual) return PyBool.True;
        if (Ops.GetAttrOrNull(other, "timetuple") != null && other is not DateObject) return null;
        throw Ops.TypeError("can't compare " + (this is DateTimeObject ? "datetime.datetime" : "datetime.date") + " to " + other.TypeName);
    }

    internal static PyObject CompareResult(int c, CompareOperator op) => PyBool.From(op switch
    {
        CompareOperator.Less => c < 0,
        CompareOperator.LessEqual => c <= 0,
        CompareOperator.Equal => c == 0,
        CompareOperator.NotEqual => c != 0,
        CompareOperator.Greater => c > 0,
        _ => c >= 0,
    });
}
