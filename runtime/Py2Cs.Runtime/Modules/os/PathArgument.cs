using System;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Paths as the os functions take them: a str is used byte for byte; a unicode path is encoded with
/// the file-system encoding (UTF-8). Results come back as str, or as unicode when the argument was.
/// </summary>
internal static class PathArgument
{
    public static string Bytes(PyObject path) => path switch
    {
        PyStr s => s.ToString(),
        PyUnicode u => Latin1Chars(Encoding.UTF8.GetBytes(u.Value)),
        _ => throw Ops.TypeError($"coercing to Unicode: need string or buffer, {path.TypeName} found"),
    };

    public static bool IsUnicode(PyObject path) => path is PyUnicode;

    /// <summary>A path result in the argument's kind: str, or unicode decoded from UTF-8 (str when undecodable, as CPython).</summary>
    public static PyObject Result(string bytes, bool unicode)
    {
        if (!unicode) return PyStr.FromString(bytes);
        var raw = new byte[bytes.Length];
        for (int i = 0; i < raw.Length; i++) raw[i] = (byte)bytes[i];
        try { return PyUnicode.FromString(new UTF8Encoding(false, true).GetString(raw)); }
        catch (DecoderFallbackException) { return PyStr.FromString(bytes); }
    }

    static string Latin1Chars(byte[] b)
    {
        var c = new char[b.Length];
        for (int i = 0; i < b.Length; i++) c[i] = (char)b[i];
        return new string(c);
    }
}

/// <summary>Turns a failed system call into the Python exception CPython raises for it.</summary>
internal static class OsErrors
{
    public static PythonException ToPython(OsFailure f, PyType type = null) =>
        Ops.EnvironmentError(type ?? PyExceptionTypes.OSError, f.Errno, f.Message, f.Filename == null ? null : PyStr.FromString(f.Filename));

    public static T Call<T>(Func<T> call, PyType type = null)
    {
        try { return call(); }
        catch (OsFailure f) { throw ToPython(f, type); }
    }

    public static void Call(Action call, PyType type = null)
    {
        try { call(); }
        catch (OsFailure f) { throw ToPython(f, type); }
    }
}
