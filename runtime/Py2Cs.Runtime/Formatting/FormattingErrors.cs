namespace Py2Cs.Runtime.Formatting
{
    /// <summary>The Python exceptions formatting raises, built in one place.</summary>
    internal static class FormattingErrors
    {
        public static PythonException Value(string message) => Ops.ValueError(message);
        public static PythonException Overflow(string message) => Ops.OverflowError(message);
        public static PythonException Type(string message) => Ops.TypeError(message);
        public static PythonException KeyError(PyObject key) => Ops.KeyError(key);
        public static PythonException Index(string message) => Ops.IndexError(message);
    }
}
