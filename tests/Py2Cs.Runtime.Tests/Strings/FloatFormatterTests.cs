using System.Collections.Generic;
using Py2Cs.Runtime.Formatting;
using Xunit;

namespace Py2Cs.Runtime.Tests.Strings
{
    public class FloatFormatterTests
    {
        [Theory]
        [InlineData(2.675, 'f', 2, "2.67")]      // the double is just below 2.675
        [InlineData(0.25, 'f', 1, "0.2")]        // exact tie rounds to even
        [InlineData(0.5, 'f', 0, "0")]
        [InlineData(1.5, 'f', 0, "2")]
        [InlineData(2.5, 'f', 0, "2")]
        [InlineData(0.01, 'f', 1, "0.0")]
        [InlineData(0.06, 'f', 1, "0.1")]
        [InlineData(99.96, 'f', 1, "100.0")]
        [InlineData(1e50, 'f', 0, "100000000000000007629769841091887003294964970946560")]
        [InlineData(12345.678, 'e', 6, "1.234568e+04")]
        [InlineData(1e-10, 'G', 6, "1E-10")]
        [InlineData(1234567.0, 'g', 6, "1.23457e+06")]
        public void Formats_with_correct_rounding(double value, char code, int precision, string expected)
        {
            Assert.Equal(expected, FloatFormatter.Format(value, code, precision, FloatFormatOptions.None));
        }

        [Fact]
        public void Repr_and_str_follow_python()
        {
            Assert.Equal("0.1", FloatFormatter.Repr(0.1));
            Assert.Equal("0.30000000000000004", FloatFormatter.Repr(0.1 + 0.2));
            Assert.Equal("1e+16", FloatFormatter.Repr(1e16));
            Assert.Equal("1234567890123456.0", FloatFormatter.Repr(1234567890123456.0));
            Assert.Equal("0.333333333333", FloatFormatter.Str(1.0 / 3));
            Assert.Equal("1.23456789012e+11", FloatFormatter.Str(123456789012.0));
            Assert.Equal("-0.0", FloatFormatter.Repr(-0.0));
            Assert.Equal("inf", FloatFormatter.Repr(double.PositiveInfinity));
            Assert.Equal("nan", FloatFormatter.Str(double.NaN));
        }

        /// <summary>Hundreds of values recorded from python2.7 (data/float_cases.txt).</summary>
        [Fact]
        public void Matches_recorded_python_output()
        {
            var failures = new List<string>();
            int checkedCount = 0;
            foreach (string[] f in RecordedCases.Read("float_cases.txt"))
            {
                double v = RecordedCases.ParseFloat(f[0]);
                int i = 0;
                void Check(string expected, string actual, string what)
                {
                    checkedCount++;
                    if (expected != actual) failures.Add($"{what} of {f[0]}: expected {expected}, got {actual}");
                }
                Check(f[i++], FloatFormatter.Repr(v), "repr");
                Check(f[i++], FloatFormatter.Str(v), "str");
                foreach (char conv in "efgEG")
                    foreach (int prec in new[] { 0, 1, 2, 3, 5, 10, 17 })
                        Check(f[i++], FloatFormatter.Format(v, conv, prec, FloatFormatOptions.None), $"%.{prec}{conv}");
                Check(f[i++], FloatFormatter.Format(v, 'g', 3, FloatFormatOptions.Alternate), "%#.3g");
                Check(f[i++], FloatFormatter.Format(v, 'f', 0, FloatFormatOptions.Alternate), "%#.0f");
                Check(f[i++], FloatFormatter.Format(v, 'e', 0, FloatFormatOptions.Alternate), "%#.0e");
                Check(f[i++], FloatFormatter.Format(v, 'f', 6, FloatFormatOptions.None), "%f");
            }
            Assert.True(checkedCount > 10000, "too few recorded cases: " + checkedCount);
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.GetRange(0, System.Math.Min(30, failures.Count))));
        }
    }
}
