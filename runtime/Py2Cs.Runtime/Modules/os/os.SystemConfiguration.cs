using System;
using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// os functions over libc that CPython's posixmodule.c exposes on Linux: sysconf/pathconf/confstr
/// and their name tables, statvfs, device numbers, the real/effective/saved ids, terminals and
/// pseudo-terminals, abort, tmpfile.
/// </summary>
public static unsafe partial class os
{
    public static readonly PyObject statvfs_result = StatvfsResultObject.TypeObject;
    public static PyObject sysconf_names => _sysconfNames ??= NameTable(OsConfNames.SysconfNames);
    public static PyObject pathconf_names => _pathconfNames ??= NameTable(OsConfNames.PathconfNames);
    public static PyObject confstr_names => _confstrNames ??= NameTable(OsConfNames.ConfstrNames);
    static PyDict _sysconfNames, _pathconfNames, _confstrNames;

    static PyDict NameTable((string Name, int Value)[] names)
    {
        var d = new PyDict();
        foreach (var (name, value) in names) d.SetItem(PyStr.FromString(name), PyInt.From(value));
        return d;
    }

    // posixmodule.c's conv_confname: an int as it is, a string through the table.
    static int ConfName(PyObject name, PyObject table)
    {
        if (name is PyInt or PyLong) return Ops.ToInt32(name);
        if (name is PyStr or PyUnicode)
        {
            var value = ((PyDict)table).Get(name is PyUnicode ? Ops.Str(name) : name);
            if (value == null) throw Ops.ValueError("unrecognized configuration name");
            return Ops.ToInt32(value);
        }
        throw Ops.TypeError("configuration names must be strings or integers");
    }

    public static long sysconf(PyObject name)
    {
        int n = ConfName(name, sysconf_names);
        System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
        long value = Libc.sysconf(n);
        if (value == -1 && Libc.Errno != 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
        return value;
    }

    public static long pathconf(PyObject path, PyObject name)
    {
        string p = P(path);
        int n = ConfName(name, pathconf_names);
        System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
        long value = Libc.pathconf(Libc.Path(p), n);
        if (value == -1 && Libc.Errno != 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno, p));
        return value;
    }

