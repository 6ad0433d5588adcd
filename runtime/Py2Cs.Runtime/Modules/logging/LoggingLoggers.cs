using System.Collections.Generic;
using System.Linq;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.logging
{
    /// <summary>Logger, RootLogger, PlaceHolder, Manager and LoggerAdapter (logging 2.7).</summary>
    internal static class LoggingLoggers
    {
        private const string Module = "logging";
        private static PyObject None => PyNone.None;
        private static readonly object ManagerLock = new object();

        private static int Level(PyObject o) => (int)((PyInt)Ops.Call(PyInt.TypeObject, o)).Value;

        /// <summary>findCaller: the innermost Python frame of the current stack (file, line, function).</summary>
        private static PyObject FindCaller()
        {
            var stack = TracebackPrinter.CurrentStack();
            if (stack.Count == 0) return PyTuple.Create(S("(unknown file)"), PyInt.From(0), S("(unknown function)"));
            var f = stack[^1];
            return PyTuple.Create(S(f.File), PyInt.From(f.Line), S(f.Function));
        }

        private static readonly PyStr ExcInfoName = PyStr.Intern("exc_info"), ExtraName = PyStr.Intern("extra");

        /// <summary>
        /// The level methods' body: if enabled, self._log(level, msg, args, **kwargs). The keywords go through
        /// unchanged, so an unknown one fails in _log as in 2.7 and an overriding _log may take its own.
        /// </summary>
        private static PyObject LogAt(PyObject self, PyObject level, PyObject msg, PyObject args, PyDict kwargs)
        {
            if (!Ops.IsTrue(Call(self, "isEnabledFor", level))) return None;
            PyObject log = Get(self, "_log");
            if (kwargs.Count == 0) Ops.Call(log, level, msg, args);
            else if (kwargs.Count == 1 && kwargs.GetStr("extra") is PyObject extra) Ops.Call(log, new[] { level, msg, args, extra }, new[] { ExtraName });
            else if (kwargs.Count == 1 && kwargs.GetStr("exc_info") is PyObject excInfo) Ops.Call(log, new[] { level, msg, args, excInfo }, new[] { ExcInfoName });
            else CallKw(log, new[] { level, msg, args }, kwargs);
            return None;
        }

        private static readonly PyInt[] LevelInts = { PyInt.From(10), PyInt.From(20), PyInt.From(30), PyInt.From(40), PyInt.From(50) };

        private static PythonClassBuilder LevelMethod(PythonClassBuilder b, string name, int level)
        {
            PyInt levelObject = LevelInts[level / 10 - 1];
            return b.Method(name, new[] { "self", "msg" }, a => LogAt(a[0], levelObject, a[1], a[2], (PyDict)a[3]), varArgs: "args", kwArgs: "kwargs");
        }

        public static readonly PyType Logger = BuildLogger();

        private static PyType BuildLogger()
        {
            var b = new PythonClassBuilder(Module, "Logger", LoggingCore.Filterer)
                .Method("__init__", new[] { "self", "name", "level" }, a =>
                {
                    Ops.Call(Get(LoggingCore.Filterer, "__init__"), a[0]);
                    Set(a[0], "name", a[1]);
                    Set(a[0], "level", LoggingCore.CheckLevel(a[2]));
                    Set(a[0], "parent", None);
                    Set(a[0], "propagate", PyInt.From(1));
                    Set(a[0], "handlers", new PyList());
                    Set(a[0], "disabled", PyInt.From(0));
                    return None;
                }, defaults: new PyObject[] { PyInt.From(0) })
                .Method("setLevel", new[] { "self", "level" }, a => { Set(a[0], "level", LoggingCore.CheckLevel(a[1])); return None; });
            b = LevelMethod(b, "debug", 10);
            b = LevelMethod(b, "info", 20);
            b = LevelMethod(b, "warning", 30);
            b = LevelMethod(b, "warn", 30);
            b = LevelMethod(b, "error", 40);
            // exception(): kwargs['exc_info'] = 1 and self.error(...), so an overriding error() sees the call.
            b = b.Method("exception", new[] { "self", "msg" }, a =>
            {
                var kwargs = (PyDict)a[3];
                kwargs.SetStr("exc_info", PyInt.From(1));
                var positional = new List<PyObject> { a[1] };
                positional.AddRange(((PyTuple)a[2]).AsSpan().ToArray());
                return CallKw(Get(a[0], "error"), positional.ToArray(), kwargs);
            }, varArgs: "args", kwArgs: "kwargs");
            b = LevelMethod(b, "critical", 50);
            b = LevelMethod(b, "fatal", 50);
            return b
                .Method("log", new[] { "self", "level", "msg" }, a =>
                {
                    if (!(a[1] is PyInt))
                    {
                        if (Ops.IsTrue(Ops.GetAttr(LoggingCore.LoggingModule, PyStr.Intern("raiseExceptions"))))
                            throw Ops.TypeError("level must be an integer");
                        return None;
                    }
                    return LogAt(a[0], a[1], a[2], a[3], (PyDict)a[4]);
                }, varArgs: "args", kwArgs: "kwargs")
                .Method("findCaller", new[] { "self" }, a => FindCaller())
                .Method("makeRecord", new[] { "self", "name", "level", "fn", "lno", "msg", "args", "exc_info", "func", "extra" }, a =>
                {
                    PyObject rv = Ops.Call(LoggingCore.LogRecord, new[] { a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8] });
                    if (!IsNone(a[9]))
                    {
                        PyObject dict = Get(rv, "__dict__");
                        foreach (PyObject key in Items(a[9]))
                        {
                            string k = Text(key);
                            if (k == "message" || k == "asctime" || Ops.In(key, dict))
                                throw Ops.KeyError("Attempt to overwrite " + Ops.Repr(key) + " in LogRecord");
                            Ops.SetItem(dict, key, Ops.GetItem(a[9], key));
                        }
                    }
                    return rv;
                }, defaults: new[] { None, None })
                .Method("_log", new[] { "self", "level", "msg", "args", "exc_info", "extra" }, a =>
                {
                    // 2.7 looks the caller up only while logging._srcfile is set; a ValueError means unknown.
                    PyObject[] caller = null;
                    if (Ops.IsTrue(Ops.GetAttr(LoggingCore.LoggingModule, PyStr.Intern("_srcfile"))))
                    {
                        try { caller = Ops.UnpackSequence(Call(a[0], "findCaller"), 3); }
                        catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError)) { }
                    }
                    caller ??= new PyObject[] { S("(unknown file)"), PyInt.From(0), S("(unknown function)") };
                    PyObject excInfo = a[4];
                    if (Ops.IsTrue(excInfo) && !(excInfo is PyTuple))
                        excInfo = Ops.Call(Ops.GetAttr(Importer.ImportModule("sys"), PyStr.Intern("exc_info")));
                    PyObject record = Call(a[0], "makeRecord", Get(a[0], "name"), a[1], caller[0], caller[1], a[2], a[3], excInfo, caller[2], a[5]);
                    Call(a[0], "handle", record);
                    return None;
                }, defaults: new[] { None, None })
                .Method("handle", new[] { "self", "record" }, a =>
                {
                    if (!Ops.IsTrue(Get(a[0], "disabled")) && Ops.IsTrue(Call(a[0], "filter", a[1]))) Call(a[0], "callHandlers", a[1]);
                    return None;
                })
                .Method("addHandler", new[] { "self", "hdlr" }, a =>
                {
                    lock (ManagerLock) if (!Ops.In(a[1], Get(a[0], "handlers"))) Call(Get(a[0], "handlers"), "append", a[1]);
                    return None;
                })
                .Method("removeHandler", new[] { "self", "hdlr" }, a =>
                {
                    lock (ManagerLock) if (Ops.In(a[1], Get(a[0], "handlers"))) Call(Get(a[0], "handlers"), "remove", a[1]);
                    return None;
                })
                .Method("callHandlers", new[] { "self", "record" }, a =>
                {
                    PyObject c = a[0];
                    int found = 0;
                    int recordLevel = Level(Get(a[1], "levelno"));
                    while (!IsNone(c))
                    {
                        foreach (PyObject h in Items(Get(c, "handlers")))
                        {
                            found++;
                            if (recordLevel >= Level(Get(h, "level"))) Call(h, "handle", a[1]);
                        }
                        c = Ops.IsTrue(Get(c, "propagate")) ? Get(c, "parent") : None;
                    }
                    PyObject manager = Get(a[0], "manager");
                    if (found == 0 && Ops.IsTrue(Ops.GetAttr(Importer.ImportModule("logging"), PyStr.Intern("raiseExceptions")))
                        && !Ops.IsTrue(Get(manager, "emittedNoHandlerWarning")))
                    {
                        Call(Sys("stderr"), "write", S("No handlers could be found for logger \"" + Text(Get(a[0], "name")) + "\"\n"));
                        Set(manager, "emittedNoHandlerWarning", PyInt.From(1));
                    }
                    return None;
                })
                .Method("getEffectiveLevel", new[] { "self" }, a =>
                {
                    PyObject logger = a[0];
                    while (!IsNone(logger))
                    {
                        if (Ops.IsTrue(Get(logger, "level"))) return Get(logger, "level");
                        logger = Get(logger, "parent");
                    }
                    return PyInt.From(0);
                })
                .Method("isEnabledFor", new[] { "self", "level" }, a =>
                {
                    if (Level(Get(Get(a[0], "manager"), "disable")) >= Level(a[1])) return PyInt.From(0);
                    return PyBool.From(Level(a[1]) >= Level(Call(a[0], "getEffectiveLevel")));
                })
                .Method("getChild", new[] { "self", "suffix" }, a =>
                {
                    PyObject root = Get(Get(a[0], "manager"), "root");
                    string name = ReferenceEquals(root, a[0]) ? Text(a[1]) : Text(Get(a[0], "name")) + "." + Text(a[1]);
                    return Call(Get(a[0], "manager"), "getLogger", S(name));
                })
                .Build();
        }

        public static readonly PyType RootLogger = new PythonClassBuilder(Module, "RootLogger", Logger)
            .Method("__init__", new[] { "self", "level" }, a => { Ops.Call(Get(Logger, "__init__"), a[0], S("root"), a[1]); return None; })
            .Build();

        public static readonly PyType PlaceHolder = new PythonClassBuilder(Module, "PlaceHolder", PyType.ObjectType)
            .Method("__init__", new[] { "self", "alogger" }, a => { Set(a[0], "loggerMap", new PyDict()); Ops.SetItem(Get(a[0], "loggerMap"), a[1], None); return None; })
            .Method("append", new[] { "self", "alogger" }, a => { Ops.SetItem(Get(a[0], "loggerMap"), a[1], None); return None; })
            .Build();

        /// <summary>The logger class getLogger instantiates (setLoggerClass).</summary>
        internal static PyObject LoggerClass = Logger;

        public static readonly PyType Manager = new PythonClassBuilder(Module, "Manager", PyType.ObjectType)
            .Method("__init__", new[] { "self", "rootnode" }, a =>
            {
                Set(a[0], "root", a[1]);
                Set(a[0], "disable", PyInt.From(0));
                Set(a[0], "emittedNoHandlerWarning", PyInt.From(0));
                Set(a[0], "loggerDict", new PyDict());
                Set(a[0], "loggerClass", None);
                return None;
            })
            .Method("getLogger", new[] { "self", "name" }, a =>
            {
                PyObject name = a[1];
                if (!IsString(name)) throw Ops.TypeError("A logger name must be string or Unicode");
                if (name is PyUnicode) name = Call(name, "encode", S("utf-8"));
                lock (ManagerLock)
                {
                    PyObject dict = Get(a[0], "loggerDict");
                    PyObject rv = Ops.In(name, dict) ? Ops.GetItem(dict, name) : null;
                    if (rv != null && !Ops.IsInstance(rv, PlaceHolder)) return rv;
                    PyObject cls = Get(a[0], "loggerClass");
                    if (!Ops.IsTrue(cls)) cls = LoggerClass;
                    PyObject ph = rv;
                    rv = Ops.Call(cls, name);
                    Set(rv, "manager", a[0]);
                    Ops.SetItem(dict, name, rv);
                    if (ph != null) FixupChildren(ph, rv);
                    FixupParents(a[0], rv);
                    return rv;
                }
            })
            .Method("setLoggerClass", new[] { "self", "klass" }, a =>
            {
                if (!Ops.Eq(a[1], Logger) && !Ops.IsSubclass(a[1], Logger))
                    throw Ops.TypeError("logger not derived from logging.Logger: " + Text(Get(a[1], "__name__")));
                Set(a[0], "loggerClass", a[1]);
                return None;
            })
            .Build();

        private static void FixupParents(PyObject manager, PyObject alogger)
        {
            string name = Text(Get(alogger, "name"));
            int i = name.LastIndexOf('.');
            PyObject rv = None;
            PyObject dict = Get(manager, "loggerDict");
            while (i > 0 && IsNone(rv))
            {
                PyObject substr = S(name.Substring(0, i));
                if (!Ops.In(substr, dict)) Ops.SetItem(dict, substr, Ops.Call(PlaceHolder, alogger));
                else
                {
                    PyObject obj = Ops.GetItem(dict, substr);
                    if (Ops.IsInstance(obj, Logger)) rv = obj;
                    else Call(obj, "append", alogger);
                }
                // name.rfind(".", 0, i - 1): a dot strictly before index i - 1.
                i = i >= 2 ? name.LastIndexOf('.', i - 2) : -1;
            }
            if (IsNone(rv)) rv = Get(manager, "root");
            Set(alogger, "parent", rv);
        }

        private static void FixupChildren(PyObject ph, PyObject alogger)
        {
            string name = Text(Get(alogger, "name"));
            foreach (PyObject c in Items(Get(ph, "loggerMap")))
            {
                string parentName = Text(Get(Get(c, "parent"), "name"));
                if (!parentName.StartsWith(name, System.StringComparison.Ordinal))
                {
                    Set(alogger, "parent", Get(c, "parent"));
                    Set(c, "parent", alogger);
                }
            }
        }

        private static PythonClassBuilder AdapterMethod(PythonClassBuilder b, string name, bool exception = false) =>
            b.Method(name, new[] { "self", "msg" }, a =>
            {
                PyObject[] processed = Ops.UnpackSequence(Call(a[0], "process", a[1], a[3]), 2);
                PyDict kwargs = (PyDict)processed[1];
                if (exception) kwargs.SetStr("exc_info", PyInt.From(1));
                var positional = new List<PyObject> { processed[0] };
                positional.AddRange(Items(a[2]));
                CallKw(Get(Get(a[0], "logger"), exception ? "error" : name), positional.ToArray(), kwargs);
                return None;
            }, varArgs: "args", kwArgs: "kwargs");

        public static readonly PyType LoggerAdapter = BuildAdapter();

        private static PyType BuildAdapter()
        {
            var b = new PythonClassBuilder(Module, "LoggerAdapter", PyType.ObjectType)
                .Method("__init__", new[] { "self", "logger", "extra" }, a => { Set(a[0], "logger", a[1]); Set(a[0], "extra", a[2]); return None; })
                .Method("process", new[] { "self", "msg", "kwargs" }, a =>
                {
                    Ops.SetItem(a[2], S("extra"), Get(a[0], "extra"));
                    return PyTuple.Create(a[1], a[2]);
                });
            foreach (string n in new[] { "debug", "info", "warning", "error", "critical" }) b = AdapterMethod(b, n);
            b = AdapterMethod(b, "exception", exception: true);
            return b
                .Method("log", new[] { "self", "level", "msg" }, a =>
                {
                    PyObject[] processed = Ops.UnpackSequence(Call(a[0], "process", a[2], a[4]), 2);
                    var positional = new List<PyObject> { a[1], processed[0] };
                    positional.AddRange(Items(a[3]));
                    CallKw(Get(Get(a[0], "logger"), "log"), positional.ToArray(), (PyDict)processed[1]);
                    return None;
                }, varArgs: "args", kwArgs: "kwargs")
                .Method("isEnabledFor", new[] { "self", "level" }, a => Call(Get(a[0], "logger"), "isEnabledFor", a[1]))
                .Build();
        }
    }
}
