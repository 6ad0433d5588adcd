using System;
using System.Diagnostics;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.Threading;

/// <summary>
/// Small helpers shared by the threading classes: they are real Python classes (built like a class
/// statement), keep their state in the instance dict under CPython's own mangled names
/// (<c>_Thread__started</c>, <c>_Condition__waiters</c>...), and call each other through attribute
/// look-up, so Python subclasses and user-supplied locks behave as with CPython's threading.py.
/// </summary>
internal static class ThreadingClasses
{
    public static PyObject Get(PyObject self, string name) => Ops.GetAttr(self, PyStr.Intern(name));
    public static void Set(PyObject self, string name, PyObject value) => Ops.SetAttr(self, PyStr.Intern(name), value);
    public static PyObject Call(PyObject self, string name) => Ops.CallMethod(self, PyStr.Intern(name));
    public static PyObject Call(PyObject self, string name, PyObject a) => Ops.CallMethod(self, PyStr.Intern(name), a);

    /// <summary>Reads an instance attribute stored by __init__, or null when __init__ did not run.</summary>
    public static PyObject Own(PyObject self, string name) => self.InstanceDict?.GetStr(name);

    public static PyObject Property(string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject> set = null)
    {
        var getter = PyFunction.WithBoundArguments(new FunctionSignature(name, new[] { "self" }), a => get(a[0]));
        PyObject setter = PyNone.None;
        if (set != null)
            setter = PyFunction.WithBoundArguments(new FunctionSignature(name, new[] { "self", name }),
                a => { set(a[0], a[1]); return PyNone.None; });
        return new PyProperty(getter, setter, PyNone.None, PyNone.None);
    }

    /// <summary>Seconds from a timeout argument (None → negative, meaning forever).</summary>
    public static double Timeout(PyObject timeout)
    {
        if (timeout == null || timeout is PyNone) return -1;
        var f = NumberTypes.FloatFromObject(timeout);
        double d = ((PyFloat)f).Value;
        return d < 0 ? 0 : d;
    }
}

/// <summary>threading._Verbose: the common base (verbose debugging output is off, as in a release build).</summary>
internal static class VerboseClass
{
    public static readonly PyType Type = new PythonClassBuilder("threading", "_Verbose", PyType.ObjectType)
        .Method("__init__", new[] { "self", "verbose" }, a => { Init(a[0], a[1]); return PyNone.None; }, new PyObject[] { PyNone.None })
        .Method("_note", new[] { "self" }, a => PyNone.None, varArgs: "args")
        .Build();

    /// <summary>_Verbose.__init__: records the verbose flag (threading._VERBOSE, False, when None).</summary>
    public static void Init(PyObject self, PyObject verbose) =>
        self.InstanceDict.SetStr("_Verbose__verbose", verbose == null || verbose is PyNone ? PyBool.False : verbose);
}

/// <summary>threading._RLock: a reentrant lock owned by a thread ident, over a thread.lock.</summary>
internal static class RLockClass
{
    const string Block = "_RLock__block", Owner = "_RLock__owner", Count = "_RLock__count";

    public static readonly PyType Type = new PythonClassBuilder("threading", "_RLock", VerboseClass.Type)
        .Method("__init__", new[] { "self", "verbose" }, a =>
        {
            VerboseClass.Init(a[0], a[1]);
            var d = a[0].InstanceDict;
            d.SetStr(Block, new LockObject());
            d.SetStr(Owner, PyNone.None);
            d.SetStr(Count, PyInt.From(0));
            return PyNone.None;
        }, new PyObject[] { PyNone.None })
        .Method("__repr__", new[] { "self" }, a =>
        {
            var self = a[0];
            var owner = ThreadingClasses.Get(self, Owner);
            PyObject shown = owner;
            if (owner is not PyNone && threading._active.Get(owner) is { } t) shown = ThreadingClasses.Get(t, "name");
            return PyStr.FromString($"<{Ops.TypeOf(self).Name} owner={Ops.Repr(shown)} count={Ops.Str(ThreadingClasses.Get(self, Count))}>");
        })
        .Method("acquire", new[] { "self", "blocking" }, a => Acquire(a[0], a[1]), new PyObject[] { PyInt.From(1) })
        .Method("__enter__", new[] { "self", "blocking" }, a => Acquire(a[0], a[1]), new PyObject[] { PyInt.From(1) })
        .Method("release", new[] { "self" }, a => Release(a[0]))
        .Method("__exit__", new[] { "self", "t", "v", "tb" }, a => Release(a[0]))
        .Method("_acquire_restore", new[] { "self", "count_owner" }, a =>
        {
            var parts = Ops.UnpackSequence(a[1], 2);
            ThreadingClasses.Call(ThreadingClasses.Get(a[0], Block), "acquire");
            ThreadingClasses.Set(a[0], Count, parts[0]);
            ThreadingClasses.Set(a[0], Owner, parts[1]);
            return PyNone.None;
        })
        .Method("_release_save", new[] { "self" }, a =>
        {
            var self = a[0];
            var saved = PyTuple.Create(ThreadingClasses.Get(self, Count), ThreadingClasses.Get(self, Owner));
            ThreadingClasses.Set(self, Count, PyInt.From(0));
            ThreadingClasses.Set(self, Owner, PyNone.None);
            ThreadingClasses.Call(ThreadingClasses.Get(self, Block), "release");
            return saved;
        })
        .Method("_is_owned", new[] { "self" }, a => PyBool.From(Ops.Eq(ThreadingClasses.Get(a[0], Owner), thread.get_ident())))
        .Build();

