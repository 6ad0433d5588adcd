using System;
using System.Diagnostics;

namespace Py2Cs.Runtime.Modules.Multiprocessing;

/// <summary>
/// _multiprocessing.SemLock: a POSIX semaphore in shared memory (sem_init with pshared=1), so locks
/// made before a fork work across the processes. Kind RECURSIVE_MUTEX (0) counts the owner's nested
/// acquires; SEMAPHORE (1) is a counting semaphore whose release checks maxvalue, as semaphore.c does.
/// Waits release the GIL.
/// </summary>
public sealed unsafe class SemLockObject : PyObject
{
    public const int RecursiveMutex = 0, Semaphore = 1;
    public const int SemValueMax = int.MaxValue;

    public static readonly PyType TypeObject = PyType.Builtin("_multiprocessing.SemLock", () => PyType.ObjectType, Populate);

    readonly byte* _sem;
    readonly int _kind, _maxValue;
    int _count;
    long _lastThread;

    public override PyType Type => TypeObject;

    public SemLockObject(int kind, int value, int maxValue)
    {
        if (kind != RecursiveMutex && kind != Semaphore) throw Ops.ValueError("unrecognized kind");
        if (value < 0) throw OsErrors.ToPython(new OsFailure(22));
        _kind = kind;
        _maxValue = maxValue;
        _sem = SharedArena.Allocate(SyncCalls.SemaphoreSize);
        if (SyncCalls.sem_init(_sem, 1, (uint)value) < 0) throw OsErrors.ToPython(new OsFailure(SyncCalls.Errno));
    }

    public int Kind => _kind;
    public int MaxValue => _maxValue;
    public int Count => _count;
    public bool IsMine => _count > 0 && _lastThread == PythonThreads.CurrentIdent;

    public int Value
    {
        get
        {
            int v;
            if (SyncCalls.sem_getvalue(_sem, &v) < 0) throw OsErrors.ToPython(new OsFailure(SyncCalls.Errno));
            return v < 0 ? 0 : v;   // some systems report -(number of waiters)
        }
    }

    /// <summary>acquire(block, timeout): timeout in seconds, negative for none.</summary>
    public bool Acquire(bool block = true, double timeout = -1)
    {
        if (_kind == RecursiveMutex && IsMine)
        {
            _count++;
            return true;
        }
        if (!TryWait(block, timeout)) return false;
        _count++;
        _lastThread = PythonThreads.CurrentIdent;
        return true;
    }

    bool TryWait(bool block, double timeout)
    {
        if (SyncCalls.sem_trywait(_sem) == 0) return true;
        if (SyncCalls.Errno != SyncCalls.EAGAIN && SyncCalls.Errno != SyncCalls.EINTR) throw OsErrors.ToPython(new OsFailure(SyncCalls.Errno));
        if (!block || timeout == 0) return false;
        int result, errno;
        using (Gil.Blocking())
        {
            if (timeout < 0)
            {
                do { result = SyncCalls.sem_wait(_sem); errno = result < 0 ? SyncCalls.Errno : 0; }
                while (result < 0 && errno == SyncCalls.EINTR);
            }
            else
            {
                SyncCalls.TimeSpec deadline;
                SyncCalls.clock_gettime(0, &deadline);   // CLOCK_REALTIME, the clock sem_timedwait measures
                long nanos = deadline.Nanoseconds + (long)((timeout - Math.Floor(timeout)) * 1e9);
                deadline.Seconds += (long)Math.Floor(timeout) + nanos / 1_000_000_000;
                deadline.Nanoseconds = nanos % 1_000_000_000;
                do { result = SyncCalls.sem_timedwait(_sem, &deadline); errno = result < 0 ? SyncCalls.Errno : 0; }
                while (result < 0 && errno == SyncCalls.EINTR);
            }
        }
        if (result == 0) return true;
        if (errno == SyncCalls.ETIMEDOUT || errno == SyncCalls.EAGAIN) return false;
        throw OsErrors.ToPython(new OsFailure(errno));
    }

    public void Release()
    {
        if (_kind == RecursiveMutex)
        {
            if (!IsMine) throw new PythonException(Ops.Call(PyExceptionTypes.AssertionError, PyStr.FromString("attempt to release recursive lock not owned by thread")));
            if (_count > 1) { _count--; return; }
        }
        else if (Value >= _maxValue)
            throw Ops.ValueError("semaphore or lock released too many times");
        if (SyncCalls.sem_post(_sem) < 0) throw OsErrors.ToPython(new OsFailure(SyncCalls.Errno));
        _count--;
    }

    /// <summary>A child starts owning nothing (2.7's SemLock._after_fork).</summary>
    public void AfterFork() => _count = 0;

    static SemLockObject Self(PyObject o) => o as SemLockObject ?? throw Ops.TypeError("descriptor requires a '_multiprocessing.SemLock' object");

    /// <summary>A timeout argument as semaphore.c reads it: None is no timeout, negatives count as 0.</summary>
    internal static double Timeout(PyObject timeout)
    {
        if (timeout == null || timeout is PyNone) return -1;
        double t = ((PyFloat)NumberTypes.FloatFromObject(timeout)).Value;
        return t < 0 ? 0 : t;
    }

    static PyObject AcquireMethod(PyObject self, PyObject[] a)
    {
        bool block = a[0] == null || Ops.IsTrue(a[0]);
        return PyBool.From(Self(self).Acquire(block, block ? Timeout(a[1]) : 0));
    }

    static void Populate(PyType t)
    {
        t.Constructor = (type, args, kwNames) =>
        {
            var a = ArgumentParser.Parse("SemLock", args, kwNames, 3, 3, "kind", "value", "maxvalue");
            return new SemLockObject(Ops.ToInt32(a[0]), Ops.ToInt32(a[1]), Ops.ToInt32(a[2]));
        };
        t.DefMethod("acquire", 0, new[] { "block", "timeout" }, AcquireMethod);
        t.DefMethod("release", s => { Self(s).Release(); return PyNone.None; });
        t.DefMethod("__enter__", s => AcquireMethod(s, new PyObject[2]));
        t.DefVarMethod("__exit__", (s, a) => { Self(s).Release(); return PyNone.None; });
        t.DefMethod("_count", s => PyInt.From(Self(s)._count));
        t.DefMethod("_is_mine", s => PyBool.From(Self(s).IsMine));
        t.DefMethod("_get_value", s => PyInt.From(Self(s).Value));
        t.DefMethod("_is_zero", s => PyBool.From(Self(s).Value == 0));
        t.DefMethod("_after_fork", s => { Self(s).AfterFork(); return PyNone.None; });
        t.DefProperty("handle", s => PyInt.From((long)(nint)Self(s)._sem));
        t.DefProperty("kind", s => PyInt.From(Self(s)._kind));
        t.DefProperty("maxvalue", s => PyInt.From(Self(s)._maxValue));
        t.Define("SEM_VALUE_MAX", PyInt.From(SemValueMax));
    }
}
