using System;
using System.Collections.Generic;
using System.Threading;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.Multiprocessing.PythonAttributes;

namespace Py2Cs.Runtime.Modules.Multiprocessing;

/// <summary>
/// multiprocessing.pool (2.7's pool.py): Pool with worker processes forked from this one reading tasks
/// from one pipe and writing results to another, and three handler threads in the parent as in 2.7
/// (tasks → pipe, pipe → results and callbacks, replacing workers that ended after maxtasksperchild).
/// Tasks carry the function by pickled reference, as 2.7's do, so a lambda fails with a PicklingError
/// delivered as the task's result. ApplyResult/MapResult/IMapIterator are Python classes whose state
/// is a C# <see cref="PendingResult"/>.
/// </summary>
internal static class PoolClasses
{
    const string Module = "multiprocessing.pool";
    const int Run = 0, Close = 1, Terminate = 2;

    static PoolState State(PyObject self) => (PoolState)Get(self, "_state_object");
    static PendingResult Pending(PyObject self) => (PendingResult)Get(self, "_pending");

    public static readonly PyType Pool = new PythonClassBuilder(Module, "Pool", PyType.ObjectType)
        .Attribute("__doc__", PyStr.FromString("\n    Class which supports an async version of the `apply()` builtin\n    "))
        .Attribute("Process", ProcessClass.Type)
        .Method("__init__", new[] { "self", "processes", "initializer", "initargs", "maxtasksperchild" }, a =>
        {
            Init(a[0], a[1], a[2], a[3], a[4]);
            return PyNone.None;
        }, new PyObject[] { PyNone.None, PyNone.None, PyTuple.Empty, PyNone.None })
        .Method("apply", new[] { "self", "func", "args", "kwds" }, a =>
        {
            RequireRunning(a[0]);
            return Call(Ops.Call(Get(a[0], "apply_async"), a[1], a[2], a[3]), "get");
        }, new PyObject[] { PyTuple.Empty, new PyDict() })
        .Method("apply_async", new[] { "self", "func", "args", "kwds", "callback" }, a =>
        {
            RequireRunning(a[0]);
            var result = NewResult(ApplyResult, a[4], 1, 0, false);
            State(a[0]).Submit(new Task(Pending(result), 0, a[1], Ops.Call(PyTuple.TypeObject, a[2]), Ops.Call(PyDict.TypeObject, a[3]), chunked: false));
            return result;
        }, new PyObject[] { PyTuple.Empty, new PyDict(), PyNone.None })
        .Method("map", new[] { "self", "func", "iterable", "chunksize" }, a =>
        {
            RequireRunning(a[0]);
            return Call(MapAsync(a[0], a[1], a[2], a[3], PyNone.None), "get");
        }, new PyObject[] { PyNone.None })
        .Method("map_async", new[] { "self", "func", "iterable", "chunksize", "callback" }, a =>
        {
            RequireRunning(a[0]);
            return MapAsync(a[0], a[1], a[2], a[3], a[4]);
        }, new PyObject[] { PyNone.None, PyNone.None })
        .Method("imap", new[] { "self", "func", "iterable", "chunksize" }, a => IMap(a[0], a[1], a[2], a[3], ordered: true),
            new PyObject[] { PyInt.From(1) })
        .Method("imap_unordered", new[] { "self", "func", "iterable", "chunksize" }, a => IMap(a[0], a[1], a[2], a[3], ordered: false),
            new PyObject[] { PyInt.From(1) })
        .Method("close", new[] { "self" }, a => { State(a[0]).Close(); return PyNone.None; })
        .Method("terminate", new[] { "self" }, a => { State(a[0]).Terminate(); return PyNone.None; })
        .Method("join", new[] { "self" }, a => { State(a[0]).Join(); return PyNone.None; })
        .Method("__reduce__", new[] { "self" }, a =>
            throw new PythonException(Ops.Call(PyExceptionTypes.NotImplementedError, PyStr.FromString("pool objects cannot be passed between processes or pickled"))))
        .Build();

    static void RequireRunning(PyObject self)
    {
        if (State(self).Phase != Run) throw Assertion(null);
    }

