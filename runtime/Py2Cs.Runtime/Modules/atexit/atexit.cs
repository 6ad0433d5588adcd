using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules;

/// <summary>The <c>atexit</c> module: handlers run last-registered first when the program ends
/// (after the pending print newline, before stdout is flushed), as CPython does.</summary>
[PythonModule("atexit")]
public static class atexit
{
    static readonly List<(PyObject Function, PyObject[] Args, PyDict Kwargs)> Handlers = new();

    public static PyObject register(PyObject func, [Kwargs] PyDict kwargs, params PyObject[] args)
    {
        lock (Handlers) Handlers.Add((func, args, kwargs));
        return func;
    }

    /// <summary>Runs and clears the handlers; an exception is reported on stderr and the others still run.</summary>
    public static PyObject _run_exitfuncs()
    {
        while (true)
        {
            (PyObject Function, PyObject[] Args, PyDict Kwargs) h;
            lock (Handlers)
            {
                if (Handlers.Count == 0) break;
                h = Handlers[^1];
                Handlers.RemoveAt(Handlers.Count - 1);
            }
            try { Ops.CallEx(h.Function, h.Args, null, null, h.Kwargs); }
            catch (PythonException e) when (!e.Is(PyExceptionTypes.SystemExit))
            {
                SysModule.Stderr.WriteString("Error in atexit._run_exitfuncs:\n");
                TracebackPrinter.Print(e, SysModule.Stderr);
            }
        }
        return PyNone.None;
    }
}
