using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.Multiprocessing;
using static Py2Cs.Runtime.Modules.Multiprocessing.PythonAttributes;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The multiprocessing package of Python 2.7 (Unix: processes are forked, see docs/multiprocessing.md).
    /// The names of 2.7's __init__.py: Process, current_process, active_children, the exceptions, Pipe,
    /// cpu_count, the synchronisation factories, the queues, shared Value/Array, Pool, Manager and the
    /// logging helpers. The classes live in the submodules (multiprocessing.process, .synchronize,
    /// .queues, .connection, .sharedctypes, .pool, .managers, .dummy, .util) as in 2.7.
    /// </summary>
    [PythonModule("multiprocessing")]
    public static class multiprocessingModule
    {
        public static readonly PyObject __version__ = PyStr.FromString("0.70a1");
        public static readonly PyObject SUBDEBUG = PyInt.From(5), SUBWARNING = PyInt.From(25);

        public static readonly PyType ProcessError = new PythonClassBuilder("multiprocessing", "ProcessError", PyExceptionTypes.Exception).Build();
        public static readonly PyType BufferTooShort = new PythonClassBuilder("multiprocessing", "BufferTooShort", ProcessError).Build();
        public static readonly PyType TimeoutError = new PythonClassBuilder("multiprocessing", "TimeoutError", ProcessError).Build();
        public static readonly PyType AuthenticationError = new PythonClassBuilder("multiprocessing", "AuthenticationError", ProcessError).Build();

        public static readonly PyType Process = ProcessClass.Type;

        public static readonly PyObject __all__ = PyList.Create(
            S("Process"), S("current_process"), S("active_children"), S("freeze_support"), S("Manager"), S("Pipe"), S("cpu_count"),
            S("log_to_stderr"), S("get_logger"), S("allow_connection_pickling"), S("BufferTooShort"), S("TimeoutError"),
            S("Lock"), S("RLock"), S("Semaphore"), S("BoundedSemaphore"), S("Condition"), S("Event"), S("Queue"),
            S("JoinableQueue"), S("Pool"), S("Value"), S("Array"), S("RawValue"), S("RawArray"), S("SUBDEBUG"), S("SUBWARNING"));

        static PyStr S(string s) => PyStr.FromString(s);

        static bool _exitRegistered;

        public static void __init__(PyModule m)
        {
            m["__doc__"] = S("Package for running subprocesses and sharing objects between them (Python 2.7, processes are forked).");
            m["__author__"] = S("R. Oudkerk (r.m.oudkerk@gmail.com)");
            m["__path__"] = PyList.Create(S("multiprocessing"));
            ProcessClass.Initialize();
            if (!_exitRegistered)
            {
                _exitRegistered = true;
                var exit = PyFunction.WithBoundArguments(new FunctionSignature("_exit_function", System.Array.Empty<string>()),
                    _ => { if (!ForkableProcess.IsForkedChild) ProcessClass.ExitFunction(); return PyNone.None; });
                Modules.atexit.register(exit, null);
                Importer.ImportModule("atexit");
            }
        }

        public static PyObject current_process() => ProcessClass.Current;

        /// <summary>SyncManager (a server process holding shared dicts, lists, queues... reached through
        /// proxies) is not implemented yet; see docs/multiprocessing.md.</summary>
        public static PyObject Manager() =>
            throw new PythonException(Ops.Call(PyExceptionTypes.NotImplementedError,
                S("multiprocessing.Manager() is not supported by this runtime yet (see docs/multiprocessing.md)")));

        public static PyObject get_logger() => utilModule.get_logger();
        public static PyObject log_to_stderr(PyObject level = null) => utilModule.log_to_stderr(level);

        public static PyObject active_children() => ProcessClass.ActiveChildren();

        public static PyObject cpu_count()
        {
            long n = Libc.sysconf(84);   // _SC_NPROCESSORS_ONLN, what 2.7 asks os.sysconf for
            if (n < 1) throw new PythonException(Ops.Call(PyExceptionTypes.NotImplementedError, S("cannot determine number of cpus")));
            return PyInt.From(n);
        }

        /// <summary>Only meaningful for frozen Windows executables; nothing to do here, as in 2.7 on Unix.</summary>
        public static void freeze_support() { }

        public static void allow_connection_pickling() { }

        public static PyObject Pipe(PyObject duplex = null)
        {
            var (a, b) = MakePipe(duplex == null || Ops.IsTrue(duplex));
            return PyTuple.Create(a, b);
        }

        /// <summary>connection.Pipe: a socketpair for a duplex pipe, else os.pipe() (read end first).</summary>
        internal static unsafe (ConnectionObject, ConnectionObject) MakePipe(bool duplex)
        {
            int* fds = stackalloc int[2];
            if (duplex)
            {
                if (Modules.Socket.SocketCalls.socketpair(1, 1, 0, fds) < 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
                return (new ConnectionObject(fds[0]), new ConnectionObject(fds[1]));
            }
            if (Libc.pipe(fds) < 0) throw OsErrors.ToPython(new OsFailure(Libc.Errno));
            return (new ConnectionObject(fds[0], writable: false), new ConnectionObject(fds[1], readable: false));
        }

        public static PyObject Lock() => Ops.Call(SynchronizeClasses.Lock);
        public static PyObject RLock() => Ops.Call(SynchronizeClasses.RLock);
        public static PyObject Condition(PyObject @lock = null) => Ops.Call(SynchronizeClasses.Condition, @lock ?? PyNone.None);
        public static PyObject Semaphore(PyObject value = null) => Ops.Call(SynchronizeClasses.Semaphore, value ?? PyInt.From(1));
        public static PyObject BoundedSemaphore(PyObject value = null) => Ops.Call(SynchronizeClasses.BoundedSemaphore, value ?? PyInt.From(1));
        public static PyObject Event() => Ops.Call(SynchronizeClasses.Event);
        public static PyObject Queue(PyObject maxsize = null) => Ops.Call(QueueClasses.Queue, maxsize ?? PyInt.From(0));
        public static PyObject JoinableQueue(PyObject maxsize = null) => Ops.Call(QueueClasses.JoinableQueue, maxsize ?? PyInt.From(0));

        public static PyObject Pool(PyObject processes = null, PyObject initializer = null, PyObject initargs = null, PyObject maxtasksperchild = null) =>
            Ops.Call(PoolClasses.Pool, new[] { processes ?? PyNone.None, initializer ?? PyNone.None, initargs ?? PyTuple.Empty, maxtasksperchild ?? PyNone.None });

        public static PyObject RawValue(PyObject typecode_or_type, params PyObject[] args) => SharedCTypes.RawValue(typecode_or_type, args);
        public static PyObject RawArray(PyObject typecode_or_type, PyObject size_or_initializer) => SharedCTypes.RawArray(typecode_or_type, size_or_initializer);
        public static PyObject Value(PyObject typecode_or_type, [Kwargs] PyDict kwds, params PyObject[] args) => SharedCTypes.Value(typecode_or_type, args, kwds);
        public static PyObject Array(PyObject typecode_or_type, PyObject size_or_initializer, [Kwargs] PyDict kwds) =>
            SharedCTypes.Array(typecode_or_type, size_or_initializer, kwds);
    }

    /// <summary>_multiprocessing: the C part of 2.7's package (SemLock, Connection, flags).</summary>
    [PythonModule("_multiprocessing")]
    public static class _multiprocessingModule
    {
        public static readonly PyType SemLock = SemLockObject.TypeObject;
        public static readonly PyType Connection = ConnectionObject.TypeObject;
        public static readonly PyObject flags = BuildFlags();

        static PyObject BuildFlags()
        {
            var d = new PyDict();
            foreach (var name in new[] { "HAVE_FD_TRANSFER", "HAVE_SEM_OPEN", "HAVE_SEM_TIMEDWAIT" }) d.SetStr(name, PyInt.From(1));
            return d;
        }

        public static PyObject address_of_buffer(PyObject obj) =>
            throw Ops.TypeError("address_of_buffer is not supported: objects have no fixed address in this runtime");
    }
}

