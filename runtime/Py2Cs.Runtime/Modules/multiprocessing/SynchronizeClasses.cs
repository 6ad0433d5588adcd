using System;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.Multiprocessing.PythonAttributes;

namespace Py2Cs.Runtime.Modules.Multiprocessing;

/// <summary>
/// multiprocessing.synchronize (2.7's synchronize.py): Lock, RLock, Semaphore, BoundedSemaphore,
/// Condition and Event as Python classes over _multiprocessing.SemLock (a semaphore in memory shared
/// with forked children), with synchronize.py's algorithms and reprs. Condition is built from three
/// semaphores, Event from a Condition and a semaphore, exactly as 2.7 does, so they work between
/// processes.
/// </summary>
internal static class SynchronizeClasses
{
    const string Module = "multiprocessing.synchronize";
    static readonly PyObject[] NoneDefaults2 = { PyBool.True, PyNone.None };

    static SemLockObject Sem(PyObject self) => (SemLockObject)Get(self, "_semlock");

    static void InitSemLock(PyObject self, int kind, int value, int maxValue)
    {
        var sem = new SemLockObject(kind, value, maxValue);
        ProcessClass.RegisterSemLock(sem);
        Set(self, "_semlock", sem);
        MakeMethods(self);
    }

    static void MakeMethods(PyObject self)
    {
        var sem = Get(self, "_semlock");
        Set(self, "acquire", Get(sem, "acquire"));
        Set(self, "release", Get(sem, "release"));
    }

    public static readonly PyType SemLock = new PythonClassBuilder(Module, "SemLock", PyType.ObjectType)
        .Method("__init__", new[] { "self", "kind", "value", "maxvalue" }, a =>
        {
            InitSemLock(a[0], Ops.ToInt32(a[1]), Ops.ToInt32(a[2]), Ops.ToInt32(a[3]));
            return PyNone.None;
        })
        .Method("_make_methods", new[] { "self" }, a => { MakeMethods(a[0]); return PyNone.None; })
        .Method("__enter__", new[] { "self" }, a => Call(Get(a[0], "_semlock"), "__enter__"))
        .Method("__exit__", new[] { "self" }, a => Ops.CallEx(Get(Get(a[0], "_semlock"), "__exit__"), Array.Empty<PyObject>(), null, a[1], null),
            varArgs: "args")
        .Build();

    public static readonly PyType Semaphore = new PythonClassBuilder(Module, "Semaphore", SemLock)
        .Method("__init__", new[] { "self", "value" }, a =>
        {
            InitSemLock(a[0], SemLockObject.Semaphore, Ops.ToInt32(a[1]), SemLockObject.SemValueMax);
            return PyNone.None;
        }, new PyObject[] { PyInt.From(1) })
        .Method("get_value", new[] { "self" }, a => PyInt.From(Sem(a[0]).Value))
        .Method("__repr__", new[] { "self" }, a =>
        {
            string value;
            try { value = Sem(a[0]).Value.ToString(); } catch (PythonException) { value = "unknown"; }
            return PyStr.FromString($"<Semaphore(value={value})>");
        })
        .Build();

    public static readonly PyType BoundedSemaphore = new PythonClassBuilder(Module, "BoundedSemaphore", Semaphore)
        .Method("__init__", new[] { "self", "value" }, a =>
        {
            int v = Ops.ToInt32(a[1]);
            InitSemLock(a[0], SemLockObject.Semaphore, v, v);
            return PyNone.None;
        }, new PyObject[] { PyInt.From(1) })
        .Method("__repr__", new[] { "self" }, a =>
        {
            string value;
            try { value = Sem(a[0]).Value.ToString(); } catch (PythonException) { value = "unknown"; }
            return PyStr.FromString($"<BoundedSemaphore(value={value}, maxvalue={Sem(a[0]).MaxValue})>");
        })
        .Build();

