using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// The libc calls behind pwd and grp: the reentrant getpwnam_r/getpwuid_r/getgrnam_r/getgrgid_r
/// (retried with a larger buffer on ERANGE, as posixmodule does) and the getpwent/getgrent walks.
/// Records are read from struct passwd / struct group as Linux lays them out; strings stay bytes.
/// </summary>
internal static unsafe partial class UserDatabase
{
    const string Lib = "libc";

    [LibraryImport(Lib, SetLastError = true)] private static partial int getpwnam_r(byte[] name, byte* pwd, byte* buf, nint size, nint* result);
    [LibraryImport(Lib, SetLastError = true)] private static partial int getpwuid_r(uint uid, byte* pwd, byte* buf, nint size, nint* result);
    [LibraryImport(Lib, SetLastError = true)] private static partial int getgrnam_r(byte[] name, byte* grp, byte* buf, nint size, nint* result);
    [LibraryImport(Lib, SetLastError = true)] private static partial int getgrgid_r(uint gid, byte* grp, byte* buf, nint size, nint* result);
    [LibraryImport(Lib)] private static partial void setpwent();
    [LibraryImport(Lib)] private static partial nint getpwent();
    [LibraryImport(Lib)] private static partial void endpwent();
    [LibraryImport(Lib)] private static partial void setgrent();
    [LibraryImport(Lib)] private static partial nint getgrent();
    [LibraryImport(Lib)] private static partial void endgrent();

    const int ERANGE = 34;
    // getpwent/getgrent share static storage: one walk at a time.
    static readonly object EntryWalk = new();

    public static PyObject PasswdByName(byte[] name) => Lookup((rec, buf, size, res) => getpwnam_r(name, rec, buf, size, res), Passwd);
    public static PyObject PasswdByUid(uint uid) => Lookup((rec, buf, size, res) => getpwuid_r(uid, rec, buf, size, res), Passwd);
    public static PyObject GroupByName(byte[] name) => Lookup((rec, buf, size, res) => getgrnam_r(name, rec, buf, size, res), Group);
    public static PyObject GroupByGid(uint gid) => Lookup((rec, buf, size, res) => getgrgid_r(gid, rec, buf, size, res), Group);

    public static PyList AllPasswd()
    {
        var list = new PyList();
        lock (EntryWalk)
        {
            setpwent();
            for (nint p; (p = getpwent()) != 0;) list.Append(Passwd(p));
            endpwent();
        }
        return list;
    }

    public static PyList AllGroups()
    {
        var list = new PyList();
        lock (EntryWalk)
        {
            setgrent();
            for (nint p; (p = getgrent()) != 0;) list.Append(Group(p));
            endgrent();
        }
        return list;
    }

    delegate int ReentrantCall(byte* record, byte* buffer, nint size, nint* result);

    static PyObject Lookup(ReentrantCall call, Func<nint, PyObject> read)
    {
        byte* record = stackalloc byte[128];
        for (int size = 1024; ; size *= 2)
        {
            var buffer = (byte*)NativeMemory.Alloc((nuint)size);
            try
            {
                nint result = 0;
                int rc = call(record, buffer, size, &result);
                if (rc == ERANGE && size < (1 << 24)) continue;
                return result == 0 ? null : read(result);
            }
            finally { NativeMemory.Free(buffer); }
        }
    }

    // struct passwd (Linux): pw_name, pw_passwd, pw_uid, pw_gid (4 bytes each), pw_gecos, pw_dir, pw_shell.
    static PyObject Passwd(nint p)
    {
        nint* f = (nint*)p;
        return pwd.Entry(Bytes(f[0]), Bytes(f[1]), *(uint*)(p + 16), *(uint*)(p + 20), Bytes(f[3]), Bytes(f[4]), Bytes(f[5]));
    }

    // struct group (Linux): gr_name, gr_passwd, gr_gid (padded to 8), gr_mem (NULL-terminated array).
    static PyObject Group(nint p)
    {
        nint* f = (nint*)p;
        var members = new PyList();
        nint* mem = (nint*)f[3];
        if (mem != null)
            for (int i = 0; mem[i] != 0; i++) members.Append(Bytes(mem[i]));
        return grp.Entry(Bytes(f[0]), Bytes(f[1]), *(uint*)(p + 16), members);
    }

    static PyStr Bytes(nint p) => PyStr.FromString(Libc.CString(p) ?? "");

    /// <summary>A uid/gid as CPython's _PyInt_FromUid gives it (an int; uid_t is unsigned).</summary>
    public static PyObject Id(uint id) => PyInt.From((long)id);

    /// <summary>_Py_Uid_Converter/_Py_Gid_Converter: -1 wraps to the all-ones id; other negatives and
    /// values above the id range raise OverflowError (which pwd turns into KeyError).</summary>
    public static uint ToId(PyObject o, string kind)
    {
        if (o is PyFloat) throw Ops.TypeError("integer argument expected, got float");
        BigInteger v = o switch
        {
            PyInt i => i.Value,
            PyLong l => l.Value,
            _ => Ops.ToBigInteger(o.Index() ?? throw Ops.TypeError("an integer is required")),
        };
        if (v == -1) return uint.MaxValue;
        if (v < 0) throw Ops.OverflowError($"{kind} id is less than minimum");
        if (v > uint.MaxValue) throw Ops.OverflowError($"{kind} id is greater than maximum");
        return (uint)v;
    }
}
