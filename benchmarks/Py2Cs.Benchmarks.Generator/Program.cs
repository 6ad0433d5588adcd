using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Py2Cs.SourceGenerator;

namespace Py2Cs.Benchmarks.Generator
{
    /// <summary>
    /// "dotnet run -c Release --project benchmarks/Py2Cs.Benchmarks.Generator [-- MODULES]": times the
    /// generator over a synthetic project (default 200 modules): a full run on a fresh driver (median of
    /// 3 after one warm-up) and the run after editing one file (median of 20 edits, each to a different
    /// file). Generator time only; compiling the generated C# is the compiler's cost, not measured here.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            int modules = args.Length > 0 ? int.Parse(args[0]) : 200;
            var texts = Enumerable.Range(0, modules).Select(k => SyntheticProject.Module(k)).ToList();
            var files = texts.Select((t, k) => (AdditionalText)new MemoryText("/bench/scripts/" + SyntheticProject.ModuleName(k) + ".py", t)).ToList();
            var compilation = CSharpCompilation.Create("Bench", null, References(),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Console.WriteLine($"{modules} modules, {SyntheticProject.CountLines(texts):N0} lines");

            var full = new List<double>();
            GeneratorDriver driver = null;
            for (int round = 0; round < 4; round++)
            {
                var watch = Stopwatch.StartNew();
                driver = NewDriver(files).RunGenerators(compilation);
                watch.Stop();
                var result = driver.GetRunResult();
                if (round == 0)
                {
                    int errors = result.Diagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning);
                    Console.WriteLine($"first (cold) full run: {watch.Elapsed.TotalMilliseconds:N0} ms, {result.GeneratedTrees.Length} files generated, {errors} errors");
                    if (errors > 0) { Console.WriteLine(result.Diagnostics.First()); return 1; }
                    continue;
                }
                full.Add(watch.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"full generation (warm, median of {full.Count}): {Median(full):N0} ms");

            var incremental = new List<double>();
            var current = files.ToList();
            for (int edit = 1; edit <= 20; edit++)
            {
                int k = (edit * 37) % modules;
                var edited = new MemoryText(current[k].Path, SyntheticProject.Module(k, edit));
                driver = driver.ReplaceAdditionalText(current[k], edited);
                current[k] = edited;
                var watch = Stopwatch.StartNew();
                driver = driver.RunGenerators(compilation);
                watch.Stop();
                incremental.Add(watch.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"after editing one file (median of {incremental.Count}): {Median(incremental):N1} ms (min {incremental.Min():N1}, max {incremental.Max():N1})");
            return 0;
        }

        private static GeneratorDriver NewDriver(IEnumerable<AdditionalText> files)
            => CSharpGeneratorDriver.Create(new[] { new PythonSourceGenerator().AsSourceGenerator() }, files);

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }

        private static IEnumerable<MetadataReference> References()
        {
            var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location);
            yield return MetadataReference.CreateFromFile(typeof(object).Assembly.Location);
            yield return MetadataReference.CreateFromFile(Path.Combine(frameworkDir, "System.Runtime.dll"));
            yield return MetadataReference.CreateFromFile(typeof(Py2Cs.Runtime.PyObject).Assembly.Location);
        }

        private sealed class MemoryText : AdditionalText
        {
            private readonly SourceText _text;
            public MemoryText(string path, string text) { Path = path; _text = SourceText.From(text); }
            public override string Path { get; }
            public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
        }
    }
}
