using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Py2Cs.Runtime.Tests.Modules.Posixpath;
using Py2Cs.Runtime.Tests.Strings;
using Xunit;
using TimeModule = Py2Cs.Runtime.time;

namespace Py2Cs.Runtime.Tests.Modules.Time
{
    /// <summary>
    /// The time module against python2.7 run with TZ=UTC (data/time_cases.txt): strptime, strftime
    /// and asctime with CPython's range checks, gmtime, ctime, mktime.
    /// </summary>
    public class TimeModuleTests
    {
        static TimeModuleTests()
        {
            Libc.setenv(Libc.Path("TZ"), Libc.Path("UTC"), 1);
            Libc.tzset();
        }

        [Fact]
        public void Struct_time_has_named_fields_and_tuple_repr()
        {
            var t = (StructTimeObject)TimeModule.gmtime(PyInt.From(0));
            Assert.Equal("time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)", t.Repr().ToString());
            Assert.Equal(1970, ((PyInt)Ops.GetAttr(t, "tm_year")).Value);
        }

        [Fact]
        public void Matches_recorded_python_output()
        {
            var failures = new List<string>();
            int count = 0;
            foreach (var f in ModuleCases.Read("time", "time_cases.txt"))
            {
                count++;
                int arrow = Array.IndexOf(f, "=>");
                var args = f[1..arrow].Select(RecordedCases.Unescape).ToArray();
                string expected = f[arrow + 1];
                string actual;
                try { actual = PosixPathTextTests.E(Run(f[0], args)); }
                catch (PythonException e) { actual = "!" + PosixPathTextTests.E(Ops.ExceptionLine(e.Value)); }
                if (actual != expected) failures.Add($"{string.Join(" | ", f[..arrow])}: expected [{expected}] got [{actual}]");
            }
            Assert.True(count > 200, "the recorded data is missing");
            Assert.True(failures.Count == 0, $"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(40)));
        }

        static string Run(string function, string[] a)
        {
            switch (function)
            {
                case "strptime":
                    var r = a.Length == 1 ? TimeModule.strptime(PyStr.FromString(a[0])) : TimeModule.strptime(PyStr.FromString(a[0]), PyStr.FromString(a[1]));
                    return Ops.Repr(PyTuple.Create(((PyTuple)r).AsSpan().ToArray())).ToString();
                case "strftime": return TimeModule.strftime(PyStr.FromString(a[0]), Tuple(a[1])).ToString();
                case "asctime": return TimeModule.asctime(Tuple(a[0])).ToString();
                case "gmtime": return Ops.Repr(PyTuple.Create(((PyTuple)TimeModule.gmtime(Number(a[0]))).AsSpan().ToArray())).ToString();
                case "ctime": return TimeModule.ctime(Number(a[0])).ToString();
                case "mktime": return Ops.Repr(new PyFloat(TimeModule.mktime(Tuple(a[0])))).ToString();
                default: throw new InvalidOperationException(function);
            }
        }

        static PyObject Number(string s) => s.Contains('.') || s.Contains('e')
            ? new PyFloat(double.Parse(s, CultureInfo.InvariantCulture))
            : PyInt.FromBig(System.Numerics.BigInteger.Parse(s.TrimEnd('L'), CultureInfo.InvariantCulture));

        static PyObject Tuple(string s) =>
            PyTuple.Create(s.Trim('(', ')').Split(',').Select(x => (PyObject)PyInt.From(long.Parse(x.Trim(), CultureInfo.InvariantCulture))).ToArray());
    }
}
