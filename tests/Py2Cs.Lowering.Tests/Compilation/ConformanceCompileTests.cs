using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Py2Cs.Lowering.Driver;
using Xunit;
using Xunit.Abstractions;

namespace Py2Cs.Lowering.Tests.Compilation
{
    /// <summary>
    /// Every conformance program must lower to C# that compiles with zero errors. Cases that cannot yet
    /// are listed in compile-known-failures.txt ("area/name: reason"); the test fails on an unlisted
    /// failure and on a listed case that now compiles, so the list stays true.
    /// </summary>
    public class ConformanceCompileTests
    {
        private readonly ITestOutputHelper _output;

        public ConformanceCompileTests(ITestOutputHelper output) { _output = output; }

        internal static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Transpiler.sln")))
                    return dir.FullName;
            throw new InvalidOperationException("cannot find Transpiler.sln above " + AppContext.BaseDirectory);
        }

        private static Dictionary<string, string> LoadKnownFailures(string path)
        {
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

        /// <summary>Why a case fails to lower or compile, or null when it compiles cleanly.</summary>
        internal static string FailureOf(string pyPath)
        {
            var resolver = new ModuleResolver(new[] { Path.GetDirectoryName(pyPath) }, CSharpCompiler.NativeModules);
            var resolution = resolver.Resolve(pyPath);
            var options = new TranspilerOptions { NativeModules = CSharpCompiler.NativeModules.ToList() };
            var result = new Transpiler(options).Transpile(resolution.Files, resolution.MainModule);
            var transpileErrors = result.Diagnostics.Where(d => d.IsError).ToList();
            if (transpileErrors.Count > 0)
                return "transpile: " + transpileErrors[0];
            var compilation = CSharpCompiler.Compile(result, "conformance_" + Path.GetFileNameWithoutExtension(pyPath));
            var errors = CSharpCompiler.Errors(compilation);
            if (errors.Count > 0)
                return "C# " + errors.Count + " error(s), first: " + errors[0];
            return null;
        }

        [Fact]
        public void Every_conformance_program_lowers_to_compiling_csharp()
        {
            var root = RepositoryRoot();
            var corpus = Path.Combine(root, "tests", "conformance");
            var knownPath = Path.Combine(root, "tests", "Py2Cs.Lowering.Tests", "compile-known-failures.txt");
            var known = LoadKnownFailures(knownPath);
            var unexpected = new List<string>();
            var nowPassing = new List<string>();
            var areas = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
            foreach (var py in Directory.EnumerateFiles(corpus, "*.py", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                string area = Path.GetFileName(Path.GetDirectoryName(py));
                string id = area + "/" + Path.GetFileNameWithoutExtension(py);
                string failure;
                try { failure = FailureOf(py); }
                catch (Exception e) { failure = "crash: " + e.GetType().Name + ": " + e.Message; }
                if (!areas.TryGetValue(area, out var counts)) areas[area] = counts = new int[2];
                counts[1]++;
                if (failure == null)
                {
                    counts[0]++;
                    if (known.ContainsKey(id)) nowPassing.Add(id);
                }
                else if (!known.ContainsKey(id))
                    unexpected.Add(id + ": " + failure);
            }
            var report = new StringBuilder();
            foreach (var a in areas) report.AppendLine(a.Key + ": " + a.Value[0] + "/" + a.Value[1] + " compile");
            _output.WriteLine(report.ToString());
            Assert.True(unexpected.Count == 0 && nowPassing.Count == 0,
                (unexpected.Count > 0 ? "New failures (fix them or list them in compile-known-failures.txt):\n  " + string.Join("\n  ", unexpected) + "\n" : "")
                + (nowPassing.Count > 0 ? "Listed cases that now compile (remove them from compile-known-failures.txt):\n  " + string.Join("\n  ", nowPassing) : ""));
        }
    }
}
