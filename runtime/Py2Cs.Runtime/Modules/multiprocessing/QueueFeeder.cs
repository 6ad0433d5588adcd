using System;
using System.Collections.Generic;
using System.Threading;

namespace Py2Cs.Runtime.Modules.Multiprocessing;

/// <summary>
/// The buffer and feeder thread behind a multiprocessing.Queue (queues.py's _buffer, _notempty and
/// _feed): put() appends to the buffer and returns at once; a thread pickles the objects and writes
/// them to the pipe holding the queue's write lock. At exit the program waits until every buffer has
/// been written (Queue._finalize_join) unless cancel_join_thread() was called.
///
/// In a forked child no thread may be started (docs/os-modules.md), so there put() pickles and writes
/// directly under the write lock; it then blocks while the pipe is full, as the child's feeder would.
/// </summary>
internal sealed class QueueFeeder : PyObject
{
    static readonly PyType TypeObject = PyType.Builtin("multiprocessing.queues._Feeder", () => PyType.ObjectType, _ => { });
    static readonly List<QueueFeeder> Live = new();

    readonly ConnectionObject _writer;
    readonly PyObject _writeLock;
    readonly Queue<PyObject> _buffer = new();
    readonly object _gate = new();
    int _pending;
    bool _started, _closed, _running;
    public bool Cancelled;

    public override PyType Type => TypeObject;

    public QueueFeeder(ConnectionObject writer, PyObject writeLock)
    {
        _writer = writer;
        _writeLock = writeLock;
    }

    public void Put(PyObject obj)
    {
        if (ForkableProcess.IsForkedChild)
        {
            var data = ((PyStr)Ops.Call(Pickling.Dumps, obj, PyInt.From(2))).Bytes.ToArray();
            Write(data);
            return;
        }
        lock (_gate)
        {
            _buffer.Enqueue(obj);
            _pending++;
            Monitor.PulseAll(_gate);
        }
        if (!_started)
        {
            _started = _running = true;
            lock (Live) Live.Add(this);
            PythonThreads.Start(Feed);
        }
    }

    void Write(byte[] data)
    {
        PythonAttributes.Call(_writeLock, "acquire");
        try { _writer.SendBytes(data); }
        finally { PythonAttributes.Call(_writeLock, "release"); }
    }

    /// <summary>queues.py's _feed, on the feeder thread (which holds the GIL except while waiting).</summary>
    void Feed()
    {
        try
        {
            while (true)
            {
                PyObject obj;
                using (Gil.Blocking())
                {
                    lock (_gate)
                    {
                        while (_buffer.Count == 0 && !_closed) Monitor.Wait(_gate);
                        if (_buffer.Count == 0) return;
                        obj = _buffer.Dequeue();
                    }
                }
                try { Write(((PyStr)Ops.Call(Pickling.Dumps, obj, PyInt.From(2))).Bytes.ToArray()); }
                catch (PythonException e)
                {
                    // 2.7's feeder prints the traceback and goes on with the next object.
                    try { PythonAttributes.Call(PythonAttributes.Sys("stderr"), "write", PyStr.FromString(TracebackPrinter.Format(e) + "\n")); }
                    catch (PythonException) { }
                }
                lock (_gate) { _pending--; Monitor.PulseAll(_gate); }
            }
        }
        finally
        {
            lock (_gate) { _running = false; Monitor.PulseAll(_gate); }
        }
    }

    /// <summary>Queue.close(): the feeder finishes the buffer, then ends.</summary>
    public void Close()
    {
        lock (_gate) { _closed = true; Monitor.PulseAll(_gate); }
    }

    /// <summary>Waits until the buffer has been written (Queue.join_thread).</summary>
    public void Join()
    {
        if (!_started || ForkableProcess.IsForkedChild) return;
        using (Gil.Blocking())
        lock (_gate)
            while (_pending > 0 && _running) Monitor.Wait(_gate);
    }

    public static void JoinAll()
    {
        QueueFeeder[] live;
        lock (Live) live = Live.ToArray();
        foreach (var f in live)
            if (!f.Cancelled) f.Join();
    }
}
