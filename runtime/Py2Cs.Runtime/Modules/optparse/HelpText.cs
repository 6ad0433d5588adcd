using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.optparse
{
    /// <summary>
    /// The str/unicode type of optparse's help pieces: 2.7 builds them with % and "".join, so a piece made
    /// from a unicode help, description, heading or usage is unicode, and so is every join containing one
    /// (format_help returns unicode; print_help then encodes it for the file).
    /// </summary>
    internal static class HelpText
    {
        /// <summary>The text as unicode when any of the Python values it was made from is unicode, else str.</summary>
        public static PyObject Like(string text, params PyObject[] sources)
        {
            foreach (PyObject source in sources)
                if (source is PyUnicode) return PyUnicode.FromString(text);
            return PyStr.FromString(text);
        }

        /// <summary>separator.join(parts) with Python's promotion to unicode (and its UnicodeDecodeError).</summary>
        public static PyObject Join(string separator, IEnumerable<PyObject> parts) =>
            Ops.CallMethod(PyStr.FromString(separator), PyStr.Intern("join"), PyList.FromArray(new List<PyObject>(parts).ToArray()));
    }
}
