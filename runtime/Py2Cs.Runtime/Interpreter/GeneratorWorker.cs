using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Py2Cs.Runtime;

/// <summary>
/// Runs an interpreted generator body on a thread of its own, handing values across at each
/// <c>yield</c>: the tree-walking interpreter keeps its state on the .NET stack, so suspending it in the
/// middle of an expression needs a separate stack. Exactly one of the two threads runs at any time.
/// <see cref="Interpreter.MakeGenerator"/> wraps it in a <see cref="PyGenerator"/>, which gives
/// send/throw/close their Python meaning for interpreted and compiled generators alike.
/// </summary>
internal sealed class GeneratorWorker
{
    // Deep recursion inside a generator body needs room; the stack is reserved, not committed.
    const int StackSize = 64 * 1024 * 1024;

    readonly Action _body;
    readonly SemaphoreSlim _toWorker = new(0), _toCaller = new(0);
    Thread _thread;
    PyObject _yielded, _sent;
    PythonException _thrownIn;
    Exception _error;
    bool _done;

    public GeneratorWorker(Action body) { _body = body; }

    /// <summary>Caller side: runs the body until its next yield (true, with the value) or its end
    /// (false; an exception the body raised is re-raised here).</summary>
    public bool Resume(PyObject sent, PythonException thrownIn, out PyObject yielded)
    {
        _sent = sent;
        _thrownIn = thrownIn;
        if (_thread == null)
        {
            _thread = new Thread(Run, StackSize) { IsBackground = true, Name = "py2cs generator" };
            _thread.Start();
        }
        else _toWorker.Release();
        _toCaller.Wait();
        if (_done)
        {
            yielded = null;
            if (_error != null) ExceptionDispatchInfo.Capture(_error).Throw();
            return false;
        }
        yielded = _yielded;
        return true;
    }

    /// <summary>Worker side: <c>yield value</c>; returns the value sent in, or raises what was thrown in.</summary>
    public PyObject Yield(PyObject value)
    {
        _yielded = value;
        _toCaller.Release();
        _toWorker.Wait();
        return TakeSent();
    }

    bool _abandoned;

    /// <summary>The generator object was collected while its body waited at a yield: the thread unwinds
    /// with <see cref="GeneratorAbandoned"/> (which no Python handler catches) and ends.</summary>
    public void Abandon()
    {
        if (_thread == null || _done) return;
        _abandoned = true;
        _toWorker.Release();
    }

    PyObject TakeSent()
    {
        if (_abandoned) throw new GeneratorAbandoned();
        var e = _thrownIn;
        _thrownIn = null;
        if (e != null) throw e;
        return _sent ?? PyNone.None;
    }

    void Run()
    {
        try
        {
            TakeSent();
            _body();
        }
        catch (GeneratorAbandoned) { }
        catch (Exception e) { _error = e; }
        finally
        {
            _done = true;
            _toCaller.Release();
        }
    }
}

/// <summary>Held only by the generator object's side: when the generator is collected unfinished, its
/// finalizer lets the worker thread end instead of waiting forever.</summary>
internal sealed class GeneratorWorkerOwner
{
    readonly GeneratorWorker _worker;
    public GeneratorWorkerOwner(GeneratorWorker worker) { _worker = worker; }
    public GeneratorWorker Worker => _worker;
    ~GeneratorWorkerOwner() => _worker.Abandon();
}
