using System;
using System.Collections.Generic;
using Xunit;

namespace Py2Cs.Runtime.Tests.Strings
{
    public class MethodTests
    {
        static string Call(PyObject receiver, string method, PyTuple args)
        {
            try
            {
                PyObject result = method == "__add__"
                    ? Ops.Add(receiver, args[0])
                    : Ops.GetAttr(receiver, PyStr.Intern(method)).Call(args.AsSpan().ToArray());
                return Ops.Repr(result).ToString();
            }
            catch (PythonException e) { return "!" + ErrorText.Describe(e); }
        }

        [Theory]
        [InlineData("'a,b,,c,'", "split", "(',',)", "['a', 'b', '', 'c', '']")]
        [InlineData("'  lead'", "split", "(None, 0)", "['lead']")]
        [InlineData("'abc'", "replace", "('', '-')", "'-a-b-c-'")]
        [InlineData("'42'", "zfill", "(5,)", "'00042'")]
        [InlineData("'-42'", "zfill", "(5,)", "'-0042'")]
        [InlineData("'abc'", "center", "(6, '*')", "'*abc**'")]
        [InlineData("'abc'", "index", "('z',)", "!ValueError: substring not found")]
        [InlineData("'abc'", "split", "('',)", "!ValueError: empty separator")]
        [InlineData("'\\xc3\\xa9'", "__add__", "(u'x',)", "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)")]
        [InlineData("'\\xe9t\\xe9'", "upper", "()", "'\\xe9T\\xe9'")]
        public void Behaves_like_python(string receiver, string method, string args, string expected)
        {
            Assert.Equal(expected, Call(PythonLiteral.Parse(receiver), method, (PyTuple)PythonLiteral.Parse(args)));
        }

        /// <summary>Every case of data/method_cases.txt (about 8,700), recorded from python2.7.</summary>
        [Fact]
        public void Matches_recorded_python_output()
        {
            var failures = new List<string>();
            var known = KnownDifferences.Load("method_cases.known.txt");
            int count = 0;
            foreach (string[] f in RecordedCases.Read("method_cases.txt"))
            {
                string expected = f[3].StartsWith("!") ? "!" + RecordedCases.Unescape(f[3].Substring(1)) : f[3];
                string actual = Call(PythonLiteral.Parse(f[0]), f[1], (PyTuple)PythonLiteral.Parse(f[2]));
                count++;
                string id = $"{f[0]}.{f[1]}{f[2]}";
                bool listed = known.Contains(id);
                if (actual != expected && !listed) failures.Add($"{id}: expected {expected}, got {actual}");
                if (actual == expected && listed) failures.Add($"{id}: listed as a known difference but now passes");
            }
            Assert.True(count > 8000, "too few recorded cases: " + count);
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.GetRange(0, Math.Min(60, failures.Count))));
        }
    }
}
