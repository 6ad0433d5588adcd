using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Py2Cs.Syntax.Text;
using Xunit;
using Xunit.Abstractions;

namespace Py2Cs.Syntax.Tests.Syntax
{
    /// <summary>
    /// Our tree equals CPython's: for each file, the SHA-256 of <see cref="AstDump"/> equals the SHA-256 of
    /// python2.7's <c>ast.dump(compile(source, path, 'exec', ast.PyCF_ONLY_AST))</c>, recorded in Data/.
    /// To see a difference, run that expression under python2.7 and compare with AstDump's output.
    /// </summary>
    public class CPythonAstTests
    {
        private readonly ITestOutputHelper _output;

        public CPythonAstTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private static string Hash(string dump)
            => string.Concat(SHA256.HashData(Encoding.UTF8.GetBytes(dump)).Select(b => b.ToString("x2")));

        private static Dictionary<string, string> Expected(string file)
            => JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(TestFiles.DataDirectory, file)));

        private List<string> Mismatches(string root, Dictionary<string, string> expected)
        {
            var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
            Parallel.ForEach(expected, pair =>
            {
                string path = Path.Combine(root, pair.Key);
                ParseResult result = Parser.Parse(SourceText.FromBytes(File.ReadAllBytes(path), path));
                if (Hash(AstDump.Dump(result.Module)) != pair.Value)
                    mismatches.Add(pair.Key);
            });
            List<string> sorted = mismatches.OrderBy(m => m, StringComparer.Ordinal).ToList();
            _output.WriteLine(expected.Count - sorted.Count + "/" + expected.Count + " trees equal CPython's");
            foreach (string m in sorted)
                _output.WriteLine("  differs: " + m);
            return sorted;
        }

        [Fact]
        public void Conformance_trees_equal_CPython_trees()
        {
            Assert.Empty(Mismatches(TestFiles.ConformanceDirectory, Expected("conformance-ast-sha256.json")));
        }

        [Fact]
        public void Standard_library_trees_equal_CPython_trees()
        {
            string root = Environment.GetEnvironmentVariable("PYENV_ROOT") is string r && r.Length > 0
                ? r : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv");
            string lib = Path.Combine(root, "versions", "2.7.18", "lib", "python2.7");
            if (!Directory.Exists(lib))
            {
                Assert.False(File.Exists(Path.Combine(root, "versions", "2.7.18", "bin", "python2.7")), "python2.7 is installed but its Lib tree is missing");
                _output.WriteLine("CPython 2.7.18 Lib tree not found at " + lib);
                return;
            }
            var known = File.ReadAllLines(Path.Combine(TestFiles.DataDirectory, "cpython-ast-known-differences.txt"))
                .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
                .Select(l => l.Substring(0, l.IndexOf(" -- ", StringComparison.Ordinal)))
                .OrderBy(l => l, StringComparer.Ordinal);
            Assert.Equal(known, Mismatches(lib, Expected("cpython-stdlib-ast-sha256.json")));
        }
    }
}
