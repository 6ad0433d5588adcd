using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace Py2Cs.Runtime;

/// <summary>
/// A Python generator. The generated body is a C# async lambda that awaits <see cref="Yield"/> for each
/// <c>yield</c> (the await returns the value sent in, or throws the exception thrown in). The state
/// machine is resumed synchronously on the caller's thread, so <c>yield</c> works inside
/// try/except/finally and send/throw/close behave as in Python.
/// </summary>
public sealed class PyGenerator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("generator", () => PyType.ObjectType, GeneratorType.Populate);

    readonly Func<PyGenerator, Task> _body;
    Task _task;
    Action _continuation;
    PyObject _yielded;
    PyObject _sent;
    PythonException _thrownIn;
    bool _running, _finished;

    public string Name { get; }

    public PyGenerator(string name, Func<PyGenerator, Task> body)
    {
        Name = name;
        _body = body;
    }

    public override PyType Type => TypeObject;
    public override PyObject Iter() => this;
    public bool IsRunning => _running;

    /// <summary>Called by the body for <c>yield value</c>; awaiting it suspends the body.</summary>
    public YieldAwaitable Yield(PyObject value)
    {
        _yielded = value ?? PyNone.None;
        return new YieldAwaitable(this);
    }

    /// <summary>Resumes the body; returns the next yielded value, or null when the body finished.</summary>
    PyObject Resume()
    {
        if (_finished) return null;
        if (_running) throw Ops.ValueError("generator already executing");
        _running = true;
        try
        {
            if (_task == null) _task = _body(this);
            else
            {
                var k = _continuation;
                _continuation = null;
                k();
            }
        }
        finally { _running = false; }
        if (_continuation != null) return _yielded;
        _finished = true;
        if (_task.IsFaulted)
        {
            var ex = _task.Exception.InnerException;
            if (ex is PythonException pe && pe.Is(PyExceptionTypes.StopIteration)) return null;
            ExceptionDispatchInfo.Capture(ex).Throw();
        }
        return null;
    }

    public override PyObject Next()
    {
        _sent = PyNone.None;
        return Resume();
    }

    /// <summary><c>gen.send(value)</c>: StopIteration when the generator finishes.</summary>
    public PyObject Send(PyObject value)
    {
        if (_task == null && !_finished && value is not PyNone)
            throw Ops.TypeError("can't send non-None value to a just-started generator");
        _sent = value;
        return Resume() ?? throw Ops.StopIteration();
    }

    /// <summary><c>gen.throw(type[, value[, tb]])</c>.</summary>
    public PyObject Throw(PythonException exception)
    {
        if (_task == null || _finished)
        {
            _finished = true;
            throw exception;
        }
        _thrownIn = exception;
        return Resume() ?? throw Ops.StopIteration();
    }

    /// <summary><c>gen.close()</c>: throws GeneratorExit in; a yield in response is a RuntimeError.</summary>
    public void Close()
    {
        if (_task == null || _finished) { _finished = true; return; }
        _thrownIn = Ops.Error(PyExceptionTypes.GeneratorExit);
        PyObject r;
        try { r = Resume(); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.GeneratorExit) || e.Is(PyExceptionTypes.StopIteration)) { return; }
        if (r != null) throw Ops.RuntimeError("generator ignored GeneratorExit");
    }

    PyObject TakeResumeValue()
    {
        var thrown = _thrownIn;
        if (thrown != null)
        {
            _thrownIn = null;
            ExceptionDispatchInfo.Capture(thrown).Throw();
        }
        return _sent ?? PyNone.None;
    }

    public override PyStr Repr() => PyStr.FromString($"<generator object {Name} at 0x{Ops.Id(this):x}>");

    /// <summary>The awaitable returned by <see cref="Yield"/>.</summary>
    public readonly struct YieldAwaitable
    {
        readonly PyGenerator _gen;
        internal YieldAwaitable(PyGenerator gen) { _gen = gen; }
        public YieldAwaiter GetAwaiter() => new YieldAwaiter(_gen);
    }

    public readonly struct YieldAwaiter : ICriticalNotifyCompletion
    {
        readonly PyGenerator _gen;
        internal YieldAwaiter(PyGenerator gen) { _gen = gen; }
        public bool IsCompleted => false;
        public void OnCompleted(Action continuation) => _gen._continuation = continuation;
        public void UnsafeOnCompleted(Action continuation) => _gen._continuation = continuation;
        public PyObject GetResult() => _gen.TakeResumeValue();
    }
}

internal static class GeneratorType
{
    public static void Populate(PyType t)
    {
        t.DefMethod("next", g => Ops.NextOrRaise(g));
        t.DefMethod("__iter__", g => g);
        t.DefMethod("send", (g, v) => ((PyGenerator)g).Send(v));
        t.DefMethod("throw", 1, new[] { "type", "value", "traceback" }, (g, a) =>
            ((PyGenerator)g).Throw(Ops.MakeRaise(a[0], a[1], a[2])));
        t.DefMethod("close", g => { ((PyGenerator)g).Close(); return PyNone.None; });
        t.DefProperty("gi_running", g => PyBool.From(((PyGenerator)g).IsRunning));
        t.DefProperty("__name__", g => PyStr.FromString(((PyGenerator)g).Name));
        t.DefProperty("gi_frame", g => PyNone.None);
    }
}
