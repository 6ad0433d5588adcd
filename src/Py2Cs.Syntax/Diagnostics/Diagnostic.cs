using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Diagnostics
{
    /// <summary>
    /// One problem in a source file, worded like CPython 2.7. Line and Column are 1-based; Column counts
    /// characters of the decoded line (CPython's SyntaxError.offset counts bytes of the UTF-8 line, so the
    /// two agree on ASCII lines).
    /// </summary>
    public sealed class Diagnostic
    {
        public Diagnostic(DiagnosticSeverity severity, string message, string path, TextSpan span, int line, int column,
            string errorType = "SyntaxError")
        {
            Severity = severity;
            Message = message;
            Path = path;
            Span = span;
            Line = line;
            Column = column;
            ErrorType = errorType;
        }

        public DiagnosticSeverity Severity { get; }
        public string Message { get; }
        public string Path { get; }
        public TextSpan Span { get; }
        public int Line { get; }
        public int Column { get; }

        /// <summary>The CPython exception this corresponds to: SyntaxError, IndentationError or TabError.</summary>
        public string ErrorType { get; }

        public bool IsError => Severity == DiagnosticSeverity.Error;

        public override string ToString()
            => Path + ":" + Line + ":" + Column + ": " + SeverityText(Severity) + ": " + Message;

        internal static string SeverityText(DiagnosticSeverity severity)
            => severity == DiagnosticSeverity.Error ? "error" : severity == DiagnosticSeverity.Warning ? "warning" : "info";
    }
}
