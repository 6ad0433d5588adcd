using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Py2Cs.Cli.Building;
using Py2Cs.Lowering.Driver;

namespace Py2Cs.Lowering.Tests.Compilation
{
    /// <summary>Compiles generated C# with Roslyn against the runtime assembly, with the CLI's own
    /// reference set and native-module list (loaded once per process), so the tests compile exactly
    /// what py2cs compiles.</summary>
    internal static class CSharpCompiler
    {
        public static string RuntimeAssemblyPath => RuntimeReferences.RuntimeAssemblyPath;

        /// <summary>The native module names: runtime types marked [PythonModule("name")].</summary>
        public static IReadOnlyList<string> NativeModules => NativeModuleCatalog.Names;

        public static CSharpCompilation Compile(TranspileResult result, string assemblyName)
        {
            var trees = new List<SyntaxTree>();
            var options = new CSharpParseOptions(LanguageVersion.Latest);
            foreach (var m in result.Modules)
                trees.Add(CSharpSyntaxTree.Create(m.Syntax, options, m.ModuleName + ".g.cs", System.Text.Encoding.UTF8));
            if (result.EntryPoint != null)
                trees.Add(CSharpSyntaxTree.Create(result.EntryPoint, options, "Program.g.cs", System.Text.Encoding.UTF8));
            return CSharpCompilation.Create(assemblyName, trees, RuntimeReferences.All,
                new CSharpCompilationOptions(result.EntryPoint != null ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    optimizationLevel: OptimizationLevel.Debug, nullableContextOptions: NullableContextOptions.Disable));
        }

        public static IReadOnlyList<Diagnostic> Errors(CSharpCompilation compilation)
            => compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }
}
