using System;
using System.Collections.Generic;
using System.Text;
using Py2Cs.Runtime.Modules.AsyncoreParts;
using static Py2Cs.Runtime.Modules.AsyncoreParts.AsyncLevel;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>asyncore</c> module of Python 2.7: the select/poll loop over <c>socket_map</c> and the
/// dispatcher classes. dispatcher, dispatcher_with_send, file_wrapper and file_dispatcher are old-style
/// Python classes; the loop and the dispatchers reach every hook (readable, writable, handle_*_event,
/// handle_read...) through attribute look-up, so Python subclasses' overrides run.
/// </summary>
[PythonModule("asyncore")]
public static class asyncore
{
    public static readonly PyObject socket_map = new PyDict();

    public static readonly PyType ExitNow = MakeExitNow();

    static PyType MakeExitNow()
    {
        var ns = new PyDict();
        ns.SetStr("__module__", PyStr.FromString("asyncore"));
        return (PyType)PyType.MakeClass("ExitNow", PyTuple.Create(PyExceptionTypes.Exception), ns);
    }

    public static readonly PyType dispatcher = DispatcherClass.Build();
    public static readonly PyType dispatcher_with_send = DispatcherClass.BuildWithSend(dispatcher);
    public static readonly PyType file_wrapper = FileDispatcherClasses.FileWrapper();
    public static readonly PyType file_dispatcher = FileDispatcherClasses.FileDispatcher(dispatcher, file_wrapper);

    public static void __init__(PyModule m)
    {
        m["__doc__"] = PyStr.FromString(DocStrings.Module);
        foreach (var name in new[] { "select", "socket", "sys", "time", "warnings", "os", "fcntl" }) m[name] = Module(name);
        foreach (var (name, value) in new[] { ("EALREADY", EALREADY), ("EINPROGRESS", EINPROGRESS), ("EWOULDBLOCK", EWOULDBLOCK),
            ("ECONNRESET", ECONNRESET), ("EINVAL", EINVAL), ("ENOTCONN", ENOTCONN), ("ESHUTDOWN", ESHUTDOWN), ("EINTR", EINTR),
            ("EISCONN", EISCONN), ("EBADF", EBADF), ("ECONNABORTED", ECONNABORTED), ("EPIPE", EPIPE), ("EAGAIN", EAGAIN) })
            m[name] = PyInt.From(value);
        m["errorcode"] = Get(Module("errno"), "errorcode");
        var disconnected = new PyObject[Disconnected.Length];
        for (int i = 0; i < disconnected.Length; i++) disconnected[i] = PyInt.From(Disconnected[i]);
        m["_DISCONNECTED"] = Ops.Call(Get(Module("__builtin__"), "frozenset"), PyTuple.Create(disconnected));
        m["_reraised_exceptions"] = PyTuple.Create(ExitNow, PyExceptionTypes.KeyboardInterrupt, PyExceptionTypes.SystemExit);
        m["poll3"] = m["poll2"];
    }

    static PyObject Map(PyObject map) => map == null || map is PyNone ? Get(Module("asyncore"), "socket_map") : map;

    public static PyObject _strerror(PyObject err)
    {
        try { return Call(Module("os"), "strerror", err); }
        catch (PythonException e) when (e.Matches(PyTuple.Create(PyExceptionTypes.ValueError, PyExceptionTypes.OverflowError, PyExceptionTypes.NameError)))
        {
            var codes = Get(Module("errno"), "errorcode");
            if (Ops.Contains(codes, err)) return Ops.GetItem(codes, err);
            return Ops.Modulo(Str("Unknown error %s"), err);
        }
    }

    public static void read(PyObject obj) => Guarded(obj, () => Call(obj, "handle_read_event"));
    public static void write(PyObject obj) => Guarded(obj, () => Call(obj, "handle_write_event"));
    public static void _exception(PyObject obj) => Guarded(obj, () => Call(obj, "handle_expt_event"));

    public static void readwrite(PyObject obj, PyObject flags)
    {
        int f = Ops.ToInt32(flags);
        try
        {
            if ((f & 1) != 0) Call(obj, "handle_read_event");
            if ((f & 4) != 0) Call(obj, "handle_write_event");
            if ((f & 2) != 0) Call(obj, "handle_expt_event");
            if ((f & (0x10 | 0x8 | 0x20)) != 0) Call(obj, "handle_close");
        }
        catch (PythonException e) when (e.Matches(SocketError))
        {
            Ops.SetExcInfo(e);
            if (!IsDisconnect(e)) Call(obj, "handle_error");
            else Call(obj, "handle_close");
        }
        catch (Exception e) when (!IsReraised(e))
        {
            Ops.SetExcInfo(Ops.ToPython(e));
            Call(obj, "handle_error");
        }
    }

