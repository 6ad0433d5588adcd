using System;
using System.Diagnostics;
using System.Threading;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.Threading.ThreadingClasses;

namespace Py2Cs.Runtime.Modules.Threading;

/// <summary>
/// threading.Thread (and _Timer, _MainThread, _DummyThread): a Python class whose start() runs
/// <c>self.run()</c> — looked up on the instance, so subclasses override it — on a new Python thread.
/// State lives in the instance dict under threading.py's mangled names.
/// </summary>
internal static class ThreadClass
{
    const string Target = "_Thread__target", Name = "_Thread__name", Args = "_Thread__args", Kwargs = "_Thread__kwargs",
        Daemonic = "_Thread__daemonic", Ident = "_Thread__ident", Started = "_Thread__started",
        Stopped = "_Thread__stopped", Block = "_Thread__block", Initialized = "_Thread__initialized";

    static int _counter;

    public static string NewName(string template = "Thread-{0}") => string.Format(template, Interlocked.Increment(ref _counter));

    public static readonly PyType Type = Build();

    static PyType Build()
    {
        var b = new PythonClassBuilder("threading", "Thread", VerboseClass.Type)
            .Attribute("__doc__", PyStr.FromString("A class that represents a thread of control.\n\n    This class can be safely subclassed in a limited fashion.\n\n    "))
            .Attribute("_Thread__initialized", PyBool.False)
            .Attribute("_Thread__exc_info", PyNone.None)
            .Method("__init__", new[] { "self", "group", "target", "name", "args", "kwargs", "verbose" }, a =>
            {
                Init(a[0], a[1], a[2], a[3], a[4], a[5]);
                VerboseClass.Init(a[0], a[6]);
                return PyNone.None;
            }, new PyObject[] { PyNone.None, PyNone.None, PyNone.None, PyTuple.Empty, PyNone.None, PyNone.None })
            .Method("_reset_internal_locks", new[] { "self" }, a => PyNone.None)
            .Method("_block", new[] { "self" }, a => { RequireInit(a[0], "Thread.__init__() not called"); return Get(a[0], Block); })
            .Method("_set_daemon", new[] { "self" }, a => Get(threading.current_thread(), "daemon"))
            .Method("__repr__", new[] { "self" }, a => Repr(a[0]))
            .Method("start", new[] { "self" }, a => { Start(a[0]); return PyNone.None; })
            .Method("run", new[] { "self" }, a => { Run(a[0]); return PyNone.None; })
            .Method("join", new[] { "self", "timeout" }, a => { Join(a[0], a[1]); return PyNone.None; }, new PyObject[] { PyNone.None })
            .Method("isAlive", new[] { "self" }, a => PyBool.From(IsAlive(a[0])))
            .Method("is_alive", new[] { "self" }, a => PyBool.From(IsAlive(a[0])))
            .Method("isDaemon", new[] { "self" }, a => Get(a[0], "daemon"))
            .Method("setDaemon", new[] { "self", "daemonic" }, a => { Set(a[0], "daemon", a[1]); return PyNone.None; })
            .Method("getName", new[] { "self" }, a => Get(a[0], "name"))
            .Method("setName", new[] { "self", "name" }, a => { Set(a[0], "name", a[1]); return PyNone.None; })
            .Attribute("name", Property("name", self =>
            {
                RequireInit(self, "Thread.__init__() not called");
                return Own(self, Name);
            }, (self, v) =>
            {
                RequireInit(self, "Thread.__init__() not called");
                self.InstanceDict.SetStr(Name, Ops.Str(v));
            }))
            .Attribute("ident", Property("ident", self =>
            {
                RequireInit(self, "Thread.__init__() not called");
                return Own(self, Ident);
            }))
            .Attribute("daemon", Property("daemon", self =>
            {
                RequireInit(self, "Thread.__init__() not called");
                return Own(self, Daemonic);
            }, (self, v) =>
            {
                if (!IsInitialized(self)) throw Ops.RuntimeError("Thread.__init__() not called");
                if (EventClass.IsSet(Own(self, Started))) throw Ops.RuntimeError("cannot set daemon status of active thread");
                self.InstanceDict.SetStr(Daemonic, v);
            }));
        return b.Build();
    }

    static bool IsInitialized(PyObject self) => Own(self, Initialized) is { } v && Ops.IsTrue(v);

    static void RequireInit(PyObject self, string message)
    {
        if (!IsInitialized(self)) throw Ops.AssertionError(message);
    }

