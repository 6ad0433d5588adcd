using System;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.Multiprocessing.PythonAttributes;

namespace Py2Cs.Runtime.Modules.Multiprocessing
{
    /// <summary>
    /// multiprocessing.dummy (2.7's dummy/__init__.py): the multiprocessing API over threads —
    /// DummyProcess (a threading.Thread with exitcode), threading's locks, Queue.Queue, a ThreadPool,
    /// Value/Namespace/Manager stand-ins, and dummy.connection's queue-backed Pipe.
    /// </summary>
    [PythonModule("multiprocessing.dummy")]
    public static class dummyModule
    {
        static PyObject Threading(string name) => Get(Module("threading"), name);

        public static readonly PyObject __all__ = PyList.Create(
            S("Process"), S("current_process"), S("active_children"), S("freeze_support"), S("Lock"), S("RLock"), S("Semaphore"),
            S("BoundedSemaphore"), S("Condition"), S("Event"), S("Queue"), S("Manager"), S("Pipe"), S("Pool"), S("JoinableQueue"));

        static PyStr S(string s) => PyStr.FromString(s);

        static PyObject CurrentProcess() => Ops.Call(Threading("current_thread"));

        static readonly PyType DummyProcess = new PythonClassBuilder("multiprocessing.dummy", "DummyProcess", (PyType)Threading("Thread"))
            .Method("__init__", new[] { "self", "group", "target", "name", "args", "kwargs" }, a =>
            {
                Ops.Call(Get(Threading("Thread"), "__init__"), new[] { a[0], a[1], a[2], a[3], a[4], a[5] });
                Set(a[0], "_pid", PyNone.None);
                Set(a[0], "_children", new PyDict());
                Set(a[0], "_start_called", PyBool.False);
                Set(a[0], "_parent", CurrentProcess());
                return PyNone.None;
            }, new PyObject[] { PyNone.None, PyNone.None, PyNone.None, PyTuple.Empty, new PyDict() })
            .Method("start", new[] { "self" }, a =>
            {
                if (!ReferenceEquals(Get(a[0], "_parent"), CurrentProcess())) throw Assertion(null);
                Set(a[0], "_start_called", PyBool.True);
                var children = Ops.GetAttrOrNull(Get(a[0], "_parent"), PyStr.Intern("_children"));
                if (children != null) Ops.SetItem(children, a[0], PyNone.None);
                return Ops.Call(Get(Threading("Thread"), "start"), a[0]);
            })
            .Attribute("exitcode", Property("exitcode", s =>
                Ops.IsTrue(Get(s, "_start_called")) && !Ops.IsTrue(Call(s, "is_alive")) ? PyInt.From(0) : PyNone.None))
            .Build();

        static readonly PyType ConditionType = new PythonClassBuilder("multiprocessing.dummy", "Condition", (PyType)Threading("_Condition")).Build();

        static readonly PyType NamespaceType = new PythonClassBuilder("multiprocessing.dummy", "Namespace", PyType.ObjectType)
            .Method("__init__", new[] { "self" }, a => { Ops.CallMethod(a[0].InstanceDict, PyStr.Intern("update"), a[1]); return PyNone.None; }, kwArgs: "kwds")
            .Method("__repr__", new[] { "self" }, a =>
            {
                var parts = new System.Collections.Generic.List<string>();
                foreach (var name in Items(a[0].InstanceDict))
                {
                    string n = Ops.Str(name).ToString();
                    if (!n.StartsWith("_")) parts.Add($"{n}={Ops.Repr(Ops.GetItem(a[0].InstanceDict, name))}");
                }
                parts.Sort(string.CompareOrdinal);
                return PyStr.FromString($"Namespace({string.Join(", ", parts)})");
            })
            .Build();

        static readonly PyType ValueType = new PythonClassBuilder("multiprocessing.dummy", "Value", PyType.ObjectType)
            .Method("__init__", new[] { "self", "typecode", "value", "lock" }, a =>
            {
                Set(a[0], "_typecode", a[1]);
                Set(a[0], "_value", a[2]);
                return PyNone.None;
            }, new PyObject[] { PyBool.True })
            .Method("_get", new[] { "self" }, a => Get(a[0], "_value"))
            .Method("_set", new[] { "self", "value" }, a => { Set(a[0], "_value", a[1]); return PyNone.None; })
            .Attribute("value", Property("value", s => Get(s, "_value"), (s, v) => Set(s, "_value", v)))
            .Method("__repr__", new[] { "self" }, a => PyStr.FromString(
                $"<{Ops.GetAttr(Ops.TypeOf(a[0]), PyStr.Intern("__name__"))}({Ops.Repr(Get(a[0], "_typecode"))}, {Ops.Repr(Get(a[0], "_value"))})>"))
            .Build();

