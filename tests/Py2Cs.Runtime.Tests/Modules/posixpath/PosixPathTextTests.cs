using System;
using System.Collections.Generic;
using System.Linq;
using Py2Cs.Runtime.Tests.Strings;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Posixpath
{
    /// <summary>
    /// posixpath's string algorithms against python2.7 (data/posixpath_cases.txt, recorded with cwd
    /// /home/user/work, HOME=/home/tester, FOO=bar, EMPTY='', PATH_X=/x/y and only the user root).
    /// </summary>
    public class PosixPathTextTests
    {
        static string Cwd() => "/home/user/work";

        static string HomeOf(string user) => user switch { "" => "/home/tester", "root" => "/root", _ => null };

        static readonly Dictionary<string, string> Environment = new() { ["HOME"] = "/home/tester", ["FOO"] = "bar", ["EMPTY"] = "", ["PATH_X"] = "/x/y" };

        [Fact]
        public void Normpath_keeps_exactly_two_leading_slashes()
        {
            Assert.Equal("//a", PosixPathText.NormPath("//a"));
            Assert.Equal("/a", PosixPathText.NormPath("///a"));
            Assert.Equal("../..", PosixPathText.NormPath("a/../../.."));
        }

        [Fact]
        public void Matches_recorded_python_output()
        {
            var failures = new List<string>();
            int count = 0;
            foreach (var f in ModuleCases.Read("posixpath", "posixpath_cases.txt"))
            {
                count++;
                int arrow = Array.IndexOf(f, "=>");
                var args = f[1..arrow].Select(RecordedCases.Unescape).ToArray();
                string expected = string.Join("\t", f[(arrow + 1)..]);
                string actual;
                try { actual = Run(f[0], args); }
                catch (ArgumentException e) { actual = "!ValueError: " + e.Message; }
                if (actual != expected) failures.Add($"{string.Join(" | ", f[..arrow])}: expected [{expected}] got [{actual}]");
            }
            Assert.True(count > 900, "the recorded data is missing");
            Assert.True(failures.Count == 0, $"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(30)));
        }

        static string Run(string function, string[] a)
        {
            switch (function)
            {
                case "split": { var (h, t) = PosixPathText.Split(a[0]); return E(h) + "\t" + E(t); }
                case "splitext": { var (r, x) = PosixPathText.SplitExt(a[0]); return E(r) + "\t" + E(x); }
                case "basename": return E(PosixPathText.Basename(a[0]));
                case "dirname": return E(PosixPathText.Dirname(a[0]));
                case "isabs": return PosixPathText.IsAbs(a[0]) ? "True" : "False";
                case "normpath": return E(PosixPathText.NormPath(a[0]));
                case "abspath": return E(PosixPathText.AbsPath(a[0], Cwd));
                case "expanduser": return E(PosixPathText.ExpandUser(a[0], HomeOf));
                case "expandvars": return E(PosixPathText.ExpandVars(a[0], n => Environment.TryGetValue(n, out var v) ? v : null));
                case "relpath": return E(PosixPathText.RelPath(a[0], a.Length > 1 ? a[1] : ".", Cwd));
                case "join": return E(PosixPathText.Join(a[0], a[1..]));
                case "commonprefix": return E(PosixPathText.CommonPrefix(a));
                default: throw new InvalidOperationException(function);
            }
        }

        /// <summary>Python 2's string_escape encoding, as the data file stores text.</summary>
        internal static string E(string s)
        {
            var sb = new System.Text.StringBuilder();
            foreach (char c in s)
            {
                if (c == '\\') sb.Append(@"\\");
                else if (c == '\'') sb.Append(@"\'");
                else if (c == '\t') sb.Append(@"\t");
                else if (c == '\n') sb.Append(@"\n");
                else if (c == '\r') sb.Append(@"\r");
                else if (c < 32 || c >= 127) sb.Append($"\\x{(int)c:x2}");
                else sb.Append(c);
            }
            return sb.ToString();
        }
    }
}
