using System;
using static Py2Cs.Runtime.Modules.Multiprocessing.PythonAttributes;

namespace Py2Cs.Runtime.Modules.Multiprocessing
{
    /// <summary>
    /// multiprocessing.util (2.7's util.py): the package's logger ('multiprocessing', not propagating,
    /// with the SUBDEBUG/SUBWARNING level names), log_to_stderr, the logging helpers the package itself
    /// calls (sub_debug, debug, info, sub_warning: silent until get_logger() made the logger), the
    /// per-process temp directory and register_after_fork.
    /// </summary>
    [PythonModule("multiprocessing.util")]
    public static class utilModule
    {
        public static readonly PyObject NOTSET = PyInt.From(0), SUBDEBUG = PyInt.From(5), DEBUG = PyInt.From(10), INFO = PyInt.From(20),
            SUBWARNING = PyInt.From(25);
        public static readonly PyObject LOGGER_NAME = PyStr.FromString("multiprocessing");
        public static readonly PyObject DEFAULT_LOGGING_FORMAT = PyStr.FromString("[%(levelname)s/%(processName)s] %(message)s");

        static PyObject _logger;

        public static void __init__(PyModule m)
        {
            Importer.ImportModule("multiprocessing");
            m["active_children"] = Get(Module("multiprocessing"), "active_children");
            m["current_process"] = Get(Module("multiprocessing"), "current_process");
        }

        public static PyObject get_logger()
        {
            if (_logger != null) return _logger;
            var logging = Module("logging");
            var logger = Ops.Call(Get(logging, "getLogger"), LOGGER_NAME);
            Set(logger, "propagate", PyInt.From(0));
            Ops.Call(Get(logging, "addLevelName"), SUBDEBUG, PyStr.FromString("SUBDEBUG"));
            Ops.Call(Get(logging, "addLevelName"), SUBWARNING, PyStr.FromString("SUBWARNING"));
            _logger = logger;
            return logger;
        }

        public static PyObject log_to_stderr(PyObject level = null)
        {
            var logging = Module("logging");
            var logger = get_logger();
            var formatter = Ops.Call(Get(logging, "Formatter"), DEFAULT_LOGGING_FORMAT);
            var handler = Ops.Call(Get(logging, "StreamHandler"));
            Call(handler, "setFormatter", formatter);
            Call(logger, "addHandler", handler);
            if (level != null && Ops.IsTrue(level)) Call(logger, "setLevel", level);
            return logger;
        }

        /// <summary>Logs through the package's logger when it exists (util.info and friends).</summary>
        internal static void Log(PyObject level, string message, params PyObject[] args)
        {
            if (_logger == null) return;
            var all = new PyObject[args.Length + 2];
            all[0] = level;
            all[1] = PyStr.FromString(message);
            args.CopyTo(all, 2);
            Ops.Call(Get(_logger, "log"), all);
        }

        static PyObject LogCall(PyObject level, PyObject msg, PyObject[] args)
        {
            if (_logger == null) return PyNone.None;
            var all = new PyObject[args.Length + 2];
            all[0] = level;
            all[1] = msg;
            args.CopyTo(all, 2);
            return Ops.Call(Get(_logger, "log"), all);
        }

        public static PyObject sub_debug(PyObject msg, params PyObject[] args) => LogCall(SUBDEBUG, msg, args);
        public static PyObject debug(PyObject msg, params PyObject[] args) => LogCall(DEBUG, msg, args);
        public static PyObject info(PyObject msg, params PyObject[] args) => LogCall(INFO, msg, args);
        public static PyObject sub_warning(PyObject msg, params PyObject[] args) => LogCall(SUBWARNING, msg, args);

        public static PyObject get_temp_dir() => ConnectionListener.TempDir();

        public static bool is_exiting() => ProcessClass.Exiting;

        /// <summary>register_after_fork(obj, func): func(obj) runs in each child right after the fork.</summary>
        public static void register_after_fork(PyObject obj, PyObject func) => ProcessClass.AfterFork += () => Ops.Call(func, obj);
    }
}
