using System;
using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.Multiprocessing.PythonAttributes;

namespace Py2Cs.Runtime.Modules.Multiprocessing;

/// <summary>
/// multiprocessing.process.Process (2.7's process.py) and the fork-based Popen of forking.py, as
/// Python classes: state lives in the instance dict under 2.7's names (_name, _target, _popen,
/// _identity...), run() and the rest are found by attribute look-up, so subclasses overriding run()
/// or __init__ work. start() forks (docs/multiprocessing.md); the child runs _bootstrap and _exit()s.
/// </summary>
internal static class ProcessClass
{
    /// <summary>This process's Process object: the _MainProcess, or in a child the Process it runs.</summary>
    public static PyObject Current;
    /// <summary>Children started by this process (process._current_process._children).</summary>
    static PySet _children = new();
    static long _counter;
    /// <summary>Things a child must reset right after the fork (util.register_after_fork).</summary>
    static readonly List<WeakReference<SemLockObject>> SemLocks = new();
    /// <summary>Hooks run in the child after the fork, before run() (queues drop their feeder state).</summary>
    public static event Action AfterFork;
    /// <summary>Clean-ups of the process that made them, run last at exit (util.Finalize, e.g. the pymp- temp dir).</summary>
    public static event Action AtExit;
    /// <summary>util._exiting: set once the exit function started.</summary>
    public static bool Exiting;

    public static void RegisterSemLock(SemLockObject s) { lock (SemLocks) SemLocks.Add(new WeakReference<SemLockObject>(s)); }

    static readonly PyDict ExitcodeToName = BuildExitcodeNames();

    static PyDict BuildExitcodeNames()
    {
        var d = new PyDict();
        var signal = Module("signal");
        foreach (var key in Items(((PyModule)signal).Dict))
        {
            string name = key.ToString();
            if (!name.StartsWith("SIG") || name.StartsWith("SIG_")) continue;
            var value = Get(signal, name);
            d.SetItem(Ops.Negative(value), PyStr.FromString(name));
        }
        return d;
    }

    public static readonly PyType Popen = new PythonClassBuilder("multiprocessing.forking", "Popen", PyType.ObjectType)
        .Method("__init__", new[] { "self", "process_obj" }, a => { StartChild(a[0], a[1]); return PyNone.None; })
        .Method("poll", new[] { "self", "flag" }, a => Poll(a[0], Ops.ToInt32(a[1])), new PyObject[] { PyInt.From(1) })
        .Method("wait", new[] { "self", "timeout" }, a => Wait(a[0], a[1]), new PyObject[] { PyNone.None })
        .Method("terminate", new[] { "self" }, a => { Terminate(a[0]); return PyNone.None; })
        .Build();

    public static readonly PyType Type = new PythonClassBuilder("multiprocessing.process", "Process", PyType.ObjectType)
        .Attribute("__doc__", PyStr.FromString("\n    Process objects represent activity that is run in a separate process\n\n    The class is analagous to `threading.Thread`\n    "))
        .Attribute("_Popen", PyNone.None)
        .Method("__init__", new[] { "self", "group", "target", "name", "args", "kwargs" }, a => { Init(a); return PyNone.None; },
            new PyObject[] { PyNone.None, PyNone.None, PyNone.None, PyTuple.Empty, new PyDict() })
        .Method("run", new[] { "self" }, a =>
        {
            var target = Get(a[0], "_target");
            if (Ops.IsTrue(target)) Ops.CallEx(target, Array.Empty<PyObject>(), null, Get(a[0], "_args"), Get(a[0], "_kwargs"));
            return PyNone.None;
        })
        .Method("start", new[] { "self" }, a => { Start(a[0]); return PyNone.None; })
        .Method("terminate", new[] { "self" }, a => Call(Get(a[0], "_popen"), "terminate"))
        .Method("join", new[] { "self", "timeout" }, a => { Join(a[0], a[1]); return PyNone.None; }, new PyObject[] { PyNone.None })
        .Method("is_alive", new[] { "self" }, a => PyBool.From(IsAlive(a[0])))
        .Attribute("name", Property("name", s => Get(s, "_name"), (s, v) =>
        {
            if (!Ops.IsInstance(v, PyBaseString.TypeObject)) throw Assertion("name must be a string");
            Set(s, "_name", v);
        }))
        .Attribute("daemon", Property("daemon", s => Get(s, "_daemonic"), (s, v) =>
        {
            if (Get(s, "_popen") is not PyNone) throw Assertion("process has already started");
            Set(s, "_daemonic", v);
        }))
        .Attribute("authkey", Property("authkey", s => Get(s, "_authkey"), (s, v) => Set(s, "_authkey", AuthenticationString(v))))
        .Attribute("exitcode", Property("exitcode", s =>
        {
            var popen = Get(s, "_popen");
            return popen is PyNone ? popen : Call(popen, "poll");
        }))
        .Attribute("ident", Property("ident", Ident))
        .Attribute("pid", Property("pid", Ident))
        .Method("__repr__", new[] { "self" }, a => Repr(a[0]))
        .Method("_bootstrap", new[] { "self" }, a => PyInt.From(Bootstrap(a[0])))
        .Build();

