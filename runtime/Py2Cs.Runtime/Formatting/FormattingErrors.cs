using System;

namespace Py2Cs.Runtime.Formatting
{
    /// <summary>The Python exceptions formatting raises, built in one place.</summary>
    internal static class FormattingErrors
    {
        public static Exception Value(string message) => new InvalidOperationException("ValueError: " + message);
        public static Exception Overflow(string message) => new InvalidOperationException("OverflowError: " + message);
        public static Exception Type(string message) => new InvalidOperationException("TypeError: " + message);
        public static Exception Key(string message) => new InvalidOperationException("KeyError: " + message);
        public static Exception Index(string message) => new InvalidOperationException("IndexError: " + message);
    }
}
