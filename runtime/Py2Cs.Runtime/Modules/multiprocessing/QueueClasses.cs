using System;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.Multiprocessing.PythonAttributes;

namespace Py2Cs.Runtime.Modules.Multiprocessing;

/// <summary>
/// multiprocessing.queues (2.7's queues.py): Queue (a pipe, a reader lock, a writer lock, a bounded
/// semaphore counting free slots and a feeder thread), JoinableQueue (plus an unfinished-tasks
/// semaphore and a condition) and SimpleQueue (a pipe and two locks). Empty and Full are the Queue
/// module's exceptions, as in 2.7.
/// </summary>
internal static class QueueClasses
{
    const string Module = "multiprocessing.queues";

    static PyObject QueueModule(string name) => Get(PythonAttributes.Module("Queue"), name);

    static QueueFeeder Feeder(PyObject self) => (QueueFeeder)Get(self, "_feeder");

    public static readonly PyType Queue = new PythonClassBuilder(Module, "Queue", PyType.ObjectType)
        .Method("__init__", new[] { "self", "maxsize" }, a => { Init(a[0], a[1]); return PyNone.None; }, new PyObject[] { PyInt.From(0) })
        .Method("put", new[] { "self", "obj", "block", "timeout" }, a => { Put(a[0], a[1], a[2], a[3]); return PyNone.None; },
            new PyObject[] { PyBool.True, PyNone.None })
        .Method("get", new[] { "self", "block", "timeout" }, a => GetItem(a[0], Ops.IsTrue(a[1]), a[2]), new PyObject[] { PyBool.True, PyNone.None })
        .Method("qsize", new[] { "self" }, a =>
            PyInt.From(Ops.ToInt32(Get(a[0], "_maxsize")) - Ops.ToInt32(Call(Get(Get(a[0], "_sem"), "_semlock"), "_get_value"))))
        .Method("empty", new[] { "self" }, a => PyBool.From(!Ops.IsTrue(Call(Get(a[0], "_reader"), "poll"))))
        .Method("full", new[] { "self" }, a => Call(Get(Get(a[0], "_sem"), "_semlock"), "_is_zero"))
        .Method("get_nowait", new[] { "self" }, a => Call(a[0], "get", PyBool.False))
        .Method("put_nowait", new[] { "self", "obj" }, a => Call(a[0], "put", a[1], PyBool.False))
        .Method("close", new[] { "self" }, a =>
        {
            Set(a[0], "_closed", PyBool.True);
            Call(Get(a[0], "_reader"), "close");
            Feeder(a[0]).Close();
            return PyNone.None;
        })
        .Method("join_thread", new[] { "self" }, a =>
        {
            if (!Ops.IsTrue(Get(a[0], "_closed"))) throw Assertion(null);
            Feeder(a[0]).Join();
            return PyNone.None;
        })
        .Method("cancel_join_thread", new[] { "self" }, a =>
        {
            Set(a[0], "_joincancelled", PyBool.True);
            Feeder(a[0]).Cancelled = true;
            return PyNone.None;
        })
        .Method("_after_fork", new[] { "self" }, a => PyNone.None)
        .Build();

    static void Init(PyObject self, PyObject maxsize)
    {
        int max = Ops.ToInt32(maxsize);
        if (max <= 0) max = SemLockObject.SemValueMax;
        Set(self, "_maxsize", PyInt.From(max));
        var (reader, writer) = multiprocessingModule.MakePipe(duplex: false);
        Set(self, "_reader", reader);
        Set(self, "_writer", writer);
        Set(self, "_rlock", Ops.Call(SynchronizeClasses.Lock));
        Set(self, "_opid", PyInt.From(Libc.getpid()));
        var wlock = Ops.Call(SynchronizeClasses.Lock);
        Set(self, "_wlock", wlock);
        Set(self, "_sem", Ops.Call(SynchronizeClasses.BoundedSemaphore, PyInt.From(max)));
        Set(self, "_closed", PyBool.False);
        Set(self, "_joincancelled", PyBool.False);
        Set(self, "_feeder", new QueueFeeder(writer, wlock));
    }

    static void Put(PyObject self, PyObject obj, PyObject block, PyObject timeout)
    {
        if (Ops.IsTrue(Get(self, "_closed"))) throw Assertion(null);
        if (!Ops.IsTrue(Call(Get(self, "_sem"), "acquire", block, timeout))) throw new PythonException(Ops.Call(QueueModule("Full")));
        Feeder(self).Put(obj);
    }