    public static readonly PyType MainProcess = new PythonClassBuilder("multiprocessing.process", "_MainProcess", Type)
        .Method("__init__", new[] { "self" }, a =>
        {
            var s = a[0];
            Set(s, "_identity", PyTuple.Empty);
            Set(s, "_daemonic", PyBool.False);
            Set(s, "_name", PyStr.FromString("MainProcess"));
            Set(s, "_parent_pid", PyNone.None);
            Set(s, "_popen", PyNone.None);
            Set(s, "_authkey", AuthenticationString(PyStr.FromBytes(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));
            Set(s, "_tempdir", PyNone.None);
            return PyNone.None;
        })
        .Build();

    /// <summary>process.AuthenticationString: a str that refuses to be pickled.</summary>
    public static readonly PyType AuthenticationStringType = new PythonClassBuilder("multiprocessing.process", "AuthenticationString", PyStr.TypeObject)
        .Method("__reduce__", new[] { "self" }, a =>
            throw Ops.TypeError("Pickling an AuthenticationString object is disallowed for security reasons"))
        .Build();

    static PyObject AuthenticationString(PyObject value) => Ops.Call(AuthenticationStringType, value);

    public static void Initialize()
    {
        if (Current != null) return;
        Current = Ops.Call(MainProcess);
    }

    static PyObject Ident(PyObject self)
    {
        if (ReferenceEquals(self, Current)) return PyInt.From(Libc.getpid());
        var popen = Get(self, "_popen");
        return popen is PyNone ? popen : Get(popen, "pid");
    }

    static void Init(PyObject[] a)
    {
        var self = a[0];
        if (a[1] is not PyNone) throw Assertion("group argument must be None for now");
        long count = ++_counter;
        var identity = Ops.Add(Get(Current, "_identity"), PyTuple.Create(PyInt.From(count)));
        Set(self, "_identity", identity);
        Set(self, "_authkey", Get(Current, "_authkey"));
        Set(self, "_daemonic", Get(Current, "_daemonic"));
        Set(self, "_tempdir", Ops.GetAttrOrNull(Current, PyStr.Intern("_tempdir")) ?? PyNone.None);
        Set(self, "_parent_pid", PyInt.From(Libc.getpid()));
        Set(self, "_popen", PyNone.None);
        Set(self, "_target", a[2]);
        Set(self, "_args", Ops.Call(PyTuple.TypeObject, a[4]));
        Set(self, "_kwargs", Ops.Call(PyDict.TypeObject, a[5]));
        PyObject name = a[3];
        if (!Ops.IsTrue(name))
        {
            var parts = new List<string>();
            foreach (var i in Items(identity)) parts.Add(Ops.Str(i).ToString());
            name = PyStr.FromString(Ops.GetAttr(Ops.TypeOf(self), PyStr.Intern("__name__")) + "-" + string.Join(":", parts));
        }
        Set(self, "_name", name);
    }

    static int Pid() => Libc.getpid();

    static void Start(PyObject self)
    {
        if (Get(self, "_popen") is not PyNone) throw Assertion("cannot start a process twice");
        if (!Ops.Eq(Get(self, "_parent_pid"), PyInt.From(Pid()))) throw Assertion("can only start a process object created by current process");
        if (Ops.IsTrue(Get(Current, "_daemonic"))) throw Assertion("daemonic processes are not allowed to have children");
        Cleanup();
        var popenClass = Get(self, "_Popen");
        var popen = Ops.Call(popenClass is PyNone ? Popen : popenClass, self);
        Set(self, "_popen", popen);
        _children.Add(self);
    }

    /// <summary>Forgets children that have ended (process._cleanup).</summary>
    static void Cleanup()
    {
        foreach (var p in Items(PyList.FromIterable(_children)))
        {
            var popen = Get(p, "_popen");
            if (popen is PyNone || Call(popen, "poll") is not PyNone) _children.Discard(p);
        }
    }

    public static PyList ActiveChildren()
    {
        Cleanup();
        return PyList.FromIterable(_children);
    }

    static void Join(PyObject self, PyObject timeout)
    {
        if (!Ops.Eq(Get(self, "_parent_pid"), PyInt.From(Pid()))) throw Assertion("can only join a child process");
        var popen = Get(self, "_popen");
        if (popen is PyNone) throw Assertion("can only join a started process");
        if (Call(popen, "wait", timeout) is not PyNone) _children.Discard(self);
    }

    static bool IsAlive(PyObject self)
    {
        if (ReferenceEquals(self, Current)) return true;
        if (!Ops.Eq(Get(self, "_parent_pid"), PyInt.From(Pid()))) throw Assertion("can only test a child process");
        var popen = Get(self, "_popen");
        if (popen is PyNone) return false;
        Call(popen, "poll");
        return Get(popen, "returncode") is PyNone;
    }

    static PyObject Repr(PyObject self)
    {
        PyObject status;
        var popen = Get(self, "_popen");
        if (ReferenceEquals(self, Current)) status = PyStr.FromString("started");
        else if (!Ops.Eq(Get(self, "_parent_pid"), PyInt.From(Pid()))) status = PyStr.FromString("unknown");
        else if (popen is PyNone) status = PyStr.FromString("initial");
        else status = Call(popen, "poll") is not PyNone ? Get(self, "exitcode") : PyStr.FromString("started");
        if (status is PyInt code && status is not PyBool)
            status = PyStr.FromString(code.Value == 0 ? "stopped" : "stopped[" + Ops.Str(ExitcodeToName.Get(code) ?? code) + "]");
        string daemon = Ops.IsTrue(Get(self, "_daemonic")) ? " daemon" : "";
        return PyStr.FromString($"<{Ops.GetAttr(Ops.TypeOf(self), PyStr.Intern("__name__"))}({Ops.Str(Get(self, "_name"))}, {Ops.Str(status)}{daemon})>");
    }

    // ---- the child -------------------------------------------------------------------------

    static void StartChild(PyObject popen, PyObject process)
    {
        FlushStandardStreams();
        Set(popen, "returncode", PyNone.None);
        int pid = ((PyInt)Ops.Call(Get(Module("os"), "fork"))).Value is var v ? (int)v : 0;
        Set(popen, "pid", PyInt.From(pid));
        if (pid != 0) return;
        if (Importer.Modules.GetStr(PyStr.FromString("random")) != null) Call(Module("random"), "seed");
        int code = Bootstrap(process);
        try { FlushStandardStreams(); } catch (PythonException) { }
        Libc._exit(code);
    }

    /// <summary>process.Process._bootstrap: runs the child and returns its exit code.</summary>
    static int Bootstrap(PyObject self)
    {
        int exitcode;
        try
        {
            _children = new PySet();
            _counter = 0;
            Exiting = false;
            try
            {
                var stdin = Sys("stdin");
                Call(stdin, "close");
                Ops.SetAttr(Module("sys"), PyStr.Intern("stdin"), Ops.Call(PyFile.TypeObject, PyStr.FromString("/dev/null")));
            }
            catch (PythonException e) when (e.Is(PyExceptionTypes.OSError) || e.Is(PyExceptionTypes.ValueError)) { }
            Current = self;
            lock (SemLocks)
                foreach (var w in SemLocks)
                    if (w.TryGetTarget(out var s)) s.AfterFork();
            AfterFork?.Invoke();
            utilModule.Log(utilModule.INFO, "child process calling self.run()");
            try
            {
                Call(self, "run");
                exitcode = 0;
            }
            finally { ExitFunction(); }
        }
        catch (Exception ex) when (ex is PythonException || ex is not OutOfMemoryException)
        {
            var e = ex as PythonException ?? Ops.ToPython(ex);
            if (e.Is(PyExceptionTypes.SystemExit))
            {
                var args = (PyTuple)Ops.GetAttr(e.Value, PyStr.Intern("args"));
                if (args.Count == 0) exitcode = 1;
                else if (args[0] is PyInt i && args[0] is not PyLong) exitcode = (int)i.Value;
                else
                {
                    Call(Sys("stderr"), "write", Ops.Add(Ops.Str(args[0]), PyStr.FromString("\n")));
                    Call(Sys("stderr"), "flush");
                    exitcode = 1;
                }
            }
            else
            {
                exitcode = 1;
                Call(Sys("stderr"), "write", PyStr.FromString($"Process {Ops.Str(Get(self, "name"))}:\n"));
                Call(Sys("stderr"), "flush");
                Call(Sys("stderr"), "write", PyStr.FromString(TracebackPrinter.Format(e) + "\n"));
            }
        }
        utilModule.Log(utilModule.INFO, "process exiting with exitcode %d", PyInt.From(exitcode));
        return exitcode;
    }

    // ---- Popen: waiting for and signalling the child ---------------------------------------

    static PyObject Poll(PyObject popen, int flag)
    {
        var returncode = Get(popen, "returncode");
        if (returncode is not PyNone) return returncode;
        int pid = Ops.ToInt32(Get(popen, "pid"));
        (int Pid, int Status) r;
        try { r = PosixCalls.WaitPid(pid, flag); }
        catch (OsFailure) { return PyNone.None; }
        if (r.Pid != pid) return PyNone.None;
        int status = r.Status;
        int code = (status & 0x7f) != 0 && (status & 0x7f) != 0x7f ? -(status & 0x7f) : (status >> 8) & 0xff;
        returncode = PyInt.From(code);
        Set(popen, "returncode", returncode);
        return returncode;
    }

    static PyObject Wait(PyObject popen, PyObject timeout)
    {
        if (timeout is PyNone) return Call(popen, "poll", PyInt.From(0));
        double deadline = Now() + Seconds(timeout);
        double delay = 0.0005;
        PyObject res;
        while (true)
        {
            res = Call(popen, "poll");
            if (res is not PyNone) break;
            double remaining = deadline - Now();
            if (remaining <= 0) break;
            delay = Math.Min(Math.Min(delay * 2, remaining), 0.05);
            Sleep(delay);
        }
        return res;
    }

    static void Terminate(PyObject popen)
    {
        if (Get(popen, "returncode") is not PyNone) return;
        try { PosixCalls.Kill(Ops.ToInt32(Get(popen, "pid")), 15); }
        catch (OsFailure f)
        {
            if (Call(popen, "wait", new PyFloat(0.1)) is PyNone) throw OsErrors.ToPython(f);
        }
    }

    // ---- exit ------------------------------------------------------------------------------

    /// <summary>util._exit_function: terminates daemonic children, then joins the others.</summary>
    public static void ExitFunction()
    {
        Exiting = true;
        utilModule.Log(utilModule.INFO, "process shutting down");
        utilModule.Log(utilModule.DEBUG, "running all \"atexit\" finalizers with priority >= 0");
        foreach (var p in Items(ActiveChildren()))
            if (Ops.IsTrue(Get(p, "_daemonic")))
            {
                utilModule.Log(utilModule.INFO, "calling terminate() for daemon %s", Get(p, "name"));
                Call(Get(p, "_popen"), "terminate");
            }
        foreach (var p in Items(ActiveChildren()))
        {
            utilModule.Log(utilModule.INFO, "calling join() for process %s", Get(p, "name"));
            Call(p, "join");
        }
        utilModule.Log(utilModule.DEBUG, "running the remaining \"atexit\" finalizers");
        QueueFeeder.JoinAll();
        AtExit?.Invoke();
    }
}
