using System.Text;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Diagnostics
{
    /// <summary>Renders a diagnostic as <c>file:line:col: error: message</c>, the source line, and a caret under the column.</summary>
    public static class DiagnosticFormatter
    {
        public static string Format(Diagnostic diagnostic, SourceText text)
        {
            var builder = new StringBuilder();
            builder.Append(diagnostic.Path).Append(':').Append(diagnostic.Line).Append(':').Append(diagnostic.Column)
                .Append(": ").Append(Diagnostic.SeverityText(diagnostic.Severity)).Append(": ").Append(diagnostic.Message);
            if (text == null || diagnostic.Line < 1 || diagnostic.Line > text.LineCount)
                return builder.ToString();
            string line = text.GetLineText(diagnostic.Line);
            if (line.Length > 400)
                return builder.ToString();
            builder.Append('\n').Append(line);
            if (diagnostic.Column >= 1)
            {
                builder.Append('\n');
                // Keep tabs so the caret lines up however the terminal expands them.
                int column = System.Math.Min(diagnostic.Column - 1, line.Length);
                for (int i = 0; i < column; i++)
                    builder.Append(line[i] == '\t' ? '\t' : ' ');
                builder.Append('^');
            }
            return builder.ToString();
        }
    }
}
