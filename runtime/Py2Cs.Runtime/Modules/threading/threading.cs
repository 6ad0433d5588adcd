using System.Collections.Generic;
using Py2Cs.Runtime.Modules.Threading;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>threading</c> module of Python 2.7: Thread, Lock/RLock, Condition, Semaphore/BoundedSemaphore,
/// Event, Timer, local, and the module functions. As in 2.7, Lock is thread.allocate_lock and RLock,
/// Condition, Semaphore, BoundedSemaphore, Event and Timer are factory functions returning instances of
/// the underscore classes. Python code runs under the GIL (docs/threading.md).
/// </summary>
[PythonModule("threading")]
public static class threading
{
    /// <summary>ident → Thread for running threads; threads being started wait in _limbo.</summary>
    public static readonly PyDict _active = new();
    public static readonly PyDict _limbo = new();

    internal static PyObject _trace_hook = PyNone.None, _profile_hook = PyNone.None;

    public static readonly PyType Thread = ThreadClass.Type;
    public static readonly PyType _Verbose = VerboseClass.Type;
    public static readonly PyType _RLock = RLockClass.Type;
    public static readonly PyType _Condition = ConditionClass.Type;
    public static readonly PyType _Semaphore = SemaphoreClasses.Semaphore;
    public static readonly PyType _BoundedSemaphore = SemaphoreClasses.Bounded;
    public static readonly PyType _Event = EventClass.Type;
    public static readonly PyType _Timer = ThreadClass.Timer;
    public static readonly PyType _MainThread = ThreadClass.MainThread;
    public static readonly PyType _DummyThread = ThreadClass.DummyThread;
    public static readonly PyObject ThreadError = Runtime.thread.error;
    public static readonly PyObject local = LocalObject.TypeObject;
    public static readonly PyObject _VERBOSE = PyBool.False;

    public static void __init__(PyModule m)
    {
        m["__doc__"] = PyStr.FromString("Thread module emulating a subset of Java's threading model.");
        var thread = (PyModule)Importer.ImportModule("thread");
        m["Lock"] = thread.Dict.GetStr("allocate_lock");
        m["_allocate_lock"] = thread.Dict.GetStr("allocate_lock");
        m["_start_new_thread"] = thread.Dict.GetStr("start_new_thread");
        m["_get_ident"] = thread.Dict.GetStr("get_ident");
        m["stack_size"] = thread.Dict.GetStr("stack_size");
        m["_sleep"] = ((PyModule)Importer.ImportModule("time")).Dict.GetStr("sleep");
        m["_time"] = ((PyModule)Importer.ImportModule("time")).Dict.GetStr("time");
        m["_sys"] = SysModule.Module;
        m["warnings"] = Importer.ImportModule("warnings");
        // 2.7 defines these as Python functions returning instances of the underscore classes.
        Factory(m, "RLock", RLockClass.Type);
        Factory(m, "Condition", ConditionClass.Type);
        Factory(m, "Semaphore", SemaphoreClasses.Semaphore);
        Factory(m, "BoundedSemaphore", SemaphoreClasses.Bounded);
        Factory(m, "Event", EventClass.Type);
        Factory(m, "Timer", ThreadClass.Timer);
        // The thread importing threading is its main thread; _shutdown waits for the others at exit.
        var main = Ops.Call(ThreadClass.MainThread);
        m["_shutdown"] = Ops.GetAttr(main, "_exitfunc");
    }

    static void Factory(PyModule m, string name, PyType type)
    {
        var sig = new FunctionSignature(name, System.Array.Empty<string>(), "args", "kwargs");
        var f = PyFunction.WithBoundArguments(sig, a => Ops.CallEx(type, ((PyTuple)a[0]).AsSpan().ToArray(), null, null, a[1]), null, m.Dict);
        m[name] = f;
    }

    public static PyObject current_thread()
    {
        var t = _active.Get(Runtime.thread.get_ident());
        return t ?? Ops.Call(ThreadClass.DummyThread);
    }

    public static PyObject currentThread() => current_thread();

    public static PyObject active_count() => PyInt.From(_active.Count + _limbo.Count);

    public static PyObject activeCount() => active_count();

    internal static List<PyObject> EnumerateThreads()
    {
        var list = new List<PyObject>();
        var it = Ops.Iter(Ops.CallMethod(_active, "values"));
        for (var x = it.Next(); x != null; x = it.Next()) list.Add(x);
        it = Ops.Iter(Ops.CallMethod(_limbo, "values"));
        for (var x = it.Next(); x != null; x = it.Next()) list.Add(x);
        return list;
    }

    public static PyObject enumerate() => PyList.FromArray(EnumerateThreads().ToArray());

    public static PyObject _enumerate() => enumerate();

    public static PyObject settrace(PyObject func)
    {
        _trace_hook = func;
        return PyNone.None;
    }

    public static PyObject setprofile(PyObject func)
    {
        _profile_hook = func;
        return PyNone.None;
    }

    public static PyObject _newname(PyObject template = null) =>
        PyStr.FromString(ThreadClass.NewName(template == null ? "Thread-{0}" : Ops.Str(template).ToString().Replace("%d", "{0}")));

    public static PyObject _pickSomeNonDaemonThread()
    {
        foreach (var t in EnumerateThreads())
            if (!Ops.IsTrue(Ops.GetAttr(t, "daemon")) && Ops.IsTrue(Ops.CallMethod(t, "is_alive"))) return t;
        return PyNone.None;
    }

    /// <summary>Called by the runtime at exit (before atexit handlers, as Py_Finalize does) when the
    /// program imported threading: waits for the non-daemon threads.</summary>
    internal static void ShutdownIfImported()
    {
        if (Importer.Modules.GetStr(PyStr.Intern("threading")) is not PyModule m) return;
        if (m.Dict.GetStr("_shutdown") is { } f) Ops.Call(f);
    }
}