    static PyObject Acquire(PyObject self, PyObject blocking)
    {
        var me = thread.get_ident();
        if (Ops.Eq(ThreadingClasses.Get(self, Owner), me))
        {
            ThreadingClasses.Set(self, Count, Ops.Add(ThreadingClasses.Get(self, Count), PyInt.From(1)));
            return PyInt.From(1);
        }
        var rc = ThreadingClasses.Call(ThreadingClasses.Get(self, Block), "acquire", blocking);
        if (Ops.IsTrue(rc))
        {
            ThreadingClasses.Set(self, Owner, me);
            ThreadingClasses.Set(self, Count, PyInt.From(1));
        }
        return rc;
    }

    static PyObject Release(PyObject self)
    {
        if (!Ops.Eq(ThreadingClasses.Get(self, Owner), thread.get_ident()))
            throw Ops.RuntimeError("cannot release un-acquired lock");
        var count = Ops.Subtract(ThreadingClasses.Get(self, Count), PyInt.From(1));
        ThreadingClasses.Set(self, Count, count);
        if (!Ops.IsTrue(count))
        {
            ThreadingClasses.Set(self, Owner, PyNone.None);
            ThreadingClasses.Call(ThreadingClasses.Get(self, Block), "release");
        }
        return PyNone.None;
    }
}

/// <summary>threading._Condition: waiters are thread.locks the waiting threads block on, as in 2.7;
/// a timed wait is a timed acquire of that lock (CPython 2.7 polls with sleeps).</summary>
internal static class ConditionClass
{
    const string LockAttr = "_Condition__lock", Waiters = "_Condition__waiters";

    public static readonly PyType Type = new PythonClassBuilder("threading", "_Condition", VerboseClass.Type)
        .Method("__init__", new[] { "self", "lock", "verbose" }, a =>
        {
            var self = a[0];
            VerboseClass.Init(self, a[2]);
            var lk = a[1] is PyNone ? Ops.Call(RLockClass.Type) : a[1];
            var d = self.InstanceDict;
            d.SetStr(LockAttr, lk);
            d.SetStr("acquire", Ops.GetAttr(lk, "acquire"));
            d.SetStr("release", Ops.GetAttr(lk, "release"));
            foreach (var name in new[] { "_release_save", "_acquire_restore", "_is_owned" })
                if (Ops.GetAttrOrNull(lk, PyStr.Intern(name)) is { } m) d.SetStr(name, m);
            d.SetStr(Waiters, new PyList());
            return PyNone.None;
        }, new PyObject[] { PyNone.None, PyNone.None })
        .Method("__enter__", new[] { "self" }, a => Ops.CallMethod(ThreadingClasses.Get(a[0], LockAttr), "__enter__"))
        .Method("__exit__", new[] { "self" }, a =>
            Ops.CallMethod(ThreadingClasses.Get(a[0], LockAttr), PyStr.Intern("__exit__"), ((PyTuple)a[1]).AsSpan().ToArray()), varArgs: "args")
        .Method("__repr__", new[] { "self" }, a =>
            PyStr.FromString($"<Condition({Ops.Repr(ThreadingClasses.Get(a[0], LockAttr))}, {((PyList)ThreadingClasses.Get(a[0], Waiters)).Count})>"))
        .Method("_release_save", new[] { "self" }, a => { ThreadingClasses.Call(ThreadingClasses.Get(a[0], LockAttr), "release"); return PyNone.None; })
        .Method("_acquire_restore", new[] { "self", "x" }, a => { ThreadingClasses.Call(ThreadingClasses.Get(a[0], LockAttr), "acquire"); return PyNone.None; })
        .Method("_is_owned", new[] { "self" }, a =>
        {
            // A lock we can take is not held by anyone (CPython's fallback for locks without _is_owned).
            var lk = ThreadingClasses.Get(a[0], LockAttr);
            if (Ops.IsTrue(ThreadingClasses.Call(lk, "acquire", PyInt.From(0))))
            {
                ThreadingClasses.Call(lk, "release");
                return PyBool.False;
            }
            return PyBool.True;
        })
        .Method("wait", new[] { "self", "timeout" }, a => { Wait(a[0], ThreadingClasses.Timeout(a[1])); return PyNone.None; }, new PyObject[] { PyNone.None })
        .Method("notify", new[] { "self", "n" }, a => Notify(a[0], a[1]), new PyObject[] { PyInt.From(1) })
        .Method("notifyAll", new[] { "self" }, a => NotifyAll(a[0]))
        .Method("notify_all", new[] { "self" }, a => NotifyAll(a[0]))
        .Build();

