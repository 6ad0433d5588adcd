using Py2Cs.Runtime.Modules.logging;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>The logging package (Python 2.7): core classes, the root logger and module-level functions.</summary>
    [PythonModule("logging")]
    public static class loggingModule
    {
        public static readonly PyInt CRITICAL = PyInt.From(50), FATAL = PyInt.From(50), ERROR = PyInt.From(40), WARNING = PyInt.From(30),
            WARN = PyInt.From(30), INFO = PyInt.From(20), DEBUG = PyInt.From(10), NOTSET = PyInt.From(0);
        public static readonly PyStr BASIC_FORMAT = PyStr.FromString("%(levelname)s:%(name)s:%(message)s");
        public static readonly PyInt raiseExceptions = PyInt.From(1);
        /// <summary>
        /// 2.7: the logging source file, which findCaller skips; setting it to None turns caller lookup off.
        /// The runtime's logging is native, so this names where logging/__init__.py would be.
        /// </summary>
        public static readonly PyObject _srcfile = PyStr.FromString("logging/__init__.py");
        public static readonly PyDict _handlers = LoggingCore.NamedHandlers;
        public static readonly PyObject _startTime = new PyFloat(LoggingCore.StartTime);
        public static readonly PyInt logThreads = PyInt.From(1), logProcesses = PyInt.From(1), logMultiprocessing = PyInt.From(1);
        public static readonly PyDict _levelNames = LoggingCore.LevelNames;
        public static readonly PyType LogRecord = LoggingCore.LogRecord;
        public static readonly PyType Formatter = LoggingCore.Formatter;
        public static readonly PyType BufferingFormatter = LoggingCore.BufferingFormatter;
        public static readonly PyType Filter = LoggingCore.Filter;
        public static readonly PyType Filterer = LoggingCore.Filterer;
        public static readonly PyType Handler = LoggingCore.Handler;
        public static readonly PyType StreamHandler = LoggingCore.StreamHandler;
        public static readonly PyType FileHandler = LoggingCore.FileHandler;
        public static readonly PyType NullHandler = LoggingCore.NullHandler;
        public static readonly PyType Logger = LoggingLoggers.Logger;
        public static readonly PyType RootLogger = LoggingLoggers.RootLogger;
        public static readonly PyType PlaceHolder = LoggingLoggers.PlaceHolder;
        public static readonly PyType Manager = LoggingLoggers.Manager;
        public static readonly PyType LoggerAdapter = LoggingLoggers.LoggerAdapter;
        public static readonly PyObject _defaultFormatter = LoggingCore.DefaultFormatter;

        public static readonly PyObject root = CreateRoot();

        private static PyObject CreateRoot()
        {
            PyObject r = Ops.Call(LoggingLoggers.RootLogger, PyInt.From(30));
            PyObject manager = Ops.Call(LoggingLoggers.Manager, r);
            Set(LoggingLoggers.Logger, "root", r);
            Set(LoggingLoggers.Logger, "manager", manager);
            // CPython registers shutdown with atexit so file handlers are flushed and closed.
            Ops.Call(Ops.GetAttr(Importer.ImportModule("atexit"), PyStr.Intern("register")), NativeFunction.Create("shutdown", () => shutdown()));
            return r;
        }

        private static PyObject Manager_ => Get(LoggingLoggers.Logger, "manager");

        public static PyObject getLogger(PyObject name = null) =>
            name == null || IsNone(name) || !Ops.IsTrue(name) ? root : Call(Manager_, "getLogger", name);

        public static PyObject getLevelName(PyObject level) => LoggingCore.GetLevelName(level);

        public static PyObject _checkLevel(PyObject level) => LoggingCore.CheckLevel(level);

        // 2.7's module-level RLock around handler and logger bookkeeping; Monitor is re-entrant like it.
        private static readonly object ModuleRLock = new object();

        public static PyObject _acquireLock()
        {
            System.Threading.Monitor.Enter(ModuleRLock);
            return PyNone.None;
        }

        public static PyObject _releaseLock()
        {
            System.Threading.Monitor.Exit(ModuleRLock);
            return PyNone.None;
        }

        public static PyObject addLevelName(PyObject level, PyObject levelName)
        {
            LoggingCore.AddLevelName(level, levelName);
            return PyNone.None;
        }

        public static PyObject setLoggerClass(PyObject klass)
        {
            if (!Ops.Eq(klass, LoggingLoggers.Logger) && !Ops.IsSubclass(klass, LoggingLoggers.Logger))
                throw Ops.TypeError("logger not derived from logging.Logger: " + Text(Get(klass, "__name__")));
            LoggingLoggers.LoggerClass = klass;
            return PyNone.None;
        }

        public static PyObject getLoggerClass() => LoggingLoggers.LoggerClass;

        public static PyObject makeLogRecord(PyObject dict)
        {
            PyObject rv = Ops.Call(LoggingCore.LogRecord, new PyObject[] { PyNone.None, PyNone.None, S(""), PyInt.From(0), S(""), PyTuple.Empty, PyNone.None, PyNone.None });
            Call(Get(rv, "__dict__"), "update", dict);
            return rv;
        }

        public static PyObject disable(PyObject level)
        {
            Set(Manager_, "disable", level);
            return PyNone.None;
        }

        public static PyObject basicConfig([Kwargs] PyDict kwargs)
        {
            if (Ops.IsTrue(Get(root, "handlers"))) return PyNone.None;
            // 2.7: a true filename wins and stream is then ignored; other keywords are ignored silently.
            PyObject filename = kwargs.GetStr("filename");
            PyObject hdlr = filename != null && Ops.IsTrue(filename)
                ? Ops.Call(LoggingCore.FileHandler, filename, kwargs.GetStr("filemode") ?? S("a"))
                : Ops.Call(LoggingCore.StreamHandler, kwargs.GetStr("stream") ?? PyNone.None);
            PyObject fmt = Ops.Call(LoggingCore.Formatter, kwargs.GetStr("format") ?? BASIC_FORMAT, kwargs.GetStr("datefmt") ?? PyNone.None);
            Call(hdlr, "setFormatter", fmt);
            Call(root, "addHandler", hdlr);
            PyObject level = kwargs.GetStr("level");
            if (level != null && !IsNone(level)) Call(root, "setLevel", level);
            return PyNone.None;
        }

        private static PyObject ModuleLog(string method, PyObject msg, PyObject[] args, PyDict kwargs)
        {
            if (!Ops.IsTrue(Get(root, "handlers"))) basicConfig(new PyDict());
            var positional = new System.Collections.Generic.List<PyObject> { msg };
            positional.AddRange(args);
            return CallKw(Get(root, method), positional.ToArray(), kwargs);
        }

        public static PyObject critical(PyObject msg, [Kwargs] PyDict kwargs, params PyObject[] args) => ModuleLog("critical", msg, args, kwargs);
        public static PyObject fatal(PyObject msg, [Kwargs] PyDict kwargs, params PyObject[] args) => ModuleLog("critical", msg, args, kwargs);
        public static PyObject error(PyObject msg, [Kwargs] PyDict kwargs, params PyObject[] args) => ModuleLog("error", msg, args, kwargs);
        public static PyObject exception(PyObject msg, [Kwargs] PyDict kwargs, params PyObject[] args)
        {
            kwargs.SetStr("exc_info", PyInt.From(1));
            return error(msg, kwargs, args);
        }
        public static PyObject warning(PyObject msg, [Kwargs] PyDict kwargs, params PyObject[] args) => ModuleLog("warning", msg, args, kwargs);
        public static PyObject warn(PyObject msg, [Kwargs] PyDict kwargs, params PyObject[] args) => ModuleLog("warning", msg, args, kwargs);
        public static PyObject info(PyObject msg, [Kwargs] PyDict kwargs, params PyObject[] args) => ModuleLog("info", msg, args, kwargs);
        public static PyObject debug(PyObject msg, [Kwargs] PyDict kwargs, params PyObject[] args) => ModuleLog("debug", msg, args, kwargs);

        public static PyObject log(PyObject level, PyObject msg, [Kwargs] PyDict kwargs, params PyObject[] args)
        {
            if (!Ops.IsTrue(Get(root, "handlers"))) basicConfig(new PyDict());
            var positional = new System.Collections.Generic.List<PyObject> { level, msg };
            positional.AddRange(args);
            return CallKw(Get(root, "log"), positional.ToArray(), kwargs);
        }

        // captureWarnings keeps the replaced warnings.showwarning in this module global, as 2.7 does, so
        // the state is read from and written to the module object (Python code may inspect or reset it).
        public static readonly PyObject _warnings_showwarning = PyNone.None;

        private static PyObject Self => Importer.ImportModule("logging");

        public static PyObject _showwarning(PyObject message, PyObject category, PyObject filename, PyObject lineno,
            PyObject file = null, PyObject line = null)
        {
            file ??= PyNone.None;
            line ??= PyNone.None;
            if (!IsNone(file))
            {
                PyObject original = Get(Self, "_warnings_showwarning");
                if (!IsNone(original)) Ops.Call(original, new[] { message, category, filename, lineno, file, line });
                return PyNone.None;
            }
            PyObject warnings = Importer.ImportModule("warnings");
            PyObject s = Ops.Call(Get(warnings, "formatwarning"), new[] { message, category, filename, lineno, line });
            PyObject logger = getLogger(S("py.warnings"));
            if (!Ops.IsTrue(Get(logger, "handlers"))) Call(logger, "addHandler", Ops.Call(LoggingCore.NullHandler));
            Call(logger, "warning", S("%s"), s);
            return PyNone.None;
        }

        public static PyObject captureWarnings(PyObject capture)
        {
            PyObject warnings = Importer.ImportModule("warnings");
            if (Ops.IsTrue(capture))
            {
                if (IsNone(Get(Self, "_warnings_showwarning")))
                {
                    Set(Self, "_warnings_showwarning", Get(warnings, "showwarning"));
                    Set(warnings, "showwarning", Get(Self, "_showwarning"));
                }
            }
            else if (!IsNone(Get(Self, "_warnings_showwarning")))
            {
                Set(warnings, "showwarning", Get(Self, "_warnings_showwarning"));
                Set(Self, "_warnings_showwarning", PyNone.None);
            }
            return PyNone.None;
        }

        /// <summary>
        /// shutdown(handlerList=_handlerList): flush and close each live handler, newest first. A list passed in
        /// may hold handlers or (as 2.7's does) callables returning them.
        /// </summary>
        public static PyObject shutdown(PyObject handlerList = null)
        {
            System.Collections.Generic.List<PyObject> handlers;
            if (handlerList == null) handlers = LoggingCore.LiveHandlers();
            else
            {
                handlers = new System.Collections.Generic.List<PyObject>();
                foreach (PyObject item in Items(handlerList))
                    handlers.Add(Ops.IsInstance(item, LoggingCore.Handler) || !Ops.IsCallable(item) ? item : Ops.Call(item));
            }
            handlers.Reverse();
            foreach (PyObject h in handlers)
            {
                try
                {
                    if (!Ops.IsTrue(h)) continue;
                    try
                    {
                        Call(h, "acquire");
                        Call(h, "flush");
                        Call(h, "close");
                    }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.IOError) || e.Matches(PyExceptionTypes.ValueError)) { }
                    finally
                    {
                        Call(h, "release");
                    }
                }
                catch (PythonException) when (!Ops.IsTrue(raiseExceptionsNow)) { }
            }
            return PyNone.None;
        }

        private static PyObject raiseExceptionsNow => Get(Self, "raiseExceptions");
    }
}
