using System;

namespace Py2Cs.Runtime;

/// <summary>
/// A failed system call: errno and the file name(s) involved, before it becomes the Python OSError
/// or IOError (whose message CPython formats as "[Errno 2] No such file or directory: 'x'").
/// </summary>
internal sealed class OsFailure : Exception
{
    public int Errno { get; }
    /// <summary>The path as a byte string (one char per byte), or null when the call had none.</summary>
    public string Filename { get; }

    public OsFailure(int errno, string filename = null) : base(ErrnoTable.Message(errno))
    {
        Errno = errno;
        Filename = filename;
    }

    /// <summary>CPython's str() of the resulting exception.</summary>
    public string PythonText => Filename == null
        ? $"[Errno {Errno}] {Message}"
        : $"[Errno {Errno}] {Message}: {PythonRepr(Filename)}";

    /// <summary>repr() of a byte string, as EnvironmentError.__str__ shows the file name.</summary>
    public static string PythonRepr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new System.Text.StringBuilder().Append(quote);
        foreach (char c in s)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < ' ' || c >= 0x7f) sb.Append($"\\x{(int)c:x2}");
            else sb.Append(c);
        }
        return sb.Append(quote).ToString();
    }
}
