using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Py2Cs.SourceGenerator.Tests
{
    /// <summary>A project whose scripts/ folder holds Python modules (one package), called from C#
    /// through the generated facades; the output must equal what the same calls print in CPython 2.7
    /// (Projects/interop/record.py recorded expected.stdout).</summary>
    public class InteropEndToEndTests
    {
        [Fact]
        public void CSharpCallsPythonModulesThroughTheFacades()
        {
            var (output, diagnostics, _) = GeneratorHarness.Run(
                GeneratorHarness.PythonFilesOf("interop"),
                new[] { GeneratorHarness.ProjectFile("interop", "Caller.cs"), StdoutCapture.Source });

            Assert.Empty(diagnostics);
            Assert.Equal("", GeneratorHarness.Errors(output.GetDiagnostics()));
            using var program = IsolatedProgram.Load(output);
            var printed = (string)program.Invoke(StdoutCapture.TypeName, "Call", "Caller", "Run");
            Assert.Equal(GeneratorHarness.ProjectFile("interop", "expected.stdout"), printed);
        }

        [Fact]
        public void EachModuleGetsItsImplementationFacadeAndTheRegistry()
        {
            var (output, _, driver) = GeneratorHarness.Run(GeneratorHarness.PythonFilesOf("interop"), null);
            var hints = driver.GetRunResult().Results[0].GeneratedSources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal).ToArray();
            Assert.Equal(new[]
            {
                "PythonModules.g.cs",
                "greeting.Interop.g.cs", "greeting.g.cs", "inventory.Interop.g.cs", "inventory.g.cs",
                "shapes.Interop.g.cs", "shapes.g.cs",
                "shapes.square.Interop.g.cs", "shapes.square.g.cs",
                "stats.Interop.g.cs", "stats.g.cs",
            }, hints);
            Assert.Equal("", GeneratorHarness.Errors(output.GetDiagnostics()));
        }
    }
}