    public static void poll(PyObject timeout = null, PyObject map = null)
    {
        timeout ??= new PyFloat(0.0);
        map = Map(map);
        if (!True(map)) return;
        PyList r = new(), w = new(), e = new();
        foreach (var item in Ops.Enumerate(Call(map, "items")))
        {
            var pair = Ops.UnpackSequence(item, 2);
            var obj = pair[1];
            bool isR = True(Call(obj, "readable")), isW = True(Call(obj, "writable"));
            if (isR) r.Append(pair[0]);
            // accepting sockets should not be writable
            if (isW && !True(Get(obj, "accepting"))) w.Append(pair[0]);
            if (isR || isW) e.Append(pair[0]);
        }
        if (Ops.Len(r) == 0 && Ops.Len(w) == 0 && Ops.Len(e) == 0)
        {
            Call(Module("time"), "sleep", timeout);
            return;
        }
        PyObject ready;
        try { ready = Ops.Call(Get(Module("select"), "select"), new PyObject[] { r, w, e, timeout }); }
        catch (PythonException err) when (err.Matches(Get(Module("select"), "error")))
        {
            if (FirstArg(err) != EINTR) throw;
            return;
        }
        var sets = Ops.UnpackSequence(ready, 3);
        foreach (var fd in Ops.Enumerate(sets[0])) { var obj = Call(map, "get", fd); if (!(obj is PyNone)) read(obj); }
        foreach (var fd in Ops.Enumerate(sets[1])) { var obj = Call(map, "get", fd); if (!(obj is PyNone)) write(obj); }
        foreach (var fd in Ops.Enumerate(sets[2])) { var obj = Call(map, "get", fd); if (!(obj is PyNone)) _exception(obj); }
    }

    public static void poll2(PyObject timeout = null, PyObject map = null)
    {
        timeout ??= new PyFloat(0.0);
        map = Map(map);
        if (!(timeout is PyNone)) timeout = Ops.Call(PyInt.TypeObject, Ops.Multiply(timeout, PyInt.From(1000)));
        var pollster = Call(Module("select"), "poll");
        if (!True(map)) return;
        foreach (var item in Ops.Enumerate(Call(map, "items")))
        {
            var pair = Ops.UnpackSequence(item, 2);
            var obj = pair[1];
            int flags = 0;
            if (True(Call(obj, "readable"))) flags |= 1 | 2;
            // accepting sockets should not be writable
            if (True(Call(obj, "writable")) && !True(Get(obj, "accepting"))) flags |= 4;
            // Only check for exceptions if object was either readable or writable.
            if (flags != 0) { flags |= 0x8 | 0x10 | 0x20; Call(pollster, "register", pair[0], PyInt.From(flags)); }
        }
        PyObject events;
        try { events = Call(pollster, "poll", timeout); }
        catch (PythonException err) when (err.Matches(Get(Module("select"), "error")))
        {
            if (FirstArg(err) != EINTR) throw;
            events = new PyList();
        }
        foreach (var item in Ops.Enumerate(events))
        {
            var pair = Ops.UnpackSequence(item, 2);
            var obj = Call(map, "get", pair[0]);
            if (obj is PyNone) continue;
            readwrite(obj, pair[1]);
        }
    }

    public static void loop(PyObject timeout = null, PyObject use_poll = null, PyObject map = null, PyObject count = null)
    {
        timeout ??= new PyFloat(30.0);
        map = Map(map);
        var module = Module("asyncore");
        var pollFunction = use_poll != null && True(use_poll) && Ops.GetAttrOrNull(Module("select"), "poll") != null
            ? Get(module, "poll2") : Get(module, "poll");
        if (count == null || count is PyNone)
        {
            while (True(map)) Ops.Call(pollFunction, timeout, map);
        }
        else
        {
            while (True(map) && Ops.Greater(count, PyInt.From(0)))
            {
                Ops.Call(pollFunction, timeout, map);
                count = Ops.Subtract(count, PyInt.From(1));
            }
        }
    }

    public static PyObject compact_traceback()
    {
        var info = Ops.UnpackSequence(Call(Module("sys"), "exc_info"), 3);
        var tb = info[2];
        if (!True(tb)) throw new PythonException(Ops.Call(PyExceptionTypes.AssertionError, Str("traceback does not exist")));
        var entries = new List<PyObject>();
        while (True(tb))
        {
            var code = Get(Get(tb, "tb_frame"), "f_code");
            entries.Add(PyTuple.Create(Get(code, "co_filename"), Get(code, "co_name"), Ops.Str(Get(tb, "tb_lineno"))));
            tb = Get(tb, "tb_next");
        }
        var parts = new List<PyObject>();
        foreach (var entry in entries) parts.Add(Ops.Modulo(Str("[%s|%s|%s]"), entry));
        var text = Call(Str(" "), "join", PyList.FromArray(parts.ToArray()));
        return PyTuple.Create(entries[^1], info[0], info[1], text);
    }

    public static void close_all(PyObject map = null, PyObject ignore_all = null)
    {
        map = Map(map);
        bool ignoreAll = ignore_all != null && True(ignore_all);
        foreach (var x in Ops.Enumerate(Call(map, "values")))
        {
            try { Call(x, "close"); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.OSError))
            {
                if (FirstArg(e) == EBADF) { }
                else if (!ignoreAll) throw;
            }
            catch (Exception e) when (!IsReraised(e))
            {
                if (!ignoreAll) throw;
            }
        }
        Call(map, "clear");
    }
}
