using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace Py2Cs.Runtime;

/// <summary>
/// Starting Python threads: a .NET thread that takes the GIL, runs a callable and gives the GIL back.
/// Threads are .NET background threads: the process does not wait for them; Python's rule (the
/// program waits for non-daemon threading.Thread objects) is threading._shutdown's job, called by
/// <see cref="PythonRuntime"/> at exit.
/// </summary>
public static partial class PythonThreads
{
    /// <summary>Stack of a new Python thread (thread.stack_size; 0 means this default). Python code
    /// recurses up to sys.getrecursionlimit() and .NET frames are larger than CPython's.</summary>
    public const int DefaultStackSize = 64 * 1024 * 1024;

    static int _count;

    /// <summary>thread.stack_size(): 0 for the default.</summary>
    public static int StackSize { get; set; }

    /// <summary>thread._count(): threads started by start_new_thread still running.</summary>
    public static int Count => Volatile.Read(ref _count);

    [LibraryImport("libc")]
    private static partial nuint pthread_self();

    /// <summary>thread.get_ident(): the pthread_t of the calling thread, as CPython reports it.</summary>
    public static long CurrentIdent => (long)pthread_self();

    /// <summary>Starts <paramref name="body"/> on a new thread holding the GIL; returns the new thread's
    /// ident once it is known. <paramref name="body"/> must handle its own Python exceptions.</summary>
    public static long Start(Action body)
    {
        Gil.Activate();
        long ident = 0;
        using var known = new ManualResetEventSlim(false);
        Interlocked.Increment(ref _count);
        var thread = new Thread(() =>
        {
            ident = CurrentIdent;
            known.Set();
            Gil.Acquire();
            try { body(); }
            finally
            {
                Interlocked.Decrement(ref _count);
                Gil.Release();
            }
        }, StackSize == 0 ? DefaultStackSize : Math.Max(StackSize, 256 * 1024));
        thread.IsBackground = true;
        try { thread.Start(); }
        catch (OutOfMemoryException)
        {
            Interlocked.Decrement(ref _count);
            throw new PythonException(Ops.Call(thread_error(), PyStr.FromString("can't start new thread")));
        }
        known.Wait();
        return ident;
    }

    static PyObject thread_error() => Runtime.thread.error;
}
