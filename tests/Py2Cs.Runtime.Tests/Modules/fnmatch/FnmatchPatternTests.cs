using System;
using System.Collections.Generic;
using System.Linq;
using Py2Cs.Runtime.Tests.Modules.Posixpath;
using Py2Cs.Runtime.Tests.Strings;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Fnmatch
{
    /// <summary>fnmatch.translate and fnmatchcase against python2.7 (data/fnmatch_cases.txt).</summary>
    public class FnmatchPatternTests
    {
        [Fact]
        public void Unclosed_bracket_is_literal()
        {
            Assert.True(FnmatchPattern.MatchCase("a[", "a["));
            Assert.False(FnmatchPattern.MatchCase("ab", "a["));
        }

        [Fact]
        public void Matches_recorded_python_output()
        {
            var failures = new List<string>();
            int count = 0;
            foreach (var f in ModuleCases.Read("fnmatch", "fnmatch_cases.txt"))
            {
                count++;
                string actual = f[0] == "translate"
                    ? PosixPathTextTests.E(FnmatchPattern.Translate(RecordedCases.Unescape(f[1])))
                    : FnmatchPattern.MatchCase(RecordedCases.Unescape(f[1]), RecordedCases.Unescape(f[2])) ? "True" : "False";
                if (actual != f[^1]) failures.Add($"{string.Join(" | ", f)}: got {actual}");
            }
            Assert.True(count > 1000, "the recorded data is missing");
            Assert.True(failures.Count == 0, $"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(30)));
        }
    }
}