    static PyObject GetItem(PyObject self, bool block, PyObject timeout)
    {
        var rlock = Get(self, "_rlock");
        var reader = Get(self, "_reader");
        PyObject res;
        if (block && timeout is PyNone)
        {
            Call(rlock, "acquire");
            try { res = Call(reader, "recv"); }
            finally { Call(rlock, "release"); }
            Call(Get(self, "_sem"), "release");
            return res;
        }
        double deadline = block ? Now() + Seconds(timeout) : 0;
        if (!Ops.IsTrue(Call(rlock, "acquire", PyBool.From(block), timeout))) throw new PythonException(Ops.Call(QueueModule("Empty")));
        try
        {
            if (block)
            {
                double left = deadline - Now();
                if (left < 0 || !Ops.IsTrue(Call(reader, "poll", new PyFloat(left)))) throw new PythonException(Ops.Call(QueueModule("Empty")));
            }
            else if (!Ops.IsTrue(Call(reader, "poll"))) throw new PythonException(Ops.Call(QueueModule("Empty")));
            res = Call(reader, "recv");
            Call(Get(self, "_sem"), "release");
            return res;
        }
        finally { Call(rlock, "release"); }
    }

    public static readonly PyType JoinableQueue = new PythonClassBuilder(Module, "JoinableQueue", Queue)
        .Method("__init__", new[] { "self", "maxsize" }, a =>
        {
            Init(a[0], a[1]);
            Set(a[0], "_unfinished_tasks", Ops.Call(SynchronizeClasses.Semaphore, PyInt.From(0)));
            Set(a[0], "_cond", Ops.Call(SynchronizeClasses.Condition));
            return PyNone.None;
        }, new PyObject[] { PyInt.From(0) })
        .Method("put", new[] { "self", "obj", "block", "timeout" }, a =>
        {
            var self = a[0];
            if (Ops.IsTrue(Get(self, "_closed"))) throw Assertion(null);
            if (!Ops.IsTrue(Call(Get(self, "_sem"), "acquire", a[2], a[3]))) throw new PythonException(Ops.Call(QueueModule("Full")));
            var cond = Get(self, "_cond");
            Call(cond, "acquire");
            try
            {
                Call(Get(self, "_unfinished_tasks"), "release");
                Feeder(self).Put(a[1]);
            }
            finally { Call(cond, "release"); }
            return PyNone.None;
        }, new PyObject[] { PyBool.True, PyNone.None })
        .Method("task_done", new[] { "self" }, a =>
        {
            var cond = Get(a[0], "_cond");
            var unfinished = Get(a[0], "_unfinished_tasks");
            Call(cond, "acquire");
            try
            {
                if (!Ops.IsTrue(Call(unfinished, "acquire", PyBool.False))) throw Ops.ValueError("task_done() called too many times");
                if (Ops.IsTrue(Call(Get(unfinished, "_semlock"), "_is_zero"))) Call(cond, "notify_all");
            }
            finally { Call(cond, "release"); }
            return PyNone.None;
        })
        .Method("join", new[] { "self" }, a =>
        {
            var cond = Get(a[0], "_cond");
            Call(cond, "acquire");
            try
            {
                if (!Ops.IsTrue(Call(Get(Get(a[0], "_unfinished_tasks"), "_semlock"), "_is_zero"))) Call(cond, "wait");
            }
            finally { Call(cond, "release"); }
            return PyNone.None;
        })
        .Build();

    public static readonly PyType SimpleQueue = new PythonClassBuilder(Module, "SimpleQueue", PyType.ObjectType)
        .Method("__init__", new[] { "self" }, a =>
        {
            var (reader, writer) = multiprocessingModule.MakePipe(duplex: false);
            Set(a[0], "_reader", reader);
            Set(a[0], "_writer", writer);
            Set(a[0], "_rlock", Ops.Call(SynchronizeClasses.Lock));
            Set(a[0], "_wlock", Ops.Call(SynchronizeClasses.Lock));
            return PyNone.None;
        })
        .Method("empty", new[] { "self" }, a => PyBool.From(!Ops.IsTrue(Call(Get(a[0], "_reader"), "poll"))))
        .Method("get", new[] { "self" }, a => Locked(Get(a[0], "_rlock"), () => Call(Get(a[0], "_reader"), "recv")))
        .Method("put", new[] { "self", "obj" }, a => Locked(Get(a[0], "_wlock"), () => Call(Get(a[0], "_writer"), "send", a[1])))
        .Build();

    static PyObject Locked(PyObject lk, Func<PyObject> body)
    {
        Call(lk, "acquire");
        try { return body(); }
        finally { Call(lk, "release"); }
    }
}
