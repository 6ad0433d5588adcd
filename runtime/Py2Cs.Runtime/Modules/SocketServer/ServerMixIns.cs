using System;
using static Py2Cs.Runtime.Modules.SocketServerParts.PythonLevel;

namespace Py2Cs.Runtime.Modules.SocketServerParts;

/// <summary>
/// ForkingMixIn and ThreadingMixIn as in 2.7. ForkingMixIn forks through <c>os.fork</c> (the runtime
/// re-executes a program mentioning fork so that children can run managed code: docs/os-modules.md); the
/// child handles the request and leaves with <c>os._exit</c>, the parent reaps children with waitpid.
/// </summary>
static class ServerMixIns
{
    static PyObject Os => Module("os");

    public static PyType ForkingMixIn() => Documented("ForkingMixIn", Class("ForkingMixIn")
        .Attribute("timeout", PyInt.From(300))
        .Attribute("active_children", None)
        .Attribute("max_children", PyInt.From(40))
        .Method("collect_children", new[] { "self" }, a =>
        {
            var self = a[0];
            var children = Get(self, "active_children");
            if (children is PyNone) return None;
            while (Ops.Len(children) >= Ops.ToInt32(Get(self, "max_children")))
            {
                try
                {
                    var pid = Ops.GetItem(Call(Os, "waitpid", PyInt.From(-1), PyInt.From(0)), PyInt.From(0));
                    Call(children, "discard", pid);
                }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.OSError))
                {
                    var errno = Get(e.Value, "errno");
                    if (Ops.Eq(errno, PyInt.From(10))) Call(children, "clear");
                    else if (!Ops.Eq(errno, PyInt.From(4))) break;
                }
            }
            foreach (var child in Ops.Enumerate(Call(children, "copy")))
            {
                try
                {
                    var pid = Ops.GetItem(Call(Os, "waitpid", child, Get(Os, "WNOHANG")), PyInt.From(0));
                    Call(children, "discard", pid);
                }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.OSError))
                {
                    if (Ops.Eq(Get(e.Value, "errno"), PyInt.From(10))) Call(children, "discard", child);
                }
            }
            return None;
        })
        .Method("handle_timeout", new[] { "self" }, a => { Call(a[0], "collect_children"); return None; })
        .Method("process_request", new[] { "self", "request", "client_address" }, a =>
        {
            var self = a[0];
            Call(self, "collect_children");
            var pid = Call(Os, "fork");
            if (Ops.IsTrue(pid))
            {
                if (Get(self, "active_children") is PyNone) Set(self, "active_children", Ops.Call(Get(Module("__builtin__"), "set")));
                Call(Get(self, "active_children"), "add", pid);
                Call(self, "close_request", a[1]);
                return None;
            }
            try
            {
                Call(self, "finish_request", a[1], a[2]);
                Call(self, "shutdown_request", a[1]);
                Call(Os, "_exit", PyInt.From(0));
            }
            catch (Exception e)
            {
                Caught(e);
                try
                {
                    Call(self, "handle_error", a[1], a[2]);
                    Call(self, "shutdown_request", a[1]);
                }
                finally { Call(Os, "_exit", PyInt.From(1)); }
            }
            return None;
        })
        .Build());

    public static PyType ThreadingMixIn() => Documented("ThreadingMixIn", Class("ThreadingMixIn")
        .Attribute("daemon_threads", PyBool.False)
        .Method("process_request_thread", new[] { "self", "request", "client_address" }, a =>
        {
            try
            {
                Call(a[0], "finish_request", a[1], a[2]);
                Call(a[0], "shutdown_request", a[1]);
            }
            catch (Exception e)
            {
                Caught(e);
                Call(a[0], "handle_error", a[1], a[2]);
                Call(a[0], "shutdown_request", a[1]);
            }
            return None;
        })
        .Method("process_request", new[] { "self", "request", "client_address" }, a =>
        {
            var thread = Ops.Call(Get(Module("threading"), "Thread"),
                new[] { Get(a[0], "process_request_thread"), PyTuple.Create(a[1], a[2]) },
                new[] { PyStr.FromString("target"), PyStr.FromString("args") });
            Set(thread, "daemon", Get(a[0], "daemon_threads"));
            Call(thread, "start");
            return None;
        })
        .Build());
}
