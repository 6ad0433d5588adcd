using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.logging
{
    /// <summary>
    /// The logging package's core (Python 2.7): levels, LogRecord, Formatter, Filter/Filterer, Handler,
    /// StreamHandler, FileHandler, NullHandler, Logger/RootLogger/Manager, LoggerAdapter and the
    /// module-level functions, as Python classes so programs can subclass and override them.
    /// </summary>
    internal static class LoggingCore
    {
        private const string Module = "logging";
        private static PyObject None => PyNone.None;
        private static readonly long StartTicks = Stopwatch.GetTimestamp();
        internal static readonly double StartTime = Now();
        private static readonly object ModuleLock = new object();

        public static double Now() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds;

        /// <summary>_levelNames: numbers to names and names to numbers.</summary>
        public static readonly PyDict LevelNames = BuildLevelNames();

        private static PyDict BuildLevelNames()
        {
            var d = new PyDict();
            foreach (var (n, v) in new[] { ("CRITICAL", 50), ("ERROR", 40), ("WARNING", 30), ("INFO", 20), ("DEBUG", 10), ("NOTSET", 0) })
            {
                d.SetItem(PyInt.From(v), S(n));
                d.SetItem(S(n), PyInt.From(v));
            }
            d.SetItem(S("WARN"), PyInt.From(30));
            return d;
        }

        public static PyObject GetLevelName(PyObject level)
        {
            lock (ModuleLock)
            {
                if (Ops.In(level, LevelNames)) return Ops.GetItem(LevelNames, level);
            }
            return S("Level " + Ops.Str(level));
        }

        public static void AddLevelName(PyObject level, PyObject name)
        {
            lock (ModuleLock)
            {
                Ops.SetItem(LevelNames, level, name);
                Ops.SetItem(LevelNames, name, level);
            }
        }

        /// <summary>_checkLevel: ints pass, known names map to their number, anything else is an error.</summary>
        public static PyObject CheckLevel(PyObject level)
        {
            if (level is PyInt || level is PyLong) return level;
            if (IsString(level))
            {
                if (!Ops.In(level, LevelNames)) throw Ops.ValueError("Unknown level: " + Ops.Repr(level));
                return Ops.GetItem(LevelNames, level);
            }
            throw Ops.TypeError("Level not an integer or a valid string: " + Ops.Repr(level));
        }

        private static string Basename(string path) => path.Substring(path.LastIndexOf('/') + 1);

        public static readonly PyType LogRecord = new PythonClassBuilder(Module, "LogRecord", PyType.ObjectType)
            .Method("__init__", new[] { "self", "name", "level", "pathname", "lineno", "msg", "args", "exc_info", "func" }, a =>
            {
                PyObject self = a[0];
                double ct = Now();
                Set(self, "name", a[1]);
                Set(self, "msg", a[5]);
                PyObject args = a[6];
                // 2.7: a single non-empty mapping argument is the args itself (for "%(key)s" messages).
                if (args is PyTuple t && t.Count == 1 && t[0] is PyDict d && d.Count > 0) args = t[0];
                Set(self, "args", args);
                Set(self, "levelname", GetLevelName(a[2]));
                Set(self, "levelno", a[2]);
                Set(self, "pathname", a[3]);
                string path = Text(a[3]);
                string filename = Basename(path);
                Set(self, "filename", S(filename));
                int dot = filename.LastIndexOf('.');
                Set(self, "module", S(dot >= 0 ? filename.Substring(0, dot) : filename));
                Set(self, "exc_info", a[7]);
                Set(self, "exc_text", None);
                Set(self, "lineno", a[4]);
                Set(self, "funcName", a[8]);
                Set(self, "created", new PyFloat(ct));
                Set(self, "msecs", new PyFloat((ct - Math.Truncate(ct)) * 1000));
                Set(self, "relativeCreated", new PyFloat((ct - StartTime) * 1000));
                PyObject module = LoggingModule;
                if (Ops.IsTrue(Ops.GetAttr(module, PyStr.Intern("logThreads"))))
                {
                    Set(self, "thread", Runtime.thread.get_ident());
                    Set(self, "threadName", Get(Runtime.threading.current_thread(), "name"));
                }
                else
                {
                    Set(self, "thread", None);
                    Set(self, "threadName", None);
                }
                // 2.7 asks multiprocessing only when the program imported it; the runtime has no
                // multiprocessing, so the process is always the main one.
                Set(self, "processName", Ops.IsTrue(Ops.GetAttr(module, PyStr.Intern("logMultiprocessing"))) ? ProcessName() : None);
                Set(self, "process", Ops.IsTrue(Ops.GetAttr(module, PyStr.Intern("logProcesses"))) ? PyInt.From(Environment.ProcessId) : None);
                return None;
            }, defaults: new[] { None })
            .Method("__str__", new[] { "self" }, a => Ops.Modulo(S("<LogRecord: %s, %s, %s, %s, \"%s\">"),
                PyTuple.Create(Get(a[0], "name"), Get(a[0], "levelno"), Get(a[0], "pathname"), Get(a[0], "lineno"), Get(a[0], "msg"))))
            .Method("getMessage", new[] { "self" }, a =>
            {
                PyObject msg = Get(a[0], "msg");
                if (!IsString(msg))
                {
                    // 2.7 keeps an object whose str() fails with UnicodeError for later encoding.
                    try { msg = Ops.Str(msg); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.UnicodeError)) { }
                }
                PyObject args = Get(a[0], "args");
                if (Ops.IsTrue(args)) msg = Ops.Modulo(msg, args);
                return msg;
            })
            .Build();

        public static readonly PyType Formatter = new PythonClassBuilder(Module, "Formatter", PyType.ObjectType)
            .Attribute("converter", Ops.GetAttr(Importer.ImportModule("time"), PyStr.Intern("localtime")))
            .Method("__init__", new[] { "self", "fmt", "datefmt" }, a =>
            {
                Set(a[0], "_fmt", IsNone(a[1]) ? S("%(message)s") : a[1]);
                Set(a[0], "datefmt", a[2]);
                return None;
            }, defaults: new[] { None, None })
            .Method("formatTime", new[] { "self", "record", "datefmt" }, a =>
            {
                PyObject time = Importer.ImportModule("time");
                // self.converter: time.localtime unless a subclass or the instance sets e.g. time.gmtime.
                PyObject ct = Ops.Call(Get(a[0], "converter"), Get(a[1], "created"));
                PyObject strftime = Ops.GetAttr(time, PyStr.Intern("strftime"));
                if (Ops.IsTrue(a[2])) return Ops.Call(strftime, a[2], ct);
                PyObject t = Ops.Call(strftime, S("%Y-%m-%d %H:%M:%S"), ct);
                return Ops.Modulo(S("%s,%03d"), PyTuple.Create(t, Get(a[1], "msecs")));
            }, defaults: new[] { None })
            .Method("formatException", new[] { "self", "ei" }, a =>
            {
                PyObject tb = Importer.ImportModule("traceback");
                PyObject[] info = Ops.UnpackSequence(a[1], 3);
                PyObject lines = Ops.Call(Ops.GetAttr(tb, PyStr.Intern("format_exception")), info[0], info[1], info[2]);
                PyObject s = Ops.CallMethod(S(""), "join", lines);
                return Text(s).EndsWith("\n") ? Ops.GetItem(s, new PySlice(PyNone.None, PyInt.From(-1), PyNone.None)) : s;
            })
            .Method("usesTime", new[] { "self" }, a => PyBool.From(Text(Get(a[0], "_fmt")).Contains("%(asctime)")))
            .Method("format", new[] { "self", "record" }, a =>
            {
                PyObject self = a[0], record = a[1];
                Set(record, "message", Call(record, "getMessage"));
                if (Ops.IsTrue(Call(self, "usesTime"))) Set(record, "asctime", Call(self, "formatTime", record, Get(self, "datefmt")));
                PyObject s;
                try { s = Ops.Modulo(Get(self, "_fmt"), Get(record, "__dict__")); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.UnicodeDecodeError))
                {
                    // 2.7 retries once with a UTF-8-decoded logger name, else re-raises the first error.
                    try
                    {
                        Set(record, "name", Call(Get(record, "name"), "decode", S("utf-8")));
                        s = Ops.Modulo(Get(self, "_fmt"), Get(record, "__dict__"));
                    }
                    catch (PythonException e2) when (e2.Matches(PyExceptionTypes.UnicodeDecodeError)) { throw e; }
                }
                if (Ops.IsTrue(Get(record, "exc_info")) && !Ops.IsTrue(Get(record, "exc_text")))
                    Set(record, "exc_text", Call(self, "formatException", Get(record, "exc_info")));
                PyObject excText = Get(record, "exc_text");
                if (Ops.IsTrue(excText))
                {
                    if (!Text(s).EndsWith("\n")) s = Ops.Add(s, S("\n"));
                    try { s = Ops.Add(s, excText); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.UnicodeError))
                    {
                        s = Ops.Add(s, Call(excText, "decode", Ops.Call(Get(Importer.ImportModule("sys"), "getfilesystemencoding")), S("replace")));
                    }
                }
                return s;
            })
            .Build();

        public static readonly PyType BufferingFormatter = new PythonClassBuilder(Module, "BufferingFormatter", PyType.ObjectType)
            .Method("__init__", new[] { "self", "linefmt" }, a => { Set(a[0], "linefmt", IsNone(a[1]) ? Ops.Call(Formatter) : a[1]); return None; }, defaults: new[] { None })
            .Method("formatHeader", new[] { "self", "records" }, a => S(""))
            .Method("formatFooter", new[] { "self", "records" }, a => S(""))
            .Method("format", new[] { "self", "records" }, a =>
            {
                if (!Ops.IsTrue(a[1])) return S("");
                PyObject rv = Call(a[0], "formatHeader", a[1]);
                foreach (PyObject r in Items(a[1])) rv = Ops.Add(rv, Call(Get(a[0], "linefmt"), "format", r));
                return Ops.Add(rv, Call(a[0], "formatFooter", a[1]));
            })
            .Build();

        public static readonly PyType Filter = new PythonClassBuilder(Module, "Filter", PyType.ObjectType)
            .Method("__init__", new[] { "self", "name" }, a =>
            {
                Set(a[0], "name", a[1]);
                Set(a[0], "nlen", PyInt.From(Text(a[1]).Length));
                return None;
            }, defaults: new PyObject[] { S("") })
            .Method("filter", new[] { "self", "record" }, a =>
            {
                string name = Text(Get(a[0], "name")), recordName = Text(Get(a[1], "name"));
                if (name.Length == 0 || name == recordName) return PyInt.From(1);
                if (!recordName.StartsWith(name, StringComparison.Ordinal)) return PyInt.From(0);
                return PyBool.From(recordName.Length > name.Length && recordName[name.Length] == '.');
            })
            .Build();

        public static readonly PyType Filterer = new PythonClassBuilder(Module, "Filterer", PyType.ObjectType)
            .Method("__init__", new[] { "self" }, a => { Set(a[0], "filters", new PyList()); return None; })
            .Method("addFilter", new[] { "self", "filter" }, a =>
            {
                if (!Ops.In(a[1], Get(a[0], "filters"))) Call(Get(a[0], "filters"), "append", a[1]);
                return None;
            })
            .Method("removeFilter", new[] { "self", "filter" }, a =>
            {
                if (Ops.In(a[1], Get(a[0], "filters"))) Call(Get(a[0], "filters"), "remove", a[1]);
                return None;
            })
            .Method("filter", new[] { "self", "record" }, a =>
            {
                foreach (PyObject f in Items(Get(a[0], "filters")))
                    if (!Ops.IsTrue(Call(f, "filter", a[1]))) return PyInt.From(0);
                return PyInt.From(1);
            })
            .Build();

        /// <summary>
        /// _handlerList: every handler created, for shutdown(). CPython holds weak references that die with the
        /// handler; here they are weak too, so a dropped handler is not flushed and closed again at exit.
        /// </summary>
        internal static readonly List<WeakReference<PyObject>> HandlerList = new List<WeakReference<PyObject>>();

        /// <summary>The live handlers of _handlerList, oldest first.</summary>
        internal static List<PyObject> LiveHandlers()
        {
            var live = new List<PyObject>();
            lock (HandlerList)
            {
                HandlerList.RemoveAll(w => !w.TryGetTarget(out _));
                foreach (var w in HandlerList) if (w.TryGetTarget(out PyObject h)) live.Add(h);
            }
            return live;
        }

        /// <summary>_handlers: handler name → handler, maintained by the name property and close().</summary>
        internal static readonly PyDict NamedHandlers = new PyDict();

        internal static PyObject LoggingModule => loggingModuleObject ??= Importer.ImportModule("logging");
        private static PyObject loggingModuleObject;

        private static PyObject RaiseExceptions() => Ops.GetAttr(LoggingModule, PyStr.Intern("raiseExceptions"));

        private static PyObject SetName(PyObject self, PyObject name)
        {
            lock (ModuleLock)
            {
                PyObject old = Get(self, "_name");
                if (Ops.In(old, NamedHandlers)) Ops.DelItem(NamedHandlers, old);
                Set(self, "_name", name);
                if (Ops.IsTrue(name)) Ops.SetItem(NamedHandlers, name, self);
            }
            return None;
        }

        public static readonly PyType Handler = BuildHandler();

        private static PyType BuildHandler()
        {
            PyObject getName = PyFunction.WithBoundArguments(new FunctionSignature("get_name", new[] { "self" }, null, null), a => Get(a[0], "_name"), null);
            PyObject setName = PyFunction.WithBoundArguments(new FunctionSignature("set_name", new[] { "self", "name" }, null, null), a => SetName(a[0], a[1]), null);
            return new PythonClassBuilder(Module, "Handler", Filterer)
            .Method("__init__", new[] { "self", "level" }, a =>
            {
                Ops.Call(Get(Filterer, "__init__"), a[0]);
                Set(a[0], "_name", None);
                Set(a[0], "level", CheckLevel(a[1]));
                Set(a[0], "formatter", None);
                lock (HandlerList) HandlerList.Add(new WeakReference<PyObject>(a[0]));
                Call(a[0], "createLock");
                return None;
            }, defaults: new PyObject[] { PyInt.From(0) })
            .Attribute("get_name", getName)
            .Attribute("set_name", setName)
            .Attribute("name", new PyProperty(getName, setName, None, None))
            .Method("createLock", new[] { "self" }, a => { Set(a[0], "lock", new HandlerLock()); return None; })
            .Method("acquire", new[] { "self" }, a => { if (GetOrNull(a[0], "lock") is HandlerLock l) Monitor.Enter(l); return None; })
            .Method("release", new[] { "self" }, a => { if (GetOrNull(a[0], "lock") is HandlerLock l) Monitor.Exit(l); return None; })
            .Method("setLevel", new[] { "self", "level" }, a => { Set(a[0], "level", CheckLevel(a[1])); return None; })
            .Method("format", new[] { "self", "record" }, a =>
            {
                PyObject fmt = Get(a[0], "formatter");
                if (!Ops.IsTrue(fmt)) fmt = Ops.GetAttr(LoggingModule, PyStr.Intern("_defaultFormatter"));
                return Call(fmt, "format", a[1]);
            })
            .Method("emit", new[] { "self", "record" }, a => throw Ops.MakeRaise(PyExceptionTypes.NotImplementedError, S("emit must be implemented by Handler subclasses")))
            .Method("handle", new[] { "self", "record" }, a =>
            {
                PyObject rv = Call(a[0], "filter", a[1]);
                if (Ops.IsTrue(rv))
                {
                    Call(a[0], "acquire");
                    try { Call(a[0], "emit", a[1]); }
                    finally { Call(a[0], "release"); }
                }
                return rv;
            })
            .Method("setFormatter", new[] { "self", "fmt" }, a => { Set(a[0], "formatter", a[1]); return None; })
            .Method("flush", new[] { "self" }, a => None)
            .Method("close", new[] { "self" }, a =>
            {
                // 2.7 forgets the handler's name; it stays in _handlerList until it is garbage.
                lock (ModuleLock)
                {
                    PyObject name = Get(a[0], "_name");
                    if (Ops.IsTrue(name) && Ops.In(name, NamedHandlers)) Ops.DelItem(NamedHandlers, name);
                }
                return None;
            })
            .Method("handleError", new[] { "self", "record" }, a =>
            {
                PyObject stderr = Sys("stderr");
                if (Ops.IsTrue(RaiseExceptions()) && Ops.IsTrue(stderr))
                {
                    PyObject[] ei = Ops.UnpackSequence(Ops.Call(Sys("exc_info")), 3);
                    try
                    {
                        Ops.Call(Ops.GetAttr(Importer.ImportModule("traceback"), PyStr.Intern("print_exception")), new[] { ei[0], ei[1], ei[2], None, stderr });
                        Call(stderr, "write", Ops.Modulo(S("Logged from file %s, line %s\n"), PyTuple.Create(Get(a[1], "filename"), Get(a[1], "lineno"))));
                    }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.IOError)) { }
                }
                return None;
            })
            .Build();
        }

        /// <summary>A handler's lock (threading.RLock in CPython); Monitor is re-entrant like RLock.</summary>
        internal sealed class HandlerLock : PyObject
        {
            public static readonly PyType TypeObject = PyType.Builtin("_RLock", () => PyType.ObjectType, _ => { });
            public override PyType Type => TypeObject;
        }

        public static readonly PyObject DefaultFormatter = Ops.Call(Formatter);

        private static readonly PyStr Newline = S("\n");

        /// <summary>2.7's `stream.write("%s\n" % msg)` with its unicode fallbacks: a stream with an encoding
        /// gets the unicode line (encoded by hand if the stream refuses it); any UnicodeError writes the
        /// message as UTF-8, so a plain file receives UTF-8 for a non-ASCII unicode message.</summary>
        private static void WriteLine(PyObject stream, PyObject msg)
        {
            try
            {
                PyObject encoding = msg is PyUnicode ? Ops.GetAttrOrNull(stream, PyStr.Intern("encoding")) : null;
                if (encoding != null && Ops.IsTrue(encoding))
                {
                    PyObject line = Ops.Add(msg, PyUnicode.FromString("\n"));
                    try { Call(stream, "write", line); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.UnicodeEncodeError)) { Call(stream, "write", Call(line, "encode", encoding)); }
                }
                else Call(stream, "write", Ops.Modulo(S("%s\n"), msg));
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.UnicodeError))
            {
                Call(stream, "write", Ops.Modulo(S("%s\n"), Call(msg, "encode", S("UTF-8"))));
            }
        }

        /// <summary>StreamHandler.emit's body: format, write with "\n", flush; errors go to handleError.</summary>
        private static PyObject StreamEmit(PyObject self, PyObject record)
        {
            try
            {
                PyObject msg = Call(self, "format", record);
                PyObject stream = Get(self, "stream");
                // The common case, a byte-string message, skips WriteLine's unicode checks.
                if (msg is PyStr str) Call(stream, "write", Ops.Add(str, Newline));
                else WriteLine(stream, msg);
                Call(self, "flush");
            }
            catch (PythonException e) when (!e.Matches(PyExceptionTypes.KeyboardInterrupt) && !e.Matches(PyExceptionTypes.SystemExit))
            {
                Ops.SetExcInfo(e);
                Call(self, "handleError", record);
            }
            return None;
        }

        public static readonly PyType StreamHandler = new PythonClassBuilder(Module, "StreamHandler", Handler)
            .Method("__init__", new[] { "self", "stream" }, a =>
            {
                Ops.Call(Get(Handler, "__init__"), a[0]);
                Set(a[0], "stream", IsNone(a[1]) ? Sys("stderr") : a[1]);
                return None;
            }, defaults: new[] { None })
            .Method("flush", new[] { "self" }, a =>
            {
                Call(a[0], "acquire");
                try
                {
                    PyObject stream = GetOrNull(a[0], "stream");
                    if (stream != null && Ops.IsTrue(stream) && Has(stream, "flush")) Call(stream, "flush");
                }
                finally { Call(a[0], "release"); }
                return None;
            })
            .Method("emit", new[] { "self", "record" }, a => StreamEmit(a[0], a[1]))
            .Build();

        public static readonly PyType FileHandler = new PythonClassBuilder(Module, "FileHandler", StreamHandler)
            .Method("__init__", new[] { "self", "filename", "mode", "encoding", "delay" }, a =>
            {
                PyObject path = Ops.Call(Ops.GetAttr(Importer.ImportModule("os.path"), PyStr.Intern("abspath")), a[1]);
                Set(a[0], "baseFilename", path);
                Set(a[0], "mode", a[2]);
                Set(a[0], "encoding", a[3]);
                Set(a[0], "delay", a[4]);
                if (Ops.IsTrue(a[4]))
                {
                    Ops.Call(Get(Handler, "__init__"), a[0]);
                    Set(a[0], "stream", None);
                }
                else
                {
                    Ops.Call(Get(StreamHandler, "__init__"), a[0], Call(a[0], "_open"));
                }
                return None;
            }, defaults: new PyObject[] { S("a"), None, PyInt.From(0) })
            .Method("_open", new[] { "self" }, a => IsNone(Get(a[0], "encoding"))
                ? Ops.Call(PyFile.TypeObject, Get(a[0], "baseFilename"), Get(a[0], "mode"))
                : Ops.Call(Get(Importer.ImportModule("codecs"), "open"), Get(a[0], "baseFilename"), Get(a[0], "mode"), Get(a[0], "encoding")))
            .Method("close", new[] { "self" }, a =>
            {
                Call(a[0], "acquire");
                try
                {
                    try
                    {
                        PyObject stream = Get(a[0], "stream");
                        if (Ops.IsTrue(stream))
                        {
                            try { Call(a[0], "flush"); }
                            finally
                            {
                                Set(a[0], "stream", None);
                                if (Has(stream, "close")) Call(stream, "close");
                            }
                        }
                    }
                    finally { Ops.Call(Get(StreamHandler, "close"), a[0]); }
                }
                finally { Call(a[0], "release"); }
                return None;
            })
            .Method("emit", new[] { "self", "record" }, a =>
            {
                if (IsNone(Get(a[0], "stream"))) Set(a[0], "stream", Call(a[0], "_open"));
                return StreamEmit(a[0], a[1]);
            })
            .Build();

        public static readonly PyType NullHandler = new PythonClassBuilder(Module, "NullHandler", Handler)
            .Method("handle", new[] { "self", "record" }, a => None)
            .Method("emit", new[] { "self", "record" }, a => None)
            .Method("createLock", new[] { "self" }, a => { Set(a[0], "lock", None); return None; })
            .Build();
    
        // LogRecord.processName as 2.7 computes it: multiprocessing.current_process().name once the
        // program imported multiprocessing, else 'MainProcess'.
        private static PyObject ProcessName()
        {
            var mp = Importer.Modules.GetStr(PyStr.FromString("multiprocessing"));
            if (mp != null)
            {
                try { return Ops.GetAttr(Ops.Call(Ops.GetAttr(mp, PyStr.Intern("current_process"))), PyStr.Intern("name")); }
                catch (PythonException e) when (e.Is(PyExceptionTypes.StandardError)) { }
            }
            return PyStr.FromString("MainProcess");
        }
}
}
