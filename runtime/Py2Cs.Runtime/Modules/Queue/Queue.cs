using System.Diagnostics;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.Threading;
using static Py2Cs.Runtime.Modules.Threading.ThreadingClasses;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>Queue</c> module of Python 2.7: Queue (a classic class, as in 2.7), LifoQueue, PriorityQueue,
/// Empty and Full. Every operation goes through the instance's attributes (mutex, not_empty, not_full,
/// all_tasks_done, _qsize/_put/_get/_init), so subclasses override them as with Queue.py. The storage
/// <c>queue</c> attribute is a collections.deque for Queue and a list for LifoQueue and PriorityQueue.
/// </summary>
[PythonModule("Queue")]
public static class Queue
{
    static PyObject Deque => ((PyModule)Importer.ImportModule("collections")).Dict.GetStr("deque");

    public static readonly PyType Empty = new PythonClassBuilder("Queue", "Empty", PyExceptionTypes.Exception)
        .Attribute("__doc__", PyStr.FromString("Exception raised by Queue.get(block=0)/get_nowait()."))
        .Build();

    public static readonly PyType Full = new PythonClassBuilder("Queue", "Full", PyExceptionTypes.Exception)
        .Attribute("__doc__", PyStr.FromString("Exception raised by Queue.put(block=0)/put_nowait()."))
        .Build();

    [PythonName("Queue")]
    public static readonly PyType Queue_ = new PythonClassBuilder("Queue", "Queue")
        .Attribute("__doc__", PyStr.FromString("Create a queue object with a given maximum size.\n\n    If maxsize is <= 0, the queue size is infinite.\n    "))
        .Method("__init__", new[] { "self", "maxsize" }, a => { Init(a[0], a[1]); return PyNone.None; }, new PyObject[] { PyInt.From(0) })
        .Method("task_done", new[] { "self" }, a => { TaskDone(a[0]); return PyNone.None; })
        .Method("join", new[] { "self" }, a => { JoinAll(a[0]); return PyNone.None; })
        .Method("qsize", new[] { "self" }, a => Locked(a[0], "mutex", () => Call(a[0], "_qsize")))
        .Method("empty", new[] { "self" }, a => Locked(a[0], "mutex", () => Ops.Not(Call(a[0], "_qsize"))))
        .Method("full", new[] { "self" }, a => Locked(a[0], "mutex", () =>
            PyBool.From(Ops.Less(PyInt.From(0), Get(a[0], "maxsize")) && Ops.Eq(Get(a[0], "maxsize"), Call(a[0], "_qsize")))))
        .Method("put", new[] { "self", "item", "block", "timeout" }, a => { Put(a[0], a[1], Ops.IsTrue(a[2]), a[3]); return PyNone.None; },
            new PyObject[] { PyBool.True, PyNone.None })
        .Method("put_nowait", new[] { "self", "item" }, a => Ops.CallMethod(a[0], "put", a[1], PyBool.False))
        .Method("get", new[] { "self", "block", "timeout" }, a => GetItem(a[0], Ops.IsTrue(a[1]), a[2]), new PyObject[] { PyBool.True, PyNone.None })
        .Method("get_nowait", new[] { "self" }, a => Ops.CallMethod(a[0], "get", PyBool.False))
        .Method("_init", new[] { "self", "maxsize" }, a => { Set(a[0], "queue", Ops.Call(Deque)); return PyNone.None; })
        .Method("_qsize", new[] { "self", "len" }, a => PyInt.From(Ops.Len(Get(a[0], "queue"))), new PyObject[] { PyNone.None })
        .Method("_put", new[] { "self", "item" }, a => { Ops.CallMethod(Get(a[0], "queue"), "append", a[1]); return PyNone.None; })
        .Method("_get", new[] { "self" }, a => Ops.CallMethod(Get(a[0], "queue"), "popleft"))
        .Build();

    public static readonly PyType LifoQueue = new PythonClassBuilder("Queue", "LifoQueue", Queue_)
        .Attribute("__doc__", PyStr.FromString("Variant of Queue that retrieves most recently added entries first."))
        .Method("_init", new[] { "self", "maxsize" }, a => { Set(a[0], "queue", new PyList()); return PyNone.None; })
        .Method("_qsize", new[] { "self", "len" }, a => PyInt.From(Ops.Len(Get(a[0], "queue"))), new PyObject[] { PyNone.None })
        .Method("_put", new[] { "self", "item" }, a => { Ops.CallMethod(Get(a[0], "queue"), "append", a[1]); return PyNone.None; })
        .Method("_get", new[] { "self" }, a => Ops.CallMethod(Get(a[0], "queue"), "pop"))
        .Build();

