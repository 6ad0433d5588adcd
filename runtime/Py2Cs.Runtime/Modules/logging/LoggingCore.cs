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
        private static readonly double StartTime = Now();
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
                Set(self, "msecs", new PyFloat((ct - Math.Floor(ct)) * 1000));
                Set(self, "relativeCreated", new PyFloat((ct - StartTime) * 1000));
                Set(self, "thread", PyInt.From(Environment.CurrentManagedThreadId));
                Set(self, "threadName", S(Thread.CurrentThread.Name ?? (Environment.CurrentManagedThreadId == 1 ? "MainThread" : "Thread-" + Environment.CurrentManagedThreadId)));
                Set(self, "processName", S("MainProcess"));
                Set(self, "process", PyInt.From(Environment.ProcessId));
                return None;
            }, defaults: new[] { None })
            .Method("__str__", new[] { "self" }, a => S("<LogRecord: " + Text(Get(a[0], "name")) + ", " + Ops.Str(Get(a[0], "levelno")) + ", " +
                Text(Get(a[0], "pathname")) + ", " + Ops.Str(Get(a[0], "lineno")) + ", \"" + Ops.Str(Get(a[0], "msg")) + "\">"))
            .Method("getMessage", new[] { "self" }, a =>
            {
                PyObject msg = Get(a[0], "msg");
                if (!(msg is PyUnicode)) msg = Ops.Str(msg);
                PyObject args = Get(a[0], "args");
                if (Ops.IsTrue(args)) msg = Ops.Modulo(msg, args);
                return msg;
            })
            .Build();

        public static readonly PyType Formatter = new PythonClassBuilder(Module, "Formatter", PyType.ObjectType)
            .Method("__init__", new[] { "self", "fmt", "datefmt" }, a =>
            {
                Set(a[0], "_fmt", IsNone(a[1]) ? S("%(message)s") : a[1]);
                Set(a[0], "datefmt", a[2]);
                return None;
            }, defaults: new[] { None, None })
            .Method("formatTime", new[] { "self", "record", "datefmt" }, a =>
            {
                PyObject time = Importer.ImportModule("time");
                PyObject ct = Ops.Call(Ops.GetAttr(time, PyStr.Intern("localtime")), Get(a[1], "created"));
                PyObject strftime = Ops.GetAttr(time, PyStr.Intern("strftime"));
                if (Ops.IsTrue(a[2])) return Ops.Call(strftime, a[2], ct);
                string t = Text(Ops.Call(strftime, S("%Y-%m-%d %H:%M:%S"), ct));
                double msecs = ((PyFloat)Ops.Call(PyFloat.TypeObject, Get(a[1], "msecs"))).Value;
                return S(t + "," + ((long)msecs).ToString("D3"));
            }, defaults: new[] { None })
            .Method("formatException", new[] { "self", "ei" }, a =>
            {
                PyObject tb = Importer.ImportModule("traceback");
                PyObject[] info = Ops.UnpackSequence(a[1], 3);
                PyObject lines = Ops.Call(Ops.GetAttr(tb, PyStr.Intern("format_exception")), info[0], info[1], info[2]);
                string s = string.Concat(Items(lines).ConvertAll(Text));
                if (s.EndsWith("\n")) s = s.Substring(0, s.Length - 1);
                return S(s);
            })
            .Method("usesTime", new[] { "self" }, a => PyBool.From(Text(Get(a[0], "_fmt")).Contains("%(asctime)")))
            .Method("format", new[] { "self", "record" }, a =>
            {
                PyObject self = a[0], record = a[1];
                Set(record, "message", Call(record, "getMessage"));
                if (Ops.IsTrue(Call(self, "usesTime"))) Set(record, "asctime", Call(self, "formatTime", record, Get(self, "datefmt")));
                PyObject s = Ops.Modulo(Get(self, "_fmt"), Get(record, "__dict__"));
                if (Ops.IsTrue(Get(record, "exc_info")) && !Ops.IsTrue(Get(record, "exc_text")))
                    Set(record, "exc_text", Call(self, "formatException", Get(record, "exc_info")));
                PyObject excText = Get(record, "exc_text");
                if (Ops.IsTrue(excText))
                {
                    string text = Text(s);
                    if (!text.EndsWith("\n")) s = Ops.Add(s, S("\n"));
                    s = Ops.Add(s, excText);
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

        /// <summary>Every live handler, for shutdown() (CPython keeps weak references in _handlerList).</summary>
        internal static readonly List<PyObject> HandlerList = new List<PyObject>();

        private static PyObject RaiseExceptions() => Ops.GetAttr(Importer.ImportModule("logging"), PyStr.Intern("raiseExceptions"));

        public static readonly PyType Handler = new PythonClassBuilder(Module, "Handler", Filterer)
            .Method("__init__", new[] { "self", "level" }, a =>
            {
                Ops.Call(Get(Filterer, "__init__"), a[0]);
                Set(a[0], "_name", None);
                Set(a[0], "level", CheckLevel(a[1]));
                Set(a[0], "formatter", None);
                lock (HandlerList) HandlerList.Add(a[0]);
                Call(a[0], "createLock");
                return None;
            }, defaults: new PyObject[] { PyInt.From(0) })
            .Method("get_name", new[] { "self" }, a => Get(a[0], "_name"))
            .Method("set_name", new[] { "self", "name" }, a => { Set(a[0], "_name", a[1]); return None; })
            .Method("createLock", new[] { "self" }, a => { Set(a[0], "lock", new HandlerLock()); return None; })
            .Method("acquire", new[] { "self" }, a => { if (GetOrNull(a[0], "lock") is HandlerLock l) Monitor.Enter(l); return None; })
            .Method("release", new[] { "self" }, a => { if (GetOrNull(a[0], "lock") is HandlerLock l) Monitor.Exit(l); return None; })
            .Method("setLevel", new[] { "self", "level" }, a => { Set(a[0], "level", CheckLevel(a[1])); return None; })
            .Method("format", new[] { "self", "record" }, a =>
            {
                PyObject fmt = Get(a[0], "formatter");
                if (IsNone(fmt)) fmt = DefaultFormatter;
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
                lock (HandlerList) HandlerList.Remove(a[0]);
                return None;
            })
            .Method("handleError", new[] { "self", "record" }, a =>
            {
                if (Ops.IsTrue(RaiseExceptions()))
                {
                    PyObject stderr = Sys("stderr");
                    Ops.Call(Ops.GetAttr(Importer.ImportModule("traceback"), PyStr.Intern("print_exc")), new PyObject[] { None, stderr });
                    Call(stderr, "write", S("Logged from file " + Text(Get(a[1], "filename")) + ", line " + Ops.Str(Get(a[1], "lineno")) + "\n"));
                }
                return None;
            })
            .Build();

        /// <summary>A handler's lock (threading.RLock in CPython); Monitor is re-entrant like RLock.</summary>
        internal sealed class HandlerLock : PyObject
        {
            public static readonly PyType TypeObject = PyType.Builtin("_RLock", () => PyType.ObjectType, _ => { });
            public override PyType Type => TypeObject;
        }

        public static readonly PyObject DefaultFormatter = Ops.Call(Formatter);

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
                WriteLine(stream, msg);
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
                    PyObject stream = Get(a[0], "stream");
                    if (!IsNone(stream) && Has(stream, "flush")) Call(stream, "flush");
                }
                finally { Call(a[0], "release"); }
                return None;
            })
            .Method("emit", new[] { "self", "record" }, a => StreamEmit(a[0], a[1]))
            .Build();

        public static readonly PyType FileHandler = new PythonClassBuilder(Module, "FileHandler", StreamHandler)
            .Method("__init__", new[] { "self", "filename", "mode", "encoding", "delay" }, a =>
            {
                string path = Path.GetFullPath(Text(a[1]));
                Set(a[0], "baseFilename", S(path));
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
            }, defaults: new PyObject[] { S("a"), None, PyBool.False })
            .Method("_open", new[] { "self" }, a => IsNone(Get(a[0], "encoding"))
                ? Ops.Call(PyFile.TypeObject, Get(a[0], "baseFilename"), Get(a[0], "mode"))
                : Ops.Call(Get(Importer.ImportModule("codecs"), "open"), Get(a[0], "baseFilename"), Get(a[0], "mode"), Get(a[0], "encoding")))
            .Method("close", new[] { "self" }, a =>
            {
                Call(a[0], "acquire");
                try
                {
                    PyObject stream = Get(a[0], "stream");
                    if (!IsNone(stream))
                    {
                        Call(a[0], "flush");
                        if (Has(stream, "close")) Call(stream, "close");
                        Set(a[0], "stream", None);
                    }
                    Ops.Call(Get(StreamHandler, "close"), a[0]);
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
    }
}
