using System;
using System.Collections.Generic;
using System.IO;

namespace Py2Cs.Runtime.Modules.Subprocess;

/// <summary>
/// The work behind Popen's methods: descriptor set-up (_get_handles), starting the child, waitpid
/// status decoding, and communicate. State lives in the instance's attributes (pid, returncode,
/// stdin, stdout, stderr, universal_newlines) as in subprocess.py.
/// </summary>
internal static unsafe class PopenProcess
{
    const int Pipe = -1, Stdout = -2;

    public static void Init(PyObject[] a)
    {
        PyObject self = a[0], args = a[1], bufsize = a[2], executable = a[3], stdin = a[4], stdout = a[5], stderr = a[6],
            preexecFn = a[7], closeFds = a[8], shell = a[9], cwd = a[10], env = a[11], universal = a[12],
            startupinfo = a[13], creationflags = a[14];
        if (!(bufsize is PyInt or PyLong)) throw Ops.TypeError("bufsize must be an integer");
        if (!(startupinfo is PyNone)) throw Ops.ValueError("startupinfo is only supported on Windows platforms");
        if (Ops.IsTrue(creationflags)) throw Ops.ValueError("creationflags is only supported on Windows platforms");
        Runtime.subprocess.Set(self, "stdin", PyNone.None);
        Runtime.subprocess.Set(self, "stdout", PyNone.None);
        Runtime.subprocess.Set(self, "stderr", PyNone.None);
        Runtime.subprocess.Set(self, "pid", PyNone.None);
        Runtime.subprocess.Set(self, "returncode", PyNone.None);
        Runtime.subprocess.Set(self, "universal_newlines", universal);

        var plan = new LaunchPlan { CloseFds = Ops.IsTrue(closeFds), PreexecFn = preexecFn is PyNone ? null : preexecFn };
        var argList = new List<string>();
        if (args is PyStr or PyUnicode) argList.Add(ExecString(args));
        else foreach (var x in Ops.Enumerate(args)) argList.Add(ExecString(x));
        if (Ops.IsTrue(shell))
        {
            argList.InsertRange(0, new[] { "/bin/sh", "-c" });
            if (!(executable is PyNone)) argList[0] = ExecString(executable);
        }
        if (argList.Count == 0) throw Ops.IndexError("list index out of range");
        string exe = executable is PyNone ? argList[0] : ExecString(executable);
        plan.Argv = argList;
        if (!(env is PyNone))
        {
            plan.Environment = new List<string>();
            foreach (var k in Ops.Enumerate(env)) plan.Environment.Add(ExecString(k) + "=" + ExecString(Ops.GetItem(env, k)));
        }
        plan.Candidates = Candidates(exe, env);
        if (!(cwd is PyNone)) plan.Cwd = PathArgument.Bytes(cwd);

        var created = new List<int>();
        try
        {
            (plan.P2cWrite, plan.P2cRead) = Handle(stdin, forWrite: false, created);
            (plan.C2pRead, plan.C2pWrite) = Handle(stdout, forWrite: true, created);
            if (stderr is PyInt si && si.Value == Stdout)
                plan.ErrWrite = plan.C2pWrite >= 0 ? plan.C2pWrite : 1;
            else
                (plan.ErrRead, plan.ErrWrite) = Handle(stderr, forWrite: true, created);
            int pid = ChildLauncher.Launch(plan);
            Runtime.subprocess.Set(self, "pid", PyInt.From(pid));
        }
        catch
        {
            foreach (var fd in created) Libc.close(fd);
            throw;
        }
        // The parent's copies of the child's ends are closed only for pipes it created (as 2.7 does).
        if (plan.P2cWrite >= 0) Libc.close(plan.P2cRead);
        if (plan.C2pRead >= 0) Libc.close(plan.C2pWrite);
        if (plan.ErrRead >= 0) Libc.close(plan.ErrWrite);
        int buffering = Ops.ToInt32(bufsize);
        string readMode = Ops.IsTrue(universal) ? "rU" : "rb";
        if (plan.P2cWrite >= 0) Runtime.subprocess.Set(self, "stdin", FdOpen(plan.P2cWrite, "wb", buffering));
        if (plan.C2pRead >= 0) Runtime.subprocess.Set(self, "stdout", FdOpen(plan.C2pRead, readMode, buffering));
        if (plan.ErrRead >= 0) Runtime.subprocess.Set(self, "stderr", FdOpen(plan.ErrRead, readMode, buffering));
    }

