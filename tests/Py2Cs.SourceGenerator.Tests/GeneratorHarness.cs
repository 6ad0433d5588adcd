using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Py2Cs.Cli.Building;

namespace Py2Cs.SourceGenerator.Tests
{
    /// <summary>Runs the generator the way the compiler does: a C# compilation referencing the runtime,
    /// .py files as AdditionalFiles, MSBuild properties and item metadata as analyzer config options.</summary>
    public sealed class GeneratorHarness
    {
        /// <summary>The project directory the tests pretend to build in (paths in tracebacks are relative to it).</summary>
        public const string ProjectDirectory = "/project";

        public static string PathOf(string relative) => ProjectDirectory + "/" + relative;

        public static CSharpCompilation Compilation(IEnumerable<string> csharpSources, bool executable = false)
        {
            var trees = (csharpSources ?? Enumerable.Empty<string>())
                .Select((text, i) => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path: "Caller" + i + ".cs"));
            return CSharpCompilation.Create("GeneratedProject" + Guid.NewGuid().ToString("N"), trees, RuntimeReferences.All,
                new CSharpCompilationOptions(executable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    allowUnsafe: true, nullableContextOptions: NullableContextOptions.Disable));
        }

        public static Dictionary<string, string> Properties(params (string Name, string Value)[] extra)
        {
            var properties = new Dictionary<string, string> { ["MSBuildProjectDirectory"] = ProjectDirectory };
            foreach (var (name, value) in extra) properties[name] = value;
            return properties;
        }

        public static GeneratorDriver Driver(IEnumerable<AdditionalText> pythonFiles, TestOptionsProvider options = null, bool track = false)
        {
            return CSharpGeneratorDriver.Create(
                new[] { new PythonSourceGenerator().AsSourceGenerator() },
                pythonFiles,
                new CSharpParseOptions(LanguageVersion.Latest),
                options ?? new TestOptionsProvider(Properties()),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
        }

        /// <summary>Runs the generator once: the compilation with the generated C#, and the generator's diagnostics.</summary>
        public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriver Driver) Run(
            IEnumerable<AdditionalText> pythonFiles, IEnumerable<string> csharpSources, TestOptionsProvider options = null, bool executable = false)
        {
            var driver = Driver(pythonFiles, options);
            driver = driver.RunGeneratorsAndUpdateCompilation(Compilation(csharpSources, executable), out var output, out var diagnostics);
            return (output, diagnostics, driver);
        }

        /// <summary>The .py files of a test project folder (Projects/NAME/scripts/...), under the pretend project directory.</summary>
        public static List<AdditionalText> PythonFilesOf(string projectFolder)
        {
            var root = Path.Combine(AppContext.BaseDirectory, "Projects", projectFolder);
            return Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
                .Where(p => !Path.GetFileName(p).Equals("record.py", StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (AdditionalText)new InMemoryAdditionalText(PathOf(Path.GetRelativePath(root, p).Replace('\\', '/')), File.ReadAllText(p)))
                .ToList();
        }

        public static string ProjectFile(string projectFolder, string name)
            => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Projects", projectFolder, name));

        public static string Errors(IEnumerable<Diagnostic> diagnostics)
            => string.Join("\n", diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }
}
