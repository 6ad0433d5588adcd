using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Py2Cs.Cli.Building
{
    /// <summary>
    /// Compiles generated C# syntax trees into an assembly image in memory: Release optimization and
    /// an embedded portable PDB, so the #line directives that point back at the .py files show up in
    /// .NET stack traces (which the runtime turns into Python tracebacks).
    /// </summary>
    public sealed class ProgramCompiler
    {
        public static readonly CSharpParseOptions ParseOptions =
            new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);

        public CompiledProgram Compile(string assemblyName, IEnumerable<SyntaxTree> trees, bool hasEntryPoint)
        {
            var options = new CSharpCompilationOptions(
                    hasEntryPoint ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
                .WithOptimizationLevel(OptimizationLevel.Release)
                .WithDeterministic(true)
                .WithNullableContextOptions(NullableContextOptions.Disable)
                .WithConcurrentBuild(true)
                // Generated code may use fixed/stackalloc fast paths and calls hidden by #line; a
                // warning never stops a Python program from running.
                .WithAllowUnsafe(true)
                .WithGeneralDiagnosticOption(ReportDiagnostic.Default);
            var compilation = CSharpCompilation.Create(assemblyName, trees, RuntimeReferences.All, options);
            using (var pe = new MemoryStream())
            {
                var result = compilation.Emit(pe, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
                var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                return new CompiledProgram(assemblyName, result.Success ? pe.ToArray() : null, errors);
            }
        }

        /// <summary>
        /// Wraps a generated compilation unit in a tree with a file path, so diagnostics and the PDB
        /// name a file even before #line directives redirect them to the .py source.
        /// </summary>
        public static SyntaxTree TreeFor(SyntaxNode root, string path)
        {
            return CSharpSyntaxTree.Create((CSharpSyntaxNode)root, ParseOptions, path, System.Text.Encoding.UTF8);
        }
    }
}