        public static void __init__(PyModule m)
        {
            Importer.ImportModule("multiprocessing");
            m["__path__"] = PyList.Create(S("multiprocessing/dummy"));
            m["Process"] = DummyProcess;
            m["DummyProcess"] = DummyProcess;
            m["current_process"] = Threading("current_thread");
            foreach (var name in new[] { "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Event" }) m[name] = Threading(name);
            m["Condition"] = ConditionType;
            m["Queue"] = Get(Module("Queue"), "Queue");
            m["JoinableQueue"] = Get(Module("Queue"), "Queue");
            m["Namespace"] = NamespaceType;
            m["Value"] = ValueType;
            m["dict"] = PyDict.TypeObject;
            m["list"] = PyList.TypeObject;
            m["TimeoutError"] = multiprocessingModule.TimeoutError;
            m["cpu_count"] = Get(Module("multiprocessing"), "cpu_count");
            var main = CurrentProcess();
            if (Ops.GetAttrOrNull(main, PyStr.Intern("_children")) == null) Set(main, "_children", new PyDict());
        }

        public static PyObject active_children()
        {
            var children = Get(CurrentProcess(), "_children");
            foreach (var p in PyList.FromIterable(children).ToArray())
                if (!Ops.IsTrue(Call(p, "is_alive"))) Ops.CallMethod(children, PyStr.Intern("pop"), p, PyNone.None);
            return PyList.FromIterable(children);
        }

        public static void freeze_support() { }
        public static void shutdown() { }

        public static PyObject Pipe(PyObject duplex = null) => dummyConnectionModule.Pipe(duplex);

        public static PyObject Manager() => Module("multiprocessing.dummy");

        public static PyObject Array(PyObject typecode, PyObject sequence, PyObject @lock = null) =>
            Ops.Call(Get(Module("array"), "array"), typecode, sequence);

        public static PyObject Pool(PyObject processes = null, PyObject initializer = null, PyObject initargs = null) =>
            Ops.Call(PoolClasses.ThreadPool, processes ?? PyNone.None, initializer ?? PyNone.None, initargs ?? PyTuple.Empty);
    }

    /// <summary>multiprocessing.dummy.connection: a Pipe of two Queue.Queues, and Listener/Client over queues.</summary>
    [PythonModule("multiprocessing.dummy.connection")]
    public static class dummyConnectionModule
    {
        public static readonly PyObject families = PyList.Create(PyStr.FromString("AF_INET"));
        static PyObject NewQueue(PyObject maxsize = null) => maxsize == null ? Ops.Call(Get(Module("Queue"), "Queue")) : Ops.Call(Get(Module("Queue"), "Queue"), maxsize);

        public static readonly PyType Connection = new PythonClassBuilder("multiprocessing.dummy.connection", "Connection", PyType.ObjectType)
            .Method("__init__", new[] { "self", "_in", "_out" }, a =>
            {
                Set(a[0], "_out", a[2]);
                Set(a[0], "_in", a[1]);
                Set(a[0], "send", Get(a[2], "put"));
                Set(a[0], "send_bytes", Get(a[2], "put"));
                Set(a[0], "recv", Get(a[1], "get"));
                Set(a[0], "recv_bytes", Get(a[1], "get"));
                return PyNone.None;
            })
            .Method("poll", new[] { "self", "timeout" }, a =>
            {
                var input = Get(a[0], "_in");
                if (Ops.ToInt32(Call(input, "qsize")) > 0) return PyBool.True;
                if (Ops.LessEqual(a[1], PyInt.From(0))) return PyBool.False;
                var notEmpty = Get(input, "not_empty");
                Call(notEmpty, "acquire");
                try { Call(notEmpty, "wait", a[1]); }
                finally { Call(notEmpty, "release"); }
                return PyBool.From(Ops.ToInt32(Call(input, "qsize")) > 0);
            }, new PyObject[] { new PyFloat(0.0) })
            .Method("close", new[] { "self" }, a => PyNone.None)
            .Build();

        public static readonly PyType Listener = new PythonClassBuilder("multiprocessing.dummy.connection", "Listener", PyType.ObjectType)
            .Method("__init__", new[] { "self", "address", "family", "backlog" }, a =>
            {
                Set(a[0], "_backlog_queue", NewQueue(a[3]));
                return PyNone.None;
            }, new PyObject[] { PyNone.None, PyNone.None, PyInt.From(1) })
            .Method("accept", new[] { "self" }, a => Ops.CallEx(Connection, System.Array.Empty<PyObject>(), null, Call(Get(a[0], "_backlog_queue"), "get"), null))
            .Method("close", new[] { "self" }, a => { Set(a[0], "_backlog_queue", PyNone.None); return PyNone.None; })
            .Attribute("address", Property("address", s => Get(s, "_backlog_queue")))
            .Build();

        public static PyObject Client(PyObject address)
        {
            PyObject input = NewQueue(), output = NewQueue();
            Call(address, "put", PyTuple.Create(output, input));
            return Ops.Call(Connection, input, output);
        }

        public static PyObject Pipe(PyObject duplex = null)
        {
            PyObject a = NewQueue(), b = NewQueue();
            return PyTuple.Create(Ops.Call(Connection, a, b), Ops.Call(Connection, b, a));
        }
    }
}
