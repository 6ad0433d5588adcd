using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Py2Cs.SourceGenerator.Tests
{
    /// <summary>Py2CsReportDynamicDispatch=true: a PY0100 warning, located in the .py file, at every site
    /// where the lowering falls back to dynamic dispatch (docs/lowering.md); nothing when it is off, and
    /// the generated C# is the same either way.</summary>
    public class DynamicDispatchWarningTests
    {
        // Lines and columns below are counted by hand on this text (1-based, as the messages show them).
        private const string Source =
            "import os.path\n" +                            // 1
            "import json as j\n" +                          // 2
            "\n" +                                          // 3
            "class Shape(object):\n" +                      // 4
            "    def area(self):\n" +                       // 5
            "        return self.w * self.h\n" +            // 6: self.w col 16, self.h col 25
            "\n" +                                          // 7
            "def apply(f, *args):\n" +                      // 8
            "    return f(*args)\n" +                       // 9: f(*args) col 12 (local callee, *args)
            "\n" +                                          // 10
            "def run(name):\n" +                            // 11
            "    print os.path.join('a', name)\n" +         // 12: module imported at top level: static
            "    print Shape.__name__\n" +                  // 13: class defined at top level: static
            "    value = getattr(Shape, name)\n" +          // 14: computed attribute name, col 13
            "    handler = apply\n" +                       // 15
            "    handler(len, 'x')\n" +                     // 16: local callee, col 5
            "    return j.dumps([value])\n";                // 17: module imported as j: static

        // exec (like globals() or import *) may rebind any global, so here no receiver is static either.
        private const string ExecSource =
            "import os\n" +                                 // 1
            "def f(code):\n" +                              // 2
            "    exec code\n" +                             // 3: exec, col 5
            "    return os.sep\n";                          // 4: os may have been rebound: col 12

        private static (Compilation Output, Diagnostic[] Diagnostics) Generate(bool report)
        {
            var texts = new[]
            {
                (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.PathOf("scripts/shapes.py"), Source),
                new InMemoryAdditionalText(GeneratorHarness.PathOf("scripts/dyn.py"), ExecSource),
            };
            var options = report
                ? new TestOptionsProvider(GeneratorHarness.Properties(("Py2CsReportDynamicDispatch", "true")))
                : new TestOptionsProvider(GeneratorHarness.Properties());
            var (output, diagnostics, _) = GeneratorHarness.Run(texts, null, options);
            return (output, diagnostics.ToArray());
        }

        [Fact]
        public void WhenOnEachFallbackIsAPY0100WarningAtItsPythonLineAndColumn()
        {
            var (output, diagnostics) = Generate(report: true);

            Assert.All(diagnostics, d =>
            {
                Assert.Equal("PY0100", d.Id);
                Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            });
            string[] In(string file) => diagnostics.Where(d => d.Location.GetLineSpan().Path == GeneratorHarness.PathOf(file)).Select(d => d.ToString()).ToArray();
            string at(int line, int column, string message, string file = "scripts/shapes.py") =>
                GeneratorHarness.PathOf(file) + "(" + line + "," + column + "): warning PY0100: dynamic dispatch: " + message;
            Assert.Equal(new[]
            {
                at(3, 5, "exec runs code interpreted at run time", "scripts/dyn.py"),
                at(4, 12, "attribute 'sep' of an object of unknown type is looked up at run time", "scripts/dyn.py"),
            }, In("scripts/dyn.py"));
            var shown = In("scripts/shapes.py");
            Assert.Equal(new[]
            {
                at(6, 16, "attribute 'w' of an object of unknown type is looked up at run time"),
                at(6, 25, "attribute 'h' of an object of unknown type is looked up at run time"),
                at(9, 12, "call of local variable 'f': the callee is a run-time value"),
                at(9, 12, "call with *args or **kwargs binds its arguments at run time"),
                at(14, 13, "getattr() with a computed attribute name"),
                at(16, 5, "call of local variable 'handler': the callee is a run-time value"),
            }, shown);
            Assert.Equal(8, diagnostics.Length);
            Assert.Equal(new LinePosition(5, 15), diagnostics.First(d => d.Location.GetLineSpan().Path.EndsWith("shapes.py")).Location.GetLineSpan().StartLinePosition);   // Roslyn counts from 0
            Assert.Empty(output.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error));
        }

        [Fact]
        public void OffByDefaultAndTheGeneratedCodeDoesNotDependOnIt()
        {
            var (withoutWarnings, quiet) = Generate(report: false);
            var (withWarnings, _) = Generate(report: true);

            Assert.Empty(quiet);
            var before = withoutWarnings.SyntaxTrees.Select(t => t.ToString()).ToArray();
            var after = withWarnings.SyntaxTrees.Select(t => t.ToString()).ToArray();
            Assert.Equal(before, after);
        }
    }
}
