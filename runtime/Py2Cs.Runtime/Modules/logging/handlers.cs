using System.Collections.Generic;
using System.IO;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.logging;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// logging.handlers (Python 2.7): BaseRotatingHandler, RotatingFileHandler, WatchedFileHandler,
    /// BufferingHandler, MemoryHandler, TimedRotatingFileHandler, NTEventLogHandler; the network
    /// handlers are in handlers.Network.cs.
    /// </summary>
    [PythonModule("logging.handlers")]
    public static partial class loggingHandlersModule
    {
        private const string Module = "logging.handlers";
        private static PyObject None => PyNone.None;

        public static readonly PyInt DEFAULT_TCP_LOGGING_PORT = PyInt.From(9020), DEFAULT_UDP_LOGGING_PORT = PyInt.From(9021),
            DEFAULT_HTTP_LOGGING_PORT = PyInt.From(9022), DEFAULT_SOAP_LOGGING_PORT = PyInt.From(9023), SYSLOG_UDP_PORT = PyInt.From(514),
            SYSLOG_TCP_PORT = PyInt.From(514), _MIDNIGHT = PyInt.From(24 * 60 * 60);
        public static readonly PyInt ST_DEV = PyInt.From(2), ST_INO = PyInt.From(1), ST_MTIME = PyInt.From(8);

        /// <summary>The modules 2.7's handlers.py imports are attributes of logging.handlers.</summary>
        public static void __init__(PyModule m)
        {
            foreach (string name in new[] { "errno", "logging", "socket", "os", "cPickle", "struct", "time", "re", "codecs" })
                m[name] = Importer.ImportModule(name);
            m["_unicode"] = PyBool.True;
        }

        private static long Long(PyObject o) => ((PyInt)Ops.Call(PyInt.TypeObject, o)).Value;

        public static readonly PyType BaseRotatingHandler = new PythonClassBuilder(Module, "BaseRotatingHandler", LoggingCore.FileHandler)
            .Method("__init__", new[] { "self", "filename", "mode", "encoding", "delay" }, a =>
            {
                Ops.Call(Get(LoggingCore.FileHandler, "__init__"), new[] { a[0], a[1], a[2], a[3], a[4] });
                Set(a[0], "mode", a[2]);
                Set(a[0], "encoding", a[3]);
                return None;
            }, defaults: new PyObject[] { None, PyInt.From(0) })
            .Method("emit", new[] { "self", "record" }, a =>
            {
                try
                {
                    if (Ops.IsTrue(Call(a[0], "shouldRollover", a[1]))) Call(a[0], "doRollover");
                    Ops.Call(Get(LoggingCore.FileHandler, "emit"), a[0], a[1]);
                }
                catch (PythonException e) when (!e.Matches(PyExceptionTypes.KeyboardInterrupt) && !e.Matches(PyExceptionTypes.SystemExit))
                {
                    Ops.SetExcInfo(e);
                    Call(a[0], "handleError", a[1]);
                }
                return None;
            })
            .Build();

        public static readonly PyType RotatingFileHandler = new PythonClassBuilder(Module, "RotatingFileHandler", BaseRotatingHandler)
            .Method("__init__", new[] { "self", "filename", "mode", "maxBytes", "backupCount", "encoding", "delay" }, a =>
            {
                PyObject mode = Long(a[3]) > 0 ? S("a") : a[2];
                Ops.Call(Get(BaseRotatingHandler, "__init__"), new[] { a[0], a[1], mode, a[5], a[6] });
                Set(a[0], "maxBytes", a[3]);
                Set(a[0], "backupCount", a[4]);
                return None;
            }, defaults: new PyObject[] { S("a"), PyInt.From(0), PyInt.From(0), None, PyInt.From(0) })
            .Method("doRollover", new[] { "self" }, a =>
            {
                PyObject stream = Get(a[0], "stream");
                if (Ops.IsTrue(stream))
                {
                    Call(stream, "close");
                    Set(a[0], "stream", None);
                }
                string baseName = Text(Get(a[0], "baseFilename"));
                long backups = Long(Get(a[0], "backupCount"));
                if (backups > 0)
                {
                    for (long i = backups - 1; i > 0; i--)
                    {
                        string source = baseName + "." + i, target = baseName + "." + (i + 1);
                        if (File.Exists(source))
                        {
                            if (File.Exists(target)) File.Delete(target);
                            File.Move(source, target);
                        }
                    }
                    string first = baseName + ".1";
                    if (File.Exists(first)) File.Delete(first);
                    if (File.Exists(baseName)) File.Move(baseName, first);
                }
                if (!Ops.IsTrue(Get(a[0], "delay"))) Set(a[0], "stream", Call(a[0], "_open"));
                return None;
            })
            .Method("shouldRollover", new[] { "self", "record" }, a =>
            {
                if (IsNone(Get(a[0], "stream"))) Set(a[0], "stream", Call(a[0], "_open"));
                if (Long(Get(a[0], "maxBytes")) > 0)
                {
                    string msg = Text(Call(a[0], "format", a[1])) + "\n";
                    PyObject stream = Get(a[0], "stream");
                    Call(stream, "seek", PyInt.From(0), PyInt.From(2));
                    if (Long(Call(stream, "tell")) + msg.Length >= Long(Get(a[0], "maxBytes"))) return PyInt.From(1);
                }
                return PyInt.From(0);
            })
            .Build();

        private static PyObject Module_(string name) => Importer.ImportModule(name);
        private static PyObject TimeCall(string function, params PyObject[] args) => Ops.Call(Get(Module_("time"), function), args);
        private static long Field(PyObject timeTuple, int index) => Long(Ops.GetItem(timeTuple, PyInt.From(index < 0 ? 9 + index : index)));
        private const long Midnight = 24 * 60 * 60;

        public static readonly PyType TimedRotatingFileHandler = new PythonClassBuilder(Module, "TimedRotatingFileHandler", BaseRotatingHandler)
            .Method("__init__", new[] { "self", "filename", "when", "interval", "backupCount", "encoding", "delay", "utc" }, a =>
            {
                PyObject self = a[0];
                Ops.Call(Get(BaseRotatingHandler, "__init__"), new[] { self, a[1], S("a"), a[5], a[6] });
                string when = Text(Call(a[2], "upper"));
                Set(self, "when", S(when));
                Set(self, "backupCount", a[4]);
                Set(self, "utc", a[7]);
                long seconds;
                string suffix, extMatch;
                if (when == "S") { seconds = 1; suffix = "%Y-%m-%d_%H-%M-%S"; extMatch = @"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}$"; }
                else if (when == "M") { seconds = 60; suffix = "%Y-%m-%d_%H-%M"; extMatch = @"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}$"; }
                else if (when == "H") { seconds = 3600; suffix = "%Y-%m-%d_%H"; extMatch = @"^\d{4}-\d{2}-\d{2}_\d{2}$"; }
                else if (when == "D" || when == "MIDNIGHT") { seconds = Midnight; suffix = "%Y-%m-%d"; extMatch = @"^\d{4}-\d{2}-\d{2}$"; }
                else if (when.StartsWith("W"))
                {
                    seconds = Midnight * 7;
                    if (when.Length != 2) throw Ops.ValueError("You must specify a day for weekly rollover from 0 to 6 (0 is Monday): " + when);
                    if (when[1] < '0' || when[1] > '6') throw Ops.ValueError("Invalid day specified for weekly rollover: " + when);
                    Set(self, "dayOfWeek", PyInt.From(when[1] - '0'));
                    suffix = "%Y-%m-%d";
                    extMatch = @"^\d{4}-\d{2}-\d{2}$";
                }
                else throw Ops.ValueError("Invalid rollover interval specified: " + when);
                Set(self, "suffix", S(suffix));
                Set(self, "extMatch", Ops.Call(Get(Module_("re"), "compile"), S(extMatch)));
                Set(self, "interval", Ops.Multiply(PyInt.From(seconds), a[3]));
                PyObject os = Module_("os");
                PyObject t = Ops.IsTrue(Ops.Call(Get(Get(os, "path"), "exists"), a[1]))
                    ? Ops.GetItem(Ops.Call(Get(os, "stat"), a[1]), PyInt.From(8))
                    : Ops.Call(PyInt.TypeObject, TimeCall("time"));
                Set(self, "rolloverAt", Call(self, "computeRollover", t));
                return None;
            }, defaults: new PyObject[] { S("h"), PyInt.From(1), PyInt.From(0), None, PyBool.False, PyBool.False })
            .Method("computeRollover", new[] { "self", "currentTime" }, a =>
            {
                PyObject self = a[0], currentTime = a[1];
                PyObject result = Ops.Add(currentTime, Get(self, "interval"));
                string when = Text(Get(self, "when"));
                if (when == "MIDNIGHT" || when.StartsWith("W"))
                {
                    bool utc = Ops.IsTrue(Get(self, "utc"));
                    PyObject t = TimeCall(utc ? "gmtime" : "localtime", currentTime);
                    long r = Midnight - ((Field(t, 3) * 60 + Field(t, 4)) * 60 + Field(t, 5));
                    result = Ops.Add(currentTime, PyInt.From(r));
                    if (when.StartsWith("W"))
                    {
                        long day = Field(t, 6), dayOfWeek = Long(Get(self, "dayOfWeek"));
                        if (day != dayOfWeek)
                        {
                            long daysToWait = day < dayOfWeek ? dayOfWeek - day : 6 - day + dayOfWeek + 1;
                            PyObject newRolloverAt = Ops.Add(result, PyInt.From(daysToWait * Midnight));
                            if (!utc)
                            {
                                long dstNow = Field(t, -1), dstAtRollover = Field(TimeCall("localtime", newRolloverAt), -1);
                                if (dstNow != dstAtRollover) newRolloverAt = Ops.Add(newRolloverAt, PyInt.From(dstNow == 0 ? -3600 : 3600));
                            }
                            result = newRolloverAt;
                        }
                    }
                }
                return result;
            })
            .Method("shouldRollover", new[] { "self", "record" }, a =>
                PyInt.From(Ops.GreaterEqual(Ops.Call(PyInt.TypeObject, TimeCall("time")), Get(a[0], "rolloverAt")) ? 1 : 0))
            .Method("getFilesToDelete", new[] { "self" }, a =>
            {
                PyObject os = Module_("os");
                string path = Text(Get(a[0], "baseFilename"));
                int slash = path.LastIndexOf('/');
                string dirName = slash < 0 ? "" : (slash == 0 ? "/" : path.Substring(0, slash)), baseName = path.Substring(slash + 1);
                string prefix = baseName + ".";
                var result = new System.Collections.Generic.List<string>();
                PyObject extMatch = Get(a[0], "extMatch");
                foreach (PyObject name in Items(Ops.Call(Get(os, "listdir"), S(dirName))))
                {
                    string fileName = Text(name);
                    if (fileName.StartsWith(prefix, System.StringComparison.Ordinal) &&
                        !IsNone(Call(extMatch, "match", S(fileName.Substring(prefix.Length)))))
                        result.Add(Text(Ops.Call(Get(Get(os, "path"), "join"), S(dirName), S(fileName))));
                }
                result.Sort(System.StringComparer.Ordinal);
                long backupCount = Long(Get(a[0], "backupCount"));
                if (result.Count < backupCount) result.Clear();
                else result = result.GetRange(0, result.Count - (int)backupCount);
                return List(result.ConvertAll(x => (PyObject)S(x)));
            })
            .Method("doRollover", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                PyObject stream = Get(self, "stream");
                if (Ops.IsTrue(stream))
                {
                    Call(stream, "close");
                    Set(self, "stream", None);
                }
                PyObject currentTime = Ops.Call(PyInt.TypeObject, TimeCall("time"));
                long dstNow = Field(TimeCall("localtime", currentTime), -1);
                PyObject t = Ops.Subtract(Get(self, "rolloverAt"), Get(self, "interval"));
                bool utc = Ops.IsTrue(Get(self, "utc"));
                PyObject timeTuple;
                if (utc) timeTuple = TimeCall("gmtime", t);
                else
                {
                    timeTuple = TimeCall("localtime", t);
                    long dstThen = Field(timeTuple, -1);
                    if (dstNow != dstThen) timeTuple = TimeCall("localtime", Ops.Add(t, PyInt.From(dstNow != 0 ? 3600 : -3600)));
                }
                PyObject os = Module_("os");
                PyObject baseFilename = Get(self, "baseFilename");
                PyObject dfn = S(Text(baseFilename) + "." + Text(TimeCall("strftime", Get(self, "suffix"), timeTuple)));
                PyObject exists = Get(Get(os, "path"), "exists");
                if (Ops.IsTrue(Ops.Call(exists, dfn))) Ops.Call(Get(os, "remove"), dfn);
                if (Ops.IsTrue(Ops.Call(exists, baseFilename))) Ops.Call(Get(os, "rename"), baseFilename, dfn);
                if (Long(Get(self, "backupCount")) > 0)
                    foreach (PyObject s in Items(Call(self, "getFilesToDelete"))) Ops.Call(Get(os, "remove"), s);
                if (!Ops.IsTrue(Get(self, "delay"))) Set(self, "stream", Call(self, "_open"));
                PyObject newRolloverAt = Call(self, "computeRollover", currentTime);
                while (Ops.LessEqual(newRolloverAt, currentTime)) newRolloverAt = Ops.Add(newRolloverAt, Get(self, "interval"));
                string when = Text(Get(self, "when"));
                if ((when == "MIDNIGHT" || when.StartsWith("W")) && !utc)
                {
                    long dstAtRollover = Field(TimeCall("localtime", newRolloverAt), -1);
                    if (dstNow != dstAtRollover) newRolloverAt = Ops.Add(newRolloverAt, PyInt.From(dstNow == 0 ? -3600 : 3600));
                }
                Set(self, "rolloverAt", newRolloverAt);
                return None;
            })
            .Build();

        public static readonly PyType WatchedFileHandler = new PythonClassBuilder(Module, "WatchedFileHandler", LoggingCore.FileHandler)
            .Method("__init__", new[] { "self", "filename", "mode", "encoding", "delay" }, a =>
            {
                Ops.Call(Get(LoggingCore.FileHandler, "__init__"), new[] { a[0], a[1], a[2], a[3], a[4] });
                Set(a[0], "dev", PyInt.From(-1));
                Set(a[0], "ino", PyInt.From(-1));
                Call(a[0], "_statstream");
                return None;
            }, defaults: new PyObject[] { S("a"), None, PyInt.From(0) })
            .Method("_statstream", new[] { "self" }, a =>
            {
                PyObject stream = Get(a[0], "stream");
                if (Ops.IsTrue(stream))
                {
                    PyObject sres = Ops.Call(Get(Module_("os"), "fstat"), Call(stream, "fileno"));
                    Set(a[0], "dev", Ops.GetItem(sres, PyInt.From(2)));
                    Set(a[0], "ino", Ops.GetItem(sres, PyInt.From(1)));
                }
                return None;
            })
            .Method("emit", new[] { "self", "record" }, a =>
            {
                PyObject self = a[0], sres;
                try { sres = Ops.Call(Get(Module_("os"), "stat"), Get(self, "baseFilename")); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.OSError) && IsEnoent(e)) { sres = None; }
                if (!Ops.IsTrue(sres) || Ops.Ne(Ops.GetItem(sres, PyInt.From(2)), Get(self, "dev")) ||
                    Ops.Ne(Ops.GetItem(sres, PyInt.From(1)), Get(self, "ino")))
                {
                    PyObject stream = Get(self, "stream");
                    if (!IsNone(stream))
                    {
                        Call(stream, "flush");
                        Call(stream, "close");
                        // 2.7 clears the stream first so that a failing _open leaves no closed stream behind.
                        Set(self, "stream", None);
                        Set(self, "stream", Call(self, "_open"));
                        Call(self, "_statstream");
                    }
                }
                return Ops.Call(Get(LoggingCore.FileHandler, "emit"), self, a[1]);
            })
            .Build();

        private static bool IsEnoent(PythonException e)
        {
            PyObject errno = Ops.GetAttrOrNull(e.Value, PyStr.Intern("errno"));
            return errno is PyInt i && i.Value == 2;
        }

        public static readonly PyType BufferingHandler = new PythonClassBuilder(Module, "BufferingHandler", LoggingCore.Handler)
            .Method("__init__", new[] { "self", "capacity" }, a =>
            {
                Ops.Call(Get(LoggingCore.Handler, "__init__"), a[0]);
                Set(a[0], "capacity", a[1]);
                Set(a[0], "buffer", new PyList());
                return None;
            })
            .Method("shouldFlush", new[] { "self", "record" }, a =>
                PyBool.From(Ops.GreaterEqual(PyInt.From(Length(Get(a[0], "buffer"))), Get(a[0], "capacity"))))
            .Method("emit", new[] { "self", "record" }, a =>
            {
                Call(Get(a[0], "buffer"), "append", a[1]);
                if (Ops.IsTrue(Call(a[0], "shouldFlush", a[1]))) Call(a[0], "flush");
                return None;
            })
            .Method("flush", new[] { "self" }, a =>
            {
                Call(a[0], "acquire");
                try { Set(a[0], "buffer", new PyList()); }
                finally { Call(a[0], "release"); }
                return None;
            })
            .Method("close", new[] { "self" }, a =>
            {
                try { Call(a[0], "flush"); }
                finally { Ops.Call(Get(LoggingCore.Handler, "close"), a[0]); }
                return None;
            })
            .Build();

        private static long Length(PyObject o) => Long(Ops.Call(Get(Module_("__builtin__"), "len"), o));

        public static readonly PyType MemoryHandler = new PythonClassBuilder(Module, "MemoryHandler", BufferingHandler)
            .Method("__init__", new[] { "self", "capacity", "flushLevel", "target" }, a =>
            {
                Ops.Call(Get(BufferingHandler, "__init__"), a[0], a[1]);
                Set(a[0], "flushLevel", a[2]);
                Set(a[0], "target", a[3]);
                return None;
            }, defaults: new PyObject[] { PyInt.From(40), None })
            .Method("shouldFlush", new[] { "self", "record" }, a =>
                PyBool.From(Ops.GreaterEqual(PyInt.From(Length(Get(a[0], "buffer"))), Get(a[0], "capacity")) ||
                            Ops.GreaterEqual(Get(a[1], "levelno"), Get(a[0], "flushLevel"))))
            .Method("setTarget", new[] { "self", "target" }, a => { Set(a[0], "target", a[1]); return None; })
            .Method("flush", new[] { "self" }, a =>
            {
                Call(a[0], "acquire");
                try
                {
                    PyObject target = Get(a[0], "target");
                    if (Ops.IsTrue(target))
                    {
                        var it = Ops.Iter(Get(a[0], "buffer"));
                        for (var record = it.Next(); record != null; record = it.Next()) Call(target, "handle", record);
                        Set(a[0], "buffer", new PyList());
                    }
                }
                finally { Call(a[0], "release"); }
                return None;
            })
            .Method("close", new[] { "self" }, a =>
            {
                try { Call(a[0], "flush"); }
                finally
                {
                    Call(a[0], "acquire");
                    try
                    {
                        Set(a[0], "target", None);
                        Ops.Call(Get(BufferingHandler, "close"), a[0]);
                    }
                    finally { Call(a[0], "release"); }
                }
                return None;
            })
            .Build();

        /// <summary>2.7 tries to import the Win32 extensions; without them (any Linux or macOS) the
        /// constructor prints its notice on stdout and the handler does nothing.</summary>
        public static readonly PyType NTEventLogHandler = new PythonClassBuilder(Module, "NTEventLogHandler", LoggingCore.Handler)
            .Method("__init__", new[] { "self", "appname", "dllname", "logtype" }, a =>
            {
                Ops.Call(Get(LoggingCore.Handler, "__init__"), a[0]);
                try
                {
                    Importer.ImportModule("win32evtlogutil");
                    Importer.ImportModule("win32evtlog");
                    throw Ops.NotImplementedError("NTEventLogHandler: the Win32 event log is not available to py2cs programs");
                }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.ImportError))
                {
                    Builtins.Print(null, S("The Python Win32 extensions for NT (service, event logging) appear not to be available."));
                    Set(a[0], "_welu", None);
                }
                return None;
            }, defaults: new PyObject[] { None, S("Application") })
            .Method("getMessageID", new[] { "self", "record" }, a => PyInt.From(1))
            .Method("getEventCategory", new[] { "self", "record" }, a => PyInt.From(0))
            .Method("getEventType", new[] { "self", "record" }, a =>
                Call(Get(a[0], "typemap"), "get", Get(a[1], "levelno"), Get(a[0], "deftype")))
            .Method("emit", new[] { "self", "record" }, a =>
            {
                PyObject self = a[0], record = a[1];
                if (Ops.IsTrue(Get(self, "_welu")))
                    EmitGuarded(self, record, () =>
                    {
                        PyObject id = Call(self, "getMessageID", record), cat = Call(self, "getEventCategory", record);
                        PyObject type = Call(self, "getEventType", record), msg = Call(self, "format", record);
                        Ops.Call(Get(Get(self, "_welu"), "ReportEvent"), new[] { Get(self, "appname"), id, cat, type, List(new List<PyObject> { msg }) });
                    });
                return None;
            })
            .Method("close", new[] { "self" }, a => Ops.Call(Get(LoggingCore.Handler, "close"), a[0]))
            .Build();
    }
}
