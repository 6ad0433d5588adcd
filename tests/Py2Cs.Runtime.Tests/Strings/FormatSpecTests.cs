using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Py2Cs.Runtime.Formatting;
using Xunit;

namespace Py2Cs.Runtime.Tests.Strings
{
    public class FormatSpecTests
    {
        static string Outcome(Func<string> f)
        {
            try { return f(); }
            catch (Exception e) { return "!" + ErrorText.Describe(e); }
        }

        [Theory]
        [InlineData("*^9", "ab", "***ab****")]
        [InlineData(".2s", "str", "st")]
        [InlineData("#>4", "ab", "##ab")]
        public void Pads_and_truncates_text(string spec, string value, string expected)
        {
            Assert.Equal(expected, StandardFormat.FormatText(value, spec, "str"));
        }

        [Fact]
        public void Groups_thousands_inside_zero_padding()
        {
            Assert.Equal("01,234,567", StandardFormat.FormatInteger(1234567, "010,d", "int", false));
            Assert.Equal("0,123", StandardFormat.FormatInteger(123, "04,", "int", false));
            Assert.Equal("-000,001,234.57", StandardFormat.FormatFloat(-1234.567, "015,.2f", "float"));
        }

        /// <summary>Every (value, spec) pair of data/format_spec_cases.txt, recorded from python2.7's format().</summary>
        [Fact]
        public void Matches_recorded_python_output()
        {
            var failures = new List<string>();
            int count = 0;
            foreach (string[] f in RecordedCases.Read("format_spec_cases.txt"))
            {
                string kind = f[0], spec = RecordedCases.Unescape(f[2]), expected = RecordedCases.Unescape(f[3]);
                string actual;
                switch (kind)
                {
                    case "int":
                    case "long":
                        // format(x, '') is str(x): the empty spec never reaches the mini-language.
                        if (spec.Length == 0) continue;
                        actual = Outcome(() => StandardFormat.FormatInteger(BigInteger.Parse(f[1], CultureInfo.InvariantCulture), spec, kind, false));
                        break;
                    case "float":
                        if (spec.Length == 0) continue;
                        actual = Outcome(() => StandardFormat.FormatFloat(RecordedCases.ParseFloat(f[1]), spec, "float"));
                        break;
                    default:
                        actual = Outcome(() => StandardFormat.FormatText(RecordedCases.Unescape(f[1]), spec, kind));
                        break;
                }
                count++;
                if (actual != expected) failures.Add($"format({kind} {f[1]}, '{spec}'): expected {expected}, got {actual}");
            }
            Assert.True(count > 4000, "too few recorded cases: " + count);
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.GetRange(0, Math.Min(40, failures.Count))));
        }
    }
}
