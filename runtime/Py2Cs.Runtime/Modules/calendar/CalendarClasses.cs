using System;
using System.Collections.Generic;
using System.Text;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.calendar
{
    /// <summary>
    /// calendar.py's classes (Python 2.7) as Python classes: Calendar (the data), TextCalendar and
    /// HTMLCalendar (the formatting), the Locale* variants, and the two exception classes. Every
    /// method reaches the others through attribute look-up, so a subclass overriding formatday or
    /// formatweek changes formatmonth and formatyear as it does in CPython.
    /// </summary>
    internal static class CalendarClasses
    {
        private const string Module = "calendar";
        private static PyObject None => PyNone.None;
        private static PyInt I(long n) => PyInt.From(n);

        public static readonly PyType IllegalMonthError = new PythonClassBuilder(Module, "IllegalMonthError", PyExceptionTypes.ValueError)
            .Method("__init__", new[] { "self", "month" }, a => { Set(a[0], "month", a[1]); return None; })
            .Method("__str__", new[] { "self" }, a => Ops.Modulo(S("bad month number %r; must be 1-12"), Get(a[0], "month")))
            .Build();

        public static readonly PyType IllegalWeekdayError = new PythonClassBuilder(Module, "IllegalWeekdayError", PyExceptionTypes.ValueError)
            .Method("__init__", new[] { "self", "weekday" }, a => { Set(a[0], "weekday", a[1]); return None; })
            .Method("__str__", new[] { "self" }, a => Ops.Modulo(S("bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"), Get(a[0], "weekday")))
            .Build();

        // ---- names (C locale, as CPython's _localized_day/_localized_month give there) -------------

        public static readonly string[] DayNames = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
        public static readonly string[] MonthNames = { "", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

        /// <summary>calendar._localized_day / _localized_month: indexable (ints and slices), len 7 / 13.</summary>
        private static PyType NamesClass(string name, int length) => new PythonClassBuilder(Module, name)
            .Method("__init__", new[] { "self", "format" }, a => { Set(a[0], "format", a[1]); return None; })
            .Method("__getitem__", new[] { "self", "i" }, a =>
            {
                var names = new PyObject[length];
                string format = Text(Get(a[0], "format"));
                for (int k = 0; k < length; k++) names[k] = S(NameFor(length, k, format));
                return Ops.GetItem(PyList.FromArray(names), a[1]);
            })
            .Method("__len__", new[] { "self" }, a => I(length))
            .Build();

        private static string NameFor(int length, int k, string format)
        {
            if (length == 13 && k == 0) return "";
            // Through strftime so any format works, as in calendar.py (2001-01-01 was a Monday).
            var date = length == 7 ? Ops.Call(DateType, I(2001), I(1), I(k + 1)) : Ops.Call(DateType, I(2001), I(k), I(1));
            return Text(Call(date, "strftime", S(format)));
        }

        public static readonly PyType LocalizedDay = NamesClass("_localized_day", 7);
        public static readonly PyType LocalizedMonth = NamesClass("_localized_month", 13);

        private static PyObject DateType => Get(Importer.ImportModule("datetime"), "date");
        private static PyObject TimeDeltaType => Get(Importer.ImportModule("datetime"), "timedelta");

        // ---- Calendar ------------------------------------------------------------------------------

        private static PyObject FirstWeekday(PyObject self) => Get(self, "firstweekday");

        private static List<PyObject> MonthDates(PyObject self, PyObject year, PyObject month)
        {
            var dates = new List<PyObject>();
            PyObject first = FirstWeekday(self);
            PyObject date = Ops.Call(DateType, year, month, I(1));
            PyObject days = Ops.Modulo(Ops.Subtract(Call(date, "weekday"), first), I(7));
            date = Ops.Subtract(date, Ops.Call(TimeDeltaType, days));
            PyObject oneday = Ops.Call(TimeDeltaType, I(1));
            while (true)
            {
                dates.Add(date);
                try { date = Ops.Add(date, oneday); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.OverflowError)) { break; }
                if (!Ops.Eq(Get(date, "month"), month) && Ops.Eq(Call(date, "weekday"), first)) break;
            }
            return dates;
        }

        private static PyObject Iter(List<PyObject> items) => Ops.Iter(List(items));

        private static List<PyObject> MonthDays2(PyObject self, PyObject year, PyObject month)
        {
            var days = new List<PyObject>();
            foreach (var date in Items(Call(self, "itermonthdates", year, month)))
            {
                PyObject weekday = Call(date, "weekday");
                days.Add(PyTuple.Create(Ops.Eq(Get(date, "month"), month) ? Get(date, "day") : I(0), weekday));
            }
            return days;
        }

        private static List<PyObject> MonthDays(PyObject self, PyObject year, PyObject month)
        {
            var days = new List<PyObject>();
            foreach (var date in Items(Call(self, "itermonthdates", year, month)))
                days.Add(Ops.Eq(Get(date, "month"), month) ? Get(date, "day") : I(0));
            return days;
        }

        private static PyObject Weeks(IEnumerable<PyObject> items)
        {
            var all = new List<PyObject>(items);
            var weeks = new List<PyObject>();
            for (int i = 0; i < all.Count; i += 7)
                weeks.Add(List(all.GetRange(i, Math.Min(7, all.Count - i))));
            return List(weeks);
        }

        private static PyObject YearOf(PyObject self, string monthMethod, PyObject year, PyObject width)
        {
            var months = new List<PyObject>();
            for (int m = 1; m <= 12; m++) months.Add(Call(self, monthMethod, year, I(m)));
            int w = Ops.ToInt32(width);
            var rows = new List<PyObject>();
            // range(0, 12, width) raises for width 0 and gives nothing for a negative width, as in CPython.
            foreach (var start in Items(Ops.Call(Builtins.Module.Dict.GetStr("range"), I(0), I(12), width)))
            {
                int s = Ops.ToInt32(start);
                int end = w < 0 ? s : Math.Min(12, s + w);
                rows.Add(List(months.GetRange(s, Math.Max(0, end - s))));
            }
            return List(rows);
        }

        public static readonly PyType Calendar = BuildCalendar();

        private static PyType BuildCalendar()
        {
            var getFirst = PyFunction.WithBoundArguments(new FunctionSignature("getfirstweekday", new[] { "self" }, null, null),
                a => Ops.Modulo(Get(a[0], "_firstweekday"), I(7)), null);
            var setFirst = PyFunction.WithBoundArguments(new FunctionSignature("setfirstweekday", new[] { "self", "firstweekday" }, null, null),
                a => { Set(a[0], "_firstweekday", a[1]); return None; }, null);
            return new PythonClassBuilder(Module, "Calendar", PyType.ObjectType)
                .Attribute("__doc__", S("\n    Base calendar class. This class doesn't do any formatting. It simply\n    provides data to subclasses.\n    "))
                .Method("__init__", new[] { "self", "firstweekday" }, a => { Set(a[0], "firstweekday", a[1]); return None; }, new PyObject[] { I(0) })
                .Attribute("getfirstweekday", getFirst)
                .Attribute("setfirstweekday", setFirst)
                .Attribute("firstweekday", Ops.Call(Builtins.Module.Dict.GetStr("property"), getFirst, setFirst))
                .Method("iterweekdays", new[] { "self" }, a =>
                {
                    PyObject first = FirstWeekday(a[0]);
                    var days = new List<PyObject>();
                    foreach (var i in Items(Ops.Call(Builtins.Module.Dict.GetStr("range"), first, Ops.Add(first, I(7)))))
                        days.Add(Ops.Modulo(i, I(7)));
                    return Iter(days);
                })
                .Method("itermonthdates", new[] { "self", "year", "month" }, a => Iter(MonthDates(a[0], a[1], a[2])))
                .Method("itermonthdays2", new[] { "self", "year", "month" }, a => Iter(MonthDays2(a[0], a[1], a[2])))
                .Method("itermonthdays", new[] { "self", "year", "month" }, a => Iter(MonthDays(a[0], a[1], a[2])))
                .Method("monthdatescalendar", new[] { "self", "year", "month" }, a => Weeks(Items(Call(a[0], "itermonthdates", a[1], a[2]))))
                .Method("monthdays2calendar", new[] { "self", "year", "month" }, a => Weeks(Items(Call(a[0], "itermonthdays2", a[1], a[2]))))
                .Method("monthdayscalendar", new[] { "self", "year", "month" }, a => Weeks(Items(Call(a[0], "itermonthdays", a[1], a[2]))))
                .Method("yeardatescalendar", new[] { "self", "year", "width" }, a => YearOf(a[0], "monthdatescalendar", a[1], a[2]), new PyObject[] { I(3) })
                .Method("yeardays2calendar", new[] { "self", "year", "width" }, a => YearOf(a[0], "monthdays2calendar", a[1], a[2]), new PyObject[] { I(3) })
                .Method("yeardayscalendar", new[] { "self", "year", "width" }, a => YearOf(a[0], "monthdayscalendar", a[1], a[2]), new PyObject[] { I(3) })
                .Build();
        }

        // ---- TextCalendar ---------------------------------------------------------------------------

        private static PyObject Center(PyObject s, PyObject width) => Call(s, "center", width);
        private static PyObject Rstrip(PyObject s) => Call(s, "rstrip");
        private static PyObject Join(string separator, IEnumerable<PyObject> parts) => Call(S(separator), "join", List(parts));
        private static PyObject Lines(PyObject l) => Ops.Multiply(S("\n"), l);
        private static PyObject Max(PyObject a, long b) => Ops.Less(a, I(b)) ? I(b) : a;

        private static void PrintTrailingComma(PyObject value) => Builtins.PrintItem(null, value);

        /// <summary>calendar.formatstring: the columns centred in colwidth, joined by spacing spaces.</summary>
        public static PyObject FormatString(PyObject cols, PyObject colwidth, PyObject spacing)
        {
            var parts = new List<PyObject>();
            foreach (var c in Items(cols)) parts.Add(Center(c, colwidth));
            return Call(Ops.Multiply(spacing, S(" ")), "join", List(parts));
        }

        public static readonly PyType TextCalendar = new PythonClassBuilder(Module, "TextCalendar", Calendar)
            .Method("prweek", new[] { "self", "theweek", "width" }, a => { PrintTrailingComma(Call(a[0], "formatweek", a[1], a[2])); return None; })
            .Method("formatday", new[] { "self", "day", "weekday", "width" }, a =>
                Center(Ops.Eq(a[1], I(0)) ? S("") : Ops.Modulo(S("%2i"), a[1]), a[3]))
            .Method("formatweek", new[] { "self", "theweek", "width" }, a =>
            {
                var parts = new List<PyObject>();
                foreach (var dw in Items(a[1]))
                {
                    var pair = Items(dw);
                    if (pair.Count != 2) throw Ops.ValueError(pair.Count > 2 ? "too many values to unpack" : $"need more than {pair.Count} value{(pair.Count == 1 ? "" : "s")} to unpack");
                    parts.Add(Call(a[0], "formatday", pair[0], pair[1], a[2]));
                }
                return Join(" ", parts);
            })
            .Method("formatweekday", new[] { "self", "day", "width" }, a =>
            {
                PyObject names = Ops.GreaterEqual(a[2], I(9)) ? DayName : DayAbbr;
                PyObject name = Ops.GetItem(names, a[1]);
                return Center(Ops.GetSlice(name, null, a[2]), a[2]);
            })
            .Method("formatweekheader", new[] { "self", "width" }, a =>
            {
                var parts = new List<PyObject>();
                foreach (var i in Items(Call(a[0], "iterweekdays"))) parts.Add(Call(a[0], "formatweekday", i, a[1]));
                return Join(" ", parts);
            })
            .Method("formatmonthname", new[] { "self", "theyear", "themonth", "width", "withyear" }, a =>
            {
                PyObject s = Ops.GetItem(MonthName, a[2]);
                if (Ops.IsTrue(a[4])) s = Ops.Modulo(S("%s %r"), PyTuple.Create(s, a[1]));
                return Center(s, a[3]);
            }, new PyObject[] { PyBool.True })
            .Method("prmonth", new[] { "self", "theyear", "themonth", "w", "l" }, a =>
            {
                PrintTrailingComma(Call(a[0], "formatmonth", a[1], a[2], a[3], a[4]));
                return None;
            }, new PyObject[] { I(0), I(0) })
            .Method("formatmonth", new[] { "self", "theyear", "themonth", "w", "l" }, a =>
            {
                PyObject w = Max(a[3], 2), l = Max(a[4], 1);
                PyObject width = Ops.Subtract(Ops.Multiply(I(7), Ops.Add(w, I(1))), I(1));
                PyObject s = Rstrip(Call(a[0], "formatmonthname", a[1], a[2], width));
                s = Ops.Add(s, Lines(l));
                s = Ops.Add(s, Rstrip(Call(a[0], "formatweekheader", w)));
                s = Ops.Add(s, Lines(l));
                foreach (var week in Items(Call(a[0], "monthdays2calendar", a[1], a[2])))
                {
                    s = Ops.Add(s, Rstrip(Call(a[0], "formatweek", week, w)));
                    s = Ops.Add(s, Lines(l));
                }
                return s;
            }, new PyObject[] { I(0), I(0) })
            .Method("formatyear", new[] { "self", "theyear", "w", "l", "c", "m" }, a => FormatYear(a[0], a[1], a[2], a[3], a[4], a[5]),
                new PyObject[] { I(2), I(1), I(6), I(3) })
            .Method("pryear", new[] { "self", "theyear", "w", "l", "c", "m" }, a =>
            {
                Builtins.Print(null, Call(a[0], "formatyear", a[1], a[2], a[3], a[4], a[5]));
                return None;
            }, new PyObject[] { I(0), I(0), I(6), I(3) })
            .Build();

        private static PyObject FormatYear(PyObject self, PyObject theyear, PyObject w, PyObject l, PyObject c, PyObject m)
        {
            w = Max(w, 2); l = Max(l, 1); c = Max(c, 2);
            PyObject colwidth = Ops.Subtract(Ops.Multiply(Ops.Add(w, I(1)), I(7)), I(1));
            var v = new List<PyObject>();
            PyObject total = Ops.Add(Ops.Multiply(colwidth, m), Ops.Multiply(c, Ops.Subtract(m, I(1))));
            v.Add(Rstrip(Center(Ops.Repr(theyear), total)));
            v.Add(Lines(l));
            PyObject header = Call(self, "formatweekheader", w);
            int mm = Ops.ToInt32(m);
            int i = 0;
            foreach (var row in Items(Call(self, "yeardays2calendar", theyear, m)))
            {
                var months = new List<int>();
                for (int k = mm * i + 1; k < Math.Min(mm * (i + 1) + 1, 13); k++) months.Add(k);
                v.Add(Lines(l));
                var names = new List<PyObject>();
                foreach (int k in months) names.Add(Call(self, "formatmonthname", theyear, I(k), colwidth, PyBool.False));
                v.Add(Rstrip(FormatString(List(names), colwidth, c)));
                v.Add(Lines(l));
                var headers = new List<PyObject>();
                foreach (int k in months) headers.Add(header);
                v.Add(Rstrip(FormatString(List(headers), colwidth, c)));
                v.Add(Lines(l));
                var cals = Items(row);
                int height = 0;
                foreach (var cal in cals) height = Math.Max(height, Ops.Len(cal));
                for (int j = 0; j < height; j++)
                {
                    var weeks = new List<PyObject>();
                    foreach (var cal in cals)
                        weeks.Add(j >= Ops.Len(cal) ? S("") : Call(self, "formatweek", Ops.GetItem(cal, I(j)), w));
                    v.Add(Rstrip(FormatString(List(weeks), colwidth, c)));
                    v.Add(Lines(l));
                }
                i++;
            }
            return Join("", v);
        }

        // ---- HTMLCalendar ---------------------------------------------------------------------------

        public static readonly PyType HTMLCalendar = new PythonClassBuilder(Module, "HTMLCalendar", Calendar)
            .Attribute("cssclasses", List(new PyObject[] { S("mon"), S("tue"), S("wed"), S("thu"), S("fri"), S("sat"), S("sun") }))
            .Method("formatday", new[] { "self", "day", "weekday" }, a => Ops.Eq(a[1], I(0))
                ? S("<td class=\"noday\">&nbsp;</td>")
                : Ops.Modulo(S("<td class=\"%s\">%d</td>"), PyTuple.Create(Ops.GetItem(Get(a[0], "cssclasses"), a[2]), a[1])))
            .Method("formatweek", new[] { "self", "theweek" }, a =>
            {
                var parts = new List<PyObject>();
                foreach (var dw in Items(a[1]))
                {
                    var pair = Items(dw);
                    parts.Add(Call(a[0], "formatday", pair[0], pair[1]));
                }
                return Ops.Modulo(S("<tr>%s</tr>"), Join("", parts));
            })
            .Method("formatweekday", new[] { "self", "day" }, a =>
                Ops.Modulo(S("<th class=\"%s\">%s</th>"), PyTuple.Create(Ops.GetItem(Get(a[0], "cssclasses"), a[1]), Ops.GetItem(DayAbbr, a[1]))))
            .Method("formatweekheader", new[] { "self" }, a =>
            {
                var parts = new List<PyObject>();
                foreach (var i in Items(Call(a[0], "iterweekdays"))) parts.Add(Call(a[0], "formatweekday", i));
                return Ops.Modulo(S("<tr>%s</tr>"), Join("", parts));
            })
            .Method("formatmonthname", new[] { "self", "theyear", "themonth", "withyear" }, a =>
            {
                PyObject s = Ops.IsTrue(a[3])
                    ? Ops.Modulo(S("%s %s"), PyTuple.Create(Ops.GetItem(MonthName, a[2]), a[1]))
                    : Ops.Modulo(S("%s"), Ops.GetItem(MonthName, a[2]));
                return Ops.Modulo(S("<tr><th colspan=\"7\" class=\"month\">%s</th></tr>"), s);
            }, new PyObject[] { PyBool.True })
            .Method("formatmonth", new[] { "self", "theyear", "themonth", "withyear" }, a =>
            {
                var v = new List<PyObject>
                {
                    S("<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" class=\"month\">"), S("\n"),
                    CallKw(Get(a[0], "formatmonthname"), new[] { a[1], a[2] }, Kw("withyear", a[3])), S("\n"),
                    Call(a[0], "formatweekheader"), S("\n"),
                };
                foreach (var week in Items(Call(a[0], "monthdays2calendar", a[1], a[2])))
                {
                    v.Add(Call(a[0], "formatweek", week));
                    v.Add(S("\n"));
                }
                v.Add(S("</table>"));
                v.Add(S("\n"));
                return Join("", v);
            }, new PyObject[] { PyBool.True })
            .Method("formatyear", new[] { "self", "theyear", "width" }, a =>
            {
                PyObject width = Max(a[2], 1);
                int w = Ops.ToInt32(width);
                var v = new List<PyObject>
                {
                    S("<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" class=\"year\">"), S("\n"),
                    Ops.Modulo(S("<tr><th colspan=\"%d\" class=\"year\">%s</th></tr>"), PyTuple.Create(width, a[1])),
                };
                for (int i = 1; i < 13; i += w)
                {
                    v.Add(S("<tr>"));
                    for (int m = i; m < Math.Min(i + w, 13); m++)
                    {
                        v.Add(S("<td>"));
                        v.Add(CallKw(Get(a[0], "formatmonth"), new PyObject[] { a[1], I(m) }, Kw("withyear", PyBool.False)));
                        v.Add(S("</td>"));
                    }
                    v.Add(S("</tr>"));
                }
                v.Add(S("</table>"));
                return Join("", v);
            }, new PyObject[] { I(3) })
            .Method("formatyearpage", new[] { "self", "theyear", "width", "css", "encoding" }, a =>
            {
                PyObject encoding = IsNone(a[4]) ? Call(Importer.ImportModule("sys"), "getdefaultencoding") : a[4];
                var v = new List<PyObject>
                {
                    Ops.Modulo(S("<?xml version=\"1.0\" encoding=\"%s\"?>\n"), encoding),
                    S("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"),
                    S("<html>\n"), S("<head>\n"),
                    Ops.Modulo(S("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\" />\n"), encoding),
                };
                if (!IsNone(a[3])) v.Add(Ops.Modulo(S("<link rel=\"stylesheet\" type=\"text/css\" href=\"%s\" />\n"), a[3]));
                v.Add(Ops.Modulo(S("<title>Calendar for %d</title>\n"), a[1]));
                v.Add(S("</head>\n"));
                v.Add(S("<body>\n"));
                v.Add(Call(a[0], "formatyear", a[1], a[2]));
                v.Add(S("</body>\n"));
                v.Add(S("</html>\n"));
                return Call(Join("", v), "encode", encoding, S("xmlcharrefreplace"));
            }, new PyObject[] { I(3), S("calendar.css"), None })
            .Build();

        private static PyDict Kw(string name, PyObject value)
        {
            var d = new PyDict();
            d.SetStr(name, value);
            return d;
        }

        // The Locale* variants keep the locale they are given; names come from the C locale (the
        // runtime has no other LC_TIME data).
        private static PyType LocaleVariant(string name, PyType baseType) => new PythonClassBuilder(Module, name, baseType)
            .Method("__init__", new[] { "self", "firstweekday", "locale" }, a =>
            {
                Ops.Call(Get(baseType, "__init__"), a[0], a[1]);
                Set(a[0], "locale", IsNone(a[2]) ? PyTuple.Create(None, None) : a[2]);
                return None;
            }, new PyObject[] { I(0), None })
            .Build();

        public static readonly PyType LocaleTextCalendar = LocaleVariant("LocaleTextCalendar", TextCalendar);
        public static readonly PyType LocaleHTMLCalendar = LocaleVariant("LocaleHTMLCalendar", HTMLCalendar);

        public static readonly PyObject DayName = Ops.Call(LocalizedDay, S("%A"));
        public static readonly PyObject DayAbbr = Ops.Call(LocalizedDay, S("%a"));
        public static readonly PyObject MonthName = Ops.Call(LocalizedMonth, S("%B"));
        public static readonly PyObject MonthAbbr = Ops.Call(LocalizedMonth, S("%b"));
    }
}