namespace Py2Cs.Runtime.Modules.Multiprocessing
{
    [PythonModule("multiprocessing.process")]
    public static class processModule
    {
        public static readonly PyType Process = ProcessClass.Type;
        public static readonly PyType _MainProcess = ProcessClass.MainProcess;
        public static readonly PyType AuthenticationString = ProcessClass.AuthenticationStringType;
        public static PyObject current_process() => ProcessClass.Current;
        public static PyObject active_children() => ProcessClass.ActiveChildren();
        public static void __init__(PyModule m) => Importer.ImportModule("multiprocessing");
    }

    [PythonModule("multiprocessing.synchronize")]
    public static class synchronizeModule
    {
        public static readonly PyType SemLock = SynchronizeClasses.SemLock;
        public static readonly PyType Semaphore = SynchronizeClasses.Semaphore;
        public static readonly PyType BoundedSemaphore = SynchronizeClasses.BoundedSemaphore;
        public static readonly PyType Lock = SynchronizeClasses.Lock;
        public static readonly PyType RLock = SynchronizeClasses.RLock;
        public static readonly PyType Condition = SynchronizeClasses.Condition;
        public static readonly PyType Event = SynchronizeClasses.Event;
        public static readonly PyObject SEM_VALUE_MAX = PyInt.From(SemLockObject.SemValueMax);
        public static readonly PyObject RECURSIVE_MUTEX = PyInt.From(0), SEMAPHORE = PyInt.From(1);
        public static void __init__(PyModule m) => Importer.ImportModule("multiprocessing");
    }

