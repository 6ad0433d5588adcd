using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

public static partial class os
{
    public static int getpid() => Libc.getpid();
    public static int getppid() => Libc.getppid();
    public static int getuid() => Libc.getuid();
    public static int geteuid() => Libc.geteuid();
    public static int getgid() => Libc.getgid();
    public static int getegid() => Libc.getegid();
    public static int getpgrp() => Libc.getpgrp();
    public static PyObject getlogin() => PyStr.FromString(OsErrors.Call(PosixCalls.GetLogin));
    public static int getpgid(PyObject pid) { int p = Ops.ToInt32(pid); return OsErrors.Call(() => PosixCalls.GetPgid(p)); }
    public static int getsid(PyObject pid) { int p = Ops.ToInt32(pid); return OsErrors.Call(() => PosixCalls.GetSid(p)); }
    public static int setsid() => OsErrors.Call(PosixCalls.SetSid);
    public static void setpgrp() => OsErrors.Call(() => PosixCalls.Check(Libc.setpgid(0, 0)));
    public static void setpgid(PyObject pid, PyObject pgrp) { int a = Ops.ToInt32(pid), b = Ops.ToInt32(pgrp); OsErrors.Call(() => PosixCalls.SetPgid(a, b)); }
    public static void setuid(PyObject uid) { int u = Ops.ToInt32(uid); OsErrors.Call(() => PosixCalls.SetUid(u)); }
    public static void setgid(PyObject gid) { int g = Ops.ToInt32(gid); OsErrors.Call(() => PosixCalls.SetGid(g)); }
    public static int nice(PyObject increment) { int i = Ops.ToInt32(increment); return OsErrors.Call(() => PosixCalls.Nice(i)); }

    public static PyObject getgroups()
    {
        var list = new PyList();
        foreach (int g in OsErrors.Call(PosixCalls.GetGroups)) list.Append(PyInt.From(g));
        return list;
    }

    public static void kill(PyObject pid, PyObject sig)
    {
        int p = Ops.ToInt32(pid), s = Ops.ToInt32(sig);
        // A signal sent to this process runs its Python handler before kill returns (docs/threading.md).
        SignalDelivery.Kill(p, s, () => OsErrors.Call(() => PosixCalls.Kill(p, s)));
    }
    public static void killpg(PyObject pgid, PyObject sig) { int p = Ops.ToInt32(pgid), s = Ops.ToInt32(sig); OsErrors.Call(() => PosixCalls.KillPg(p, s)); }

    public static PyObject uname()
    {
        var parts = OsErrors.Call(PosixCalls.Uname);
        return PyTuple.Create(Array.ConvertAll(parts, p => (PyObject)PyStr.FromString(p)));
    }

    public static PyObject urandom(PyObject n)
    {
        int count = Ops.ToInt32(n);
        if (count < 0) throw Ops.ValueError("negative argument not allowed");
        var bytes = new byte[count];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        return PyStr.Wrap(bytes);
    }

    public static PyObject times()
    {
        var p = Process.GetCurrentProcess();
        return PyTuple.Create(new PyFloat(p.UserProcessorTime.TotalSeconds), new PyFloat(p.PrivilegedProcessorTime.TotalSeconds),
            new PyFloat(0.0), new PyFloat(0.0), new PyFloat(Environment.TickCount64 / 1000.0));
    }

    public static PyObject getloadavg()
    {
        unsafe
        {
            double* loads = stackalloc double[3];
            if (Libc.getloadavg(loads, 3) != 3) throw Ops.Error(PyExceptionTypes.OSError, PyStr.FromString("Load averages are unobtainable"));
            return PyTuple.Create(new PyFloat(loads[0]), new PyFloat(loads[1]), new PyFloat(loads[2]));
        }
    }

    // ---- wait status helpers --------------------------------------------------------------

    public static bool WIFEXITED(PyObject status) => (Ops.ToInt32(status) & 0x7f) == 0;
    public static int WEXITSTATUS(PyObject status) => (Ops.ToInt32(status) >> 8) & 0xff;
    public static bool WIFSIGNALED(PyObject status) { int s = Ops.ToInt32(status); return ((s & 0x7f) + 1) >> 1 > 0 && (s & 0x7f) != 0x7f && (s & 0x7f) != 0; }
    public static int WTERMSIG(PyObject status) => Ops.ToInt32(status) & 0x7f;
    public static bool WIFSTOPPED(PyObject status) => (Ops.ToInt32(status) & 0xff) == 0x7f;
    public static int WSTOPSIG(PyObject status) => WEXITSTATUS(status);
    public static bool WCOREDUMP(PyObject status) => (Ops.ToInt32(status) & 0x80) != 0;
    public static bool WIFCONTINUED(PyObject status) => Ops.ToInt32(status) == 0xffff;