    public static void Init(PyObject self, PyObject group, PyObject target, PyObject name, PyObject args, PyObject kwargs)
    {
        if (group is not PyNone) throw Ops.AssertionError("group argument must be None for now");
        VerboseClass.Init(self, null);
        var d = self.InstanceDict;
        d.SetStr(Target, target);
        d.SetStr(Name, Ops.Str(Ops.IsTrue(name) ? name : PyStr.FromString(NewName())));
        d.SetStr(Args, args);
        d.SetStr(Kwargs, kwargs is PyNone ? new PyDict() : kwargs);
        d.SetStr(Daemonic, Call(self, "_set_daemon"));
        d.SetStr(Ident, PyNone.None);
        d.SetStr(Started, Ops.Call(EventClass.Type));
        d.SetStr(Stopped, PyBool.False);
        d.SetStr(Block, Ops.Call(ConditionClass.Type, new LockObject()));
        d.SetStr(Initialized, PyBool.True);
        d.SetStr("_Thread__stderr", SysModule.Module.Dict.GetStr("stderr") ?? PyNone.None);
    }

    static PyObject Repr(PyObject self)
    {
        RequireInit(self, "Thread.__init__() was not called");
        string status = "initial";
        if (EventClass.IsSet(Own(self, Started))) status = "started";
        if (Ops.IsTrue(Own(self, Stopped))) status = "stopped";
        if (Ops.IsTrue(Own(self, Daemonic))) status += " daemon";
        var ident = Own(self, Ident);
        if (ident is not PyNone) status += " " + Ops.Str(ident);
        return PyStr.FromString($"<{Ops.TypeOf(self).Name}({Ops.Str(Own(self, Name))}, {status})>");
    }

    static bool IsAlive(PyObject self)
    {
        RequireInit(self, "Thread.__init__() not called");
        return EventClass.IsSet(Own(self, Started)) && !Ops.IsTrue(Own(self, Stopped));
    }

    static void Start(PyObject self)
    {
        if (!IsInitialized(self)) throw Ops.RuntimeError("thread.__init__() not called");
        var started = Own(self, Started);
        if (EventClass.IsSet(started)) throw Ops.RuntimeError("threads can only be started once");
        threading._limbo.SetItem(self, self);
        try { PythonThreads.Start(() => Bootstrap(self)); }
        catch (PythonException)
        {
            threading._limbo.Remove(self);
            throw;
        }
        Call(started, "wait");
    }

    static void Run(PyObject self)
    {
        var d = self.InstanceDict;
        try
        {
            var target = d.GetStr(Target);
            if (target != null && Ops.IsTrue(target))
                Ops.CallEx(target, ((PyTuple)PyTuple.FromIterable(d.GetStr(Args))).AsSpan().ToArray(), null, null, d.GetStr(Kwargs));
        }
        finally
        {
            // Drop references to the target and its arguments, as threading.py does.
            d.Remove(PyStr.Intern(Target));
            d.Remove(PyStr.Intern(Args));
            d.Remove(PyStr.Intern(Kwargs));
        }
    }

