using Py2Cs.Runtime.Modules.Threading;

namespace Py2Cs.Runtime;

/// <summary>
/// The low-level <c>thread</c> module: start_new_thread, locks, get_ident, thread-local objects. Python
/// threads share the GIL (docs/threading.md).
/// </summary>
[PythonModule("thread")]
public static class thread
{
    public static readonly PyType error = new Modules.getopt.PythonClassBuilder("thread", "error", PyExceptionTypes.Exception).Build();

    public static readonly PyType LockType = LockObject.TypeObject;

    public static readonly PyType _local = LocalObject.TypeObject;

    public static void __init__(PyModule m) =>
        m["__doc__"] = PyStr.FromString("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.");

    public static PyObject start_new_thread(params PyObject[] args) => StartNew("start_new_thread", args);

    public static PyObject start_new(params PyObject[] args) => StartNew("start_new", args);

    static PyObject StartNew(string name, PyObject[] args)
    {
        if (args.Length < 2 || args.Length > 3)
            throw Ops.TypeError($"{name} expected at {(args.Length < 2 ? "least 2" : "most 3")} arguments, got {args.Length}");
        PyObject function = args[0];
        if (!Ops.IsCallable(function)) throw Ops.TypeError("first arg must be callable");
        if (args[1] is not PyTuple positional) throw Ops.TypeError("2nd arg must be a tuple");
        PyDict kwargs = null;
        if (args.Length == 3 && args[2] is not PyDict d) throw Ops.TypeError("optional 3rd arg must be a dictionary");
        else if (args.Length == 3) kwargs = (PyDict)args[2];
        var callArgs = positional.AsSpan().ToArray();
        long ident = PythonThreads.Start(() =>
        {
            try { Ops.CallEx(function, callArgs, null, null, kwargs); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.SystemExit)) { }
            catch (PythonException e)
            {
                // CPython: "Unhandled exception in thread started by <function f at 0x...>" then the traceback.
                var stderr = SysModule.Stderr;
                stderr.WriteString("Unhandled exception in thread started by ");
                try { stderr.WriteString(Ops.Repr(function).ToString()); } catch (PythonException) { }
                stderr.WriteString("\n");
                TracebackPrinter.Print(e, stderr);
            }
        });
        return PyInt.From(ident);
    }

    public static PyObject allocate_lock() => new LockObject();

    public static PyObject allocate() => new LockObject();

    public static PyObject get_ident() => PyInt.From(PythonThreads.CurrentIdent);

    public static PyObject exit() => throw new PythonException(Ops.Call(PyExceptionTypes.SystemExit));

    public static PyObject exit_thread() => exit();

    /// <summary>Raises KeyboardInterrupt in the main thread at its next safepoint.</summary>
    public static PyObject interrupt_main()
    {
        SignalDelivery.InterruptMain();
        return PyNone.None;
    }

    public static PyObject stack_size(PyObject size = null)
    {
        // As CPython's: no argument means 0, so stack_size() also resets the size to the default.
        int old = PythonThreads.StackSize;
        size ??= PyInt.From(0);
        long n = size is PyLong big ? (long)System.Numerics.BigInteger.Clamp(big.Value, long.MinValue, long.MaxValue) : Ops.ToInt32(size);
        if (n < 0) throw Ops.ValueError("size must be 0 or a positive value");
        if (n != 0 && n < 32768) throw Ops.ValueError($"size not valid: {n} bytes");
        if (n > int.MaxValue) throw Ops.ValueError($"size not valid: {n} bytes");
        PythonThreads.StackSize = (int)n;
        return PyInt.From(old);
    }

    public static PyObject _count() => PyInt.From(PythonThreads.Count);
}
