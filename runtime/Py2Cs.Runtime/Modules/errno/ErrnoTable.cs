using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>
/// The errno names and numbers (Linux's, recorded from CPython) and the message text of each error:
/// libc's own strerror where there is a libc, so messages match what CPython prints on this system.
/// </summary>
internal static partial class ErrnoTable
{
    static Dictionary<string, int> _byName;
    static Dictionary<int, string> _errorCode;

    /// <summary>Every errno constant, aliases included (EWOULDBLOCK and EAGAIN both).</summary>
    public static IReadOnlyList<(string Name, int Number)> Constants => LinuxConstants;

    /// <summary>errno.errorcode in number order.</summary>
    public static IReadOnlyList<(int Number, string Name)> ErrorCode => LinuxErrorCode;

    public static int Number(string name)
    {
        if (_byName == null)
        {
            var d = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (n, v) in LinuxConstants) d[n] = v;
            _byName = d;
        }
        return _byName[name];
    }

    /// <summary>The symbolic name of an errno value ("ENOENT"), or null if it has none.</summary>
    public static string Name(int number)
    {
        if (_errorCode == null)
        {
            var d = new Dictionary<int, string>();
            foreach (var (v, n) in LinuxErrorCode) d[v] = n;
            _errorCode = d;
        }
        return _errorCode.TryGetValue(number, out var s) ? s : null;
    }

    /// <summary>os.strerror: libc's text ("No such file or directory", "Unknown error 200").</summary>
    public static unsafe string Message(int number)
    {
        if (Libc.IsPosix)
        {
            try { return Libc.CString(Libc.strerror(number)); }
            catch (DllNotFoundException) { }
            catch (EntryPointNotFoundException) { }
        }
        foreach (var (v, m) in LinuxMessages)
            if (v == number) return m;
        return "Unknown error " + number;
    }
}
