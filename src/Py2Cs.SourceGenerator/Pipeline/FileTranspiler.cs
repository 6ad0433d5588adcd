using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Py2Cs.Lowering.Driver;
using Py2Cs.Lowering.Interop;
using Py2Cs.SourceGenerator.Model;
using PySourceText = Py2Cs.Syntax.Text.SourceText;
using PyDiagnostic = Py2Cs.Syntax.Diagnostics.Diagnostic;

namespace Py2Cs.SourceGenerator.Pipeline
{
    /// <summary>The per-file step: one .py file's text in, its generated C#, facade and diagnostics out.
    /// Depends only on the file and the <see cref="TranspileSettings"/>, so an edit to one file re-runs
    /// this for that file alone.</summary>
    internal static class FileTranspiler
    {
        private static readonly Regex CodingCookie = new Regex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", RegexOptions.CultureInvariant);

        public static TranspiledFile Transpile(PythonFileInput input, TranspileSettings settings, CancellationToken cancellation)
        {
            var entry = settings.Modules.FirstOrDefault(m => m.Path == input.Path);
            if (entry == null)   // a duplicate module name, reported once by the program step
                return new TranspiledFile(input.Path, null, null, null, EquatableArray<DiagnosticInfo>.Empty);

            byte[] bytes = Encode(input.Text ?? "");
            var file = new PythonSourceFile(entry.DisplayPath, entry.ModuleName, bytes, entry.IsPackage);
            var options = new TranspilerOptions
            {
                RootNamespace = settings.Options.RootNamespace,
                NativeModules = settings.Runtime.NativeModules.Items,
                EmitLineDirectives = true,
                LayOutWhitespace = false,
            };
            var known = new HashSet<string>(settings.Modules.Select(m => m.ModuleName), StringComparer.Ordinal);
            cancellation.ThrowIfCancellationRequested();
            var result = new Transpiler(options).TranspileModule(file, known);
            cancellation.ThrowIfCancellationRequested();

            var text = PySourceText.FromBytes(bytes, entry.DisplayPath);
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var d in result.Diagnostics)
                diagnostics.Add(ToInfo(d, IdFor(d, result.Stage), input.Path, text));
            if (settings.Options.ReportDynamicDispatch)
                foreach (var d in result.DynamicDispatchSites)
                    diagnostics.Add(ToInfo(d, PythonDiagnostics.DynamicDispatch.Id, input.Path, text));
            if (result.Syntax != null)
            {
                var resolver = new ModuleSetResolver(known, new HashSet<string>(settings.Runtime.NativeModules, StringComparer.Ordinal));
                foreach (var d in resolver.UnresolvedImports(file, result.Syntax, text))
                    diagnostics.Add(ToInfo(d, PythonDiagnostics.UnresolvedImport.Id, input.Path, text));
            }

            bool ok = !result.HasErrors && result.Module != null;
            string code = null, facade = null;
            if (ok)
            {
                code = settings.Options.LayOutCode
                    ? result.Module.Syntax.NormalizeWhitespace(indentation: "    ", eol: "\n").ToFullString()
                    : CompactCSharpWriter.Write(result.Module.Syntax);
                var submodules = settings.Modules
                    .Where(m => m.ModuleName.StartsWith(entry.ModuleName + ".", StringComparison.Ordinal))
                    .Select(m => m.ModuleName.Substring(entry.ModuleName.Length + 1).Split('.')[0])
                    .Distinct();
                facade = ModuleFacadeWriter.Write(settings.Options.RootNamespace, entry.ModuleName, entry.DisplayPath, result.Syntax,
                    ProgramRegistryWriter.RegistryClass, submodules);
            }
            var module = new ModuleInfo(entry.ModuleName, ok ? result.Module.ClassName : null, entry.IsPackage, entry.DisplayPath,
                MainGuardDetector.HasMainGuard(result.Syntax), ok);
            return new TranspiledFile(input.Path, module, code, facade, EquatableArray.From(diagnostics));
        }

        private static string IdFor(PyDiagnostic d, TranspileStage stage)
        {
            if (!d.IsError) return PythonDiagnostics.PythonWarning.Id;
            if (d.ErrorType == "SystemError") return PythonDiagnostics.InternalError.Id;
            return stage == TranspileStage.Parsing ? PythonDiagnostics.SyntaxError.Id : PythonDiagnostics.NotTranslatable.Id;
        }

        /// <summary>Roslyn counts lines and columns from 0, py2cs (like CPython) from 1.</summary>
        private static DiagnosticInfo ToInfo(PyDiagnostic d, string id, string path, PySourceText text)
        {
            int line = Math.Max(d.Line, 1) - 1;
            int column = Math.Max(d.Column, 1) - 1;
            int start = Math.Max(0, Math.Min(d.Span.Start, text.Length));
            int length = Math.Max(0, Math.Min(d.Span.Length, text.Length - start));
            int endLine = line, endColumn = column;
            if (length > 0)
            {
                var end = text.GetLinePosition(start + length);
                if (end.Line - 1 > line || end.Line - 1 == line && end.Column - 1 >= column)
                {
                    endLine = end.Line - 1;
                    endColumn = end.Column - 1;
                }
            }
            return new DiagnosticInfo(id, d.Message, path, start, length, line, column, endLine, endColumn);
        }

        /// <summary>
        /// Back to bytes for the front end, which decodes as CPython does (coding cookie, else ASCII).
        /// The compiler has already decoded the file; a Latin-1 cookie gets Latin-1 bytes back, anything
        /// else UTF-8 (the encoding Python 2 sources declare almost always).
        /// </summary>
        internal static byte[] Encode(string text)
        {
            int lineCount = 0;
            foreach (var line in text.Split('\n'))
            {
                if (++lineCount > 2) break;
                var match = CodingCookie.Match(line);
                if (!match.Success) continue;
                string name = match.Groups[1].Value.ToLowerInvariant().Replace('_', '-');
                if (name == "latin-1" || name == "latin1" || name == "iso-8859-1" || name == "iso8859-1" || name.StartsWith("iso-latin-1"))
                    return Encoding.GetEncoding(28591).GetBytes(text);
                break;
            }
            return new UTF8Encoding(false).GetBytes(text);
        }
    }
}
