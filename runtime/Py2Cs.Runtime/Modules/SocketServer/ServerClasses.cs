using System;
using static Py2Cs.Runtime.Modules.SocketServerParts.PythonLevel;

namespace Py2Cs.Runtime.Modules.SocketServerParts;

/// <summary>BaseServer, TCPServer, UDPServer and the Unix-domain servers, method for method as 2.7's
/// SocketServer.py defines them.</summary>
static class ServerClasses
{
    const string ShutdownRequest = "_BaseServer__shutdown_request";
    const string IsShutDown = "_BaseServer__is_shut_down";

    static readonly PyObject[] NoArgs = Array.Empty<PyObject>();

    public static PyType BaseServer() => Documented("BaseServer", Class("BaseServer")
        .Attribute("timeout", None)
        .Method("__init__", new[] { "self", "server_address", "RequestHandlerClass" }, a =>
        {
            Set(a[0], "server_address", a[1]);
            Set(a[0], "RequestHandlerClass", a[2]);
            Set(a[0], IsShutDown, Ops.Call(Get(Module("threading"), "Event")));
            Set(a[0], ShutdownRequest, PyBool.False);
            return None;
        })
        .Method("server_activate", new[] { "self" }, a => None)
        .Method("serve_forever", new[] { "self", "poll_interval" }, a =>
        {
            var self = a[0];
            Call(Get(self, IsShutDown), "clear");
            try
            {
                var selectFunction = Get(Module("select"), "select");
                while (!Ops.IsTrue(Get(self, ShutdownRequest)))
                {
                    var ready = EintrRetry(() => Ops.Call(selectFunction, new[] { PyList.Create(self), new PyList(), new PyList(), a[1] }));
                    if (Ops.Contains(Ops.GetItem(ready, PyInt.From(0)), self)) Call(self, "_handle_request_noblock");
                }
            }
            finally
            {
                Set(self, ShutdownRequest, PyBool.False);
                Call(Get(self, IsShutDown), "set");
            }
            return None;
        }, new PyObject[] { new PyFloat(0.5) })
        .Method("shutdown", new[] { "self" }, a =>
        {
            Set(a[0], ShutdownRequest, PyBool.True);
            Call(Get(a[0], IsShutDown), "wait");
            return None;
        })
        .Method("handle_request", new[] { "self" }, a =>
        {
            var self = a[0];
            var timeout = Call(Get(self, "socket"), "gettimeout");
            var own = Get(self, "timeout");
            if (timeout is PyNone) timeout = own;
            else if (!(own is PyNone)) timeout = Ops.Call(Get(Module("__builtin__"), "min"), timeout, own);
            var selectFunction = Get(Module("select"), "select");
            var fdSets = EintrRetry(() => Ops.Call(selectFunction, new[] { PyList.Create(self), new PyList(), new PyList(), timeout }));
            if (!Ops.IsTrue(Ops.GetItem(fdSets, PyInt.From(0)))) { Call(self, "handle_timeout"); return None; }
            Call(self, "_handle_request_noblock");
            return None;
        })
        .Method("_handle_request_noblock", new[] { "self" }, a =>
        {
            var self = a[0];
            PyObject request, clientAddress;
            try
            {
                var pair = Ops.UnpackSequence(Call(self, "get_request"), 2);
                request = pair[0]; clientAddress = pair[1];
            }
            catch (PythonException e) when (e.Matches(Get(Module("socket"), "error"))) { return None; }
            if (Ops.IsTrue(Call(self, "verify_request", request, clientAddress)))
            {
                try { Call(self, "process_request", request, clientAddress); }
                catch (Exception e)
                {
                    Caught(e);
                    Call(self, "handle_error", request, clientAddress);
                    Call(self, "shutdown_request", request);
                }
            }
            else Call(self, "shutdown_request", request);
            return None;
        })
        .Method("handle_timeout", new[] { "self" }, a => None)
        .Method("verify_request", new[] { "self", "request", "client_address" }, a => PyBool.True)
        .Method("process_request", new[] { "self", "request", "client_address" }, a =>
        {
            Call(a[0], "finish_request", a[1], a[2]);
            Call(a[0], "shutdown_request", a[1]);
            return None;
        })
        .Method("server_close", new[] { "self" }, a => None)
        .Method("finish_request", new[] { "self", "request", "client_address" }, a =>
        {
            Ops.Call(Get(a[0], "RequestHandlerClass"), a[1], a[2], a[0]);
            return None;
        })
        .Method("shutdown_request", new[] { "self", "request" }, a => { Call(a[0], "close_request", a[1]); return None; })
        .Method("close_request", new[] { "self", "request" }, a => None)
        .Method("handle_error", new[] { "self", "request", "client_address" }, a =>
        {
            // 2.7 prints the frame to stdout and the traceback (print_exc) to stderr.
            var rule = Str(new string('-', 40));
            Builtins.Print(null, rule);
            Builtins.PrintItem(null, Str("Exception happened during processing of request from"));
            Builtins.PrintItem(null, a[2]);
            Builtins.PrintNewline(null);
            Call(Module("traceback"), "print_exc");
            Builtins.Print(null, rule);
            return None;
        })
        .Build());

