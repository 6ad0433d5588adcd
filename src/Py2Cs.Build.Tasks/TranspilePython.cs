using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using Py2Cs.Lowering.Driver;
using Py2Cs.Syntax.Diagnostics;
using PyDiagnostic = Py2Cs.Syntax.Diagnostics.Diagnostic;

namespace Py2Cs.Build.Tasks
{
    /// <summary>
    /// Transpiles the project's Python modules (as named by <see cref="ResolvePythonModules"/>) to C#
    /// files on disk, and reports py2cs diagnostics in MSBuild's canonical format at their .py location
    /// (<c>scripts/tool.py(12,5): error PY0001: invalid syntax</c>). A file is rewritten only when its
    /// text changes, so an unchanged module does not make CoreCompile run again; C# files of modules
    /// that no longer exist are deleted.
    /// </summary>
    public sealed class TranspilePython : Task
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(false);

        /// <summary>Output of <see cref="ResolvePythonModules"/>: .py items with ModuleName, IsPackageInit, GeneratedFile.</summary>
        [Required]
        public ITaskItem[] Modules { get; set; }

        [Required]
        public string OutputDirectory { get; set; }

        public string RootNamespace { get; set; } = "Py2Cs.Generated";

        /// <summary>Module that becomes the program's entry point (Program.Main); empty for a library.</summary>
        public string EntryModule { get; set; }

        /// <summary>Emit <c>#line</c> directives so stack traces and debuggers show the .py lines.</summary>
        public bool EmitLineDirectives { get; set; } = true;

        public bool EmitComments { get; set; } = true;

        /// <summary>Every file written or left unchanged (for FileWrites and Compile).</summary>
        [Output]
        public ITaskItem[] GeneratedFiles { get; set; }

        public override bool Execute()
        {
            var files = new List<PythonSourceFile>();
            var generatedFileOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var displayPathOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in Modules ?? Array.Empty<ITaskItem>())
            {
                byte[] content;
                try
                {
                    content = File.ReadAllBytes(item.GetMetadata("FullPath"));
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    Log.LogError(null, DiagnosticCodes.For("IOError"), null, item.ItemSpec, 0, 0, 0, 0, "can't open file: {0}", e.Message);
                    continue;
                }
                string module = item.GetMetadata("ModuleName");
                bool isInit = string.Equals(item.GetMetadata("IsPackageInit"), "true", StringComparison.OrdinalIgnoreCase);
                // The generated #line directives and __file__ carry the full path: the compiler resolves a
                // relative #line path against the generated file's folder, and debuggers open it. Diagnostics
                // show the item's own (project-relative) spelling, as MSBuild prints other files.
                string fullPath = item.GetMetadata("FullPath");
                files.Add(new PythonSourceFile(fullPath, module, content, isInit));
                displayPathOf[fullPath] = item.ItemSpec;
                generatedFileOf[module] = item.GetMetadata("GeneratedFile");
            }
            if (Log.HasLoggedErrors)
                return false;

            var options = new TranspilerOptions
            {
                RootNamespace = string.IsNullOrWhiteSpace(RootNamespace) ? "Py2Cs.Generated" : RootNamespace.Trim(),
                EmitLineDirectives = EmitLineDirectives,
                EmitComments = EmitComments,
            };
            string entry = string.IsNullOrWhiteSpace(EntryModule) ? null : EntryModule.Trim();
            var result = new Transpiler(options).Transpile(files, entry);
            foreach (var diagnostic in result.Diagnostics)
                Report(diagnostic, displayPathOf);
            if (result.HasErrors)
                return false;

            Directory.CreateDirectory(OutputDirectory);
            var written = new List<string>();
            foreach (var module in result.Modules)
                written.Add(WriteIfChanged(generatedFileOf[module.ModuleName], TextOf(module.Syntax)));
            var initFlags = files.ToDictionary(f => f.ModuleName, f => f.IsPackageInit, StringComparer.Ordinal);
            if (result.Modules.Count > 0)
                written.Add(WriteIfChanged(Path.Combine(OutputDirectory, GeneratedSourceLayout.RegistrationFile),
                    ModuleRegistration.Source(options.RootNamespace, result.Modules.Select(m => (m, initFlags[m.ModuleName])))));
            if (result.EntryPoint != null)
                written.Add(WriteIfChanged(Path.Combine(OutputDirectory, GeneratedSourceLayout.EntryPointFile), TextOf(result.EntryPoint)));
            DeleteStaleFiles(written);
            GeneratedFiles = written.Select(p => (ITaskItem)new TaskItem(p)).ToArray();
            Log.LogMessage(MessageImportance.Normal, "py2cs: transpiled {0} Python module(s) to {1}", result.Modules.Count, OutputDirectory);
            return !Log.HasLoggedErrors;
        }

        private static string TextOf(SyntaxNode unit) => unit.NormalizeWhitespace(indentation: "    ", eol: "\n").ToFullString();

        private static string WriteIfChanged(string path, string text)
        {
            if (!File.Exists(path) || File.ReadAllText(path, Utf8NoBom) != text)
                File.WriteAllText(path, text, Utf8NoBom);
            return path;
        }

        // The output folder belongs to the task: a .cs there that this run did not produce came from a
        // module since removed or renamed, and would otherwise linger on disk.
        private void DeleteStaleFiles(List<string> written)
        {
            var keep = new HashSet<string>(written.Select(Path.GetFullPath), StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(OutputDirectory, "*.cs"))
            {
                if (keep.Contains(Path.GetFullPath(file))) continue;
                File.Delete(file);
                Log.LogMessage(MessageImportance.Low, "py2cs: deleted {0} (its module is gone)", file);
            }
        }

        // Line and column only, as `scripts/tool.py(12,5): error PY0001: invalid syntax`: CPython reports a
        // point, and a token span that ends on the next line (the NEWLINE token) would only confuse.
        private void Report(PyDiagnostic diagnostic, Dictionary<string, string> displayPathOf)
        {
            string path = diagnostic.Path != null && displayPathOf.TryGetValue(diagnostic.Path, out var shown) ? shown : diagnostic.Path;
            string code = DiagnosticCodes.For(diagnostic.ErrorType);
            if (diagnostic.IsError)
                Log.LogError(null, code, null, path, diagnostic.Line, diagnostic.Column, 0, 0, "{0}", diagnostic.Message);
            else if (diagnostic.Severity == Py2Cs.Syntax.Diagnostics.DiagnosticSeverity.Warning)
                Log.LogWarning(null, code, null, path, diagnostic.Line, diagnostic.Column, 0, 0, "{0}", diagnostic.Message);
            else
                Log.LogMessage(null, code, null, path, diagnostic.Line, diagnostic.Column, 0, 0, MessageImportance.Normal, "{0}", diagnostic.Message);
        }
    }
}