    static PyObject FdOpen(int fd, string mode, int buffering) => PyFile.FromDescriptor(fd, PyStr.FromString("<fdopen>"), mode, buffering);

    static string ExecString(PyObject o) => o switch
    {
        PyStr s => s.ToString(),
        PyUnicode => PathArgument.Bytes(o),
        _ => throw Ops.TypeError("execv() arg 2 must contain only strings"),
    };

    /// <summary>os._execvpe's search: a name with a slash is used as is, else each PATH entry (env's PATH when env is given).</summary>
    static List<string> Candidates(string exe, PyObject env)
    {
        if (exe.Contains('/')) return new List<string> { exe };
        string path;
        if (env is PyNone) path = Environment.GetEnvironmentVariable("PATH") ?? ":/bin:/usr/bin";
        else
        {
            var p = Ops.Contains(env, PyStr.FromString("PATH")) ? Ops.GetItem(env, PyStr.FromString("PATH")) : null;
            path = p == null ? ":/bin:/usr/bin" : ExecString(p);
        }
        var list = new List<string>();
        foreach (var dir in path.Split(':')) list.Add((dir.Length == 0 ? "" : dir + "/") + exe);
        return list;
    }

    /// <summary>_get_handles for one stream: (parent end or -1, child end or -1).</summary>
    static (int, int) Handle(PyObject spec, bool forWrite, List<int> created)
    {
        if (spec is PyNone) return (-1, -1);
        if (spec is PyInt i && i.Value == Pipe)
        {
            int* fds = stackalloc int[2];
            if (PollSyscall.pipe2(fds, PollSyscall.O_CLOEXEC) < 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
            created.Add(fds[0]); created.Add(fds[1]);
            return forWrite ? (fds[0], fds[1]) : (fds[1], fds[0]);
        }
        int fd = spec is PyInt or PyLong ? Ops.ToInt32(spec) : Ops.ToInt32(Ops.CallMethod(spec, "fileno"));
        if (!forWrite) return (-1, fd);
        // Data the parent buffered in a file object must reach the descriptor before the child writes.
        if (!(spec is PyInt or PyLong) && Ops.GetAttrOrNull(spec, "flush") is { } flush) Ops.Call(flush);
        return (-1, fd);
    }

    static PyObject DecodeStatus(int status)
    {
        int sig = status & 0x7f;
        if (sig != 0 && sig != 0x7f) return PyInt.From(-sig);
        return PyInt.From((status >> 8) & 0xff);
    }

    public static PyObject Poll(PyObject self)
    {
        var rc = Runtime.subprocess.Get(self, "returncode");
        if (!(rc is PyNone)) return rc;
        int pid = Ops.ToInt32(Runtime.subprocess.Get(self, "pid"));
        int status = 0, r = Libc.waitpid(pid, &status, 1 /* WNOHANG */);
        if (r == pid) { rc = DecodeStatus(status); Runtime.subprocess.Set(self, "returncode", rc); }
        return rc;
    }

    public static PyObject Wait(PyObject self)
    {
        var rc = Runtime.subprocess.Get(self, "returncode");
        if (!(rc is PyNone)) return rc;
        int pid = Ops.ToInt32(Runtime.subprocess.Get(self, "pid"));
        int status = 0, r, err = 0;
        using (Gil.Blocking())
        {
            do { r = Libc.waitpid(pid, &status, 0); err = r < 0 ? Libc.Errno : 0; } while (r < 0 && err == 4);
        }
        // ECHILD: someone else reaped it; 2.7 reports 0 then.
        rc = r < 0 ? (err == 10 ? PyInt.From(0) : throw OsErrors.ToPython(new OsFailure(err))) : DecodeStatus(status);
        Runtime.subprocess.Set(self, "returncode", rc);
        return rc;
    }

    public static void Signal(PyObject self, int sig)
    {
        int pid = Ops.ToInt32(Runtime.subprocess.Get(self, "pid"));
        if (Libc.kill(pid, sig) < 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
    }

    public static PyObject Communicate(PyObject self, PyObject input)
    {
        PyObject stdin = Runtime.subprocess.Get(self, "stdin"), stdout = Runtime.subprocess.Get(self, "stdout"), stderr = Runtime.subprocess.Get(self, "stderr");
        int streams = (stdin is PyNone ? 0 : 1) + (stdout is PyNone ? 0 : 1) + (stderr is PyNone ? 0 : 1);
        PyObject outData = PyNone.None, errData = PyNone.None;
        if (streams < 2)
        {
            if (!(stdin is PyNone))
            {
                if (Ops.IsTrue(input)) WriteIgnoringBrokenPipe(stdin, input);
                Ops.CallMethod(stdin, "close");
            }
            else if (!(stdout is PyNone)) { outData = Ops.CallMethod(stdout, "read"); Ops.CallMethod(stdout, "close"); }
            else if (!(stderr is PyNone)) { errData = Ops.CallMethod(stderr, "read"); Ops.CallMethod(stderr, "close"); }
            Ops.CallMethod(self, "wait");
            return PyTuple.Create(outData, errData);
        }
        byte[] toWrite = null;
        if (!(stdin is PyNone))
        {
            Ops.CallMethod(stdin, "flush");
            if (Ops.IsTrue(input)) toWrite = ((PyStr)Ops.Call(PyStr.TypeObject, input)).Bytes.ToArray();
            else Ops.CallMethod(stdin, "close");
        }
        // The loop writes to a private copy of stdin's descriptor and closes it when the input is done,
        // so the child sees EOF while its output is still being drained.
        int inFd = -1;
        if (toWrite != null)
        {
            inFd = Libc.fcntl(Fileno(stdin), 1030 /* F_DUPFD_CLOEXEC */, 3);
            Ops.CallMethod(stdin, "close");
        }
        int outFd = stdout is PyNone ? -1 : Fileno(stdout), errFd = stderr is PyNone ? -1 : Fileno(stderr);
        var outBuf = outFd >= 0 ? new MemoryStream() : null;
        var errBuf = errFd >= 0 ? new MemoryStream() : null;
        PipeExchange.Run(inFd, toWrite, outFd, outBuf, errFd, errBuf);
        if (outFd >= 0) Ops.CallMethod(stdout, "close");
        if (errFd >= 0) Ops.CallMethod(stderr, "close");
        bool universal = Ops.IsTrue(Runtime.subprocess.Get(self, "universal_newlines"));
        if (outBuf != null) outData = Result(outBuf, universal);
        if (errBuf != null) errData = Result(errBuf, universal);
        Ops.CallMethod(self, "wait");
        return PyTuple.Create(outData, errData);
    }

    static int Fileno(PyObject f) => Ops.ToInt32(Ops.CallMethod(f, "fileno"));

    static PyObject Result(MemoryStream buffer, bool universal)
    {
        var bytes = buffer.ToArray();
        if (!universal) return PyStr.Wrap(bytes);
        var translated = new List<byte>(bytes.Length);
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\r') { translated.Add((byte)'\n'); if (i + 1 < bytes.Length && bytes[i + 1] == '\n') i++; }
            else translated.Add(bytes[i]);
        }
        return PyStr.Wrap(translated.ToArray());
    }

    static void WriteIgnoringBrokenPipe(PyObject file, PyObject data)
    {
        try { Ops.CallMethod(file, "write", data); }
        catch (Exception e)
        {
            var py = Ops.ToPython(e);
            if (!(py.Value.GetAttributeOrNull("errno") is PyInt n && n.Value == 32)) throw;
        }
    }
}
