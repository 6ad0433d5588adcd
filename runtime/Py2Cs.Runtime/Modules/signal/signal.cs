using System;
using System.Runtime.InteropServices;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>signal</c> module (Linux numbering). Python handlers run on the main thread at the next
/// safepoint after the signal arrives (docs/threading.md, <see cref="SignalDelivery"/>); the frame
/// argument passed to handlers is None.
/// </summary>
[PythonModule("signal")]
public static partial class signal
{
    public static readonly PyObject SIG_DFL = PyInt.From(0);
    public static readonly PyObject SIG_IGN = PyInt.From(1);
    public static readonly PyObject NSIG = PyInt.From(SignalDelivery.NSIG);

    public static readonly PyObject SIGHUP = PyInt.From(1), SIGINT = PyInt.From(2), SIGQUIT = PyInt.From(3),
        SIGILL = PyInt.From(4), SIGTRAP = PyInt.From(5), SIGABRT = PyInt.From(6), SIGIOT = PyInt.From(6),
        SIGBUS = PyInt.From(7), SIGFPE = PyInt.From(8), SIGKILL = PyInt.From(9), SIGUSR1 = PyInt.From(10),
        SIGSEGV = PyInt.From(11), SIGUSR2 = PyInt.From(12), SIGPIPE = PyInt.From(13), SIGALRM = PyInt.From(14),
        SIGTERM = PyInt.From(15), SIGCHLD = PyInt.From(17), SIGCLD = PyInt.From(17), SIGCONT = PyInt.From(18),
        SIGSTOP = PyInt.From(19), SIGTSTP = PyInt.From(20), SIGTTIN = PyInt.From(21), SIGTTOU = PyInt.From(22),
        SIGURG = PyInt.From(23), SIGXCPU = PyInt.From(24), SIGXFSZ = PyInt.From(25), SIGVTALRM = PyInt.From(26),
        SIGPROF = PyInt.From(27), SIGWINCH = PyInt.From(28), SIGIO = PyInt.From(29), SIGPOLL = PyInt.From(29),
        SIGPWR = PyInt.From(30), SIGSYS = PyInt.From(31), SIGRTMIN = PyInt.From(34), SIGRTMAX = PyInt.From(64);

    // CPython 2.7 defines the itimer constants as longs.
    public static readonly PyObject ITIMER_REAL = new PyLong(0), ITIMER_VIRTUAL = new PyLong(1), ITIMER_PROF = new PyLong(2);

    public static readonly PyType ItimerError = new PythonClassBuilder("signal", "ItimerError", PyExceptionTypes.IOError).Build();

    /// <summary>signal.default_int_handler as an object (the module function below, once built).</summary>
    internal static PyObject DefaultIntHandler =>
        ((PyModule)Importer.ImportModule("signal")).Dict.GetStr("default_int_handler");

    public static void __init__(PyModule m)
    {
        m["__doc__"] = PyStr.FromString(ModuleDoc);
        var handlers = SignalDelivery.Handlers;
        lock (handlers)
        {
            if (handlers[1] != null) return;
            for (int i = 1; i < SignalDelivery.NSIG; i++) handlers[i] = SIG_DFL;
            // glibc keeps 32 and 33 for itself: their handler is unknown to Python.
            handlers[32] = handlers[33] = PyNone.None;
            // CPython ignores SIGPIPE and SIGXFSZ at startup (errors come back as EPIPE/EFBIG instead).
            handlers[13] = handlers[25] = SIG_IGN;
            handlers[2] = m.Dict.GetStr("default_int_handler");
        }
    }

    public static PyObject default_int_handler(params PyObject[] args) =>
        throw new PythonException(Ops.Call(PyExceptionTypes.KeyboardInterrupt));

    static int SignalNumber(PyObject o)
    {
        if (o is PyFloat) throw Ops.TypeError("integer argument expected, got float");
        if (o is not (PyInt or PyLong)) throw Ops.TypeError("an integer is required");
        int n = Ops.ToInt32(o);
        if (n < 1 || n >= SignalDelivery.NSIG) throw Ops.ValueError("signal number out of range");
        return n;
    }

    [PythonName("signal")]
    public static PyObject signal_(PyObject sig, PyObject action)
    {
        int n = SignalNumber(sig);
        if (!Safepoint.IsMainThread) throw Ops.ValueError("signal only works in main thread");
        bool dfl = action is PyInt { Value: 0 } && action.Type == PyInt.TypeObject;
        bool ign = action is PyInt { Value: 1 } && action.Type == PyInt.TypeObject;
        if (!dfl && !ign && !Ops.IsCallable(action))
            throw Ops.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        if (n == 9 || n == 19 || n == 32 || n == 33) throw InvalidArgument();
        var old = SignalDelivery.Handlers[n];
        try
        {
            if (dfl) SignalDelivery.Release(n);
            else SignalDelivery.Catch(n);
        }
        catch (Exception e) when (e is not PythonException) { throw InvalidArgument(); }
        SignalDelivery.Handlers[n] = dfl ? SIG_DFL : ign ? SIG_IGN : action;
        return old ?? PyNone.None;
    }

    static PythonException InvalidArgument() =>
        new(Ops.Call(PyExceptionTypes.RuntimeError, PyInt.From(22), PyStr.FromString("Invalid argument")));