    /// <summary>The new thread's body (Thread.__bootstrap_inner).</summary>
    static void Bootstrap(PyObject self)
    {
        var d = self.InstanceDict;
        var ident = thread.get_ident();
        try
        {
            d.SetStr(Ident, ident);
            Call(Own(self, Started), "set");
            threading._active.SetItem(ident, self);
            threading._limbo.Remove(self);
            if (threading._trace_hook is not PyNone) CallSys("settrace", threading._trace_hook);
            if (threading._profile_hook is not PyNone) CallSys("setprofile", threading._profile_hook);
            try { Call(self, "run"); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.SystemExit)) { }
            catch (PythonException e) { ReportUncaught(self, e); }
        }
        catch (PythonException e) { ReportUncaught(self, e); }
        finally
        {
            Stop(self);
            threading._active.Remove(ident);
        }
    }

    static void CallSys(string name, PyObject arg)
    {
        if (SysModule.Module.Dict.GetStr(name) is { } f) Ops.Call(f, arg);
    }

    /// <summary>"Exception in thread NAME:" and the traceback on sys.stderr, as threading.py writes it.</summary>
    static void ReportUncaught(PyObject self, PythonException e)
    {
        try
        {
            var stderr = SysModule.Module.Dict.GetStr("stderr");
            if (stderr == null || stderr is PyNone) return;
            string text = $"Exception in thread {Ops.Str(Get(self, "name"))}:\n{TracebackPrinter.Format(e)}\n";
            Ops.CallMethod(stderr, "write", PyStr.FromString(text));
        }
        catch (PythonException) { }
    }

    /// <summary>Thread.__stop: marks the thread finished and wakes joiners.</summary>
    public static void Stop(PyObject self)
    {
        var block = Own(self, Block);
        if (block == null) return;
        Ops.CallMethod(block, "acquire");
        try
        {
            self.InstanceDict.SetStr(Stopped, PyBool.True);
            Call(block, "notify_all");
        }
        finally { Ops.CallMethod(block, "release"); }
    }

    public static void Join(PyObject self, PyObject timeout)
    {
        if (!IsInitialized(self)) throw Ops.RuntimeError("Thread.__init__() not called");
        if (!EventClass.IsSet(Own(self, Started))) throw Ops.RuntimeError("cannot join thread before it is started");
        if (ReferenceEquals(self, threading.current_thread())) throw Ops.RuntimeError("cannot join current thread");
        var block = Own(self, Block);
        Ops.CallMethod(block, "acquire");
        try
        {
            double limit = ThreadingClasses.Timeout(timeout);
            var clock = Stopwatch.StartNew();
            while (!Ops.IsTrue(Own(self, Stopped)))
            {
                if (limit < 0) ConditionClass.Wait(block, -1);
                else
                {
                    double left = limit - clock.Elapsed.TotalSeconds;
                    if (left <= 0) break;
                    ConditionClass.Wait(block, left);
                }
            }
        }
        finally { Ops.CallMethod(block, "release"); }
    }

    // ---- the special threads --------------------------------------------------------------

    /// <summary>threading._MainThread: the thread that imported threading; started, never joined.</summary>
    public static readonly PyType MainThread = new PythonClassBuilder("threading", "_MainThread", Type)
        .Method("__init__", new[] { "self" }, a =>
        {
            var self = a[0];
            Init(self, PyNone.None, PyNone.None, PyStr.FromString("MainThread"), PyTuple.Empty, PyNone.None);
            var ident = thread.get_ident();
            self.InstanceDict.SetStr(Ident, ident);
            Call(Own(self, Started), "set");
            threading._active.SetItem(ident, self);
            return PyNone.None;
        })
        .Method("_set_daemon", new[] { "self" }, a => PyBool.False)
        .Method("_exitfunc", new[] { "self" }, a => { ExitFunc(a[0]); return PyNone.None; })
        .Build();

    /// <summary>_MainThread._exitfunc (threading._shutdown): waits for every non-daemon thread.</summary>
    static void ExitFunc(PyObject self)
    {
        Stop(self);
        while (PickNonDaemon() is { } t) Ops.CallMethod(t, "join");
        threading._active.Remove(Own(self, Ident) ?? PyNone.None);
    }

    static PyObject PickNonDaemon()
    {
        foreach (var t in threading.EnumerateThreads())
            if (!Ops.IsTrue(Get(t, "daemon")) && Ops.IsTrue(Call(t, "is_alive"))) return t;
        return null;
    }

    /// <summary>threading._DummyThread: stands for a thread threading did not start (thread.start_new_thread).</summary>
    public static readonly PyType DummyThread = new PythonClassBuilder("threading", "_DummyThread", Type)
        .Method("__init__", new[] { "self" }, a =>
        {
            var self = a[0];
            Init(self, PyNone.None, PyNone.None, PyStr.FromString(NewName("Dummy-{0}")), PyTuple.Empty, PyNone.None);
            self.InstanceDict.Remove(PyStr.Intern(Block));
            var ident = thread.get_ident();
            self.InstanceDict.SetStr(Ident, ident);
            Call(Own(self, Started), "set");
            threading._active.SetItem(ident, self);
            return PyNone.None;
        })
        .Method("_set_daemon", new[] { "self" }, a => PyBool.True)
        .Method("join", new[] { "self", "timeout" }, a => throw Ops.AssertionError("cannot join a dummy thread"), new PyObject[] { PyNone.None })
        .Build();

    /// <summary>threading._Timer: runs a function after an interval unless cancelled.</summary>
    public static readonly PyType Timer = new PythonClassBuilder("threading", "_Timer", Type)
        .Method("__init__", new[] { "self", "interval", "function", "args", "kwargs" }, a =>
        {
            var self = a[0];
            Init(self, PyNone.None, PyNone.None, PyNone.None, PyTuple.Empty, PyNone.None);
            var d = self.InstanceDict;
            d.SetStr("interval", a[1]);
            d.SetStr("function", a[2]);
            d.SetStr("args", a[3]);
            d.SetStr("kwargs", a[4]);
            d.SetStr("finished", Ops.Call(EventClass.Type));
            return PyNone.None;
        }, new PyObject[] { new PyList(), new PyDict() })
        .Method("cancel", new[] { "self" }, a => Call(Get(a[0], "finished"), "set"))
        .Method("run", new[] { "self" }, a =>
        {
            var self = a[0];
            var finished = Get(self, "finished");
            Call(finished, "wait", Get(self, "interval"));
            if (!EventClass.IsSet(finished))
                Ops.CallEx(Get(self, "function"), ((PyTuple)PyTuple.FromIterable(Get(self, "args"))).AsSpan().ToArray(), null, null, Get(self, "kwargs"));
            Call(finished, "set");
            return PyNone.None;
        })
        .Build();
}