    static void Init(PyObject self, PyObject processes, PyObject initializer, PyObject initargs, PyObject maxtasks, bool threads = false)
    {
        int n;
        if (processes is PyNone)
        {
            try { n = Ops.ToInt32(multiprocessingModule.cpu_count()); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.NotImplementedError)) { n = 1; }
        }
        else n = Ops.ToInt32(processes);
        if (n < 1) throw Ops.ValueError("Number of processes must be at least 1");
        if (initializer is not PyNone && Ops.GetAttrOrNull(initializer, PyStr.Intern("__call__")) == null)
            throw Ops.TypeError("initializer must be a callable");
        int? max = null;
        if (maxtasks is not PyNone)
        {
            if (maxtasks is not PyInt || Ops.ToInt32(maxtasks) <= 0) throw Assertion(null);
            max = Ops.ToInt32(maxtasks);
        }
        var state = new PoolState(self, n, initializer, initargs, max, threads);
        Set(self, "_state_object", state);
        Set(self, "_processes", PyInt.From(n));
        state.Start();
    }

    static PyObject NewResult(PyType type, PyObject callback, int chunks, int length, bool isMap)
    {
        var result = Ops.Call(type);
        var pending = new PendingResult(result, callback, chunks, length, isMap, ordered: true);
        Set(result, "_pending", pending);
        Set(result, "_job", PyInt.From(pending.Job));
        return result;
    }

    static PyObject MapAsync(PyObject self, PyObject func, PyObject iterable, PyObject chunksizeArg, PyObject callback)
    {
        var items = PyList.FromIterable(iterable).ToArray();
        int chunksize;
        if (chunksizeArg is PyNone)
        {
            int workers = State(self).Processes * 4;
            chunksize = items.Length / workers + (items.Length % workers != 0 ? 1 : 0);
        }
        else chunksize = Ops.ToInt32(chunksizeArg);
        if (items.Length == 0) chunksize = 0;
        int chunks = chunksize == 0 ? 0 : (items.Length + chunksize - 1) / chunksize;
        var result = NewResult(MapResult, callback, chunks, items.Length, true);
        var pending = Pending(result);
        pending.ChunkSize = chunksize;
        for (int i = 0; i < chunks; i++)
        {
            int start = i * chunksize, count = Math.Min(chunksize, items.Length - start);
            var chunk = PyTuple.Create(items.AsSpan(start, count).ToArray());
            State(self).Submit(new Task(pending, i, func, chunk, null, chunked: true));
        }
        return result;
    }

    static PyObject IMap(PyObject self, PyObject func, PyObject iterable, PyObject chunksizeArg, bool ordered)
    {
        RequireRunning(self);
        var items = PyList.FromIterable(iterable).ToArray();
        int chunksize = Ops.ToInt32(chunksizeArg);
        if (chunksize < 1) chunksize = 1;
        int chunks = (items.Length + chunksize - 1) / chunksize;
        var iterator = Ops.Call(ordered ? IMapIterator : IMapUnorderedIterator);
        var pending = new PendingResult(iterator, PyNone.None, chunks, items.Length, isMap: true, ordered) { ChunkSize = chunksize, IsIterator = true };
        Set(iterator, "_pending", pending);
        Set(iterator, "_job", PyInt.From(pending.Job));
        for (int i = 0; i < chunks; i++)
        {
            int start = i * chunksize, count = Math.Min(chunksize, items.Length - start);
            State(self).Submit(new Task(pending, i, func, PyTuple.Create(items.AsSpan(start, count).ToArray()), null, chunked: true));
        }
        return iterator;
    }

    public static readonly PyType ApplyResult = new PythonClassBuilder(Module, "ApplyResult", PyType.ObjectType)
        .Method("ready", new[] { "self" }, a => PyBool.From(Pending(a[0]).Ready))
        .Method("successful", new[] { "self" }, a =>
        {
            var p = Pending(a[0]);
            if (!p.Ready) throw Assertion(null);
            return PyBool.From(p.Success);
        })
        .Method("wait", new[] { "self", "timeout" }, a => { Pending(a[0]).Wait(a[1]); return PyNone.None; }, new PyObject[] { PyNone.None })
        .Method("get", new[] { "self", "timeout" }, a => Pending(a[0]).Get(a[1]), new PyObject[] { PyNone.None })
        .Build();

    public static readonly PyType MapResult = new PythonClassBuilder(Module, "MapResult", ApplyResult).Build();

    public static readonly PyType IMapIterator = new PythonClassBuilder(Module, "IMapIterator", PyType.ObjectType)
        .Method("__iter__", new[] { "self" }, a => a[0])
        .Method("next", new[] { "self", "timeout" }, a => Pending(a[0]).Next(a[1]), new PyObject[] { PyNone.None })
        .Attribute("__next__", PyNone.None)
        .Build();

    public static readonly PyType IMapUnorderedIterator = new PythonClassBuilder(Module, "IMapUnorderedIterator", IMapIterator).Build();

    /// <summary>pool.ThreadPool: the same interface, with threads of this process as workers (no pickling).</summary>
    public static readonly PyType ThreadPool = new PythonClassBuilder(Module, "ThreadPool", Pool)
        .Method("__init__", new[] { "self", "processes", "initializer", "initargs" }, a =>
        {
            Init(a[0], a[1], a[2], a[3], PyNone.None, threads: true);
            return PyNone.None;
        }, new PyObject[] { PyNone.None, PyNone.None, PyTuple.Empty })
        .Build();

    /// <summary>One unit of work: a call, or a chunk of a map (func applied to each item).</summary>
    internal sealed record Task(PendingResult Result, int Index, PyObject Func, PyObject Args, PyObject Kwds, bool chunked)
    {
        public bool Chunked => chunked;
    }

    /// <summary>The worker loop (pool.worker) run by each PoolWorker process.</summary>
    internal static void Worker(ConnectionObject inReader, PyObject inLock, ConnectionObject outWriter, PyObject outLock,
        PyObject initializer, PyObject initargs, int? maxTasks)
    {
        if (initializer is not PyNone) Ops.CallEx(initializer, Array.Empty<PyObject>(), null, initargs, null);
        int completed = 0;
        while (maxTasks == null || completed < maxTasks)
        {
            PyObject task;
            Call(inLock, "acquire");
            try { task = inReader.Recv(); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.EOFError) || e.Is(PyExceptionTypes.IOError)) { break; }
            finally { Call(inLock, "release"); }
            if (task is PyNone) break;
            var t = (PyTuple)task;
            PyObject job = t[0], index = t[1], func = t[2], args = t[3], kwds = t[4];
            var (ok, value) = Compute(func, args, kwds, Ops.IsTrue(t[5]));
            PyObject result = PyTuple.Create(PyBool.From(ok), value);
            Call(outLock, "acquire");
            try
            {
                try { outWriter.Send(PyTuple.Create(job, index, result)); }
                catch (PythonException e) when (e.Is(PyExceptionTypes.Exception))
                {
                    var wrapped = Ops.Call(MaybeEncodingError, e.Value, ((PyTuple)result)[1]);
                    outWriter.Send(PyTuple.Create(job, index, PyTuple.Create(PyBool.False, wrapped)));
                }
            }
            finally { Call(outLock, "release"); }
            completed++;
        }
    }

    /// <summary>One task's outcome, as pool.worker computes it: (True, value) or (False, exception);
    /// exceptions that are not Exceptions (SystemExit, KeyboardInterrupt) end the worker.</summary>
    internal static (bool, PyObject) Compute(PyObject func, PyObject args, PyObject kwds, bool chunked)
    {
        try
        {
            if (!chunked) return (true, Ops.CallEx(func, Array.Empty<PyObject>(), null, args, kwds));
            var values = new PyList();
            foreach (var x in Items(args)) values.Append(Ops.Call(func, x));
            return (true, values);
        }
        catch (Exception ex) when (ex is PythonException || ex is not OutOfMemoryException)
        {
            var e = ex as PythonException ?? Ops.ToPython(ex);
            if (!e.Is(PyExceptionTypes.Exception)) throw e;
            return (false, e.Value);
        }
    }

    public static readonly PyType MaybeEncodingError = new PythonClassBuilder(Module, "MaybeEncodingError", PyExceptionTypes.Exception)
        .Attribute("__doc__", PyStr.FromString("Wraps possible unpickleable errors, so they can be\n    safely sent through the socket."))
        .Method("__init__", new[] { "self", "exc", "value" }, a =>
        {
            Set(a[0], "exc", Ops.Repr(a[1]));
            Set(a[0], "value", Ops.Repr(a[2]));
            Ops.Call(Ops.GetAttr(PyExceptionTypes.Exception, PyStr.Intern("__init__")), a[0], Get(a[0], "exc"), Get(a[0], "value"));
            return PyNone.None;
        })
        .Method("__str__", new[] { "self" }, a =>
            PyStr.FromString($"Error sending result: '{Ops.Str(Get(a[0], "value"))}'. Reason: '{Ops.Str(Get(a[0], "exc"))}'"))
        .Method("__repr__", new[] { "self" }, a => PyStr.FromString($"<MaybeEncodingError: {Ops.Str(a[0])}>"))
        .Build();
}

