using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Calendar
{
    /// <summary>
    /// The calendar module through its Python-facing API. Every expected value was recorded from
    /// python2.7 (calendar.py of 2.7.18).
    /// </summary>
    public sealed class CalendarModuleTests
    {
        static PyObject I(long n) => PyInt.From(n);
        static PyObject Module => Importer.ImportModule("calendar");
        static PyObject Call(string name, params PyObject[] args) => Ops.Call(Ops.GetAttr(Module, PyStr.Intern(name)), args);
        static string Repr(PyObject o) => Ops.Repr(o).ToString();

        [Theory]
        [InlineData(-5, 2024, 492)]
        [InlineData(2024, 1900, -30)]
        [InlineData(1900, 2000, 24)]
        public void Leapdays_counts_across_the_proleptic_calendar(long y1, long y2, long expected) =>
            Assert.Equal(expected, Ops.IndexToLong(calendarModule.leapdays(I(y1), I(y2))));

        [Theory]
        [InlineData(-4, true)]
        [InlineData(1600, true)]
        [InlineData(1700, false)]
        public void Isleap_follows_the_gregorian_rule(long year, bool expected) => Assert.Equal(expected, calendarModule.isleap(I(year)));

        [Theory]
        [InlineData(2038, 1, 19, 3, 14, 8, "2147483648")]
        [InlineData(1900, 1, 1, 0, 0, 0, "-2208988800")]
        [InlineData(2012, 2, 30, 25, 61, 61, "1330653721")]
        [InlineData(9999, 12, 31, 23, 59, 59, "253402300799")]
        public void Timegm_normalises_out_of_range_fields_like_calendar_py(long y, long mo, long d, long h, long mi, long s, string expected) =>
            Assert.Equal(expected, Repr(calendarModule.timegm(PyTuple.Create(I(y), I(mo), I(d), I(h), I(mi), I(s)))));

        [Theory]
        [InlineData(1900, 2, "(3, 28)")]
        [InlineData(2000, 2, "(1, 29)")]
        [InlineData(9999, 12, "(2, 31)")]
        [InlineData(1, 1, "(0, 31)")]
        public void Monthrange_gives_first_weekday_and_length(long year, long month, string expected) =>
            Assert.Equal(expected, Repr(calendarModule.monthrange(I(year), I(month))));

        [Theory]
        [InlineData(2012, 0, "IllegalMonthError", "bad month number 0; must be 1-12")]
        [InlineData(2012, 13, "IllegalMonthError", "bad month number 13; must be 1-12")]
        [InlineData(0, 1, "ValueError", "year is out of range")]
        public void Monthrange_errors_are_worded_as_cpython(long year, long month, string type, string message)
        {
            var e = Assert.Throws<PythonException>(() => calendarModule.monthrange(I(year), I(month)));
            Assert.Equal(type, e.Value.Type.Name);
            Assert.Equal(message, Ops.Str(e.Value).ToString());
            Assert.True(e.Matches(PyExceptionTypes.ValueError));
        }

        [Fact]
        public void Text_calendar_formats_headers_names_and_weeks()
        {
            var sundayFirst = Ops.Call(calendarModule.TextCalendar, I(6));
            Assert.Equal("'Sun Mon Tue Wed Thu Fri Sat'", Repr(Ops.CallMethod(sundayFirst, "formatweekheader", I(3))));
            var thursdayFirst = Ops.Call(calendarModule.TextCalendar, I(3));
            Assert.Equal("' July 2012  '", Repr(Ops.CallMethod(thursdayFirst, "formatmonthname", I(2012), I(7), I(12))));
            var week = new PyList();
            week.Append(PyTuple.Create(I(0), I(0)));
            week.Append(PyTuple.Create(I(5), I(1)));
            Assert.Equal("'   5'", Repr(Ops.CallMethod(Ops.Call(calendarModule.TextCalendar), "formatweek", week, I(1))));
        }

        [Fact]
        public void Html_calendar_header_starts_on_the_first_weekday()
        {
            var html = Ops.Call(calendarModule.HTMLCalendar, I(6));
            Assert.Equal("'<tr><th class=\"sun\">Sun</th><th class=\"mon\">Mon</th><th class=\"tue\">Tue</th><th class=\"wed\">Wed</th>"
                + "<th class=\"thu\">Thu</th><th class=\"fri\">Fri</th><th class=\"sat\">Sat</th></tr>'",
                Repr(Ops.CallMethod(html, "formatweekheader")));
        }

        [Fact]
        public void Formatstring_centres_each_column()
        {
            var cols = new PyList();
            cols.Append(PyStr.FromString("ab"));
            cols.Append(PyStr.FromString("c"));
            Assert.Equal("' ab   c  '", Repr(Call("formatstring", cols, I(4), I(1))));
        }
    }
}
