using System;

namespace Py2Cs.Runtime;

/// <summary>
/// A failure of the struct codec, worded as CPython's _struct module words it. Most are
/// <c>struct.error</c>; a few (float overflow, pointer overflow) are <c>OverflowError</c>, and
/// a layout too big to hold is <c>MemoryError</c>.
/// The Python-facing <c>struct</c> module turns it into the Python exception.
/// </summary>
internal sealed class StructFailure : Exception
{
    /// <summary>"error" (struct.error), "OverflowError" or "MemoryError".</summary>
    public string PythonType { get; }

    public StructFailure(string message, string pythonType = "error") : base(message)
    {
        PythonType = pythonType;
    }
}