    /// <summary>The owner's name as synchronize.py's reprs show it: the process name, plus the thread's
    /// when it is not the main thread.</summary>
    static string OwnerName()
    {
        string name = Ops.Str(Get(ProcessClass.Current, "name")).ToString();
        var thread = Ops.Call(Get(Importer.ImportModule("threading"), "current_thread"));
        var threadName = Ops.Str(Get(thread, "name")).ToString();
        if (threadName != "MainThread") name += "|" + threadName;
        return name;
    }

    public static readonly PyType Lock = new PythonClassBuilder(Module, "Lock", SemLock)
        .Method("__init__", new[] { "self" }, a => { InitSemLock(a[0], SemLockObject.Semaphore, 1, 1); return PyNone.None; })
        .Method("__repr__", new[] { "self" }, a =>
        {
            string name;
            try
            {
                var s = Sem(a[0]);
                if (s.IsMine) name = OwnerName();
                else if (s.Value == 1) name = "None";
                else if (s.Count > 0) name = "SomeOtherThread";
                else name = "SomeOtherProcess";
            }
            catch (PythonException) { name = "unknown"; }
            return PyStr.FromString($"<Lock(owner={name})>");
        })
        .Build();

    public static readonly PyType RLock = new PythonClassBuilder(Module, "RLock", SemLock)
        .Method("__init__", new[] { "self" }, a => { InitSemLock(a[0], SemLockObject.RecursiveMutex, 1, 1); return PyNone.None; })
        .Method("__repr__", new[] { "self" }, a =>
        {
            string name, count;
            try
            {
                var s = Sem(a[0]);
                if (s.IsMine) { name = OwnerName(); count = s.Count.ToString(); }
                else if (s.Value == 1) { name = "None"; count = "0"; }
                else if (s.Count > 0) { name = "SomeOtherThread"; count = "nonzero"; }
                else { name = "SomeOtherProcess"; count = "nonzero"; }
            }
            catch (PythonException) { name = "unknown"; count = "unknown"; }
            return PyStr.FromString($"<RLock({name}, {count})>");
        })
        .Build();

    static bool TryAcquire(PyObject semaphore, bool block = false, PyObject timeout = null) =>
        Ops.IsTrue(Call(semaphore, "acquire", PyBool.From(block), timeout ?? PyNone.None));

    static void Release(PyObject semaphore) => Call(semaphore, "release");

    static void RequireOwned(PyObject self, string message)
    {
        if (!Ops.IsTrue(Call(Get(Get(self, "_lock"), "_semlock"), "_is_mine"))) throw Assertion(message);
    }

    public static readonly PyType Condition = new PythonClassBuilder(Module, "Condition", PyType.ObjectType)
        .Method("__init__", new[] { "self", "lock" }, a =>
        {
            var self = a[0];
            Set(self, "_lock", Ops.IsTrue(a[1]) ? a[1] : Ops.Call(RLock));
            Set(self, "_sleeping_count", Ops.Call(Semaphore, PyInt.From(0)));
            Set(self, "_woken_count", Ops.Call(Semaphore, PyInt.From(0)));
            Set(self, "_wait_semaphore", Ops.Call(Semaphore, PyInt.From(0)));
            Call(self, "_make_methods");
            return PyNone.None;
        }, new PyObject[] { PyNone.None })
        .Method("_make_methods", new[] { "self" }, a =>
        {
            Set(a[0], "acquire", Get(Get(a[0], "_lock"), "acquire"));
            Set(a[0], "release", Get(Get(a[0], "_lock"), "release"));
            return PyNone.None;
        })
        .Method("__enter__", new[] { "self" }, a => Call(Get(a[0], "_lock"), "__enter__"))
        .Method("__exit__", new[] { "self" }, a => Ops.CallEx(Get(Get(a[0], "_lock"), "__exit__"), Array.Empty<PyObject>(), null, a[1], null),
            varArgs: "args")
        .Method("__repr__", new[] { "self" }, a =>
        {
            string waiters;
            try
            {
                waiters = (Sem(Get(a[0], "_sleeping_count")).Value - Sem(Get(a[0], "_woken_count")).Value).ToString();
            }
            catch (PythonException) { waiters = "unknown"; }
            return PyStr.FromString($"<Condition({Ops.Str(Get(a[0], "_lock"))}, {waiters})>");
        })
        .Method("wait", new[] { "self", "timeout" }, a => { Wait(a[0], a[1]); return PyNone.None; }, new PyObject[] { PyNone.None })
        .Method("notify", new[] { "self" }, a => { Notify(a[0], all: false); return PyNone.None; })
        .Method("notify_all", new[] { "self" }, a => { Notify(a[0], all: true); return PyNone.None; })
        .Build();

