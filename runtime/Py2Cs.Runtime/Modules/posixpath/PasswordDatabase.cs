using System;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>An entry of the password database (getpwnam/getpwuid): what expanduser and getpass.getuser need.</summary>
internal sealed record PasswordEntry(string Name, int Uid, int Gid, string Home, string Shell);

internal static class PasswordDatabase
{
    public static PasswordEntry ByName(string name) => Read(Libc.getpwnam(Libc.Path(name)));
    public static PasswordEntry ByUid(int uid) => Read(Libc.getpwuid(uid));

    // struct passwd on Linux: name, passwd, uid+gid (one word), gecos, dir, shell; macOS has extra fields
    // (change, class, expire) between gid and gecos.
    static unsafe PasswordEntry Read(nint p)
    {
        if (p == 0) return null;
        nint* f = (nint*)p;
        int uid = *(int*)(p + 16), gid = *(int*)(p + 20);
        int dirIndex = OperatingSystem.IsMacOS() ? 6 : 4;
        return new PasswordEntry(Libc.CString(f[0]), uid, gid, Libc.CString(f[dirIndex]), Libc.CString(f[dirIndex + 1]));
    }
}
