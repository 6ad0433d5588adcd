using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;

namespace Py2Cs.Runtime;

/// <summary>
/// How POSIX signals reach Python handlers. .NET owns the process's signal dispositions: its native
/// layer (System.Native) catches a registered signal in a real sigaction handler, writes it to a pipe,
/// and a .NET thread calls the PosixSignalRegistration callback; raw Linux signal numbers are accepted
/// (cast to PosixSignal), so every catchable signal works, not only the named few. The callback only
/// records the signal ("tripped", as CPython's C handler does), writes the wakeup fd, and asks the main
/// thread to run the Python handler at its next safepoint (any Python call, or a blocking wait such
/// as time.sleep, which the signal ends early). SIG_DFL disposes the registration (the default action
/// returns); SIG_IGN keeps a registration that drops the signal.
/// </summary>
public static partial class SignalDelivery
{
    public const int NSIG = 65;

    static readonly PosixSignalRegistration[] Registrations = new PosixSignalRegistration[NSIG];
    static readonly int[] Tripped = new int[NSIG];
    static readonly long[] Delivered = new long[NSIG];
    static volatile int _wakeupFd = -1;

    /// <summary>The Python-visible handler table (signal.getsignal), filled when signal is first used.</summary>
    internal static readonly PyObject[] Handlers = new PyObject[NSIG];

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint write(int fd, ref byte buffer, nint count);

    public static int WakeupFd { get => _wakeupFd; set => _wakeupFd = value; }

    /// <summary>Called when the runtime starts: Python's SIGINT handler raises KeyboardInterrupt.</summary>
    public static void InstallStartupHandlers()
    {
        Safepoint.PendingSignalRunner = RunPending;
        // A host without POSIX signal support still runs programs (Ctrl-C then just ends the process).
        try { Catch(2); }
        catch (Exception e) when (e is PlatformNotSupportedException or InvalidOperationException or System.IO.IOException) { }
    }

    /// <summary>Routes signal <paramref name="signum"/> to the Python handler table.</summary>
    internal static void Catch(int signum)
    {
        Safepoint.PendingSignalRunner = RunPending;
        if (Registrations[signum] != null) return;
        Registrations[signum] = PosixSignalRegistration.Create((PosixSignal)signum, OnSignal);
    }

    /// <summary>Restores the default action.</summary>
    internal static void Release(int signum)
    {
        Registrations[signum]?.Dispose();
        Registrations[signum] = null;
    }

    static void OnSignal(PosixSignalContext context)
    {
        int signum = (int)context.Signal;
        context.Cancel = true;
        if (signum <= 0 || signum >= NSIG) return;
        var handler = Volatile.Read(ref Handlers[signum]);
        if (handler is not PyInt { Value: 1 })   // SIG_IGN drops it
        {
            Interlocked.Exchange(ref Tripped[signum], 1);
            int fd = _wakeupFd;
            if (fd >= 0) { byte zero = 0; write(fd, ref zero, 1); }
            Safepoint.RequestSignalHandling();
        }
        // Last: Kill() waits for this count and then expects the signal to be pending.
        Interlocked.Increment(ref Delivered[signum]);
    }

    [LibraryImport("libc")]
    private static partial int getpid();

    /// <summary>os.kill: a signal a process sends itself is delivered before kill() returns, so CPython
    /// runs the Python handler right after the call. Here the .NET signal thread records it a moment
    /// later: wait for that (briefly), then run the handlers at once.</summary>
    public static void Kill(int pid, int signum, Action kill)
    {
        bool self = (pid == 0 || pid == getpid()) && signum > 0 && signum < NSIG && Registrations[signum] != null;
        long before = self ? Interlocked.Read(ref Delivered[signum]) : 0;
        kill();
        if (!self) return;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Interlocked.Read(ref Delivered[signum]) == before && clock.ElapsedMilliseconds < 1000) Thread.Sleep(0);
        Safepoint.Poll();
    }

    /// <summary>thread.interrupt_main(): KeyboardInterrupt in the main thread, as if SIGINT arrived.</summary>
    public static void InterruptMain()
    {
        Interlocked.Exchange(ref Tripped[2], 1);
        Safepoint.RequestSignalHandling();
    }

    /// <summary>On the main thread: calls the Python handler of each tripped signal (lowest number
    /// first, as CPython's loop does). SIGINT with no signal module in use raises KeyboardInterrupt.</summary>
    static void RunPending()
    {
        for (int i = 1; i < NSIG; i++)
        {
            if (Interlocked.Exchange(ref Tripped[i], 0) == 0) continue;
            var handler = Handlers[i];
            if (i == 2 && handler == null) handler = signal.DefaultIntHandler;
            if (handler == null || handler is PyInt) continue;
            try { Ops.Call(handler, PyInt.From(i), PyNone.None); }
            catch (PythonException)
            {
                // The rest stay pending for the next safepoint, as CPython leaves them tripped.
                for (int j = i + 1; j < NSIG; j++)
                    if (Volatile.Read(ref Tripped[j]) != 0) { Safepoint.RequestSignalHandling(); break; }
                throw;
            }
        }
    }
}