    public static PyObject waitpid(PyObject pid, PyObject options)
    {
        int p = Ops.ToInt32(pid), o = Ops.ToInt32(options);
        var (r, status) = OsErrors.Call(() => PosixCalls.WaitPid(p, o));
        return PyTuple.Create(PyInt.From(r), PyInt.From(status));
    }

    /// <summary>os.wait3(options): (pid, status, resource.struct_rusage) of any child.</summary>
    public static PyObject wait3(PyObject options) => Wait4(-1, Ops.ToInt32(options));

    /// <summary>os.wait4(pid, options): waitpid with the child's resource usage.</summary>
    public static PyObject wait4(PyObject pid, PyObject options) => Wait4(Ops.ToInt32(pid), Ops.ToInt32(options));

    static unsafe PyObject Wait4(int pid, int options)
    {
        byte* usage = stackalloc byte[resource.RusageSize];
        int status = 0, r;
        using (Gil.Blocking())
        {
            do r = Libc.wait4(pid, &status, options, usage);
            while (r < 0 && Libc.Errno == 4);
        }
        if (r < 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
        return PyTuple.Create(PyInt.From(r), PyInt.From(status), resource.Usage(usage));
    }

    public static PyObject wait()
    {
        var (r, status) = OsErrors.Call(() => PosixCalls.WaitPid(-1, 0));
        return PyTuple.Create(PyInt.From(r), PyInt.From(status));
    }

    // ---- fork, exec, spawn ----------------------------------------------------------------

    /// <summary>
    /// os.fork. Only the calling thread exists in the child, so the child may compute, use
    /// descriptors, write files and pipes, exec or _exit; it must not start threads or rely on
    /// anything another thread of the parent held (see docs/runtime.md, "os.fork").
    /// </summary>
    public static int fork()
    {
        OpenFiles.SettleUnreferenced();
        SysModule.Stdout?.Flush();
        SysModule.Stderr?.Flush();
        var mask = ForkableProcess.BlockAsynchronousSignals();
        int pid = Libc.fork();
        int errno = pid < 0 ? Libc.Errno : 0;
        if (pid == 0) ForkableProcess.BecomeChild();
        ForkableProcess.RestoreSignals(mask);
        if (pid < 0) throw OsErrors.ToPython(new OsFailure(errno));
        return pid;
    }

    /// <summary>os._exit: ends the process at once, without flushing Python's buffers or running cleanup.</summary>
    public static void _exit(PyObject n) => Libc._exit(Ops.ToInt32(n));

    public static void execv(PyObject path, PyObject args) => Exec(P(path), ArgList(args, "execv"), null, searchPath: false);
    public static void execve(PyObject path, PyObject args, PyObject env) => Exec(P(path), ArgList(args, "execve"), EnvList(env), searchPath: false);
    public static void execvp(PyObject file, PyObject args) => Exec(P(file), ArgList(args, "execvp"), null, searchPath: true);
    public static void execvpe(PyObject file, PyObject args, PyObject env) => Exec(P(file), ArgList(args, "execvpe"), EnvList(env), searchPath: true);
    public static void execl(PyObject file, params PyObject[] args) => execv(file, PyTuple.Create(args));
    public static void execle(PyObject file, params PyObject[] args) => execve(file, PyTuple.Create(args[..^1]), args[^1]);
    public static void execlp(PyObject file, params PyObject[] args) => execvp(file, PyTuple.Create(args));
    public static void execlpe(PyObject file, params PyObject[] args) => execvpe(file, PyTuple.Create(args[..^1]), args[^1]);

    static List<string> ArgList(PyObject args, string function)
    {
        if (args is not (PyTuple or PyList)) throw Ops.TypeError($"{function}() arg 2 must be a tuple or list");
        var list = new List<string>();
        foreach (var a in Ops.Enumerate(args)) list.Add(P(a));
        if (list.Count == 0) throw Ops.ValueError($"{function}() arg 2 must not be empty");
        return list;
    }

    static List<string> EnvList(PyObject env)
    {
        var list = new List<string>();
        foreach (var k in Ops.Enumerate(Ops.CallMethod(env, "keys")))
            list.Add(P(k) + "=" + P(Ops.GetItem(env, k)));
        return list;
    }

    static unsafe void Exec(string file, List<string> args, List<string> env, bool searchPath)
    {
        OpenFiles.SettleUnreferenced();
        SysModule.Stdout?.Flush();
        SysModule.Stderr?.Flush();
        var candidates = new List<string>();
        if (!searchPath || file.Contains('/')) candidates.Add(file);
        else
        {
            string pathVar = (env != null ? env.Find(e => e.StartsWith("PATH="))?.Substring(5) : null) ?? Environment.GetEnvironmentVariable("PATH") ?? ":/bin:/usr/bin";
            foreach (var dir in pathVar.Split(':')) candidates.Add(PosixPathText.Join(dir, new[] { file }));
        }
        var argv = NullTerminated(args);
        var envp = env == null ? CurrentEnvironment() : NullTerminated(env);
        int lastErrno = 2;
        bool sawEacces = false;
        try
        {
            foreach (var path in candidates)
            {
                fixed (nint* a = argv) fixed (nint* e = envp)
                    Libc.execve(Libc.Path(path), a, e);
                lastErrno = Libc.Errno;
                if (lastErrno == 13) sawEacces = true;
                if (lastErrno != 2 && lastErrno != 20 && lastErrno != 13) break;
            }
        }
        finally
        {
            Free(argv);
            if (env != null) Free(envp);
        }
        throw OsErrors.ToPython(new OsFailure(sawEacces && lastErrno != 13 ? lastErrno : lastErrno));
    }

    static nint[] NullTerminated(List<string> items)
    {
        var arr = new nint[items.Count + 1];
        for (int i = 0; i < items.Count; i++)
        {
            var bytes = Libc.Path(items[i]);
            arr[i] = Marshal.AllocHGlobal(bytes.Length);
            Marshal.Copy(bytes, 0, arr[i], bytes.Length);
        }
        return arr;
    }

    static void Free(nint[] arr)
    {
        foreach (var p in arr) if (p != 0) Marshal.FreeHGlobal(p);
    }

    /// <summary>The C environment block (what putenv changed), borrowed as is.</summary>
    static unsafe nint[] CurrentEnvironment()
    {
        var env = new List<nint>();
        nint* p = *(nint**)NativeLibrary.GetExport(NativeLibrary.Load("libc.so.6"), "environ");
        for (; *p != 0; p++) env.Add(*p);
        env.Add(0);
        return env.ToArray();
    }

    /// <summary>os.spawnv(mode, path, args): fork + exec; P_WAIT returns the exit code (or -signal), P_NOWAIT the pid.</summary>
    public static int spawnv(PyObject mode, PyObject path, PyObject args) => Spawn(Ops.ToInt32(mode), P(path), ArgList(args, "spawnv"), null, false);
    public static int spawnve(PyObject mode, PyObject path, PyObject args, PyObject env) => Spawn(Ops.ToInt32(mode), P(path), ArgList(args, "spawnve"), EnvList(env), false);
    public static int spawnvp(PyObject mode, PyObject file, PyObject args) => Spawn(Ops.ToInt32(mode), P(file), ArgList(args, "spawnvp"), null, true);
    public static int spawnvpe(PyObject mode, PyObject file, PyObject args, PyObject env) => Spawn(Ops.ToInt32(mode), P(file), ArgList(args, "spawnvpe"), EnvList(env), true);
    public static int spawnl(PyObject mode, PyObject path, params PyObject[] args) => spawnv(mode, path, PyTuple.Create(args));
    public static int spawnlp(PyObject mode, PyObject file, params PyObject[] args) => spawnvp(mode, file, PyTuple.Create(args));
    public static int spawnle(PyObject mode, PyObject path, params PyObject[] args) => spawnve(mode, path, PyTuple.Create(args[..^1]), args[^1]);
    public static int spawnlpe(PyObject mode, PyObject file, params PyObject[] args) => spawnvpe(mode, file, PyTuple.Create(args[..^1]), args[^1]);

    /// <summary>
    /// spawn* and system start the child with posix_spawn, not fork: no managed code runs between
    /// fork and exec, which a multi-threaded .NET process cannot do safely.
    /// </summary>
    static unsafe int StartProcess(string file, List<string> args, List<string> env, bool searchPath)
    {
        SysModule.Stdout?.Flush();
        SysModule.Stderr?.Flush();
        var argv = NullTerminated(args);
        var envp = env == null ? CurrentEnvironment() : NullTerminated(env);
        try
        {
            int pid;
            int err;
            fixed (nint* a = argv) fixed (nint* e = envp)
                err = searchPath ? Libc.posix_spawnp(&pid, Libc.Path(file), 0, 0, a, e) : Libc.posix_spawn(&pid, Libc.Path(file), 0, 0, a, e);
            if (err != 0) throw OsErrors.ToPython(new OsFailure(err));
            return pid;
        }
        finally
        {
            Free(argv);
            if (env != null) Free(envp);
        }
    }

    [System.Runtime.InteropServices.DllImport("libc")] static extern unsafe int posix_spawn_file_actions_init(byte* actions);
    [System.Runtime.InteropServices.DllImport("libc")] static extern unsafe int posix_spawn_file_actions_adddup2(byte* actions, int fd, int newfd);
    [System.Runtime.InteropServices.DllImport("libc")] static extern unsafe int posix_spawn_file_actions_destroy(byte* actions);
    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)] static extern unsafe int pipe2(int* fds, int flags);

    /// <summary>
    /// A child running <paramref name="args"/> (searched on PATH) whose descriptors 0, 1 (and 2) are the
    /// given ends: what popen2's fork/dup2/exec child does, done with posix_spawn's file actions. The
    /// pipes are close-on-exec, so the child keeps only the duplicated ends.
    /// </summary>
    internal static unsafe int SpawnWithDescriptors(List<string> args, int stdinFd, int stdoutFd, int stderrFd)
    {
        OpenFiles.SettleUnreferenced();
        SysModule.Stdout?.Flush();
        SysModule.Stderr?.Flush();
        var argv = NullTerminated(args);
        var envp = CurrentEnvironment();
        byte* actions = stackalloc byte[256];   // posix_spawn_file_actions_t is 80 bytes on glibc
        posix_spawn_file_actions_init(actions);
        try
        {
            posix_spawn_file_actions_adddup2(actions, stdinFd, 0);
            posix_spawn_file_actions_adddup2(actions, stdoutFd, 1);
            if (stderrFd >= 0) posix_spawn_file_actions_adddup2(actions, stderrFd, 2);
            int pid, err;
            fixed (nint* a = argv) fixed (nint* e = envp)
                err = Libc.posix_spawnp(&pid, Libc.Path(args[0]), (nint)actions, 0, a, e);
            if (err != 0) throw OsErrors.ToPython(new OsFailure(err));
            return pid;
        }
        finally
        {
            posix_spawn_file_actions_destroy(actions);
            Free(argv);   // envp is the C environment itself, borrowed
        }
    }

    /// <summary>A close-on-exec pipe (read end, write end).</summary>
    internal static unsafe (int Read, int Write) CloseOnExecPipe()
    {
        int* fds = stackalloc int[2];
        if (pipe2(fds, 0x80000 /* O_CLOEXEC */) < 0) throw OsErrors.ToPython(new OsFailure(System.Runtime.InteropServices.Marshal.GetLastPInvokeError()));
        return (fds[0], fds[1]);
    }

    static int Spawn(int mode, string file, List<string> args, List<string> env, bool searchPath)
    {
        OpenFiles.SettleUnreferenced();
        int pid = StartProcess(file, args, env, searchPath);
        if (mode == 1) return pid;
        while (true)
        {
            var (_, status) = OsErrors.Call(() => PosixCalls.WaitPid(pid, 0));
            var st = PyInt.From(status);
            if (WIFSTOPPED(st)) continue;
            return WIFSIGNALED(st) ? -WTERMSIG(st) : WEXITSTATUS(st);
        }
    }

    /// <summary>os.system: the command through /bin/sh -c; returns the wait status.</summary>
    public static int system(PyObject command)
    {
        OpenFiles.SettleUnreferenced();
        int pid = StartProcess("/bin/sh", new List<string> { "sh", "-c", P(command) }, null, false);
        var (_, status) = OsErrors.Call(() => PosixCalls.WaitPid(pid, 0));
        return status;
    }
}

