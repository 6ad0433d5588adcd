using System;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// tempfile.SpooledTemporaryFile (Python 2.7): data stays in a cStringIO buffer until it grows past
    /// max_size or fileno() is asked for, then moves to a TemporaryFile at the same position. A
    /// Python class, so subclasses may override rollover/_check/write and the rest calls them
    /// through attribute look-up as tempfile.py does. next() returns the underlying file's next
    /// method, not a line: the same slip as CPython 2.7's.
    /// </summary>
    internal static class SpooledTemporaryFileClass
    {
        private static PyObject None => PyNone.None;
        private static PyObject File(PyObject self) => Get(self, "_file");

        private static PyObject Forward(PyObject self, string method, PyObject args) =>
            Ops.Call(Get(File(self), method), Items(args).ToArray());

        private static PyObject Property(string name, Func<PyObject, PyObject> getter) =>
            Ops.Call(Builtins.Module.Dict.GetStr("property"),
                PyFunction.WithBoundArguments(new FunctionSignature(name, new[] { "self" }, null, null), a => getter(a[0]), null));

        public static readonly PyType Type = new PythonClassBuilder("tempfile", "SpooledTemporaryFile")
            .Attribute("__doc__", S("Temporary file wrapper, specialized to switch from\n    StringIO to a real file when it exceeds a certain size or\n    when a fileno is needed.\n    "))
            .Attribute("_rolled", PyBool.False)
            .Method("__init__", new[] { "self", "max_size", "mode", "bufsize", "suffix", "prefix", "dir" }, a =>
            {
                Set(a[0], "_file", Ops.Call(Get(Importer.ImportModule("cStringIO"), "StringIO")));
                Set(a[0], "_max_size", a[1]);
                Set(a[0], "_rolled", PyBool.False);
                Set(a[0], "_TemporaryFileArgs", PyTuple.Create(a[2], a[3], a[4], a[5], a[6]));
                return None;
            }, new PyObject[] { PyInt.From(0), S("w+b"), PyInt.From(-1), S(""), S("tmp"), None })
            .Method("_check", new[] { "self", "file" }, a =>
            {
                if (Ops.IsTrue(Get(a[0], "_rolled"))) return None;
                PyObject maxSize = Get(a[0], "_max_size");
                if (Ops.IsTrue(maxSize) && Ops.Greater(Call(a[1], "tell"), maxSize)) Call(a[0], "rollover");
                return None;
            })
            .Method("rollover", new[] { "self" }, a =>
            {
                if (Ops.IsTrue(Get(a[0], "_rolled"))) return None;
                PyObject file = File(a[0]);
                PyObject args = Get(a[0], "_TemporaryFileArgs");
                PyObject newfile = Ops.Call(Get(Importer.ImportModule("tempfile"), "TemporaryFile"), Items(args).ToArray());
                Set(a[0], "_file", newfile);
                Ops.DelAttr(a[0], PyStr.Intern("_TemporaryFileArgs"));
                Call(newfile, "write", Call(file, "getvalue"));
                Call(newfile, "seek", Call(file, "tell"), PyInt.From(0));
                Set(a[0], "_rolled", PyBool.True);
                return None;
            })
            .Method("__enter__", new[] { "self" }, a =>
            {
                if (Ops.IsTrue(Get(File(a[0]), "closed"))) throw Ops.ValueError("Cannot enter context with closed file");
                return a[0];
            })
            .Method("__exit__", new[] { "self", "exc", "value", "tb" }, a => { Call(File(a[0]), "close"); return None; })
            .Method("__iter__", new[] { "self" }, a => Call(File(a[0]), "__iter__"))
            .Method("close", new[] { "self" }, a => { Call(File(a[0]), "close"); return None; })
            .Attribute("closed", Property("closed", self => Get(File(self), "closed")))
            .Method("fileno", new[] { "self" }, a => { Call(a[0], "rollover"); return Call(File(a[0]), "fileno"); })
            .Method("flush", new[] { "self" }, a => { Call(File(a[0]), "flush"); return None; })
            .Method("isatty", new[] { "self" }, a => Call(File(a[0]), "isatty"))
            .Attribute("mode", Property("mode", self =>
                GetOrNull(File(self), "mode") ?? Ops.GetItem(Get(self, "_TemporaryFileArgs"), PyInt.From(0))))
            .Attribute("name", Property("name", self => GetOrNull(File(self), "name") ?? None))
            .Method("next", new[] { "self" }, a => Get(File(a[0]), "next"))
            .Method("read", new[] { "self" }, a => Forward(a[0], "read", a[1]), varArgs: "args")
            .Method("readline", new[] { "self" }, a => Forward(a[0], "readline", a[1]), varArgs: "args")
            .Method("readlines", new[] { "self" }, a => Forward(a[0], "readlines", a[1]), varArgs: "args")
            .Method("seek", new[] { "self" }, a => { Forward(a[0], "seek", a[1]); return None; }, varArgs: "args")
            .Attribute("softspace", Property("softspace", self => Get(File(self), "softspace")))
            .Method("tell", new[] { "self" }, a => Call(File(a[0]), "tell"))
            .Method("truncate", new[] { "self" }, a => { Call(File(a[0]), "truncate"); return None; })
            .Method("write", new[] { "self", "s" }, a =>
            {
                PyObject file = File(a[0]);
                PyObject rv = Call(file, "write", a[1]);
                Call(a[0], "_check", file);
                return rv;
            })
            .Method("writelines", new[] { "self", "iterable" }, a =>
            {
                PyObject file = File(a[0]);
                PyObject rv = Call(file, "writelines", a[1]);
                Call(a[0], "_check", file);
                return rv;
            })
            .Method("xreadlines", new[] { "self" }, a =>
            {
                PyObject file = File(a[0]);
                return GetOrNull(file, "xreadlines") != null ? Ops.Iter(file) : Ops.Iter(Forward(a[0], "readlines", a[1]));
            }, varArgs: "args")
            .Build();
    }
}
