using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Py2Cs.SourceGenerator.Model;
using Py2Cs.SourceGenerator.Pipeline;

namespace Py2Cs.SourceGenerator
{
    /// <summary>
    /// Transpiles the project's Python 2 files (AdditionalFiles ending in .py; the package's props map
    /// the <c>PythonSource</c> item group to them) into C# in the compilation: per module its
    /// implementation class and interop facade, plus a module registry and, when Py2CsEntryPoint asks
    /// for it, <c>Main</c>. Each file is transpiled on its own (see docs/source-generator.md), so an edit
    /// re-runs the front end and lowering for the edited file only.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class PythonSourceGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names of the steps (tests and benchmarks read them).</summary>
        public const string TranspileStep = "Py2Cs.Transpile";
        public const string SourceStep = "Py2Cs.Source";
        public const string SettingsStep = "Py2Cs.Settings";
        public const string ProgramStep = "Py2Cs.Program";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var pythonFiles = context.AdditionalTextsProvider
                .Where(t => t.Path.EndsWith(".py", StringComparison.OrdinalIgnoreCase));

            var entries = pythonFiles
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, _) =>
                {
                    pair.Right.GetOptions(pair.Left).TryGetValue("build_metadata.AdditionalFiles.PythonModule", out var moduleName);
                    return new PythonFileEntry(pair.Left.Path, moduleName);
                });

            var options = context.AnalyzerConfigOptionsProvider.Select((provider, _) => ReadOptions(provider.GlobalOptions));

            var table = entries.Collect()
                .Combine(options)
                .Select((pair, _) => ModuleNaming.Build(pair.Left, pair.Right.ProjectDirectory));

            var runtime = context.CompilationProvider.Select((compilation, _) => NativeModuleScanner.Scan(compilation));

            var settings = table.Combine(options).Combine(runtime)
                .Select((pair, _) => new TranspileSettings(pair.Left.Left.Modules, pair.Left.Right, pair.Right))
                .WithTrackingName(SettingsStep);

            var sources = pythonFiles
                .Select((text, cancellation) => new PythonFileInput(text.Path, text.GetText(cancellation)?.ToString()))
                .WithTrackingName(SourceStep);

            var transpiled = sources.Combine(settings)
                .Select((pair, cancellation) => FileTranspiler.Transpile(pair.Left, pair.Right, cancellation))
                .WithTrackingName(TranspileStep);

            context.RegisterSourceOutput(transpiled, EmitFile);

            var program = transpiled
                .Select((file, _) => file.Module)
                .Where(module => module != null)
                .Collect()
                .Combine(table).Combine(options).Combine(runtime)
                .Select((pair, _) => ProgramAssembler.Assemble(EquatableArray.From(pair.Left.Left.Left), pair.Left.Left.Right, pair.Left.Right, pair.Right))
                .WithTrackingName(ProgramStep);

            context.RegisterSourceOutput(program, EmitProgram);
        }

        private static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
        {
            string Get(string name) => global.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
            return new GeneratorOptions(
                Get("Py2CsRootNamespace") ?? GeneratorOptions.DefaultRootNamespace,
                Get("Py2CsEntryPoint") ?? "",
                Get("MSBuildProjectDirectory") ?? Get("ProjectDir"),
                string.Equals(Get("Py2CsLayOutCode"), "true", StringComparison.OrdinalIgnoreCase),
                string.Equals(Get("Py2CsReportDynamicDispatch"), "true", StringComparison.OrdinalIgnoreCase));
        }

        private static void EmitFile(SourceProductionContext context, TranspiledFile file)
        {
            foreach (var d in file.Diagnostics) context.ReportDiagnostic(d.ToDiagnostic());
            if (file.Code == null) return;
            context.AddSource(file.Module.ModuleName + ".g.cs", SourceText.From(file.Code, Encoding.UTF8));
            context.AddSource(file.Module.ModuleName + ".Interop.g.cs", SourceText.From(file.FacadeCode, Encoding.UTF8));
        }

        private static void EmitProgram(SourceProductionContext context, ProgramOutput program)
        {
            foreach (var d in program.Diagnostics) context.ReportDiagnostic(d.ToDiagnostic());
            if (program.RegistryCode != null)
                context.AddSource("PythonModules.g.cs", SourceText.From(program.RegistryCode, Encoding.UTF8));
            if (program.EntryPointCode != null)
                context.AddSource("PythonProgram.g.cs", SourceText.From(program.EntryPointCode, Encoding.UTF8));
        }
    }
}