public static partial class os
{
    /// <summary>os.popen(command[, mode[, bufsize]]).</summary>
    public static PyObject popen(PyObject command, PyObject mode = null, PyObject bufsize = null)
    {
        OpenFiles.SettleUnreferenced();
        string m = mode == null ? "r" : Ops.StrValue(mode);
        if (m.Length == 0 || (m[0] != 'r' && m[0] != 'w')) throw Ops.ValueError($"popen() arg 2 must be 'r' or 'w'");
        return PopenFile.Start(Ops.StrValue(command), m);
    }

    // ---- 2.7's deprecated popen2/popen3/popen4: subprocess.Popen with pipes, as os.py defines them ----

    public static PyObject popen2(PyObject cmd, PyObject mode = null, PyObject bufsize = null)
    {
        var p = DeprecatedPopen("os.popen2 is deprecated.  Use the subprocess module.", cmd, bufsize, stderr: null);
        return PyTuple.Create(Ops.GetAttr(p, "stdin"), Ops.GetAttr(p, "stdout"));
    }

    public static PyObject popen3(PyObject cmd, PyObject mode = null, PyObject bufsize = null)
    {
        var subprocess = Importer.ImportModule("subprocess");
        var p = DeprecatedPopen("os.popen3 is deprecated.  Use the subprocess module.", cmd, bufsize, stderr: Ops.GetAttr(subprocess, "PIPE"));
        return PyTuple.Create(Ops.GetAttr(p, "stdin"), Ops.GetAttr(p, "stdout"), Ops.GetAttr(p, "stderr"));
    }