    /// <summary>Waits until notified or the timeout (negative: none) passes; true when notified.</summary>
    public static bool Wait(PyObject self, double timeout)
    {
        if (!Ops.IsTrue(ThreadingClasses.Call(self, "_is_owned"))) throw Ops.RuntimeError("cannot wait on un-acquired lock");
        var waiter = new LockObject();
        waiter.TryAcquire();
        var waiters = (PyList)ThreadingClasses.Get(self, Waiters);
        waiters.Append(waiter);
        var saved = ThreadingClasses.Call(self, "_release_save");
        bool got;
        try
        {
            got = waiter.Acquire(true, timeout);
            if (!got)
            {
                int i = IndexOf(waiters, waiter);
                if (i >= 0) waiters.RemoveAt(i);
            }
        }
        finally { ThreadingClasses.Call(self, "_acquire_restore", saved); }
        return got;
    }

    static int IndexOf(PyList list, PyObject item)
    {
        for (int i = 0; i < list.Count; i++) if (ReferenceEquals(list[i], item)) return i;
        return -1;
    }

    static PyObject Notify(PyObject self, PyObject n)
    {
        if (!Ops.IsTrue(ThreadingClasses.Call(self, "_is_owned"))) throw Ops.RuntimeError("cannot notify on un-acquired lock");
        var waiters = (PyList)ThreadingClasses.Get(self, Waiters);
        long count = Math.Min(Ops.ToInt32(n), waiters.Count);
        for (long i = 0; i < count && waiters.Count > 0; i++)
        {
            var w = waiters[0];
            waiters.RemoveAt(0);
            ThreadingClasses.Call(w, "release");
        }
        return PyNone.None;
    }

    static PyObject NotifyAll(PyObject self)
    {
        var waiters = (PyList)ThreadingClasses.Get(self, Waiters);
        return Notify(self, PyInt.From(waiters.Count));
    }
}

/// <summary>threading._Semaphore and _BoundedSemaphore: a counter guarded by a Condition.</summary>
internal static class SemaphoreClasses
{
    const string Cond = "_Semaphore__cond", Value = "_Semaphore__value";

    public static readonly PyType Semaphore = new PythonClassBuilder("threading", "_Semaphore", VerboseClass.Type)
        .Method("__init__", new[] { "self", "value", "verbose" }, a =>
        {
            if (Ops.Less(a[1], PyInt.From(0))) throw Ops.ValueError("semaphore initial value must be >= 0");
            VerboseClass.Init(a[0], a[2]);
            var d = a[0].InstanceDict;
            d.SetStr(Cond, Ops.Call(ConditionClass.Type, new LockObject()));
            d.SetStr(Value, a[1]);
            return PyNone.None;
        }, new PyObject[] { PyInt.From(1), PyNone.None })
        .Method("acquire", new[] { "self", "blocking" }, a => Acquire(a[0], a[1]), new PyObject[] { PyInt.From(1) })
        .Method("__enter__", new[] { "self", "blocking" }, a => Acquire(a[0], a[1]), new PyObject[] { PyInt.From(1) })
        .Method("release", new[] { "self" }, a => Release(a[0]))
        .Method("__exit__", new[] { "self", "t", "v", "tb" }, a => { ThreadingClasses.Call(a[0], "release"); return PyNone.None; })
        .Build();

