using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Py2Cs.SourceGenerator.Tests
{
    /// <summary>Py2CsEntryPoint: the module with the __main__ guard runs as the program, like `py2cs run`
    /// (expected output and status recorded from CPython by Projects/entry/record.sh).</summary>
    public class EntryPointTests
    {
        private static TestOptionsProvider EntryPoint(string value)
            => new TestOptionsProvider(GeneratorHarness.Properties(("Py2CsEntryPoint", value)));

        [Fact]
        public void TheModuleWithTheMainGuardBecomesTheProgram()
        {
            var (output, diagnostics, _) = GeneratorHarness.Run(GeneratorHarness.PythonFilesOf("entry"), new[] { StdoutCapture.Source },
                EntryPoint("true"), executable: true);

            Assert.Empty(diagnostics);
            Assert.Equal("", GeneratorHarness.Errors(output.GetDiagnostics()));
            Assert.Equal("PythonProgram", output.GetEntryPoint(default)?.ContainingType.Name);
            using var program = IsolatedProgram.Load(output);
            var result = (string)program.Invoke(StdoutCapture.TypeName, "Main", "Py2Cs.Generated.PythonProgram", new[] { "alpha", "beta", "gamma" });
            string expected = GeneratorHarness.ProjectFile("entry", "expected.exitcode").Trim() + "\n" + GeneratorHarness.ProjectFile("entry", "expected.stdout");
            Assert.Equal(expected, result);
        }

        [Fact]
        public void AnUncaughtExceptionEndsTheProgramWithStatus1()
        {
            // CPython 2.7.18 prints the traceback on stderr and exits with status 1.
            var files = new AdditionalText[]
            {
                new InMemoryAdditionalText(GeneratorHarness.PathOf("crash.py"), "def fail():\n    raise ValueError('bad input')\n\nif __name__ == '__main__':\n    fail()\n"),
            };
            var (output, diagnostics, _) = GeneratorHarness.Run(files, new[] { StdoutCapture.Source }, EntryPoint("true"), executable: true);
            Assert.Empty(diagnostics);
            using var program = IsolatedProgram.Load(output);
            Assert.Equal("1\n", program.Invoke(StdoutCapture.TypeName, "Main", "Py2Cs.Generated.PythonProgram", new string[0]));
        }

        [Fact]
        public void NamedModuleIsTheEntryPoint()
        {
            var (output, diagnostics, _) = GeneratorHarness.Run(GeneratorHarness.PythonFilesOf("entry"), null, EntryPoint("app"), executable: true);
            Assert.Empty(diagnostics);
            Assert.Equal("PythonProgram", output.GetEntryPoint(default)?.ContainingType.Name);
        }

        [Fact]
        public void WithoutTheOptionThereIsNoMain()
        {
            var (output, _, _) = GeneratorHarness.Run(GeneratorHarness.PythonFilesOf("entry"), null);
            Assert.Null(output.GetTypeByMetadataName("Py2Cs.Generated.PythonProgram"));
        }

        [Fact]
        public void TwoMainGuardsArePY0006AndAnUnknownNameIsPY0007()
        {
            var files = new AdditionalText[]
            {
                new InMemoryAdditionalText(GeneratorHarness.PathOf("one.py"), "if __name__ == '__main__':\n    print 1\n"),
                new InMemoryAdditionalText(GeneratorHarness.PathOf("two.py"), "if '__main__' == __name__:\n    print 2\n"),
            };
            var (_, ambiguous, _) = GeneratorHarness.Run(files, null, EntryPoint("true"));
            Assert.Equal("PY0006", Assert.Single(ambiguous).Id);
            Assert.Contains("one, two", ambiguous[0].GetMessage());

            var (_, unknown, _) = GeneratorHarness.Run(files, null, EntryPoint("three"));
            Assert.Equal("PY0007", Assert.Single(unknown).Id);
        }
    }
}
