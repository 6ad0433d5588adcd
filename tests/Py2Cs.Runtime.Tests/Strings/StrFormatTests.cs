using System;
using System.Collections.Generic;
using Py2Cs.Runtime.Formatting;
using Xunit;

namespace Py2Cs.Runtime.Tests.Strings
{
    public class StrFormatTests
    {
        static string Run(PyObject template, PyTuple args, PyDict kwargs)
        {
            try { return Ops.Repr(StrFormat.Format(template, args.AsSpan().ToArray(), kwargs)).ToString(); }
            catch (PythonException e) { return "!" + ErrorText.Describe(e); }
        }

        [Theory]
        [InlineData("'{0:{1}}|{0:>{1}}|{2:.{3}f}'", "('w', 5, 2.71828, 2)", "'w    |    w|2.72'")]
        [InlineData("'{} {0}'", "(1, 2)", "!ValueError: cannot switch from automatic field numbering to manual field specification")]
        [InlineData("u'{0}'", "('\\xe9',)", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)")]
        public void Formats_like_python(string template, string args, string expected)
        {
            Assert.Equal(expected, Run(PythonLiteral.Parse(template), (PyTuple)PythonLiteral.Parse(args), new PyDict()));
        }

        /// <summary>Every case of data/str_format_cases.txt, recorded from python2.7.</summary>
        [Fact]
        public void Matches_recorded_python_output()
        {
            var failures = new List<string>();
            int count = 0;
            foreach (string[] f in RecordedCases.Read("str_format_cases.txt"))
            {
                string expected = f[3].StartsWith("!") ? "!" + RecordedCases.Unescape(f[3].Substring(1)) : f[3];
                string actual = Run(PythonLiteral.Parse(f[0]), (PyTuple)PythonLiteral.Parse(f[1]), (PyDict)PythonLiteral.Parse(f[2]));
                count++;
                if (actual != expected) failures.Add($"{f[0]}.format(*{f[1]}, **{f[2]}): expected {expected}, got {actual}");
            }
            Assert.True(count > 80, "too few recorded cases: " + count);
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures));
        }
    }
}
