using System;

namespace Py2Cs.Runtime;

/// <summary>
/// The entry point of a translated program: runs the main module's body as <c>__main__</c>, then does
/// what CPython does at exit — SystemExit handling, the traceback of an uncaught exception on stderr
/// with exit status 1, the pending softspace newline, and flushing sys.stdout.
/// </summary>
public static class PythonRuntime
{
    /// <summary>Stack reserved for the thread running the program: Python code may recurse up to
    /// sys.getrecursionlimit() (and programs raise it); .NET frames are larger than CPython's.</summary>
    public const int MainThreadStackSize = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="mainBody"/> as module <c>__main__</c> on a thread with a large stack;
    /// returns the exit status.</summary>
    public static int Run(string scriptPath, string[] args, Action<PyModule> mainBody)
    {
        // A program that forks must run with W^X off (re-executes once; see ForkableProcess).
        var sources = Importer.GeneratedModuleFiles();
        sources.Add(scriptPath);
        ForkableProcess.PrepareAtStartup(sources);
        int status = 0;
        Exception crash = null;
        var thread = new System.Threading.Thread(() =>
        {
            try { status = RunOnThisThread(scriptPath, args, mainBody); }
            catch (Exception e) { crash = e; }
        }, MainThreadStackSize);
        thread.Start();
        thread.Join();
        if (crash != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(crash).Throw();
        return status;
    }

    /// <summary>Runs the program on the calling thread (tests, hosts that manage their own threads).</summary>
    public static int RunOnThisThread(string scriptPath, string[] args, Action<PyModule> mainBody)
    {
        // The thread running the program is Python's main thread: it runs signal handlers, and SIGINT
        // raises KeyboardInterrupt there (docs/threading.md).
        Safepoint.MainThread = System.Threading.Thread.CurrentThread;
        SignalDelivery.InstallStartupHandlers();
        var sys = SysModule.Module;
        Importer.Install(sys);
        Importer.Install(Builtins.Module);
        SysModule.SetArgv(scriptPath, args);
        var main = new PyModule("__main__");
        main["__builtins__"] = Builtins.Module;
        main["__package__"] = PyNone.None;
        if (scriptPath != null) main["__file__"] = PyStr.FromString(scriptPath);
        Importer.Install(main);
        int status = 0;
        try
        {
            mainBody(main);
        }
        catch (PythonException e)
        {
            status = HandleUncaught(e);
        }
        catch (InsufficientExecutionStackException)
        {
            status = HandleUncaught(Ops.RuntimeError("maximum recursion depth exceeded"));
        }
        status = Finish(status);
        // A forked child has only this thread: .NET's shutdown would wait for the parent's others.
        if (ForkableProcess.IsForkedChild) Libc._exit(status);
        return status;
    }

    /// <summary>SystemExit → its status; anything else → traceback on stderr and status 1.</summary>
    public static int HandleUncaught(PythonException e)
    {
        if (e.Is(PyExceptionTypes.SystemExit)) return ExitStatus(e.Value);
        FlushStdout();
        var hook = SysModule.Module.Dict.GetStr("excepthook");
        if (hook != null && !ReferenceEquals(hook, SysModule.Module.Dict.GetStr("__excepthook__")))
        {
            try { Ops.Call(hook, e.Value.Type, e.Value, new PyTraceback(e)); return 1; }
            catch (PythonException) { }
        }
        TracebackPrinter.Print(e, SysModule.Stderr);
        return 1;
    }

    static int ExitStatus(PyObject value)
    {
        PyObject code = value is PyBaseException b ? (b.InstanceDict.GetStr("code") ?? PyNone.None) : value;
        if (code is PyNone) return 0;
        if (code is PyInt i) return (int)i.Value;
        FlushStdout();
        var stderr = SysModule.Module.Dict.GetStr("stderr") ?? SysModule.Stderr;
        try
        {
            Ops.CallMethod(stderr, PyStr.Intern("write"), Ops.Str(code));
            Ops.CallMethod(stderr, PyStr.Intern("write"), PyStr.FromString("\n"));
        }
        catch (PythonException) { }
        return 1;
    }

    /// <summary>atexit handlers, if the atexit module was imported (and sys.exitfunc, Python 2's older hook).</summary>
    static void RunExitHandlers()
    {
        try
        {
            if (Importer.Modules.GetStr(PyStr.FromString("atexit")) != null) Modules.atexit._run_exitfuncs();
            var exitfunc = SysModule.Module.Dict.GetStr("exitfunc");
            if (exitfunc != null) Ops.Call(exitfunc);
        }
        catch (PythonException e)
        {
            SysModule.Stderr.WriteString("Error in sys.exitfunc:\n");
            TracebackPrinter.Print(e, SysModule.Stderr);
        }
    }

    static void FlushStdout()
    {
        try
        {
            var stdout = SysModule.Module.Dict.GetStr("stdout");
            if (stdout is PyFile f) f.Flush();
            else if (stdout != null) Ops.CallMethod(stdout, PyStr.Intern("flush"));
        }
        catch (PythonException) { }
    }

    /// <summary>threading._shutdown: the program waits for its non-daemon threads before the atexit
    /// handlers, as Py_Finalize does; daemon threads are abandoned.</summary>
    static void WaitForThreads()
    {
        try { threading.ShutdownIfImported(); }
        catch (PythonException e)
        {
            SysModule.Stderr.WriteString("Error in atexit._run_exitfuncs:\n");
            TracebackPrinter.Print(e, SysModule.Stderr);
        }
    }

    /// <summary>At exit: a pending softspace gets its newline, then stdout is flushed.</summary>
    static int Finish(int status)
    {
        try
        {
            var stdout = SysModule.Module.Dict.GetStr("stdout");
            if (stdout is PyFile f && f.SoftSpace && !f.IsClosed) { f.WriteString("\n"); f.SoftSpace = false; }
        }
        catch (PythonException) { }
        WaitForThreads();
        RunExitHandlers();
        try { SysModule.Stdout.Flush(); }
        catch (Exception) { }
        FlushStdout();
        OpenFiles.FlushAll();   // files never closed: CPython flushes them at exit too
        return status;
    }
}
