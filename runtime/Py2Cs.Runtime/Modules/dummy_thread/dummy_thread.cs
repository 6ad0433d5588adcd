using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime;

/// <summary>
/// <c>dummy_thread</c>: Python 2.7's drop-in replacement for <c>thread</c> without threads.
/// start_new_thread runs the function at once, to completion, in the calling thread; locks are
/// plain flags (a blocking acquire of a held lock succeeds, as in dummy_thread.py).
/// </summary>
[PythonModule("dummy_thread")]
public static class dummy_thread
{
    static bool _main = true, _interrupt;

    public static readonly PyType error = new PythonClassBuilder("dummy_thread", "error", PyExceptionTypes.Exception)
        .Attribute("__doc__", PyStr.FromString("Dummy implementation of thread.error."))
        .Method("__init__", new[] { "self" }, a => { Ops.SetAttr(a[0], "args", a[1]); return PyNone.None; }, varArgs: "args")
        .Build();

    public static readonly PyType LockType = new PythonClassBuilder("dummy_thread", "LockType", PyType.ObjectType)
        .Method("__init__", new[] { "self" }, a => { Ops.SetAttr(a[0], "locked_status", PyBool.False); return PyNone.None; })
        .Method("acquire", new[] { "self", "waitflag" }, a => Acquire(a[0], a[1]), new PyObject[] { PyNone.None })
        .Method("__enter__", new[] { "self", "waitflag" }, a => Acquire(a[0], a[1]), new PyObject[] { PyNone.None })
        .Method("__exit__", new[] { "self", "typ", "val", "tb" }, a => Ops.CallMethod(a[0], "release"))
        .Method("release", new[] { "self" }, a =>
        {
            if (!Ops.IsTrue(Ops.GetAttr(a[0], "locked_status"))) throw new PythonException(Ops.Call(error));
            Ops.SetAttr(a[0], "locked_status", PyBool.False);
            return PyBool.True;
        })
        .Method("locked", new[] { "self" }, a => Ops.GetAttr(a[0], "locked_status"))
        .Build();

    static PyObject Acquire(PyObject self, PyObject waitflag)
    {
        if (waitflag is PyNone || Ops.IsTrue(waitflag) || !Ops.IsTrue(Ops.GetAttr(self, "locked_status")))
        {
            Ops.SetAttr(self, "locked_status", PyBool.True);
            return PyBool.True;
        }
        return PyBool.False;
    }

    public static void __init__(PyModule m) => m["__doc__"] = PyStr.FromString(
        "Drop-in replacement for the thread module.\n\nMeant to be used as a brain-dead substitute so that threaded code does\n" +
        "not need to be rewritten for when the thread module is not present.\n\nSuggested usage is::\n\n    try:\n" +
        "        import thread\n    except ImportError:\n        import dummy_thread as thread\n\n");

    public static PyObject start_new_thread(PyObject function, PyObject args, PyObject kwargs = null)
    {
        if (Ops.TypeOf(args) != PyTuple.TypeObject) throw Ops.TypeError("2nd arg must be a tuple");
        kwargs ??= new PyDict();
        if (Ops.TypeOf(kwargs) != PyDict.TypeObject) throw Ops.TypeError("3rd arg must be a dict");
        _main = false;
        try { Ops.CallEx(function, ((PyTuple)args).AsSpan().ToArray(), null, null, kwargs); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.SystemExit)) { }
        catch (PythonException e) { TracebackPrinter.Print(e, SysModule.Stderr); }
        _main = true;
        if (_interrupt)
        {
            _interrupt = false;
            throw new PythonException(Ops.Call(PyExceptionTypes.KeyboardInterrupt));
        }
        return PyNone.None;
    }

    public static PyObject exit() => throw new PythonException(Ops.Call(PyExceptionTypes.SystemExit));

    /// <summary>Only one thread exists, so a constant ident is safe (dummy_thread.py returns -1).</summary>
    public static PyObject get_ident() => PyInt.From(-1);

    public static PyObject allocate_lock() => Ops.Call(LockType);

    public static PyObject stack_size(PyObject size = null)
    {
        if (size != null && size is not PyNone) throw new PythonException(Ops.Call(error, PyStr.FromString("setting thread stack size not supported")));
        return PyInt.From(0);
    }

    public static PyObject interrupt_main()
    {
        if (_main) throw new PythonException(Ops.Call(PyExceptionTypes.KeyboardInterrupt));
        _interrupt = true;
        return PyNone.None;
    }
}
