using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Py2Cs.SourceGenerator.Tests
{
    /// <summary>Python errors are compiler diagnostics located in the .py file, and a file with errors
    /// produces no C# (so no C# errors follow from it).</summary>
    public class DiagnosticTests
    {
        private static (Compilation Output, Diagnostic[] Diagnostics) Generate(params (string Path, string Text)[] files)
        {
            var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.PathOf(f.Path), f.Text));
            var (output, diagnostics, _) = GeneratorHarness.Run(texts, null);
            return (output, diagnostics.ToArray());
        }

        [Fact]
        public void SyntaxErrorIsPY0001AtTheFileLineAndColumnCPythonReports()
        {
            // CPython 2.7.18: compile() of this text raises SyntaxError('invalid syntax'), lineno 5, offset 9.
            var (output, diagnostics) = Generate(
                ("scripts/good.py", "def ok():\n    return 1\n"),
                ("scripts/tool.py", "def ok():\n    return 1\n\nx = (1 +\n     2 +)\n"));

            var d = Assert.Single(diagnostics);
            Assert.Equal("PY0001", d.Id);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal("invalid syntax", d.GetMessage());
            var span = d.Location.GetLineSpan();
            Assert.Equal(GeneratorHarness.PathOf("scripts/tool.py"), span.Path);
            Assert.Equal(new LinePosition(4, 8), span.StartLinePosition);   // zero-based: line 5, column 9
            Assert.Equal("/project/scripts/tool.py(5,9): error PY0001: invalid syntax", d.ToString());

            Assert.Empty(output.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error));
            var hints = output.SyntaxTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)).ToList();
            Assert.Contains("good.g.cs", hints);
            Assert.DoesNotContain("tool.g.cs", hints);
            Assert.DoesNotContain("tool.Interop.g.cs", hints);
        }

        [Fact]
        public void UntranslatableConstructIsPY0002()
        {
            // 'return' inside 'finally' is valid Python 2.7 that the lowering cannot express yet
            // (exec of a string, the previous example here, now runs through the runtime's interpreter).
            var (output, diagnostics) = Generate(("scripts/dyn.py", "def f():\n    try:\n        pass\n    finally:\n        return 1\n"));

            var d = Assert.Single(diagnostics);
            Assert.Equal("PY0002", d.Id);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal(new LinePosition(4, 8), d.Location.GetLineSpan().StartLinePosition);
            Assert.Empty(output.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error));
        }

        [Fact]
        public void ImportOfAnUnknownModuleIsWarningPY0003AndTheCodeIsStillGenerated()
        {
            var (output, diagnostics) = Generate(
                ("scripts/main.py", "import os\nimport helper\ntry:\n    import yaml\nexcept ImportError:\n    yaml = None\n"),
                ("scripts/helper.py", "X = 1\n"));

            var d = Assert.Single(diagnostics);
            Assert.Equal("PY0003", d.Id);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("No module named yaml", d.GetMessage());
            Assert.Equal(new LinePosition(3, 11), d.Location.GetLineSpan().StartLinePosition);
            Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith("main.g.cs"));
            Assert.Empty(output.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error));
        }

        [Fact]
        public void PackageRelativeAndImplicitRelativeImportsResolveAmongTheProjectFiles()
        {
            var (output, diagnostics) = Generate(
                ("scripts/pkg/__init__.py", "from . import util\n"),
                ("scripts/pkg/util.py", "import helpers\nfrom .helpers import K\n"),
                ("scripts/pkg/helpers.py", "K = 1\n"));

            Assert.Empty(diagnostics);
            Assert.Empty(output.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error));
        }

        [Fact]
        public void TwoFilesWithOneModuleNameArePY0005()
        {
            var (_, diagnostics) = Generate(("a/tool.py", "X = 1\n"), ("b/tool.py", "X = 2\n"));
            Assert.Equal("PY0005", Assert.Single(diagnostics).Id);
        }
    }
}