    public static PyType TCPServer(PyType baseServer) => Documented("TCPServer", Class("TCPServer", baseServer)
        .Attribute("address_family", PyInt.From(2))
        .Attribute("socket_type", PyInt.From(1))
        .Attribute("request_queue_size", PyInt.From(5))
        .Attribute("allow_reuse_address", PyBool.False)
        .Method("__init__", new[] { "self", "server_address", "RequestHandlerClass", "bind_and_activate" }, a =>
        {
            var self = a[0];
            Ops.Call(Get(baseServer, "__init__"), self, a[1], a[2]);
            Set(self, "socket", Ops.Call(Get(Module("socket"), "socket"), Get(self, "address_family"), Get(self, "socket_type")));
            if (Ops.IsTrue(a[3]))
            {
                try
                {
                    Call(self, "server_bind");
                    Call(self, "server_activate");
                }
                catch (Exception e)
                {
                    Caught(e);
                    Call(self, "server_close");
                    throw;
                }
            }
            return None;
        }, new PyObject[] { PyBool.True })
        .Method("server_bind", new[] { "self" }, a =>
        {
            var self = a[0]; var sock = Get(self, "socket");
            if (Ops.IsTrue(Get(self, "allow_reuse_address"))) Call(sock, "setsockopt", PyInt.From(1), PyInt.From(2), PyInt.From(1));
            Call(sock, "bind", Get(self, "server_address"));
            Set(self, "server_address", Call(sock, "getsockname"));
            return None;
        })
        .Method("server_activate", new[] { "self" }, a => { Call(Get(a[0], "socket"), "listen", Get(a[0], "request_queue_size")); return None; })
        .Method("server_close", new[] { "self" }, a => { Call(Get(a[0], "socket"), "close"); return None; })
        .Method("fileno", new[] { "self" }, a => Call(Get(a[0], "socket"), "fileno"))
        .Method("get_request", new[] { "self" }, a => Call(Get(a[0], "socket"), "accept"))
        .Method("shutdown_request", new[] { "self", "request" }, a =>
        {
            // explicitly shut down: close() merely releases the socket; ENOTCONN is possible here.
            try { Call(a[1], "shutdown", PyInt.From(1)); }
            catch (PythonException e) when (e.Matches(Get(Module("socket"), "error"))) { }
            Call(a[0], "close_request", a[1]);
            return None;
        })
        .Method("close_request", new[] { "self", "request" }, a => { Call(a[1], "close"); return None; })
        .Build());

    public static PyType UDPServer(PyType tcpServer) => Documented("UDPServer", Class("UDPServer", tcpServer)
        .Attribute("allow_reuse_address", PyBool.False)
        .Attribute("socket_type", PyInt.From(2))
        .Attribute("max_packet_size", PyInt.From(8192))
        .Method("get_request", new[] { "self" }, a =>
        {
            var sock = Get(a[0], "socket");
            var got = Call(sock, "recvfrom", Get(a[0], "max_packet_size"));
            return PyTuple.Create(PyTuple.Create(Ops.GetItem(got, PyInt.From(0)), sock), Ops.GetItem(got, PyInt.From(1)));
        })
        .Method("server_activate", new[] { "self" }, a => None)
        .Method("shutdown_request", new[] { "self", "request" }, a => { Call(a[0], "close_request", a[1]); return None; })
        .Method("close_request", new[] { "self", "request" }, a => None)
        .Build());

    public static PyType Unix(string name, PyType baseClass) => Class(name, baseClass)
        .Attribute("address_family", PyInt.From(1))
        .Build();

    /// <summary><c>class Name(MixIn, Server): pass</c></summary>
    public static PyType Combined(string name, PyType mixIn, PyType server) => Class(name, mixIn, server).Build();
}