    public static long fpathconf(PyObject fd, PyObject name)
    {
        int f = Ops.ToInt32(fd);
        int n = ConfName(name, pathconf_names);
        System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
        long value = Libc.fpathconf(f, n);
        if (value == -1 && Libc.Errno != 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
        return value;
    }

    /// <summary>os.confstr: the string value, or None when the name has none.</summary>
    public static PyObject confstr(PyObject name)
    {
        int n = ConfName(name, confstr_names);
        var buffer = new byte[256];
        while (true)
        {
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
            nint length;
            fixed (byte* b = buffer) length = Libc.confstr(n, b, buffer.Length);
            if (length == 0)
            {
                if (Libc.Errno != 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
                return PyNone.None;
            }
            if (length <= buffer.Length) return PyStr.FromBytes(buffer.AsSpan(0, (int)length - 1).ToArray());
            buffer = new byte[length];
        }
    }

    public static PyObject statvfs(PyObject path)
    {
        string p = P(path);
        ulong* buffer = stackalloc ulong[16];
        if (Libc.statvfs(Libc.Path(p), buffer) != 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno, p));
        return StatvfsResult(buffer);
    }

    public static PyObject fstatvfs(PyObject fd)
    {
        int f = Ops.ToInt32(fd);
        ulong* buffer = stackalloc ulong[16];
        if (Libc.fstatvfs(f, buffer) != 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
        return StatvfsResult(buffer);
    }

    // struct statvfs on LP64 glibc: bsize, frsize, blocks, bfree, bavail, files, ffree, favail, fsid, flag, namemax.
    static PyObject StatvfsResult(ulong* b)
    {
        PyObject Field(int i) => b[i] <= long.MaxValue ? PyInt.From((long)b[i]) : new PyLong(b[i]);
        return new StatvfsResultObject(new[] { Field(0), Field(1), Field(2), Field(3), Field(4), Field(5), Field(6), Field(7), Field(9), Field(10) });
    }

    // glibc's gnu_dev_major/minor/makedev (dev_t is 64 bits; large values arrive as longs).
    static long DeviceNumber(PyObject device) => device is PyLong l ? (long)(ulong)(l.Value & ulong.MaxValue) : Ops.IndexToLong(device);

    public static long major(PyObject device) { ulong d = (ulong)DeviceNumber(device); return (long)(((d & 0xfff00UL) >> 8) | ((d & 0xfffff00000000000UL) >> 32)); }
    public static long minor(PyObject device) { ulong d = (ulong)DeviceNumber(device); return (long)((d & 0xffUL) | ((d & 0xffffff00000UL) >> 12)); }
    public static PyObject makedev(PyObject major, PyObject minor)
    {
        ulong ma = (uint)Ops.ToInt32(major), mi = (uint)Ops.ToInt32(minor);
        ulong d = ((ma & 0xfffUL) << 8) | ((ma & 0xfffff000UL) << 32) | (mi & 0xffUL) | ((mi & 0xffffff00UL) << 12);
        return d <= long.MaxValue ? PyInt.From((long)d) : new PyLong(d);
    }

    public static PyObject getresuid()
    {
        int r, e, s;
        if (Libc.getresuid(&r, &e, &s) != 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
        return PyTuple.Create(PyInt.From(r), PyInt.From(e), PyInt.From(s));
    }

    public static PyObject getresgid()
    {
        int r, e, s;
        if (Libc.getresgid(&r, &e, &s) != 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
        return PyTuple.Create(PyInt.From(r), PyInt.From(e), PyInt.From(s));
    }

    static void Checked(int result) { if (result != 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno)); }

    public static void setresuid(PyObject ruid, PyObject euid, PyObject suid) => Checked(Libc.setresuid(Ops.ToInt32(ruid), Ops.ToInt32(euid), Ops.ToInt32(suid)));
    public static void setresgid(PyObject rgid, PyObject egid, PyObject sgid) => Checked(Libc.setresgid(Ops.ToInt32(rgid), Ops.ToInt32(egid), Ops.ToInt32(sgid)));
    public static void setreuid(PyObject ruid, PyObject euid) => Checked(Libc.setreuid(Ops.ToInt32(ruid), Ops.ToInt32(euid)));
    public static void setregid(PyObject rgid, PyObject egid) => Checked(Libc.setregid(Ops.ToInt32(rgid), Ops.ToInt32(egid)));
    public static void seteuid(PyObject euid) => Checked(Libc.seteuid(Ops.ToInt32(euid)));
    public static void setegid(PyObject egid) => Checked(Libc.setegid(Ops.ToInt32(egid)));

    public static void setgroups(PyObject groups)
    {
        if (Ops.GetAttrOrNull(groups, PyStr.Intern("__len__")) == null || groups is PyStr)
            throw Ops.TypeError("setgroups argument must be a sequence");
        var list = new List<int>();
        foreach (var g in Ops.Enumerate(groups))
        {
            if (g is not (PyInt or PyLong)) throw Ops.TypeError("groups must be integers");
            list.Add(Ops.ToInt32(g));
        }
        if (list.Count > 65536) throw Ops.ValueError("too many groups");
        var array = list.ToArray();
        fixed (int* a = array) Checked(Libc.setgroups(array.Length, a));
    }

    public static void initgroups(PyObject username, PyObject gid) =>
        Checked(Libc.initgroups(Libc.Path(Ops.StrValue(username)), Ops.ToInt32(gid)));

    public static int tcgetpgrp(PyObject fd)
    {
        int pgrp = Libc.tcgetpgrp(Ops.ToInt32(fd));
        if (pgrp < 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
        return pgrp;
    }

    public static void tcsetpgrp(PyObject fd, PyObject pgid) => Checked(Libc.tcsetpgrp(Ops.ToInt32(fd), Ops.ToInt32(pgid)));

    /// <summary>os.ctermid: the name of the controlling terminal (glibc always says /dev/tty).</summary>
    public static PyObject ctermid()
    {
        byte* buffer = stackalloc byte[64];
        nint r = Libc.ctermid(buffer);
        if (r == 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
        int n = 0;
        while (buffer[n] != 0) n++;
        return PyStr.FromBytes(new ReadOnlySpan<byte>(buffer, n).ToArray());
    }

    public static PyObject openpty()
    {
        int master, slave;
        if (Libc.openpty(&master, &slave, 0, 0, 0) != 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
        return PyTuple.Create(PyInt.From(master), PyInt.From(slave));
    }

    /// <summary>os.forkpty: fork with the child on a new pseudo-terminal; (0, fd) in the child, (pid, master) in the parent.</summary>
    public static PyObject forkpty()
    {
        OpenFiles.SettleUnreferenced();
        SysModule.Stdout?.Flush();
        SysModule.Stderr?.Flush();
        int master;
        var mask = ForkableProcess.BlockAsynchronousSignals();
        int pid = Libc.forkpty(&master, 0, 0, 0);
        int errno = pid < 0 ? Libc.Errno : 0;
        if (pid == 0) ForkableProcess.BecomeChild();
        ForkableProcess.RestoreSignals(mask);
        if (pid < 0) throw OsErrors.ToPython(new OsFailure(errno));
        return PyTuple.Create(PyInt.From(pid), PyInt.From(master));
    }

    /// <summary>os.abort: SIGABRT at once, no cleanup.</summary>
    public static void abort() => Libc.abort();

    /// <summary>os.stat_float_times: stat times are always floats here (the Python 2.5+ default).</summary>
    public static bool stat_float_times(PyObject newval = null)
    {
        if (newval != null && newval is not PyNone && !Ops.IsTrue(newval))
            throw Ops.ValueError("stat_float_times(False) is not supported by py2cs: times are always floats");
        return true;
    }

    /// <summary>os.tmpfile: a new anonymous file opened "w+b" (unlinked at once, as C's tmpfile()).</summary>
    public static PyObject tmpfile()
    {
        string dir = System.IO.Path.GetTempPath();
        for (int attempt = 0; ; attempt++)
        {
            string path = System.IO.Path.Combine(dir, "tmpf" + Guid.NewGuid().ToString("N").Substring(0, 8));
            int fd = Libc.open(Libc.Path(path), OsConstants.O_RDWR | OsConstants.O_CREAT | OsConstants.O_EXCL, 0x180);
            if (fd < 0)
            {
                if (Libc.Errno == 17 && attempt < 100) continue;
                throw OsErrors.ToPython(new OsFailure(Libc.Errno));
            }
            Libc.unlink(Libc.Path(path));
            return PyFile.FromDescriptor(fd, PyStr.FromString("<tmpfile>"), "w+b");
        }
    }

    public static PyObject errno => Importer.ImportModule("errno");
    public static PyObject sys => Importer.ImportModule("sys");
}