    public static PyObject popen4(PyObject cmd, PyObject mode = null, PyObject bufsize = null)
    {
        var subprocess = Importer.ImportModule("subprocess");
        var p = DeprecatedPopen("os.popen4 is deprecated.  Use the subprocess module.", cmd, bufsize, stderr: Ops.GetAttr(subprocess, "STDOUT"));
        return PyTuple.Create(Ops.GetAttr(p, "stdin"), Ops.GetAttr(p, "stdout"));
    }

    static PyObject DeprecatedPopen(string message, PyObject cmd, PyObject bufsize, PyObject stderr)
    {
        Modules.warnings.warn(PyStr.FromString(message), PyExceptionTypes.DeprecationWarning, PyInt.From(1));
        var subprocess = Importer.ImportModule("subprocess");
        var pipe = Ops.GetAttr(subprocess, "PIPE");
        var args = new System.Collections.Generic.List<PyObject> { cmd, PyBool.From(cmd is PyStr || cmd is PyUnicode), bufsize ?? PyInt.From(-1), pipe, pipe, PyBool.True };
        var names = new System.Collections.Generic.List<PyStr> { PyStr.Intern("shell"), PyStr.Intern("bufsize"), PyStr.Intern("stdin"), PyStr.Intern("stdout"), PyStr.Intern("close_fds") };
        if (stderr != null)
        {
            args.Add(stderr);
            names.Add(PyStr.Intern("stderr"));
        }
        return Ops.GetAttr(subprocess, "Popen").Call(args.ToArray(), names.ToArray());
    }

