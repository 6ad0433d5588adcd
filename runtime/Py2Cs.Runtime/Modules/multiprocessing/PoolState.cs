using System;
using System.Collections.Generic;
using System.Threading;
using static Py2Cs.Runtime.Modules.Multiprocessing.PythonAttributes;

namespace Py2Cs.Runtime.Modules.Multiprocessing;

/// <summary>
/// The parent side of a Pool: the task and result pipes, the workers, the jobs waiting for results, and
/// the three handler threads of 2.7's pool.py (_handle_tasks, _handle_results, _handle_workers).
/// </summary>
internal sealed class PoolState : PyObject
{
    static readonly PyType TypeObject = PyType.Builtin("multiprocessing.pool._PoolState", () => PyType.ObjectType, _ => { });
    const int Run = 0, Closing = 1, Terminating = 2;

    readonly PyObject _pool, _initializer, _initargs;
    readonly int? _maxTasks;
    public readonly int Processes;
    ConnectionObject _inReader, _inWriter, _outReader, _outWriter;
    PyObject _inLock, _outLock;
    readonly List<PyObject> _workers = new();
    readonly Queue<PoolClasses.Task> _tasks = new();
    readonly Dictionary<long, PendingResult> _cache = new();
    readonly object _gate = new();
    readonly ManualResetEventSlim _taskHandlerDone = new(), _resultHandlerDone = new(), _workerHandlerDone = new();
    volatile bool _tasksFinished, _stopResults;
    public volatile int Phase;

    public override PyType Type => TypeObject;

    readonly bool _threads;
    readonly List<ManualResetEventSlim> _threadWorkersDone = new();

    public PoolState(PyObject pool, int processes, PyObject initializer, PyObject initargs, int? maxTasks, bool threads)
    {
        _threads = threads;
        _pool = pool;
        Processes = processes;
        _initializer = initializer;
        _initargs = initargs;
        _maxTasks = maxTasks;
    }

    public void Start()
    {
        if (_threads)
        {
            for (int i = 0; i < Processes; i++)
            {
                var done = new ManualResetEventSlim();
                _threadWorkersDone.Add(done);
                PythonThreads.Start(() => Guarded(ThreadWorker, done));
            }
            _taskHandlerDone.Set();
            _resultHandlerDone.Set();
            _workerHandlerDone.Set();
            return;
        }
        (_inReader, _inWriter) = multiprocessingModule.MakePipe(duplex: false);
        (_outReader, _outWriter) = multiprocessingModule.MakePipe(duplex: false);
        _inLock = Ops.Call(SynchronizeClasses.Lock);
        _outLock = Ops.Call(SynchronizeClasses.Lock);
        Repopulate();
        PythonThreads.Start(() => Guarded(HandleWorkers, _workerHandlerDone));
        PythonThreads.Start(() => Guarded(HandleTasks, _taskHandlerDone));
        PythonThreads.Start(() => Guarded(HandleResults, _resultHandlerDone));
    }

    static void Guarded(Action body, ManualResetEventSlim done)
    {
        try { body(); }
        catch (PythonException e)
        {
            try { PythonAttributes.Call(Sys("stderr"), "write", PyStr.FromString(TracebackPrinter.Format(e) + "\n")); } catch (PythonException) { }
        }
        finally { done.Set(); }
    }

    /// <summary>Pool._repopulate_pool: starts workers until there are Processes of them.</summary>
    void Repopulate()
    {
        while (_workers.Count < Processes)
        {
            var target = PyFunction.WithBoundArguments(new FunctionSignature("worker", Array.Empty<string>()), _ =>
            {
                _inWriter.Close();
                _outReader.Close();
                PoolClasses.Worker(_inReader, _inLock, _outWriter, _outLock, _initializer, _initargs, _maxTasks);
                return PyNone.None;
            });
            var kw = new[] { PyStr.Intern("target") };
            var w = Ops.Call(PythonAttributes.Get(_pool, "Process"), new PyObject[] { target }, kw);
            PythonAttributes.Set(w, "name", PyStr.FromString(Ops.Str(PythonAttributes.Get(w, "name")).ToString().Replace("Process", "PoolWorker")));
            PythonAttributes.Set(w, "daemon", PyBool.True);
            _workers.Add(w);
            PythonAttributes.Call(w, "start");
        }
    }

    /// <summary>Pool._maintain_pool: joins workers that ended (maxtasksperchild) and replaces them.</summary>
    void Maintain()
    {
        bool cleaned = false;
        for (int i = _workers.Count - 1; i >= 0; i--)
        {
            var w = _workers[i];
            if (PythonAttributes.Get(w, "exitcode") is PyNone) continue;
            PythonAttributes.Call(w, "join");
            _workers.RemoveAt(i);
            cleaned = true;
        }
        if (cleaned && Phase == Run) Repopulate();
    }

    void HandleWorkers()
    {
        while (true)
        {
            int count;
            lock (_gate) count = _cache.Count;
            if (!(Phase == Run || (count > 0 && Phase != Terminating))) break;
            Maintain();
            Sleep(0.1);
        }
        // Then tell the task handler to finish (2.7 puts None on the task queue).
        lock (_gate) { _tasksFinished = true; Monitor.PulseAll(_gate); }
    }

