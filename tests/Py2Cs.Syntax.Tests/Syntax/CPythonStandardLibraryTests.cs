using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;
using Xunit;
using Xunit.Abstractions;

namespace Py2Cs.Syntax.Tests.Syntax
{
    /// <summary>
    /// CPython 2.7.18's own Lib tree parses, except the 12 files CPython itself rejects; for those we report
    /// CPython's error on CPython's line (Data/cpython-stdlib-expected-failures.json, recorded by running
    /// python2.7 on each file). The tree is not in the repository: the test uses the pyenv installation.
    /// </summary>
    public class CPythonStandardLibraryTests
    {
        private readonly ITestOutputHelper _output;

        public CPythonStandardLibraryTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private static string PyenvRoot
            => Environment.GetEnvironmentVariable("PYENV_ROOT") is string root && root.Length > 0
                ? root
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv");

        [Fact]
        public void Standard_library_parses_except_the_files_CPython_rejects()
        {
            string version = Path.Combine(PyenvRoot, "versions", "2.7.18");
            string lib = Path.Combine(version, "lib", "python2.7");
            if (!Directory.Exists(lib))
            {
                // Only acceptable where CPython 2.7.18 is not installed at all.
                Assert.False(File.Exists(Path.Combine(version, "bin", "python2.7")), "python2.7 is installed but its Lib tree is missing: " + lib);
                _output.WriteLine("CPython 2.7.18 Lib tree not found at " + lib + "; nothing to check on this machine.");
                return;
            }

            using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.DataDirectory, "cpython-stdlib-expected-failures.json")));
            var expectedFailures = expected.RootElement.GetProperty("expectedFailures").EnumerateArray().ToDictionary(
                e => e.GetProperty("path").GetString(),
                e => e.GetProperty("script").GetProperty("message").GetString() + " @" + e.GetProperty("script").GetProperty("line").GetInt32());

            string[] files = Directory.GetFiles(lib, "*.py", SearchOption.AllDirectories);
            var failures = new ConcurrentDictionary<string, string>();
            long lines = 0;
            Parallel.ForEach(files, path =>
            {
                SourceText text = SourceText.FromBytes(File.ReadAllBytes(path), path);
                ParseResult result = Parser.Parse(text);
                System.Threading.Interlocked.Add(ref lines, text.LineCount);
                Diagnostic first = result.Diagnostics.FirstOrDefault(d => d.IsError);
                if (first != null)
                    failures[Path.GetRelativePath(lib, path).Replace('\\', '/')] = first.Message + " @" + first.Line;
            });

            _output.WriteLine(files.Length + " files, " + lines + " lines, " + failures.Count + " with errors");
            foreach (var failure in failures.OrderBy(f => f.Key, StringComparer.Ordinal))
                _output.WriteLine("  " + failure.Key + ": " + failure.Value);
            Assert.Equal(expected.RootElement.GetProperty("files").GetInt32(), files.Length);
            Assert.Equal(
                expectedFailures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + ": " + f.Value),
                failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + ": " + f.Value));
        }
    }
}
