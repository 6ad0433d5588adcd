using System;
using System.IO;
using System.Linq;
using System.Threading;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.logging
{
    /// <summary>RotatingFileHandler through Python calls: rollover at maxBytes, backupCount honoured, no line lost under threads.</summary>
    [Collection("sys.stdout")]
    public class RotatingFileHandlerTests
    {
        private static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));

        [Fact]
        public void EightThreadsLoseNoLineAcrossRollovers()
        {
            string dir = Path.Combine(Path.GetTempPath(), "py2cs-rotate-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string path = Path.Combine(dir, "app.log");
                PyObject handlers = Importer.ImportModule("logging.handlers");
                PyObject logging = Importer.ImportModule("logging");
                // Large enough backupCount that no rotated file is deleted, so every line can be counted.
                PyObject handler = Ops.Call(Attr(handlers, "RotatingFileHandler"),
                    new PyObject[] { PyStr.FromString(path), PyInt.From(200_000), PyInt.From(1000) },
                    new[] { PyStr.Intern("maxBytes"), PyStr.Intern("backupCount") });
                Ops.CallMethod(handler, "setFormatter", Ops.Call(Attr(logging, "Formatter"), PyStr.FromString("%(threadName)s %(message)s")));
                PyObject logger = Ops.CallMethod(logging, "getLogger", PyStr.FromString("rotation.test"));
                Ops.CallMethod(logger, "setLevel", PyInt.From(20));
                Ops.CallMethod(logger, "addHandler", handler);
                Ops.SetAttr(logger, PyStr.Intern("propagate"), PyInt.From(0));
                const int threads = 8, lines = 10_000;
                var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
                {
                    for (int i = 0; i < lines; i++) Ops.CallMethod(logger, "info", PyStr.FromString($"t{t} line {i}"));
                })).ToList();
                workers.ForEach(w => w.Start());
                workers.ForEach(w => w.Join());
                Ops.CallMethod(handler, "close");
                Ops.CallMethod(logger, "removeHandler", handler);
                string[] files = Directory.GetFiles(dir);
                Assert.True(files.Length > 2, "expected rollovers");
                foreach (string f in files) Assert.True(new FileInfo(f).Length <= 200_000, f + " is over maxBytes");
                var all = files.SelectMany(File.ReadAllLines).ToList();
                Assert.Equal(threads * lines, all.Count);
                Assert.Equal(threads * lines, all.Select(l => l.Substring(l.IndexOf(' ') + 1)).Distinct().Count());
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Fact]
        public void BackupCountKeepsOnlyThatManyOldFiles()
        {
            string dir = Path.Combine(Path.GetTempPath(), "py2cs-rotate-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string path = Path.Combine(dir, "small.log");
                PyObject handlers = Importer.ImportModule("logging.handlers");
                PyObject handler = Ops.Call(Attr(handlers, "RotatingFileHandler"),
                    new PyObject[] { PyStr.FromString(path), PyInt.From(100), PyInt.From(2) },
                    new[] { PyStr.Intern("maxBytes"), PyStr.Intern("backupCount") });
                PyObject logging = Importer.ImportModule("logging");
                for (int i = 0; i < 50; i++)
                {
                    PyObject record = Ops.CallMethod(logging, "makeLogRecord", Dict("msg", $"message number {i:D3} padded out"));
                    Ops.CallMethod(handler, "handle", record);
                }
                Ops.CallMethod(handler, "close");
                Assert.Equal(new[] { "small.log", "small.log.1", "small.log.2" }, Directory.GetFiles(dir).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
                Assert.Equal("message number 049 padded out", File.ReadAllLines(path).Last());
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        private static PyDict Dict(string key, string value)
        {
            var d = new PyDict();
            d.SetItem(PyStr.FromString(key), PyStr.FromString(value));
            return d;
        }
    }
}