    static void Wait(PyObject self, PyObject timeout)
    {
        RequireOwned(self, "must acquire() condition before using wait()");
        var lk = Get(self, "_lock");
        Release(Get(self, "_sleeping_count"));
        int count = Ops.ToInt32(Call(Get(lk, "_semlock"), "_count"));
        for (int i = 0; i < count; i++) Call(lk, "release");
        try { TryAcquire(Get(self, "_wait_semaphore"), true, timeout); }
        finally
        {
            Release(Get(self, "_woken_count"));
            for (int i = 0; i < count; i++) Call(lk, "acquire");
        }
    }

    static void Notify(PyObject self, bool all)
    {
        RequireOwned(self, "lock is not owned");
        var wait = Get(self, "_wait_semaphore");
        var woken = Get(self, "_woken_count");
        var sleeping = Get(self, "_sleeping_count");
        if (TryAcquire(wait)) throw Assertion(null);
        // Wake sleepers that timed out earlier: they are no longer waiting.
        while (TryAcquire(woken))
            if (!TryAcquire(sleeping)) throw Assertion(null);
        if (!all)
        {
            if (TryAcquire(sleeping))
            {
                Release(wait);
                TryAcquire(woken, true);
                TryAcquire(wait);
            }
            return;
        }
        int sleepers = 0;
        while (TryAcquire(sleeping))
        {
            Release(wait);
            sleepers++;
        }
        if (sleepers == 0) return;
        for (int i = 0; i < sleepers; i++) TryAcquire(woken, true);
        while (TryAcquire(wait)) { }
    }

    public static readonly PyType Event = new PythonClassBuilder(Module, "Event", PyType.ObjectType)
        .Method("__init__", new[] { "self" }, a =>
        {
            Set(a[0], "_cond", Ops.Call(Condition, Ops.Call(Lock)));
            Set(a[0], "_flag", Ops.Call(Semaphore, PyInt.From(0)));
            return PyNone.None;
        })
        .Method("is_set", new[] { "self" }, a => WithCondition(a[0], () => PyBool.From(FlagSet(a[0]))))
        .Method("set", new[] { "self" }, a => WithCondition(a[0], () =>
        {
            TryAcquire(Get(a[0], "_flag"));
            Release(Get(a[0], "_flag"));
            Call(Get(a[0], "_cond"), "notify_all");
            return PyNone.None;
        }))
        .Method("clear", new[] { "self" }, a => WithCondition(a[0], () => { TryAcquire(Get(a[0], "_flag")); return PyNone.None; }))
        .Method("wait", new[] { "self", "timeout" }, a => WithCondition(a[0], () =>
        {
            if (!FlagSet(a[0])) Call(Get(a[0], "_cond"), "wait", a[1]);
            return PyBool.From(FlagSet(a[0]));
        }), new PyObject[] { PyNone.None })
        .Build();

    static bool FlagSet(PyObject ev)
    {
        var flag = Get(ev, "_flag");
        if (!TryAcquire(flag)) return false;
        Release(flag);
        return true;
    }

    static PyObject WithCondition(PyObject ev, Func<PyObject> body)
    {
        var cond = Get(ev, "_cond");
        Call(cond, "acquire");
        try { return body(); }
        finally { Call(cond, "release"); }
    }
}
