using System;
using System.Collections.Generic;
using Xunit;

namespace Py2Cs.Runtime.Tests.Strings
{
    public class PercentFormatTests
    {
        static string Run(PyObject format, PyObject args)
        {
            try { return Ops.Repr(Ops.Modulo(format, args)).ToString(); }
            catch (PythonException e) { return "!" + ErrorText.Describe(e); }
        }

        [Theory]
        [InlineData("'%s and %s'", "(1, 2)", "'1 and 2'")]
        [InlineData("'%(name)s is %(age)d'", "{'name': 'Ann', 'age': 30}", "'Ann is 30'")]
        [InlineData("'%.2f'", "(2.675,)", "'2.67'")]
        [InlineData("'%s'", "(u'u',)", "u'u'")]
        [InlineData("'%d'", "('x',)", "!TypeError: %d format: a number is required, not str")]
        [InlineData("'%s %s'", "(1,)", "!TypeError: not enough arguments for format string")]
        [InlineData("'%s'", "(1, 2)", "!TypeError: not all arguments converted during string formatting")]
        [InlineData("'caf\\xc3\\xa9 %s'", "(u'x',)", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 3: ordinal not in range(128)")]
        public void Formats_like_python(string format, string args, string expected)
        {
            Assert.Equal(expected, Run(PythonLiteral.Parse(format), PythonLiteral.Parse(args)));
        }

        /// <summary>Every case of data/percent_cases.txt (about 9,700), recorded from python2.7.</summary>
        [Fact]
        public void Matches_recorded_python_output()
        {
            var failures = new List<string>();
            int count = 0;
            foreach (string[] f in RecordedCases.Read("percent_cases.txt"))
            {
                string expected = f[2].StartsWith("!") ? "!" + RecordedCases.Unescape(f[2].Substring(1)) : f[2];
                string actual = Run(PythonLiteral.Parse(f[0]), PythonLiteral.Parse(f[1]));
                count++;
                if (actual != expected) failures.Add($"{f[0]} % {f[1]}: expected {expected}, got {actual}");
            }
            Assert.True(count > 9000, "too few recorded cases: " + count);
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.GetRange(0, Math.Min(40, failures.Count))));
        }
    }
}
