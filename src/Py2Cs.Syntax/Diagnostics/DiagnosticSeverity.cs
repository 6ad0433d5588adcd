namespace Py2Cs.Syntax.Diagnostics
{
    public enum DiagnosticSeverity
    {
        Error,
        Warning,
        Info,
    }
}
