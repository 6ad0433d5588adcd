namespace Py2Cs.Build.Tasks
{
    /// <summary>
    /// The PY codes under which py2cs diagnostics appear in MSBuild and compiler output, keyed by the
    /// CPython exception each diagnostic corresponds to. Stable: people suppress and search for them.
    /// </summary>
    public static class DiagnosticCodes
    {
        public static string For(string errorType)
        {
            switch (errorType)
            {
                case "SyntaxError": return "PY0001";
                case "IndentationError": return "PY0002";
                case "TabError": return "PY0003";
                case "ValueError": return "PY0004";      // a literal the parser rejects (bad \x escape)
                case "ImportError": return "PY0005";     // an import no .py or native module satisfies
                case "IOError": return "PY0006";         // a source file that cannot be read
                case "SystemError": return "PY0099";     // an internal error of the transpiler
                default: return "PY0001";
            }
        }
    }
}
