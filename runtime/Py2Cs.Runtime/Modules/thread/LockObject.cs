using System;
using System.Diagnostics;
using System.Threading;

namespace Py2Cs.Runtime.Modules.Threading;

/// <summary>
/// thread.lock (thread.LockType, threading.Lock()): a non-reentrant lock any thread may release. The
/// uncontended path is one compare-and-swap; a blocked acquire releases the GIL while it waits. Like
/// CPython 2's, a blocking acquire is not interrupted by signals.
/// </summary>
public sealed class LockObject : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("thread.lock", () => PyType.ObjectType, Populate);

    int _state;            // 0 free, 1 held
    int _waiters;
    readonly object _gate = new();

    public override PyType Type => TypeObject;

    public bool IsLocked => Volatile.Read(ref _state) != 0;

    public bool TryAcquire() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

    /// <summary>Acquires, waiting at most <paramref name="timeoutSeconds"/> (negative: forever).</summary>
    public bool Acquire(bool blocking = true, double timeoutSeconds = -1)
    {
        if (TryAcquire()) return true;
        if (!blocking || timeoutSeconds == 0) return false;
        using (Gil.Blocking()) return WaitAndAcquire(timeoutSeconds);
    }

    /// <summary>The blocking part, for callers that already released the GIL.</summary>
    internal bool WaitAndAcquire(double timeoutSeconds)
    {
        var clock = timeoutSeconds >= 0 ? Stopwatch.StartNew() : null;
        lock (_gate)
        {
            Interlocked.Increment(ref _waiters);
            try
            {
                while (!TryAcquire())
                {
                    if (clock == null) Monitor.Wait(_gate);
                    else
                    {
                        double left = timeoutSeconds - clock.Elapsed.TotalSeconds;
                        if (left <= 0) return false;
                        Monitor.Wait(_gate, TimeSpan.FromSeconds(Math.Min(left, int.MaxValue / 1000.0)));
                    }
                }
                return true;
            }
            finally { Interlocked.Decrement(ref _waiters); }
        }
    }

    /// <summary>Releases; false when it was not held (the caller raises its own error).</summary>
    public bool TryRelease()
    {
        if (Interlocked.CompareExchange(ref _state, 0, 1) != 1) return false;
        if (Volatile.Read(ref _waiters) > 0) lock (_gate) Monitor.Pulse(_gate);
        return true;
    }

    public void Release()
    {
        if (!TryRelease()) throw new PythonException(Ops.Call(thread.error, PyStr.FromString("release unlocked lock")));
    }

    public override PyStr Repr() => PyStr.FromString($"<thread.lock object at 0x{Ops.Id(this):x}>");

    static LockObject Self(PyObject o) => o as LockObject ?? throw Ops.TypeError("descriptor requires a 'thread.lock' object");

    static PyObject AcquireMethod(PyObject self, PyObject[] a)
    {
        bool blocking = a[0] == null || Ops.IsTrue(a[0]);
        return PyBool.From(Self(self).Acquire(blocking));
    }

    static void Populate(PyType t)
    {
        Func<PyObject, PyObject[], PyObject> acquire = AcquireMethod;
        foreach (var name in new[] { "acquire", "acquire_lock" })
            t.Define(name, NativeMethod.CreateRaw(t, name, (s, a, kw) =>
            {
                ArgumentParser.NoKeywords("acquire", kw);
                if (a.Length > 1) throw ArgumentParser.CountError("acquire", 0, 1, a.Length);
                return acquire(s, new[] { a.Length > 0 ? a[0] : null });
            }));
        t.DefMethod("__enter__", s => AcquireMethod(s, new PyObject[1]));
        foreach (var name in new[] { "release", "release_lock" })
            t.DefMethod(name, s => { Self(s).Release(); return PyNone.None; });
        foreach (var name in new[] { "locked", "locked_lock" })
            t.DefMethod(name, s => PyBool.From(Self(s).IsLocked));
        t.DefVarMethod("__exit__", (s, a) => { Self(s).Release(); return PyNone.None; });
    }
}