    // ---- tmpnam/tempnam: glibc's own, after CPython's RuntimeWarning ----

    public static PyObject tmpnam()
    {
        Modules.warnings.warn(PyStr.FromString("tmpnam is a potential security risk to your program"), PyExceptionTypes.RuntimeWarning, PyInt.From(1));
        byte[] buffer = new byte[4096];
        if (Libc.tmpnam_r(buffer) == 0) throw Ops.EnvironmentError(PyExceptionTypes.OSError, 0, "unexpected NULL from tmpnam_r");
        return PyStr.FromString(CString(buffer));
    }

    public static PyObject tempnam(PyObject dir = null, PyObject prefix = null)
    {
        byte[] d = dir == null || dir is PyNone ? null : Libc.Path(StringArgument(dir, "tempnam", 1));
        byte[] p = prefix == null || prefix is PyNone ? null : Libc.Path(StringArgument(prefix, "tempnam", 2));
        Modules.warnings.warn(PyStr.FromString("tempnam is a potential security risk to your program"), PyExceptionTypes.RuntimeWarning, PyInt.From(1));
        nint name = Libc.tempnam(d, p);
        if (name == 0) throw Ops.EnvironmentError(PyExceptionTypes.OSError, Libc.Errno, ErrnoTable.Message(Libc.Errno));
        try { return PyStr.FromString(Libc.CString(name)); }
        finally { Libc.free(name); }
    }

    static string StringArgument(PyObject o, string function, int position) => o switch
    {
        PyStr s => s.ToString(),
        PyUnicode => PathArgument.Bytes(o),
        _ => throw Ops.TypeError($"{function}() argument {position} must be string or None, not {o.TypeName}"),
    };

    static string CString(byte[] b)
    {
        int n = System.Array.IndexOf(b, (byte)0);
        var chars = new char[n < 0 ? b.Length : n];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)b[i];
        return new string(chars);
    }
}
