using System.Linq;
using Microsoft.CodeAnalysis;
using Py2Cs.SourceGenerator.Model;
using Xunit;

namespace Py2Cs.SourceGenerator.Tests
{
    /// <summary>Editing one of three files re-transpiles that file only: the tracked step reasons of the
    /// second run say Cached for the untouched files and Modified for the edited one.</summary>
    public class IncrementalTests
    {
        private static readonly string A = GeneratorHarness.PathOf("scripts/a.py");
        private static readonly string B = GeneratorHarness.PathOf("scripts/b.py");
        private static readonly string C = GeneratorHarness.PathOf("scripts/c.py");

        private static GeneratorDriverRunResult EditB(string newText, out GeneratorDriver driver)
        {
            var a = new InMemoryAdditionalText(A, "def twice(x):\n    return 2 * x\n");
            var b = new InMemoryAdditionalText(B, "import a\n\ndef four():\n    return a.twice(2)\n");
            var c = new InMemoryAdditionalText(C, "NAME = 'c'\n");
            var compilation = GeneratorHarness.Compilation(null);
            driver = GeneratorHarness.Driver(new AdditionalText[] { a, b, c }, track: true);
            driver = driver.RunGenerators(compilation);
            driver = driver.ReplaceAdditionalText(b, new InMemoryAdditionalText(B, newText));
            driver = driver.RunGenerators(compilation);
            return driver.GetRunResult();
        }

        private static IncrementalStepRunReason ReasonFor(GeneratorRunResult result, string step, string path)
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            var match = outputs.Single(o => o.Value is TranspiledFile f && f.Path == path
                                          || o.Value is PythonFileInput i && i.Path == path);
            return match.Reason;
        }

        [Fact]
        public void OnlyTheEditedFileIsTranspiledAgain()
        {
            var result = EditB("import a\n\ndef four():\n    return a.twice(2) + 0\n", out _).Results[0];

            Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(result, PythonSourceGenerator.TranspileStep, A));
            Assert.Equal(IncrementalStepRunReason.Modified, ReasonFor(result, PythonSourceGenerator.TranspileStep, B));
            Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(result, PythonSourceGenerator.TranspileStep, C));
            Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(result, PythonSourceGenerator.SourceStep, A));
            Assert.Equal(IncrementalStepRunReason.Modified, ReasonFor(result, PythonSourceGenerator.SourceStep, B));
            Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(result, PythonSourceGenerator.SourceStep, C));
        }

        [Fact]
        public void AnEditThatKeepsTheModuleSetLeavesSettingsAndProgramUnchanged()
        {
            var result = EditB("import a\n\ndef four():\n    return 4\n", out _).Results[0];

            // The module table, options and runtime did not change, so no other file was re-run...
            var settings = result.TrackedSteps[PythonSourceGenerator.SettingsStep].SelectMany(s => s.Outputs).Single();
            Assert.True(settings.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, settings.Reason.ToString());
            // ...and the registry's inputs (module names, classes, __main__ guards) are the same.
            var program = result.TrackedSteps[PythonSourceGenerator.ProgramStep].SelectMany(s => s.Outputs).Single();
            Assert.True(program.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, program.Reason.ToString());
        }

        [Fact]
        public void SourceOutputsOfUntouchedFilesAreCached()
        {
            var result = EditB("import a\n\ndef four():\n    return 4\n", out _).Results[0];
            var reasons = result.TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            // One output per file plus the program output: only b's is new.
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(0, reasons.Count(r => r == IncrementalStepRunReason.New));
        }

        [Fact]
        public void EditedCodeIsInTheNewOutput()
        {
            EditB("import a\n\ndef five():\n    return 5\n", out var driver);
            var b = driver.GetRunResult().Results[0].GeneratedSources.Single(s => s.HintName == "b.Interop.g.cs");
            Assert.Contains("five(", b.SourceText.ToString());
            Assert.DoesNotContain("four(", b.SourceText.ToString());
        }
    }
}
