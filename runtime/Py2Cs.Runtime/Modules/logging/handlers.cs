using System.IO;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.logging;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// logging.handlers (Python 2.7): BaseRotatingHandler, RotatingFileHandler, WatchedFileHandler,
    /// BufferingHandler, MemoryHandler. The network handlers and TimedRotatingFileHandler come later;
    /// they subclass Handler/BaseRotatingHandler like these.
    /// </summary>
    [PythonModule("logging.handlers")]
    public static class loggingHandlersModule
    {
        private const string Module = "logging.handlers";
        private static PyObject None => PyNone.None;

        public static readonly PyInt DEFAULT_TCP_LOGGING_PORT = PyInt.From(9020), DEFAULT_UDP_LOGGING_PORT = PyInt.From(9021),
            DEFAULT_HTTP_LOGGING_PORT = PyInt.From(9022), DEFAULT_SOAP_LOGGING_PORT = PyInt.From(9023), SYSLOG_UDP_PORT = PyInt.From(514),
            SYSLOG_TCP_PORT = PyInt.From(514);

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

        public static readonly PyType WatchedFileHandler = new PythonClassBuilder(Module, "WatchedFileHandler", LoggingCore.FileHandler)
            .Method("__init__", new[] { "self", "filename", "mode", "encoding", "delay" }, a =>
            {
                Ops.Call(Get(LoggingCore.FileHandler, "__init__"), new[] { a[0], a[1], a[2], a[3], a[4] });
                Set(a[0], "_identity", S(Identity(Text(Get(a[0], "baseFilename")))));
                return None;
            }, defaults: new PyObject[] { S("a"), None, PyInt.From(0) })
            .Method("emit", new[] { "self", "record" }, a =>
            {
                string path = Text(Get(a[0], "baseFilename"));
                string now = Identity(path);
                if (now != Text(Get(a[0], "_identity")) && !IsNone(Get(a[0], "stream")))
                {
                    Call(Get(a[0], "stream"), "flush");
                    Call(Get(a[0], "stream"), "close");
                    Set(a[0], "stream", Call(a[0], "_open"));
                    Set(a[0], "_identity", S(Identity(path)));
                }
                return Ops.Call(Get(LoggingCore.FileHandler, "emit"), a[0], a[1]);
            })
            .Build();

        /// <summary>The file's (device, inode) as WatchedFileHandler compares them; empty when it is gone.</summary>
        private static string Identity(string path)
        {
            try
            {
                PyObject st = Ops.Call(Ops.GetAttr(Importer.ImportModule("os"), PyStr.Intern("stat")), S(path));
                return Ops.Str(Get(st, "st_dev")) + ":" + Ops.Str(Get(st, "st_ino"));
            }
            catch (PythonException) { return ""; }
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
                PyBool.From(Long(Ops.Call(Ops.GetAttr(Importer.ImportModule("__builtin__"), PyStr.Intern("len")), Get(a[0], "buffer"))) >= Long(Get(a[0], "capacity"))))
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
                Call(a[0], "flush");
                Ops.Call(Get(LoggingCore.Handler, "close"), a[0]);
                return None;
            })
            .Build();

        public static readonly PyType MemoryHandler = new PythonClassBuilder(Module, "MemoryHandler", BufferingHandler)
            .Method("__init__", new[] { "self", "capacity", "flushLevel", "target" }, a =>
            {
                Ops.Call(Get(BufferingHandler, "__init__"), a[0], a[1]);
                Set(a[0], "flushLevel", a[2]);
                Set(a[0], "target", a[3]);
                return None;
            }, defaults: new PyObject[] { PyInt.From(40), None })
            .Method("shouldFlush", new[] { "self", "record" }, a =>
            {
                long count = ((PyList)Get(a[0], "buffer")).Count;
                return PyBool.From(count >= Long(Get(a[0], "capacity")) || Long(Get(a[1], "levelno")) >= Long(Get(a[0], "flushLevel")));
            })
            .Method("setTarget", new[] { "self", "target" }, a => { Set(a[0], "target", a[1]); return None; })
            .Method("flush", new[] { "self" }, a =>
            {
                Call(a[0], "acquire");
                try
                {
                    PyObject target = Get(a[0], "target");
                    if (Ops.IsTrue(target))
                    {
                        foreach (PyObject record in Items(Get(a[0], "buffer"))) Call(target, "handle", record);
                        Set(a[0], "buffer", new PyList());
                    }
                }
                finally { Call(a[0], "release"); }
                return None;
            })
            .Method("close", new[] { "self" }, a =>
            {
                Call(a[0], "flush");
                Call(a[0], "acquire");
                try
                {
                    Set(a[0], "target", None);
                    Ops.Call(Get(BufferingHandler, "close"), a[0]);
                }
                finally { Call(a[0], "release"); }
                return None;
            })
            .Build();
    }
}
