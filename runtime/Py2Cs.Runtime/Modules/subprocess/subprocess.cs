using System;
using System.Collections.Generic;
using System.Text;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.Subprocess;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>subprocess</c> module of Python 2.7 (POSIX). Popen and CalledProcessError are ordinary
/// Python classes (subclassable; Popen's own calls — wait, poll, communicate — go through attribute
/// look-up); the child is started by <see cref="ChildLauncher"/> with fork/exec like CPython's
/// _execute_child, so fds, STDOUT merging, close_fds, cwd, env, executable and preexec_fn behave the same.
/// </summary>
[PythonModule("subprocess")]
public static class subprocess
{
    public static readonly PyObject PIPE = PyInt.From(-1);
    public static readonly PyObject STDOUT = PyInt.From(-2);
    public static readonly PyObject MAXFD = PyInt.From(65536);
    public static readonly PyObject mswindows = PyBool.False;

    public static readonly PyType CalledProcessError = new PythonClassBuilder("subprocess", "CalledProcessError", PyExceptionTypes.Exception)
        .Attribute("__doc__", PyStr.FromString("This exception is raised when a process run by check_call() or\n    check_output() returns a non-zero exit status.\n    The exit status will be stored in the returncode attribute;\n    check_output() will also store the output in the output attribute.\n    "))
        .Method("__init__", new[] { "self", "returncode", "cmd", "output" }, a =>
        {
            Set(a[0], "returncode", a[1]); Set(a[0], "cmd", a[2]); Set(a[0], "output", a[3]);
            return PyNone.None;
        }, new PyObject[] { PyNone.None })
        .Method("__str__", new[] { "self" }, a => Ops.Modulo(PyStr.FromString("Command '%s' returned non-zero exit status %d"),
            PyTuple.Create(Get(a[0], "cmd"), Get(a[0], "returncode"))))
        .Build();

    public static readonly PyType Popen = new PythonClassBuilder("subprocess", "Popen", PyType.ObjectType)
        .Method("__init__", new[] { "self", "args", "bufsize", "executable", "stdin", "stdout", "stderr", "preexec_fn", "close_fds",
                "shell", "cwd", "env", "universal_newlines", "startupinfo", "creationflags" },
            a => { PopenProcess.Init(a); return PyNone.None; },
            new PyObject[] { PyInt.From(0), PyNone.None, PyNone.None, PyNone.None, PyNone.None, PyNone.None, PyBool.False,
                PyBool.False, PyNone.None, PyNone.None, PyBool.False, PyNone.None, PyInt.From(0) })
        .Method("poll", new[] { "self" }, a => PopenProcess.Poll(a[0]))
        .Method("wait", new[] { "self" }, a => PopenProcess.Wait(a[0]))
        .Method("communicate", new[] { "self", "input" }, a => PopenProcess.Communicate(a[0], a[1]), new PyObject[] { PyNone.None })
        .Method("send_signal", new[] { "self", "sig" }, a => { PopenProcess.Signal(a[0], Ops.ToInt32(a[1])); return PyNone.None; })
        .Method("terminate", new[] { "self" }, a => { Ops.CallMethod(a[0], "send_signal", PyInt.From(15)); return PyNone.None; })
        .Method("kill", new[] { "self" }, a => { Ops.CallMethod(a[0], "send_signal", PyInt.From(9)); return PyNone.None; })
        .Build();

    /// <summary>call(*popenargs, **kwargs): run, wait, return the returncode.</summary>
    public static PyObject call([Kwargs] PyDict kwargs, params PyObject[] popenargs) =>
        Ops.CallMethod(NewPopen(popenargs, kwargs), "wait");

    public static PyObject check_call([Kwargs] PyDict kwargs, params PyObject[] popenargs)
    {
        var retcode = call(kwargs, popenargs);
        if (Ops.IsTrue(retcode)) throw new PythonException(Ops.Call(CalledProcessError, retcode, CommandOf(popenargs, kwargs)));
        return PyInt.From(0);
    }

    public static PyObject check_output([Kwargs] PyDict kwargs, params PyObject[] popenargs)
    {
        kwargs ??= new PyDict();
        if (kwargs.GetStr("stdout") != null) throw Ops.ValueError("stdout argument not allowed, it will be overridden.");
        var withPipe = new PyDict();
        foreach (var k in Ops.Enumerate(kwargs)) withPipe.SetItem(k, kwargs.GetItem(k));
        withPipe.SetStr("stdout", PIPE);
        var process = NewPopen(popenargs, withPipe);
        var output = Ops.GetItem(Ops.CallMethod(process, "communicate"), PyInt.From(0));
        var retcode = Ops.CallMethod(process, "poll");
        if (Ops.IsTrue(retcode))
            throw new PythonException(Ops.Call(CalledProcessError, new[] { retcode, CommandOf(popenargs, kwargs), output },
                new[] { PyStr.FromString("output") }));
        return output;
    }

    /// <summary>Translates a sequence of arguments into an MS C runtime command line (the 2.7 algorithm).</summary>
    public static PyObject list2cmdline(PyObject seq)
    {
        var result = new StringBuilder();
        foreach (var item in Ops.Enumerate(seq))
        {
            string arg = ((PyStr)item).ToString();
            var backslashes = 0;
            if (result.Length > 0) result.Append(' ');
            bool needQuote = arg.Contains(' ') || arg.Contains('\t') || arg.Length == 0;
            if (needQuote) result.Append('"');
            foreach (char c in arg)
            {
                if (c == '\\') backslashes++;
                else if (c == '"') { result.Append('\\', backslashes * 2); backslashes = 0; result.Append("\\\""); }
                else { result.Append('\\', backslashes); backslashes = 0; result.Append(c); }
            }
            result.Append('\\', backslashes);
            if (needQuote) { result.Append('\\', backslashes); result.Append('"'); }
        }
        return PyStr.FromString(result.ToString());
    }

    static PyObject NewPopen(PyObject[] args, PyDict kwargs) =>
        Ops.CallEx(Popen, Array.Empty<PyObject>(), null, PyTuple.Create(args), kwargs ?? new PyDict());

    static PyObject CommandOf(PyObject[] popenargs, PyDict kwargs)
    {
        var cmd = kwargs?.GetStr("args");
        return cmd ?? (popenargs.Length > 0 ? popenargs[0] : PyNone.None);
    }

    internal static PyObject Get(PyObject o, string name) => Ops.GetAttr(o, PyStr.FromString(name));
    internal static void Set(PyObject o, string name, PyObject v) => Ops.SetAttr(o, PyStr.FromString(name), v);
}
