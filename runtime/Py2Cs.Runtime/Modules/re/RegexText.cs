using System;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>
    /// The bridge between Python string values and the engine's C# strings: a str is read as latin-1
    /// (one char per byte), and substrings are handed back as the input's own type.
    /// </summary>
    internal static class RegexText
    {
        // The last two str subjects converted on this thread: a program that runs several patterns over
        // each line (and over pieces of it in between) converts the line once. A str is immutable, so its
        // text cannot change.
        [ThreadStatic] private static PyStr recentStr, olderStr;
        [ThreadStatic] private static string recentText, olderText;

        private static string TextOf(PyStr s)
        {
            if (ReferenceEquals(s, recentStr)) return recentText;
            if (ReferenceEquals(s, olderStr)) return olderText;
            string text = s.ToString();
            olderStr = recentStr;
            olderText = recentText;
            recentStr = s;
            recentText = text;
            return text;
        }

        public static string Of(PyObject o) => o switch
        {
            PyStr s => TextOf(s),
            PyUnicode u => u.Value,
            PyByteArray b => PyStr.FromBytes(b.Data.ToArray()).ToString(),
            _ => throw Ops.TypeError("expected string or buffer"),
        };

        public static bool IsUnicode(PyObject o) => o is PyUnicode;

        /// <summary>string[start:end] of the original object's type.</summary>
        public static PyObject Slice(PyObject original, string text, int start, int end)
        {
            if (original is PyStr s) return PyStr.FromBytes(s.Bytes.Slice(start, end - start));
            if (original is PyUnicode) return PyUnicode.FromString(text.Substring(start, end - start));
            return PyStr.FromString(text.Substring(start, end - start));
        }

        /// <summary>A result built from pieces: unicode when any piece was unicode, else str.</summary>
        public static PyObject Make(string text, bool unicode) => unicode ? PyUnicode.FromString(text) : PyStr.FromString(text);

        public static PythonException ToPython(RegexError e) => e.Kind switch
        {
            RegexError.ErrorKind.IndexError => Ops.IndexError(e.Message),
            RegexError.ErrorKind.OverflowError => Ops.OverflowError(e.Message),
            RegexError.ErrorKind.AssertionError => Ops.AssertionError(e.Message),
            _ => Ops.Error(Py2Cs.Runtime.re.error, e.Message),
        };
    }
}
