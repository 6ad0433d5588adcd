using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Py2Cs.Lowering.Driver;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli.Building
{
    /// <summary>Diagnostics as <c>py2cs check</c> prints them: file:line:col: error: message, the line, a caret.</summary>
    public static class DiagnosticReport
    {
        public static string Format(IEnumerable<Diagnostic> diagnostics, IEnumerable<PythonSourceFile> sources)
        {
            var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
            foreach (var source in sources)
                texts[source.Path] = null;
            var lookup = sources.ToDictionary(s => s.Path, s => s, StringComparer.Ordinal);
            var lines = new List<string>();
            foreach (var diagnostic in diagnostics)
            {
                SourceText text = null;
                if (diagnostic.Path != null && lookup.TryGetValue(diagnostic.Path, out var source))
                {
                    text = texts[diagnostic.Path] ?? (texts[diagnostic.Path] = SourceText.FromBytes(source.Content, source.Path));
                }
                else if (diagnostic.Path != null && File.Exists(diagnostic.Path))
                {
                    text = SourceText.FromBytes(File.ReadAllBytes(diagnostic.Path), diagnostic.Path);
                }
                lines.Add(DiagnosticFormatter.Format(diagnostic, text));
            }
            return string.Join("\n", lines);
        }
    }
}
