using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Py2Cs.Lowering.Driver;
using Py2Cs.Lowering.Interop;
using Py2Cs.SourceGenerator.Model;
using Py2Cs.Syntax.Text;
using PySourceText = Py2Cs.Syntax.Text.SourceText;
using PyDiagnostic = Py2Cs.Syntax.Diagnostics.Diagnostic;

namespace Py2Cs.SourceGenerator.Pipeline
{
    /// <summary>The per-file step: one .py file's text in, its generated C#, facade and diagnostics out.
    /// Depends only on the file and the <see cref="TranspileSettings"/>, so an edit to one file re-runs
    /// this for that file alone.</summary>
    internal static class FileTranspiler
    {
        public static TranspiledFile Transpile(PythonFileInput input, TranspileSettings settings, CancellationToken cancellation)
        {
            var entry = settings.Modules.FirstOrDefault(m => m.Path == input.Path);
            if (entry == null)   // a duplicate module name, reported once by the program step
                return new TranspiledFile(input.Path, null, null, null, EquatableArray<DiagnosticInfo>.Empty);

            byte[] bytes = Encode(input.Text ?? "", out string encodingProblem, out int problemLine);
            if (bytes == null)
            {
                var error = new DiagnosticInfo(PythonDiagnostics.SyntaxError.Id, encodingProblem, input.Path, 0, 0, problemLine - 1, 0, problemLine - 1, 0);
                return new TranspiledFile(input.Path, new ModuleInfo(entry.ModuleName, null, entry.IsPackage, entry.DisplayPath, false, false),
                    null, null, EquatableArray.From(new List<DiagnosticInfo> { error }));
            }
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
        /// Back to the file's bytes for the front end, which decodes them as CPython does. The compiler
        /// decoded the file as UTF-8, or with the project's <c>CodePage</c> when one is set; the Task
        /// front door decodes with the declared codec. So: no cookie or a UTF-8 one → UTF-8; any other
        /// codec the front end knows (latin-1, cp1252, iso-8859-15, koi8-r... through the code-page
        /// provider) → that codec, strictly. Text that codec cannot encode (U+FFFD where the compiler
        /// met bytes that are not UTF-8) cannot give CPython's bytes back: null and a message.
        /// </summary>
        internal static byte[] Encode(string text, out string problem, out int problemLine)
        {
            problem = null;
            problemLine = 1;
            string cookie = DeclaredEncoding.CookieOf(text, out _);
            Encoding declared = cookie == null || DeclaredEncoding.IsUtf8(cookie) ? null : DeclaredEncoding.ForCookie(cookie, out _);
            // No codec for the cookie: the front end reports it (PY0001 "encoding problem: x") from any bytes.
            if (declared == null) return new UTF8Encoding(false).GetBytes(text);
            var strict = (Encoding)declared.Clone();
            strict.EncoderFallback = EncoderFallback.ExceptionFallback;
            try
            {
                return strict.GetBytes(text);
            }
            catch (EncoderFallbackException e)
            {
                problemLine = 1;
                for (int k = 0; k < e.Index && k < text.Length; k++) if (text[k] == '\n') problemLine++;
                string project = "set the project's CodePage property to " + declared.CodePage + " (the compiler then reads the file as " + cookie +
                    "), build with Py2CsMode=Task, or save the file as UTF-8 with a utf-8 coding cookie";
                problem = e.CharUnknown == '\uFFFD'
                    ? "the file declares " + cookie + " but the compiler decoded it as UTF-8 and lost its other bytes; " + project
                    : "the compiler's text of the file has '\\u" + ((int)e.CharUnknown).ToString("x4") + "', which " + cookie + " (declared by the file) cannot encode; " + project;
                return null;
            }
        }
    }
}