    public static readonly PyType Bounded = new PythonClassBuilder("threading", "_BoundedSemaphore", Semaphore)
        .Method("__init__", new[] { "self", "value", "verbose" }, a =>
        {
            Ops.CallWithSelf(Semaphore.Dict.GetStr("__init__"), a[0], a[1], a[2]);
            a[0].InstanceDict.SetStr("_initial_value", a[1]);
            return PyNone.None;
        }, new PyObject[] { PyInt.From(1), PyNone.None })
        .Method("release", new[] { "self" }, a =>
        {
            var self = a[0];
            var cond = ThreadingClasses.Get(self, Cond);
            Ops.CallMethod(cond, "__enter__");
            try
            {
                if (Ops.GreaterEqual(ThreadingClasses.Get(self, Value), ThreadingClasses.Get(self, "_initial_value")))
                    throw Ops.ValueError("Semaphore released too many times");
                ThreadingClasses.Set(self, Value, Ops.Add(ThreadingClasses.Get(self, Value), PyInt.From(1)));
                ThreadingClasses.Call(cond, "notify");
            }
            finally { Ops.CallMethod(cond, "__exit__", PyNone.None, PyNone.None, PyNone.None); }
            return PyNone.None;
        })
        .Build();

    static PyObject Acquire(PyObject self, PyObject blocking)
    {
        bool rc = false;
        var cond = ThreadingClasses.Get(self, Cond);
        Ops.CallMethod(cond, "__enter__");
        try
        {
            while (true)
            {
                var v = ThreadingClasses.Get(self, Value);
                if (Ops.IsTrue(v))
                {
                    ThreadingClasses.Set(self, Value, Ops.Subtract(v, PyInt.From(1)));
                    rc = true;
                    break;
                }
                if (!Ops.IsTrue(blocking)) break;
                ThreadingClasses.Call(cond, "wait");
            }
        }
        finally { Ops.CallMethod(cond, "__exit__", PyNone.None, PyNone.None, PyNone.None); }
        return PyBool.From(rc);
    }

    static PyObject Release(PyObject self)
    {
        var cond = ThreadingClasses.Get(self, Cond);
        Ops.CallMethod(cond, "__enter__");
        try
        {
            ThreadingClasses.Set(self, Value, Ops.Add(ThreadingClasses.Get(self, Value), PyInt.From(1)));
            ThreadingClasses.Call(cond, "notify");
        }
        finally { Ops.CallMethod(cond, "__exit__", PyNone.None, PyNone.None, PyNone.None); }
        return PyNone.None;
    }
}

/// <summary>threading._Event: a flag guarded by a Condition; wait returns the flag (2.7).</summary>
internal static class EventClass
{
    const string Cond = "_Event__cond", Flag = "_Event__flag";

    public static readonly PyType Type = new PythonClassBuilder("threading", "_Event", VerboseClass.Type)
        .Method("__init__", new[] { "self", "verbose" }, a =>
        {
            VerboseClass.Init(a[0], a[1]);
            var d = a[0].InstanceDict;
            d.SetStr(Cond, Ops.Call(ConditionClass.Type, new LockObject()));
            d.SetStr(Flag, PyBool.False);
            return PyNone.None;
        }, new PyObject[] { PyNone.None })
        .Method("_reset_internal_locks", new[] { "self" }, a =>
        {
            Ops.CallMethod(ThreadingClasses.Get(a[0], Cond), "__init__", new LockObject());
            return PyNone.None;
        })
        .Method("isSet", new[] { "self" }, a => ThreadingClasses.Get(a[0], Flag))
        .Method("is_set", new[] { "self" }, a => ThreadingClasses.Get(a[0], Flag))
        .Method("set", new[] { "self" }, a => SetFlag(a[0], true))
        .Method("clear", new[] { "self" }, a => SetFlag(a[0], false))
        .Method("wait", new[] { "self", "timeout" }, a =>
        {
            var self = a[0];
            var cond = ThreadingClasses.Get(self, Cond);
            Ops.CallMethod(cond, "__enter__");
            try
            {
                if (!Ops.IsTrue(ThreadingClasses.Get(self, Flag))) ThreadingClasses.Call(cond, "wait", a[1]);
                return ThreadingClasses.Get(self, Flag);
            }
            finally { Ops.CallMethod(cond, "__exit__", PyNone.None, PyNone.None, PyNone.None); }
        }, new PyObject[] { PyNone.None })
        .Build();

    static PyObject SetFlag(PyObject self, bool value)
    {
        var cond = ThreadingClasses.Get(self, Cond);
        Ops.CallMethod(cond, "__enter__");
        try
        {
            ThreadingClasses.Set(self, Flag, PyBool.From(value));
            if (value) ThreadingClasses.Call(cond, "notify_all");
        }
        finally { Ops.CallMethod(cond, "__exit__", PyNone.None, PyNone.None, PyNone.None); }
        return PyNone.None;
    }

    public static bool IsSet(PyObject ev) => Ops.IsTrue(ThreadingClasses.Get(ev, Flag));
}
