using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Py2Cs.SourceGenerator.Model
{
    /// <summary>A diagnostic as plain data (Roslyn's Diagnostic and Location are not equatable and must
    /// not travel through the pipeline); turned into a Roslyn diagnostic only when reported.</summary>
    internal sealed record DiagnosticInfo(string Id, string Message, string Path, int Start, int Length,
        int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        /// <summary>Zero-based lines and columns, as Roslyn counts.</summary>
        public Diagnostic ToDiagnostic()
        {
            var descriptor = PythonDiagnostics.ById(Id);
            var location = Path == null
                ? Location.None
                : Location.Create(Path, new TextSpan(Start, Length),
                    new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
            return Diagnostic.Create(descriptor, location, Message);
        }

        public static DiagnosticInfo Unlocated(string id, string message) => new DiagnosticInfo(id, message, null, 0, 0, 0, 0, 0, 0);
    }
}
