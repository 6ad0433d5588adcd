using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Py2Cs.Runtime;

/// <summary>
/// The points where a running Python thread notices asynchronous requests, like CPython's periodic
/// "ticker" check: a GIL switch asked for by a waiting thread, and signals whose Python handlers must
/// run on the main thread. Every Python function call passes one (<see cref="RecursionGuard.Enter"/>),
/// and so does every blocking call. The common path is one volatile read.
/// </summary>
public static class Safepoint
{
    const int SwitchRequested = 1, SignalsPending = 2;

    static volatile int _flags;

    /// <summary>The thread Python calls the main thread (it runs signal handlers).</summary>
    public static Thread MainThread { get; set; }

    public static bool IsMainThread => MainThread == null || ReferenceEquals(Thread.CurrentThread, MainThread);

    /// <summary>Runs the Python handlers of the signals that arrived (installed by the signal module).</summary>
    public static Action PendingSignalRunner { get; set; }

    /// <summary>Set when a signal arrives, so blocking waits on the main thread can wake up for it.</summary>
    public static readonly ManualResetEventSlim SignalArrived = new(false);

    public static bool HasPendingSignals => (_flags & SignalsPending) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Poll()
    {
        if (_flags != 0) Service();
    }

    public static bool IsRequested => _flags != 0;

    internal static void RequestSwitch() => Set(SwitchRequested);

    /// <summary>Called from the signal-receiving thread.</summary>
    public static void RequestSignalHandling()
    {
        Set(SignalsPending);
        SignalArrived.Set();
    }

    static void Set(int bit)
    {
        int f;
        do f = _flags; while (Interlocked.CompareExchange(ref _flags, f | bit, f) != f);
    }

    static void Clear(int bit)
    {
        int f;
        do f = _flags; while (Interlocked.CompareExchange(ref _flags, f & ~bit, f) != f);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Service()
    {
        if ((_flags & SwitchRequested) != 0)
        {
            Clear(SwitchRequested);
            Gil.Yield();
        }
        if ((_flags & SignalsPending) != 0 && IsMainThread) RunSignalHandlers();
    }

    /// <summary>Runs pending signal handlers now (main thread only); a handler's exception propagates.</summary>
    public static void RunSignalHandlers()
    {
        if (!IsMainThread) return;
        Clear(SignalsPending);
        SignalArrived.Reset();
        PendingSignalRunner?.Invoke();
    }
}