    /// <summary>A ThreadPool worker: takes tasks straight from the queue, no pipes or pickling.</summary>
    void ThreadWorker()
    {
        if (_initializer is not PyNone) Ops.CallEx(_initializer, Array.Empty<PyObject>(), null, _initargs, null);
        while (true)
        {
            PoolClasses.Task task;
            using (Gil.Blocking())
            lock (_gate)
            {
                while (_tasks.Count == 0 && Phase == Run) Monitor.Wait(_gate);
                if (_tasks.Count == 0 || Phase == Terminating) break;
                task = _tasks.Dequeue();
            }
            var (ok, value) = PoolClasses.Compute(task.Func, task.Args, task.Kwds ?? new PyDict(), task.Chunked);
            try { Deliver(task.Result.Job, task.Index, ok, value); }
            catch (PythonException e)
            {
                try { PythonAttributes.Call(PythonAttributes.Sys("stderr"), "write", PyStr.FromString(TracebackPrinter.Format(e) + "\n")); } catch (PythonException) { }
            }
        }
    }

    public void Submit(PoolClasses.Task task)
    {
        lock (_gate)
        {
            _cache[task.Result.Job] = task.Result;
            _tasks.Enqueue(task);
            Monitor.PulseAll(_gate);
        }
    }

    void HandleTasks()
    {
        while (true)
        {
            PoolClasses.Task task;
            using (Gil.Blocking())
            lock (_gate)
            {
                while (_tasks.Count == 0 && !_tasksFinished && Phase != Terminating) Monitor.Wait(_gate);
                if (Phase == Terminating || _tasks.Count == 0) break;
                task = _tasks.Dequeue();
            }
            var message = PyTuple.Create(PyInt.From(task.Result.Job), PyInt.From(task.Index), task.Func, task.Args,
                task.Kwds ?? (PyObject)new PyDict(), PyBool.From(task.Chunked));
            byte[] data;
            try { data = ((PyStr)Ops.Call(Pickling.Dumps, message, PyInt.From(2))).Bytes.ToArray(); }
            catch (PythonException e)
            {
                Deliver(task.Result.Job, task.Index, false, e.Value);
                continue;
            }
            _inWriter.SendBytes(data);
        }
        if (Phase != Terminating)
        {
            // Tell the workers to stop, then the result handler to finish once every job is done.
            var stop = ((PyStr)Ops.Call(Pickling.Dumps, PyNone.None, PyInt.From(2))).Bytes.ToArray();
            for (int i = 0; i < _workers.Count; i++) _inWriter.SendBytes(stop);
        }
        _stopResults = true;
    }

    void Deliver(long job, int index, bool success, PyObject value)
    {
        PendingResult pending;
        lock (_gate)
            if (!_cache.TryGetValue(job, out pending)) return;
        try { pending.Set(index, success, value); }
        finally
        {
            if (pending.Complete) lock (_gate) _cache.Remove(job);
        }
    }

    void HandleResults()
    {
        while (true)
        {
            if (Phase == Terminating && _stopResults) break;
            if (_stopResults) { lock (_gate) if (_cache.Count == 0) break; }
            if (!_outReader.Poll(0.1)) continue;
            PyObject message;
            try { message = _outReader.Recv(); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.EOFError) || e.Is(PyExceptionTypes.IOError)) { break; }
            var t = (PyTuple)message;
            var outcome = (PyTuple)t[2];
            try { Deliver(((PyInt)t[0]).Value, (int)((PyInt)t[1]).Value, Ops.IsTrue(outcome[0]), outcome[1]); }
            catch (PythonException e)
            {
                // A callback raised: 2.7's result handler dies with it; report and go on.
                try { PythonAttributes.Call(Sys("stderr"), "write", PyStr.FromString(TracebackPrinter.Format(e) + "\n")); } catch (PythonException) { }
            }
        }
    }

    public void Close()
    {
        if (Phase == Run) Phase = Closing;
        lock (_gate) Monitor.PulseAll(_gate);
    }

    public void Terminate()
    {
        Phase = Terminating;
        lock (_gate) { _tasks.Clear(); Monitor.PulseAll(_gate); }
        foreach (var done in _threadWorkersDone) WaitFor(done);
        WaitFor(_workerHandlerDone);
        foreach (var w in _workers.ToArray())
            if (PythonAttributes.Get(w, "exitcode") is PyNone) PythonAttributes.Call(w, "terminate");
        WaitFor(_taskHandlerDone);
        _stopResults = true;
        WaitFor(_resultHandlerDone);
        foreach (var w in _workers.ToArray())
            if (Ops.IsTrue(PythonAttributes.Call(w, "is_alive"))) PythonAttributes.Call(w, "join");
    }

    public void Join()
    {
        if (Phase == Run) throw PythonAttributes.Assertion(null);
        foreach (var done in _threadWorkersDone) WaitFor(done);
        WaitFor(_workerHandlerDone);
        WaitFor(_taskHandlerDone);
        WaitFor(_resultHandlerDone);
        foreach (var w in _workers.ToArray()) PythonAttributes.Call(w, "join");
    }

    static void WaitFor(ManualResetEventSlim done)
    {
        using (Gil.Blocking()) done.Wait();
    }
}
