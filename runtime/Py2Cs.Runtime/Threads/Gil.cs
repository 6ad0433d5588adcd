using System;
using System.Threading;

namespace Py2Cs.Runtime;

/// <summary>
/// The global interpreter lock. Python code runs on several .NET threads (threading, thread), but the
/// runtime's objects (PyList, PyDict, type caches...) are not internally synchronised: like CPython, one
/// lock serialises all Python execution, so list.append, dict updates and reads of shared state are
/// atomic exactly as they are in CPython. The lock is inactive (every call a no-op) until a second Python
/// thread starts, so single-threaded programs pay nothing. It is a FIFO ticket lock: a thread that
/// gives the lock up at a safepoint goes to the back of the queue, so every waiter gets a turn.
/// Blocking operations (sleep, lock waits, joins, I/O) release it: wrap them in
/// <c>using (Gil.Blocking()) { ... }</c> and touch no Python object inside.
/// </summary>
public static class Gil
{
    /// <summary>How long a waiting thread lets the holder run before asking it to switch (CPython 3's
    /// sys.getswitchinterval default; CPython 2 switched every 100 bytecodes).</summary>
    public static int SwitchIntervalMilliseconds { get; set; } = 5;

    static volatile bool _active;
    static readonly object Gate = new();
    static long _nextTicket, _nowServing;
    static Thread _owner;

    /// <summary>True once a second Python thread has been started.</summary>
    public static bool IsActive => _active;

    /// <summary>True when the calling thread holds the lock (always true before it is active).</summary>
    public static bool IsHeldByCurrentThread => !_active || ReferenceEquals(_owner, Thread.CurrentThread);

    /// <summary>Called (holding the right to run Python) before a second thread starts: from now on the
    /// caller owns the lock and every other Python thread must acquire it.</summary>
    public static void Activate()
    {
        if (_active) return;
        lock (Gate)
        {
            _owner = Thread.CurrentThread;
            _nextTicket = 1;
            _nowServing = 0;
            _active = true;
        }
    }

    /// <summary>In a forked child only the forking thread exists: it holds the lock alone, and the
    /// tickets of the parent's other threads (which will never be served) are dropped. The gate's monitor
    /// is not touched: another thread may have held it at the moment of the fork.</summary>
    public static void BecomeSoleThread()
    {
        if (!_active) return;
        _active = false;
        _owner = null;
        _nextTicket = 0;
        _nowServing = 0;
    }

    public static void Acquire()
    {
        if (!_active) return;
        var me = Thread.CurrentThread;
        lock (Gate)
        {
            long ticket = _nextTicket++;
            while (ticket != _nowServing)
            {
                // The holder runs until it blocks or reaches a safepoint after being asked to switch.
                if (!Monitor.Wait(Gate, SwitchIntervalMilliseconds)) Safepoint.RequestSwitch();
            }
            _owner = me;
        }
    }

    public static void Release() => TryRelease();

    /// <summary>Releases when the calling thread holds the lock; false otherwise (a thread that is not a
    /// Python thread, e.g. a host or test thread, never owns it and must not disturb the queue).</summary>
    static bool TryRelease()
    {
        if (!_active) return false;
        lock (Gate)
        {
            if (!ReferenceEquals(_owner, Thread.CurrentThread)) return false;
            _owner = null;
            _nowServing++;
            Monitor.PulseAll(Gate);
            return true;
        }
    }

    /// <summary>Lets the other waiting threads run (called at a safepoint after a switch request).</summary>
    public static void Yield()
    {
        if (!_active) return;
        bool others;
        lock (Gate) others = _nextTicket > _nowServing + 1;
        if (!others) return;
        if (TryRelease()) Acquire();
    }

    /// <summary>Releases the lock for the duration of a blocking call: <c>using (Gil.Blocking()) Wait();</c></summary>
    public static BlockingRegion Blocking() => new(TryRelease());

    public readonly struct BlockingRegion : IDisposable
    {
        readonly bool _reacquire;
        internal BlockingRegion(bool reacquire) => _reacquire = reacquire;
        public void Dispose() { if (_reacquire) Acquire(); }
    }
}