    public static PyObject getsignal(PyObject sig)
    {
        int n = SignalNumber(sig);
        return SignalDelivery.Handlers[n] ?? PyNone.None;
    }

    [LibraryImport("libc")] private static partial uint alarm(uint seconds);

    [StructLayout(LayoutKind.Sequential)]
    struct Itimerval { public long IntervalSec, IntervalUsec, ValueSec, ValueUsec; }

    [LibraryImport("libc", SetLastError = true)] private static partial int setitimer(int which, ref Itimerval value, out Itimerval old);
    [LibraryImport("libc", SetLastError = true)] private static partial int getitimer(int which, out Itimerval value);
    [LibraryImport("libc", SetLastError = true)] private static partial int fcntl(int fd, int cmd);

    [PythonName("alarm")]
    public static PyObject alarm_(PyObject seconds)
    {
        if (seconds is not (PyInt or PyLong)) throw Ops.TypeError("an integer is required");
        return PyInt.From(alarm(unchecked((uint)Ops.ToInt32(seconds))));
    }

    /// <summary>Waits for a signal, then runs its handler (the GIL is released while waiting).</summary>
    public static PyObject pause()
    {
        using (Gil.Blocking())
            while (!Safepoint.HasPendingSignals) Safepoint.SignalArrived.Wait();
        Safepoint.RunSignalHandlers();
        return PyNone.None;
    }

    static double Seconds(PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        if (o is PyInt pi) return pi.Value;
        if (o is PyLong pl) return (double)pl.Value;
        var x = o.ToFloat();
        if (x is PyFloat xf) return xf.Value;
        throw Ops.TypeError("a float is required");
    }

    static Itimerval ToTimer(double value, double interval)
    {
        static (long, long) Split(double d)
        {
            long sec = (long)Math.Floor(d);
            long usec = (long)((d - sec) * 1e6);
            if (sec == 0 && usec == 0 && d > 0) usec = 1;   // CPython rounds tiny positive times up
            return (sec, usec);
        }
        var (vs, vu) = Split(value);
        var (isec, iu) = Split(interval);
        return new Itimerval { ValueSec = vs, ValueUsec = vu, IntervalSec = isec, IntervalUsec = iu };
    }

    static PyObject FromTimer(Itimerval t) => PyTuple.Create(
        new PyFloat(t.ValueSec + t.ValueUsec / 1e6), new PyFloat(t.IntervalSec + t.IntervalUsec / 1e6));

    static PythonException ItimerFailure()
    {
        int errno = Marshal.GetLastPInvokeError();
        return new PythonException(Ops.Call(ItimerError, PyInt.From(errno), PyStr.FromString(Marshal.GetPInvokeErrorMessage(errno))));
    }

    [PythonName("setitimer")]
    public static PyObject setitimer_(PyObject which, PyObject seconds, PyObject interval = null)
    {
        int w = Ops.ToInt32(which);
        var t = ToTimer(Seconds(seconds), interval == null ? 0 : Seconds(interval));
        if (setitimer(w, ref t, out var old) != 0) throw ItimerFailure();
        return FromTimer(old);
    }

    [PythonName("getitimer")]
    public static PyObject getitimer_(PyObject which)
    {
        int w = Ops.ToInt32(which);
        if (getitimer(w, out var t) != 0) throw ItimerFailure();
        return FromTimer(t);
    }

    public static PyObject set_wakeup_fd(PyObject fd)
    {
        if (fd is not (PyInt or PyLong)) throw Ops.TypeError("an integer is required");
        int n = Ops.ToInt32(fd);
        if (!Safepoint.IsMainThread) throw Ops.ValueError("set_wakeup_fd only works in main thread");
        if (n != -1 && fcntl(n, 1 /* F_GETFD */) < 0) throw Ops.ValueError("invalid fd");
        int old = SignalDelivery.WakeupFd;
        SignalDelivery.WakeupFd = n;
        return PyInt.From(old);
    }

    /// <summary>Accepted and validated; the .NET signal layer restarts interrupted system calls itself.</summary>
    public static PyObject siginterrupt(PyObject sig, PyObject flag)
    {
        SignalNumber(sig);
        Ops.IsTrue(flag);
        return PyNone.None;
    }

    const string ModuleDoc = "This module provides mechanisms to use signal handlers in Python.\n\nFunctions:\n\nalarm() -- cause SIGALRM after a specified time [Unix only]\nsetitimer() -- cause a signal (described below) after a specified\n               float time and the timer may restart then [Unix only]\ngetitimer() -- get current value of timer [Unix only]\nsignal() -- set the action for a given signal\ngetsignal() -- get the signal action for a given signal\npause() -- wait until a signal arrives [Unix only]\ndefault_int_handler() -- default SIGINT handler\n\nsignal constants:\nSIG_DFL -- used to refer to the system default handler\nSIG_IGN -- used to ignore the signal\nNSIG -- number of defined signals\nSIGINT, SIGTERM, etc. -- signal numbers\n\nitimer constants:\nITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n               expiration\nITIMER_VIRTUAL -- decrements only when the process is executing,\n               and delivers SIGVTALRM upon expiration\nITIMER_PROF -- decrements both when the process is executing and\n               when the system is executing on behalf of the process.\n               Coupled with ITIMER_VIRTUAL, this timer is usually\n               used to profile the time spent by the application\n               in user and kernel space. SIGPROF is delivered upon\n               expiration.\n\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame.";
}
