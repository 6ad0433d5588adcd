using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// strftime for date, datetime and time as 2.7's wrap_strftime: %z, %Z and %f are expanded first,
/// then time.strftime formats the timetuple; years before 1900 are refused.
/// </summary>
internal static class DatetimeFormat
{
    public static PyObject Strftime(PyObject self, PyObject format)
    {
        string fmt = Ops.StrValue(format);
        PyObject timetuple;
        PyObject tzinfo = PyNone.None;
        int microsecond = 0;
        switch (self)
        {
            case DateTimeObject dt:
                timetuple = Ops.CallMethod(dt, PyStr.Intern("timetuple"));
                tzinfo = dt.TzInfo;
                microsecond = dt.Microsecond;
                break;
            case DateObject d:
                timetuple = Ops.CallMethod(d, PyStr.Intern("timetuple"));
                break;
            case TimeObject t:
                timetuple = PyTuple.Create(PyInt.From(1900), PyInt.From(1), PyInt.From(1), PyInt.From(t.Hour), PyInt.From(t.Minute), PyInt.From(t.Second),
                    PyInt.From(0), PyInt.From(1), PyInt.From(-1));
                tzinfo = t.TzInfo;
                microsecond = t.Microsecond;
                break;
            default: throw Ops.TypeError("strftime requires a date, datetime or time");
        }
        long year = ((PyInt)((PyTuple)timetuple)[0]).Value;
        if (year < 1900)
            throw Ops.ValueError($"year={year} is before 1900; the datetime strftime() methods require year >= 1900");
        PyObject offsetArg = self is TimeObject ? PyNone.None : self;
        var sb = new StringBuilder();
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%' || i + 1 >= fmt.Length) { sb.Append(c); continue; }
            char d = fmt[++i];
            switch (d)
            {
                case 'z':
                    sb.Append(DatetimeValue.FormatOffset(DatetimeValue.Offset(tzinfo, "utcoffset", offsetArg), ""));
                    break;
                case 'Z':
                    var name = DatetimeValue.TzName(tzinfo, offsetArg);
                    if (name is PyStr s) sb.Append(s.ToString().Replace("%", "%%"));
                    break;
                case 'f': sb.Append(microsecond.ToString("000000")); break;
                default: sb.Append('%').Append(d); break;
            }
        }
        return time.strftime(PyStr.FromString(sb.ToString()), timetuple);
    }
}