    public static readonly PyType PriorityQueue = new PythonClassBuilder("Queue", "PriorityQueue", Queue_)
        .Attribute("__doc__", PyStr.FromString("Variant of Queue that retrieves open entries in priority order (lowest first).\n\n    Entries are typically tuples of the form:  (priority number, data).\n    "))
        .Method("_init", new[] { "self", "maxsize" }, a => { Set(a[0], "queue", new PyList()); return PyNone.None; })
        .Method("_qsize", new[] { "self", "len" }, a => PyInt.From(Ops.Len(Get(a[0], "queue"))), new PyObject[] { PyNone.None })
        .Method("_put", new[] { "self", "item" }, a => { heapq.heappush(Get(a[0], "queue"), a[1]); return PyNone.None; })
        .Method("_get", new[] { "self" }, a => heapq.heappop(Get(a[0], "queue")))
        .Build();

    public static void __init__(PyModule m)
    {
        m["__doc__"] = PyStr.FromString("A multi-producer, multi-consumer queue.");
        m["heapq"] = Importer.ImportModule("heapq");
        m["deque"] = Deque;
    }

    static void Init(PyObject self, PyObject maxsize)
    {
        var d = self.InstanceDict;
        d.SetStr("maxsize", maxsize);
        Ops.CallMethod(self, "_init", maxsize);
        var mutex = new LockObject();
        d.SetStr("mutex", mutex);
        d.SetStr("not_empty", Ops.Call(ConditionClass.Type, mutex));
        d.SetStr("not_full", Ops.Call(ConditionClass.Type, mutex));
        d.SetStr("all_tasks_done", Ops.Call(ConditionClass.Type, mutex));
        d.SetStr("unfinished_tasks", PyInt.From(0));
    }

    static PyObject Locked(PyObject self, string lockName, System.Func<PyObject> body)
    {
        var lk = Get(self, lockName);
        Call(lk, "acquire");
        try { return body(); }
        finally { Call(lk, "release"); }
    }

    static void TaskDone(PyObject self)
    {
        Locked(self, "all_tasks_done", () =>
        {
            var unfinished = Ops.Subtract(Get(self, "unfinished_tasks"), PyInt.From(1));
            if (Ops.LessEqual(unfinished, PyInt.From(0)))
            {
                if (Ops.Less(unfinished, PyInt.From(0))) throw Ops.ValueError("task_done() called too many times");
                Call(Get(self, "all_tasks_done"), "notify_all");
            }
            Set(self, "unfinished_tasks", unfinished);
            return PyNone.None;
        });
    }

    static void JoinAll(PyObject self)
    {
        Locked(self, "all_tasks_done", () =>
        {
            while (Ops.IsTrue(Get(self, "unfinished_tasks"))) Call(Get(self, "all_tasks_done"), "wait");
            return PyNone.None;
        });
    }

    static double NonNegativeTimeout(PyObject timeout)
    {
        if (Ops.Less(timeout, PyInt.From(0))) throw Ops.ValueError("'timeout' must be a non-negative number");
        return ((PyFloat)NumberTypes.FloatFromObject(timeout)).Value;
    }

    static void Put(PyObject self, PyObject item, bool block, PyObject timeout)
    {
        Locked(self, "not_full", () =>
        {
            var maxsize = Get(self, "maxsize");
            if (Ops.Less(PyInt.From(0), maxsize))
            {
                if (!block)
                {
                    if (Ops.Eq(Call(self, "_qsize"), maxsize)) throw new PythonException(Ops.Call(Full));
                }
                else if (timeout is PyNone)
                {
                    while (Ops.Eq(Call(self, "_qsize"), maxsize)) Call(Get(self, "not_full"), "wait");
                }
                else
                {
                    double limit = NonNegativeTimeout(timeout);
                    var clock = Stopwatch.StartNew();
                    while (Ops.Eq(Call(self, "_qsize"), maxsize))
                    {
                        double remaining = limit - clock.Elapsed.TotalSeconds;
                        if (remaining <= 0.0) throw new PythonException(Ops.Call(Full));
                        Call(Get(self, "not_full"), "wait", new PyFloat(remaining));
                    }
                }
            }
            Call(self, "_put", item);
            Set(self, "unfinished_tasks", Ops.Add(Get(self, "unfinished_tasks"), PyInt.From(1)));
            Call(Get(self, "not_empty"), "notify");
            return PyNone.None;
        });
    }

    static PyObject GetItem(PyObject self, bool block, PyObject timeout)
    {
        return Locked(self, "not_empty", () =>
        {
            if (!block)
            {
                if (!Ops.IsTrue(Call(self, "_qsize"))) throw new PythonException(Ops.Call(Empty));
            }
            else if (timeout is PyNone)
            {
                while (!Ops.IsTrue(Call(self, "_qsize"))) Call(Get(self, "not_empty"), "wait");
            }
            else
            {
                double limit = NonNegativeTimeout(timeout);
                var clock = Stopwatch.StartNew();
                while (!Ops.IsTrue(Call(self, "_qsize")))
                {
                    double remaining = limit - clock.Elapsed.TotalSeconds;
                    if (remaining <= 0.0) throw new PythonException(Ops.Call(Empty));
                    Call(Get(self, "not_empty"), "wait", new PyFloat(remaining));
                }
            }
            var item = Call(self, "_get");
            Call(Get(self, "not_full"), "notify");
            return item;
        });
    }
}
