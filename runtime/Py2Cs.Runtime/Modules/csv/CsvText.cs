using System;

namespace Py2Cs.Runtime.Modules.csv
{
    /// <summary>The bytes _csv.c reads from a str or unicode (PyString_AsString: unicode goes through the
    /// default encoding, ASCII).</summary>
    internal static class CsvText
    {
        /// <summary>PyInt_AsLong of an int or long (OverflowError past a C long).</summary>
        public static long AsCLong(PyObject o)
        {
            if (o is PyInt i) return i.Value;
            var big = ((PyLong)o).Value;
            if (big < long.MinValue || big > long.MaxValue) throw Ops.OverflowError("Python int too large to convert to C long");
            return (long)big;
        }

        public static ReadOnlySpan<byte> BytesOf(PyObject o) => o switch
        {
            PyStr s => s.Bytes,
            PyUnicode u => u.EncodeAscii().Bytes,
            _ => throw Ops.TypeError($"expected string or Unicode object, {o.TypeName} found"),
        };
    }
}
