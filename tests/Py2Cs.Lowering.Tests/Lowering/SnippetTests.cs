using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Py2Cs.Lowering.Tests.Compilation;
using Xunit;

namespace Py2Cs.Lowering.Tests.Lowering
{
    /// <summary>
    /// Small Python programs (Snippets/NAME.py) lowered, compiled and run; their stdout must equal
    /// NAME.stdout, recorded from CPython 2.7.18. Snippets that cannot pass yet are listed in
    /// snippet-known-failures.txt ("name: reason"): an unlisted failure fails, and so does a listed pass.
    /// </summary>
    public class SnippetTests
    {
        private static string SnippetDir => Path.Combine(ConformanceCompileTests.RepositoryRoot(), "tests", "Py2Cs.Lowering.Tests", "Snippets");

        public static IEnumerable<object[]> Names()
            => Directory.EnumerateFiles(SnippetDir, "*.py").Select(p => new object[] { Path.GetFileNameWithoutExtension(p) }).OrderBy(n => (string)n[0], StringComparer.Ordinal);

        private static Dictionary<string, string> KnownFailures()
        {
            var path = Path.Combine(ConformanceCompileTests.RepositoryRoot(), "tests", "Py2Cs.Lowering.Tests", "snippet-known-failures.txt");
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var raw in File.ReadAllLines(path))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
                int colon = line.IndexOf(':');
                result[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
            }
            return result;
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void Snippet_prints_what_CPython_printed(string name)
        {
            var source = File.ReadAllText(Path.Combine(SnippetDir, name + ".py"));
            var expected = Encoding.GetEncoding("ISO-8859-1").GetString(File.ReadAllBytes(Path.Combine(SnippetDir, name + ".stdout")));
            var exitPath = Path.Combine(SnippetDir, name + ".exitcode");
            int expectedExit = File.Exists(exitPath) ? int.Parse(File.ReadAllText(exitPath).Trim()) : 0;
            string failure = null;
            SnippetRun run = null;
            try
            {
                run = SnippetRunner.Run(name, source);
                if (run.Stdout != expected || run.ExitCode != expectedExit)
                    failure = "expected exit " + expectedExit + " and stdout:\n" + expected + "\nbut got " + run;
            }
            catch (Exception e)
            {
                failure = e.Message;
            }
            var known = KnownFailures();
            if (known.ContainsKey(name))
                Assert.True(failure != null, name + " passes now: remove it from snippet-known-failures.txt");
            else
                Assert.True(failure == null, failure);
        }
    }
}
