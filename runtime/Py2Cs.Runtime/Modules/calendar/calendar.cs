using Py2Cs.Runtime.Modules.calendar;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The calendar module (Python 2.7): leap-year and weekday arithmetic, timegm, the Calendar /
    /// TextCalendar / HTMLCalendar classes, and the old module-level interface bound to one shared
    /// TextCalendar (so setfirstweekday changes what month() and prcal() print).
    /// </summary>
    [PythonModule("calendar")]
    public static class calendarModule
    {
        public static readonly PyObject error = PyExceptionTypes.ValueError;
        public static readonly PyType IllegalMonthError = CalendarClasses.IllegalMonthError;
        public static readonly PyType IllegalWeekdayError = CalendarClasses.IllegalWeekdayError;
        public static readonly PyType Calendar = CalendarClasses.Calendar;
        public static readonly PyType TextCalendar = CalendarClasses.TextCalendar;
        public static readonly PyType HTMLCalendar = CalendarClasses.HTMLCalendar;
        public static readonly PyType LocaleTextCalendar = CalendarClasses.LocaleTextCalendar;
        public static readonly PyType LocaleHTMLCalendar = CalendarClasses.LocaleHTMLCalendar;
        public static readonly PyType _localized_day = CalendarClasses.LocalizedDay;
        public static readonly PyType _localized_month = CalendarClasses.LocalizedMonth;
        public static readonly PyObject day_name = CalendarClasses.DayName;
        public static readonly PyObject day_abbr = CalendarClasses.DayAbbr;
        public static readonly PyObject month_name = CalendarClasses.MonthName;
        public static readonly PyObject month_abbr = CalendarClasses.MonthAbbr;

        public static readonly PyInt January = PyInt.From(1), February = PyInt.From(2);
        public static readonly PyInt MONDAY = PyInt.From(0), TUESDAY = PyInt.From(1), WEDNESDAY = PyInt.From(2), THURSDAY = PyInt.From(3),
            FRIDAY = PyInt.From(4), SATURDAY = PyInt.From(5), SUNDAY = PyInt.From(6);
        public static readonly PyList mdays = List(new PyObject[] { I(0), I(31), I(28), I(31), I(30), I(31), I(30), I(31), I(31), I(30), I(31), I(30), I(31) });
        public static readonly PyInt EPOCH = PyInt.From(1970);
        public static readonly PyInt _EPOCH_ORD = PyInt.From(719163);
        public static readonly PyInt _colwidth = PyInt.From(20), _spacing = PyInt.From(6);
        public static readonly PyObject __all__ = List(new PyObject[]
        {
            S("IllegalMonthError"), S("IllegalWeekdayError"), S("setfirstweekday"), S("firstweekday"), S("isleap"), S("leapdays"),
            S("weekday"), S("monthrange"), S("monthcalendar"), S("prmonth"), S("month"), S("prcal"), S("calendar"), S("timegm"),
            S("month_name"), S("month_abbr"), S("day_name"), S("day_abbr"),
        });

        /// <summary>The TextCalendar behind the module-level functions.</summary>
        public static readonly PyObject c = Ops.Call(CalendarClasses.TextCalendar);
        public static readonly PyObject firstweekday = Get(c, "getfirstweekday");
        public static readonly PyObject monthcalendar = Get(c, "monthdayscalendar");
        public static readonly PyObject prweek = Get(c, "prweek");
        public static readonly PyObject week = Get(c, "formatweek");
        public static readonly PyObject weekheader = Get(c, "formatweekheader");
        public static readonly PyObject prmonth = Get(c, "prmonth");
        public static readonly PyObject month = Get(c, "formatmonth");
        [PythonName("calendar")] public static readonly PyObject calendar_ = Get(c, "formatyear");
        public static readonly PyObject prcal = Get(c, "pryear");

        private static PyInt I(long n) => PyInt.From(n);
        private static PyObject Date(PyObject y, PyObject m, PyObject d) => Ops.Call(Get(Importer.ImportModule("datetime"), "date"), y, m, d);

        /// <summary>True for leap years (any integer year, as calendar.py's arithmetic).</summary>
        public static bool isleap(PyObject year) =>
            Ops.Eq(Ops.Modulo(year, I(4)), I(0)) && (!Ops.Eq(Ops.Modulo(year, I(100)), I(0)) || Ops.Eq(Ops.Modulo(year, I(400)), I(0)));

        /// <summary>Number of leap years in [y1, y2).</summary>
        public static PyObject leapdays(PyObject y1, PyObject y2)
        {
            y1 = Ops.Subtract(y1, I(1));
            y2 = Ops.Subtract(y2, I(1));
            PyObject Div(PyObject y, long n) => Ops.FloorDivide(y, I(n));
            return Ops.Add(Ops.Subtract(Ops.Subtract(Div(y2, 4), Div(y1, 4)), Ops.Subtract(Div(y2, 100), Div(y1, 100))), Ops.Subtract(Div(y2, 400), Div(y1, 400)));
        }

        public static PyObject weekday(PyObject year, PyObject month, PyObject day) => Ops.CallMethod(Date(year, month, day), "weekday");

        public static PyObject monthrange(PyObject year, PyObject month)
        {
            if (!(Ops.LessEqual(I(1), month) && Ops.LessEqual(month, I(12)))) throw new PythonException(Ops.Call(IllegalMonthError, month));
            PyObject day1 = weekday(year, month, I(1));
            PyObject ndays = Ops.Add(Ops.GetItem(mdays, month), PyBool.From(Ops.Eq(month, February) && isleap(year)));
            return PyTuple.Create(day1, ndays);
        }

        public static void setfirstweekday(PyObject firstweekday)
        {
            if (Ops.GetAttrOrNull(firstweekday, PyStr.Intern("__index__")) == null
                || !(Ops.LessEqual(MONDAY, firstweekday) && Ops.LessEqual(firstweekday, SUNDAY)))
                throw new PythonException(Ops.Call(IllegalWeekdayError, firstweekday));
            Set(c, "firstweekday", firstweekday);
        }

        /// <summary>Seconds since the epoch of a UTC time tuple (the inverse of time.gmtime).</summary>
        public static PyObject timegm(PyObject tuple)
        {
            var fields = Items(Ops.GetSlice(tuple, null, I(6)));
            if (fields.Count != 6)
                throw Ops.ValueError(fields.Count > 6 ? "too many values to unpack" : $"need more than {fields.Count} value{(fields.Count == 1 ? "" : "s")} to unpack");
            PyObject days = Ops.Subtract(Ops.Add(Ops.Subtract(Ops.CallMethod(Date(fields[0], fields[1], I(1)), "toordinal"), _EPOCH_ORD), fields[2]), I(1));
            PyObject hours = Ops.Add(Ops.Multiply(days, I(24)), fields[3]);
            PyObject minutes = Ops.Add(Ops.Multiply(hours, I(60)), fields[4]);
            return Ops.Add(Ops.Multiply(minutes, I(60)), fields[5]);
        }

        public static PyObject formatstring(PyObject cols, PyObject colwidth = null, PyObject spacing = null) =>
            CalendarClasses.FormatString(cols, colwidth ?? _colwidth, spacing ?? _spacing);

        public static void format(PyObject cols, PyObject colwidth = null, PyObject spacing = null) =>
            Builtins.Print(null, formatstring(cols, colwidth, spacing));
    }
}
