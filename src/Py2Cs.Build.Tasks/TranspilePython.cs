using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Py2Cs.SourceGenerator;

namespace Py2Cs.Build.Tasks
{
    /// <summary>
    /// The MSBuild front door: runs the py2cs source generator (the other front door) over the
    /// project's <c>PythonSource</c> items outside the compiler and writes what it generates to disk
    /// — per module the implementation (<c>MODULE.g.cs</c>) and the interop facade
    /// (<c>MODULE.Interop.g.cs</c>), the registry <c>PythonModules.g.cs</c> and, with an entry point,
    /// <c>PythonProgram.g.cs</c>. Both doors therefore name modules, report PY diagnostics and shape
    /// the C# identically (docs/source-generator.md). Diagnostics go to MSBuild in canonical form at
    /// their .py location (<c>scripts/tool.py(12,5): error PY0001: invalid syntax</c>).
    /// </summary>
    public sealed class TranspilePython : Task
    {
        /// <summary>The .py files, with optional <c>PythonModule</c> metadata (dotted module name).</summary>
        [Required]
        public ITaskItem[] Sources { get; set; }

        /// <summary>The project's resolved references (@(ReferencePath)): the generator checks that
        /// Py2Cs.Runtime is among them and reads the native module names from it.</summary>
        public ITaskItem[] References { get; set; }

        [Required]
        public string OutputDirectory { get; set; }

        /// <summary>Where the list of written files goes (read back when the transpilation is up to date).</summary>
        [Required]
        public string ManifestFile { get; set; }

        public string RootNamespace { get; set; }

        /// <summary>Py2CsEntryPoint: empty or false, true (the module with a __main__ guard), or a module name.</summary>
        public string EntryPoint { get; set; }

        /// <summary>Py2CsLayOutCode: indented C# as `py2cs convert` writes it (default here, the files are
        /// for people to read), else the generator's compact form.</summary>
        public bool LayOutCode { get; set; } = true;

        /// <summary>Py2CsReportDynamicDispatch: PY0100 warnings where the lowering falls back to dynamic dispatch.</summary>
        public bool ReportDynamicDispatch { get; set; }

        [Output]
        public ITaskItem[] GeneratedFiles { get; set; }

        public override bool Execute()
        {
            var texts = new List<AdditionalText>();
            var shownAs = new Dictionary<string, string>(StringComparer.Ordinal);
            var options = new BuildPropertyOptions(new Dictionary<string, string>
            {
                ["Py2CsRootNamespace"] = RootNamespace ?? "",
                ["Py2CsEntryPoint"] = EntryPoint ?? "",
                ["Py2CsLayOutCode"] = LayOutCode ? "true" : "false",
                ["Py2CsReportDynamicDispatch"] = ReportDynamicDispatch ? "true" : "false",
                // No project directory: the generator then puts full paths in #line directives, which
                // the compiler resolves against the generated file's folder on disk (obj/...), where a
                // project-relative path would not be found.
                ["MSBuildProjectDirectory"] = "",
            });
            foreach (var item in Sources ?? Array.Empty<ITaskItem>())
            {
                string fullPath = item.GetMetadata("FullPath");
                try
                {
                    texts.Add(new PythonAdditionalText(fullPath));
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    Log.LogError(null, "PY0004", null, item.ItemSpec, 0, 0, 0, 0, "cannot read {0}: {1}", item.ItemSpec, e.Message);
                    continue;
                }
                shownAs[fullPath] = item.ItemSpec;
                options.SetModuleName(fullPath, item.GetMetadata("PythonModule"));
            }
            if (Log.HasLoggedErrors)
                return false;

            var compilation = CSharpCompilation.Create("Py2CsTranspilePython",
                references: (References ?? Array.Empty<ITaskItem>()).Select(r => MetadataReference.CreateFromFile(r.GetMetadata("FullPath"))),
                options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new PythonSourceGenerator().AsSourceGenerator() },
                additionalTexts: texts,
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                optionsProvider: options);
            var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
            if (result.Exception != null)
            {
                Log.LogError(null, "PY0004", null, null, 0, 0, 0, 0, "internal error in the py2cs source generator: {0}", result.Exception);
                return false;
            }
            foreach (var diagnostic in result.Diagnostics)
                Report(diagnostic, shownAs);
            if (Log.HasLoggedErrors)
                return false;

            var folder = new GeneratedSourceFolder(OutputDirectory);
            foreach (var source in result.GeneratedSources)
                folder.Write(source.HintName, source.SourceText.ToString());
            foreach (var stale in folder.DeleteOthers())
                Log.LogMessage(MessageImportance.Low, "py2cs: deleted {0} (its module is gone)", stale);
            File.WriteAllLines(ManifestFile, folder.Written);
            GeneratedFiles = folder.Written.Select(p => (ITaskItem)new TaskItem(p)).ToArray();
            Log.LogMessage(MessageImportance.Normal, "py2cs: transpiled {0} Python file(s) into {1} C# file(s) in {2}",
                texts.Count, folder.Written.Count, OutputDirectory);
            return true;
        }

        // The .py path as the project spells it (scripts/tool.py), as MSBuild shows other project files.
        private void Report(Diagnostic diagnostic, Dictionary<string, string> shownAs)
        {
            string file = null;
            int line = 0, column = 0;
            if (diagnostic.Location.Kind == LocationKind.ExternalFile || diagnostic.Location.Kind == LocationKind.SourceFile)
            {
                var span = diagnostic.Location.GetLineSpan();
                file = shownAs.TryGetValue(span.Path, out var shown) ? shown : span.Path;
                line = span.StartLinePosition.Line + 1;
                column = span.StartLinePosition.Character + 1;
            }
            string message = diagnostic.GetMessage();
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error:
                    Log.LogError(null, diagnostic.Id, null, file, line, column, 0, 0, "{0}", message);
                    break;
                case DiagnosticSeverity.Warning:
                    Log.LogWarning(null, diagnostic.Id, null, file, line, column, 0, 0, "{0}", message);
                    break;
                default:
                    Log.LogMessage(null, diagnostic.Id, null, file, line, column, 0, 0, MessageImportance.Normal, "{0}", message);
                    break;
            }
        }
    }
}
