using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Py2Cs.SourceGenerator.Tests
{
    /// <summary>MSBuild properties and item metadata: Py2CsRootNamespace and PythonModule.</summary>
    public class OptionsTests
    {
        [Fact]
        public void RootNamespaceAndModuleNameOverrideAreHonoured()
        {
            var files = new AdditionalText[]
            {
                new InMemoryAdditionalText(GeneratorHarness.PathOf("py/helper_v2.py"), "def double(x):\n    return x * 2\n"),
                new InMemoryAdditionalText(GeneratorHarness.PathOf("py/user.py"), "import helper\n\ndef quadruple(x):\n    return helper.double(helper.double(x))\n"),
            };
            var options = new TestOptionsProvider(
                GeneratorHarness.Properties(("Py2CsRootNamespace", "Acme.Scripts")),
                new Dictionary<string, IDictionary<string, string>>
                {
                    [GeneratorHarness.PathOf("py/helper_v2.py")] = new Dictionary<string, string> { ["PythonModule"] = "helper" },
                });
            const string caller = @"
public static class Caller
{
    public static long Run() => Acme.Scripts.user.quadruple(5).As<long>() + Acme.Scripts.helper.@double(1).As<long>();
}";
            var (output, diagnostics, _) = GeneratorHarness.Run(files, new[] { "using Py2Cs.Runtime.Interop;\n" + caller }, options);

            Assert.Empty(diagnostics);   // "import helper" resolved to helper_v2.py through the override
            Assert.Equal("", GeneratorHarness.Errors(output.GetDiagnostics()));
            Assert.NotNull(output.GetTypeByMetadataName("Acme.Scripts.helper"));
            Assert.NotNull(output.GetTypeByMetadataName("Acme.Scripts.PythonModules"));
            Assert.Null(output.GetTypeByMetadataName("Py2Cs.Generated.PythonModules"));
            using var program = IsolatedProgram.Load(output);
            Assert.Equal(22L, program.Invoke("Caller", "Run"));
        }

        [Fact]
        public void LayOutCodeGivesTheTextPy2CsConvertWrites()
        {
            const string source = "def greet(name):\n    # say hello\n    return 'Hello, ' + name\n";
            var files = new AdditionalText[] { new InMemoryAdditionalText(GeneratorHarness.PathOf("scripts/tool.py"), source) };
            var (output, _, driver) = GeneratorHarness.Run(files, null,
                new TestOptionsProvider(GeneratorHarness.Properties(("Py2CsLayOutCode", "true"))));

            var generated = driver.GetRunResult().Results[0].GeneratedSources.Single(s => s.HintName == "tool.g.cs").SourceText.ToString();
            var cli = new Py2Cs.Lowering.Driver.Transpiler(Py2Cs.Cli.Building.ProgramBuilder.Options).TranspileModule(
                new Py2Cs.Lowering.Driver.PythonSourceFile("scripts/tool.py", "tool", System.Text.Encoding.UTF8.GetBytes(source)),
                new HashSet<string> { "tool" });
            Assert.Equal(Py2Cs.Cli.Building.GeneratedSourceWriter.TextOf(cli.Module.Syntax), generated);
            Assert.Equal("", GeneratorHarness.Errors(output.GetDiagnostics()));
        }

        [Fact]
        public void DefaultRootNamespaceIsPy2CsGenerated()
        {
            var files = new AdditionalText[] { new InMemoryAdditionalText(GeneratorHarness.PathOf("tool.py"), "X = 1\n") };
            var (output, _, _) = GeneratorHarness.Run(files, null);
            Assert.NotNull(output.GetTypeByMetadataName("Py2Cs.Generated.tool"));
            Assert.NotNull(output.GetTypeByMetadataName("Py2Cs.Generated.tool_py"));
        }
    }
}
