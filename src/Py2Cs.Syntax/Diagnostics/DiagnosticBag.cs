using System.Collections.Generic;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Diagnostics
{
    /// <summary>Collects diagnostics for one file; caps their number so garbage input stays bounded.</summary>
    public sealed class DiagnosticBag
    {
        public const int MaxErrors = 200;

        private readonly List<Diagnostic> _items = new List<Diagnostic>();
        private readonly SourceText _text;
        private int _errorCount;

        public DiagnosticBag(SourceText text)
        {
            _text = text;
        }

        public int ErrorCount => _errorCount;
        public bool IsFull => _errorCount >= MaxErrors;
        public IReadOnlyList<Diagnostic> Items => _items;

        public void Add(Diagnostic diagnostic)
        {
            if (diagnostic.IsError)
            {
                if (_errorCount >= MaxErrors) return;
                _errorCount++;
            }
            _items.Add(diagnostic);
        }

        public void Error(int offset, string message, string errorType = "SyntaxError")
            => Report(DiagnosticSeverity.Error, new TextSpan(offset, 0), message, errorType);

        public void Error(TextSpan span, string message, string errorType = "SyntaxError")
            => Report(DiagnosticSeverity.Error, span, message, errorType);

        public void Warning(TextSpan span, string message, string errorType = "SyntaxWarning")
            => Report(DiagnosticSeverity.Warning, span, message, errorType);

        /// <summary>An error reported on a line without a useful column (CPython gives no offset for these).</summary>
        public void LineError(int offset, string message, string errorType = "SyntaxError")
        {
            LinePosition position = _text.GetLinePosition(offset);
            Add(new Diagnostic(DiagnosticSeverity.Error, message, _text.Path, new TextSpan(offset, 0), position.Line, 0, errorType));
        }

        /// <summary>An error whose line and column follow CPython's own conventions for it.</summary>
        public void ErrorAt(TextSpan span, int line, int column, string message, string errorType = "SyntaxError")
            => Add(new Diagnostic(DiagnosticSeverity.Error, message, _text.Path, span, line, column, errorType));

        public bool HasErrorAt(int line)
        {
            foreach (Diagnostic d in _items)
                if (d.IsError && d.Line == line)
                    return true;
            return false;
        }

        private void Report(DiagnosticSeverity severity, TextSpan span, string message, string errorType)
        {
            LinePosition position = _text.GetLinePosition(span.Start);
            Add(new Diagnostic(severity, message, _text.Path, span, position.Line, position.Column, errorType));
        }
    }
}