/// <summary>The C# side of an ApplyResult/MapResult/IMapIterator: what has arrived, waited on with the
/// GIL released. Results for a job arrive on the pool's result-handler thread.</summary>
internal sealed class PendingResult : PyObject
{
    static readonly PyType TypeObject = PyType.Builtin("multiprocessing.pool._Pending", () => PyType.ObjectType, _ => { });
    static long _nextJob;

    public readonly long Job = Interlocked.Increment(ref _nextJob) - 1;
    readonly PyObject _owner, _callback;
    readonly bool _isMap, _ordered;
    readonly object _gate = new();
    readonly PyObject[] _values;
    readonly Queue<(bool, PyObject)> _items = new();
    readonly SortedDictionary<int, (bool, PyObject)> _unsorted = new();
    int _chunksLeft, _nextIndex, _itemsOut, _received;
    readonly int _totalChunks;
    /// <summary>Every chunk has arrived: the pool forgets the job.</summary>
    public bool Complete => _received >= _totalChunks;
    readonly int _length;
    PyObject _value;
    public int ChunkSize;
    public bool IsIterator;
    public bool Ready { get; private set; }
    public bool Success { get; private set; } = true;

    public override PyType Type => TypeObject;

    public PendingResult(PyObject owner, PyObject callback, int chunks, int length, bool isMap, bool ordered)
    {
        _owner = owner;
        _callback = callback;
        _chunksLeft = chunks;
        _totalChunks = isMap ? chunks : 1;
        _length = length;
        _isMap = isMap;
        _ordered = ordered;
        _values = isMap ? new PyObject[length] : null;
        if (isMap && chunks == 0) Finish(true, PyList.FromArray(Array.Empty<PyObject>()));
    }

