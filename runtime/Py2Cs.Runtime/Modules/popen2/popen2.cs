#pragma warning disable CS8981 // the module class is named as in Python
using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// popen2 (deprecated in 2.7): Popen3 and Popen4 as classic classes with popen2.py's attributes
    /// (cmd, pid, tochild, fromchild, childerr, sts) and methods (poll, wait), subclassable from
    /// Python; the functions popen2/popen3/popen4 return (fromchild, tochild[, childerr]). The child
    /// is started with posix_spawn (stdin/stdout/stderr on pipes, a string command through
    /// /bin/sh -c) instead of popen2.py's fork + _run_child, which a .NET process cannot run safely;
    /// so a subclass's _run_child override is not called. Importing the module gives 2.7's
    /// DeprecationWarning (ignored by default).
    /// </summary>
    [PythonModule("popen2")]
    public static class popen2
    {
        public static readonly PyObject __all__ = PyList.FromArray(new PyObject[] { PyStr.FromString("popen2"), PyStr.FromString("popen3"), PyStr.FromString("popen4"), PyStr.FromString("Popen3"), PyStr.FromString("Popen4") });
        public static readonly PyList _active = new();

        public static readonly PyType Popen3 = new PythonClassBuilder("popen2", "Popen3")
            .Attribute("__doc__", PyStr.FromString("Class representing a child process.  Normally, instances are created\n    internally by the functions popen2() and popen3()."))
            .Attribute("sts", PyInt.From(-1))
            .Method("__init__", new[] { "self", "cmd", "capturestderr", "bufsize" }, a => { Start(a[0], a[1], Ops.IsTrue(a[2]), a[3], false); return PyNone.None; },
                new PyObject[] { PyBool.False, PyInt.From(-1) })
            .Method("poll", new[] { "self", "_deadstate" }, a => Poll(a[0], a[1]), new PyObject[] { PyNone.None })
            .Method("wait", new[] { "self" }, a => Wait(a[0]))
            .Build();

        public static readonly PyType Popen4 = new PythonClassBuilder("popen2", "Popen4", Popen3)
            .Attribute("childerr", PyNone.None)
            .Method("__init__", new[] { "self", "cmd", "bufsize" }, a => { Start(a[0], a[1], false, a[2], true); return PyNone.None; },
                new PyObject[] { PyInt.From(-1) })
            .Build();

        static void Start(PyObject self, PyObject cmd, bool captureStderr, PyObject bufsize, bool stderrToStdout)
        {
            _cleanup();
            Ops.SetAttr(self, "cmd", cmd);
            var args = cmd is PyStr || cmd is PyUnicode
                ? new List<string> { "/bin/sh", "-c", PathArgument.Bytes(cmd) }
                : new List<string>(System.Linq.Enumerable.Select(Ops.Enumerate(cmd), PathArgument.Bytes));
            var toChild = os.CloseOnExecPipe();
            var fromChild = os.CloseOnExecPipe();
            (int Read, int Write) errors = captureStderr ? os.CloseOnExecPipe() : (-1, -1);
            int pid;
            try
            {
                pid = os.SpawnWithDescriptors(args, toChild.Read, fromChild.Write, stderrToStdout ? fromChild.Write : errors.Write);
            }
            catch
            {
                foreach (int fd in new[] { toChild.Read, toChild.Write, fromChild.Read, fromChild.Write, errors.Read, errors.Write })
                    if (fd >= 0) Libc.close(fd);
                throw;
            }
            Ops.SetAttr(self, "pid", PyInt.From(pid));
            Libc.close(toChild.Read);
            Ops.SetAttr(self, "tochild", os.fdopen(PyInt.From(toChild.Write), PyStr.FromString("w"), bufsize));
            Libc.close(fromChild.Write);
            Ops.SetAttr(self, "fromchild", os.fdopen(PyInt.From(fromChild.Read), PyStr.FromString("r"), bufsize));
            if (stderrToStdout) return;
            if (captureStderr)
            {
                Libc.close(errors.Write);
                Ops.SetAttr(self, "childerr", os.fdopen(PyInt.From(errors.Read), PyStr.FromString("r"), bufsize));
            }
            else Ops.SetAttr(self, "childerr", PyNone.None);
        }

        static PyObject Poll(PyObject self, PyObject deadState)
        {
            if (Ops.Less(Ops.GetAttr(self, "sts"), PyInt.From(0)))
            {
                try
                {
                    var pid = Ops.GetAttr(self, "pid");
                    var result = os.waitpid(pid, PyInt.From(1 /* WNOHANG */));
                    if (Ops.Eq(Ops.GetItem(result, PyInt.From(0)), pid)) Ops.SetAttr(self, "sts", Ops.GetItem(result, PyInt.From(1)));
                }
                catch (PythonException e) when (e.Is(PyExceptionTypes.OSError))
                {
                    if (deadState != null && deadState is not PyNone) Ops.SetAttr(self, "sts", deadState);
                }
            }
            return Ops.GetAttr(self, "sts");
        }

        static PyObject Wait(PyObject self)
        {
            if (Ops.Less(Ops.GetAttr(self, "sts"), PyInt.From(0)))
            {
                var result = os.waitpid(Ops.GetAttr(self, "pid"), PyInt.From(0));
                Ops.SetAttr(self, "sts", Ops.GetItem(result, PyInt.From(1)));
            }
            return Ops.GetAttr(self, "sts");
        }

        /// <summary>Reaps finished instances left in _active (popen2.py calls it before each start).</summary>
        public static PyObject _cleanup()
        {
            foreach (var inst in new List<PyObject>(Ops.Enumerate(_active)))
                if (!Ops.Less(Ops.CallMethod(inst, "poll", PyInt.From(long.MaxValue)), PyInt.From(0)))
                {
                    try { Ops.CallMethod(_active, "remove", inst); }
                    catch (PythonException e) when (e.Is(PyExceptionTypes.ValueError)) { }
                }
            return PyNone.None;
        }

        [PythonName("popen2")]
        public static PyObject popen2_(PyObject cmd, PyObject bufsize = null, PyObject mode = null)
        {
            var inst = Ops.Call(Popen3, cmd, PyBool.False, bufsize ?? PyInt.From(-1));
            return PyTuple.Create(Ops.GetAttr(inst, "fromchild"), Ops.GetAttr(inst, "tochild"));
        }

        public static PyObject popen3(PyObject cmd, PyObject bufsize = null, PyObject mode = null)
        {
            var inst = Ops.Call(Popen3, cmd, PyBool.True, bufsize ?? PyInt.From(-1));
            return PyTuple.Create(Ops.GetAttr(inst, "fromchild"), Ops.GetAttr(inst, "tochild"), Ops.GetAttr(inst, "childerr"));
        }

        public static PyObject popen4(PyObject cmd, PyObject bufsize = null, PyObject mode = null)
        {
            var inst = Ops.Call(Popen4, cmd, bufsize ?? PyInt.From(-1));
            return PyTuple.Create(Ops.GetAttr(inst, "fromchild"), Ops.GetAttr(inst, "tochild"));
        }

        public static void __init__(PyModule m)
        {
            m["__doc__"] = PyStr.FromString("Spawn a command with pipes to its stdin, stdout, and optionally stderr.\n\nThe normal os.popen(cmd, mode) call spawns a shell command and provides a\nfile interface to just the input or output of the process depending on\nwhether mode is 'r' or 'w'.  This module provides the functions popen2(cmd)\nand popen3(cmd) which return two or three pipes to the spawned command.\n");
            try { m["MAXFD"] = Ops.Call(Ops.GetAttr(Importer.ImportModule("os"), "sysconf"), PyStr.FromString("SC_OPEN_MAX")); }
            catch (PythonException) { m["MAXFD"] = PyInt.From(256); }
            Runtime.Modules.warnings.warn(PyStr.FromString("The popen2 module is deprecated.  Use the subprocess module."), PyExceptionTypes.DeprecationWarning, PyInt.From(2));
        }
    }
}