    [PythonModule("multiprocessing.pool")]
    public static class poolModule
    {
        public static readonly PyType Pool = PoolClasses.Pool;
        public static readonly PyType ThreadPool = PoolClasses.ThreadPool;
        public static readonly PyType ApplyResult = PoolClasses.ApplyResult;
        public static readonly PyType AsyncResult = PoolClasses.ApplyResult;
        public static readonly PyType MapResult = PoolClasses.MapResult;
        public static readonly PyType IMapIterator = PoolClasses.IMapIterator;
        public static readonly PyType IMapUnorderedIterator = PoolClasses.IMapUnorderedIterator;
        public static readonly PyType MaybeEncodingError = PoolClasses.MaybeEncodingError;
        public static readonly PyObject RUN = PyInt.From(0), CLOSE = PyInt.From(1), TERMINATE = PyInt.From(2);
        public static readonly PyObject job_counter = PyNone.None;
        public static PyObject mapstar(PyObject args) => Ops.Call(Get(Module("__builtin__"), "map"), PyList.FromIterable(args).ToArray());
        public static void __init__(PyModule m)
        {
            Importer.ImportModule("multiprocessing");
            m["TimeoutError"] = multiprocessingModule.TimeoutError;
            m["Process"] = ProcessClass.Type;
            m["cpu_count"] = Get(Module("multiprocessing"), "cpu_count");
        }
    }

    [PythonModule("multiprocessing.sharedctypes")]
    public static class sharedctypesModule
    {
        public static readonly PyType Synchronized = SharedCTypes.Synchronized;
        public static readonly PyType SynchronizedBase = SharedCTypes.SynchronizedBase;
        public static readonly PyType SynchronizedArray = SharedCTypes.SynchronizedArray;
        public static readonly PyType SynchronizedString = SharedCTypes.SynchronizedString;
        public static readonly PyObject typecode_to_type = SharedCTypes.TypecodeToType();
        public static PyObject RawValue(PyObject typecode_or_type, params PyObject[] args) => SharedCTypes.RawValue(typecode_or_type, args);
        public static PyObject RawArray(PyObject typecode_or_type, PyObject size_or_initializer) => SharedCTypes.RawArray(typecode_or_type, size_or_initializer);
        public static PyObject Value(PyObject typecode_or_type, [Kwargs] PyDict kwds, params PyObject[] args) => SharedCTypes.Value(typecode_or_type, args, kwds);
        public static PyObject Array(PyObject typecode_or_type, PyObject size_or_initializer, [Kwargs] PyDict kwds) =>
            SharedCTypes.Array(typecode_or_type, size_or_initializer, kwds);
        public static PyObject synchronized(PyObject obj, PyObject @lock = null) => SharedCTypes.Synchronized_(obj, @lock);
        public static void __init__(PyModule m)
        {
            Importer.ImportModule("multiprocessing");
            m["RLock"] = Get(Module("multiprocessing"), "RLock");
        }
    }

    [PythonModule("multiprocessing.queues")]
    public static class queuesModule
    {
        public static readonly PyType Queue = QueueClasses.Queue;
        public static readonly PyType JoinableQueue = QueueClasses.JoinableQueue;
        public static readonly PyType SimpleQueue = QueueClasses.SimpleQueue;
        public static void __init__(PyModule m)
        {
            Importer.ImportModule("multiprocessing");
            m["Empty"] = Get(Module("Queue"), "Empty");
            m["Full"] = Get(Module("Queue"), "Full");
        }
    }
}