    /// <summary>A result arrived (pool's result handler, holding the GIL).</summary>
    public void Set(int index, bool success, PyObject value)
    {
        _received++;
        if (IsIterator) { SetItems(index, success, value); return; }
        if (!_isMap) { Finish(success, value); return; }
        if (Ready) return;
        if (!success) { Finish(false, value); return; }
        int start = index * ChunkSize, i = start;
        foreach (var v in PythonAttributes.Items(value)) _values[i++] = v;
        if (--_chunksLeft == 0) Finish(true, PyList.FromArray((PyObject[])_values.Clone()));
    }

    void Finish(bool success, PyObject value)
    {
        if (success && _callback is not null and not PyNone) Ops.Call(_callback, value);
        lock (_gate)
        {
            Success = success;
            _value = value;
            Ready = true;
            Monitor.PulseAll(_gate);
        }
    }

    void SetItems(int index, bool success, PyObject value)
    {
        lock (_gate)
        {
            // A failed chunk yields its exception once, in the chunk's place (2.7 does the same).
            var chunk = success ? new List<(bool, PyObject)>() : new List<(bool, PyObject)> { (false, value) };
            if (success) foreach (var v in PythonAttributes.Items(value)) chunk.Add((true, v));
            if (!_ordered)
            {
                foreach (var item in chunk) _items.Enqueue(item);
            }
            else
            {
                _unsorted[index] = (success, value);
                while (_unsorted.Remove(_nextIndex, out var next))
                {
                    _nextIndex++;
                    if (!next.Item1) _items.Enqueue(next);
                    else foreach (var v in PythonAttributes.Items(next.Item2)) _items.Enqueue((true, v));
                }
            }
            Monitor.PulseAll(_gate);
        }
    }

    public void Wait(PyObject timeout)
    {
        double seconds = timeout is null or PyNone ? -1 : PythonAttributes.Seconds(timeout);
        using (Gil.Blocking())
        lock (_gate)
        {
            if (seconds < 0) { while (!Ready) Monitor.Wait(_gate); return; }
            var deadline = DateTime.UtcNow.AddSeconds(seconds);
            while (!Ready)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !Monitor.Wait(_gate, left)) break;
            }
        }
    }

    public PyObject Get(PyObject timeout)
    {
        Wait(timeout);
        if (!Ready) throw new PythonException(Ops.Call(multiprocessingModule.TimeoutError));
        if (Success) return _value;
        throw Ops.MakeRaise(_value, null, null);
    }

    public PyObject Next(PyObject timeout)
    {
        double seconds = timeout is null or PyNone ? -1 : PythonAttributes.Seconds(timeout);
        (bool Ok, PyObject Value) item;
        bool got = false, finished = false;
        using (Gil.Blocking())
        lock (_gate)
        {
            var deadline = DateTime.UtcNow.AddSeconds(Math.Max(seconds, 0));
            while (true)
            {
                if (_items.Count > 0) { got = true; break; }
                if (_itemsOut >= _length) { finished = true; break; }
                if (seconds < 0) Monitor.Wait(_gate);
                else
                {
                    var left = deadline - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero || !Monitor.Wait(_gate, left)) break;
                }
            }
            item = got ? _items.Dequeue() : default;
            if (got && item.Ok) _itemsOut++;
            if (got && !item.Ok) _itemsOut += ChunkSize;
        }
        if (finished) throw new PythonException(Ops.Call(PyExceptionTypes.StopIteration));
        if (!got) throw new PythonException(Ops.Call(multiprocessingModule.TimeoutError));
        if (item.Ok) return item.Value;
        throw Ops.MakeRaise(item.Value, null, null);
    }
}
