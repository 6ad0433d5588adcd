using static Py2Cs.Runtime.Modules.SocketServerParts.PythonLevel;

namespace Py2Cs.Runtime.Modules.SocketServerParts;

/// <summary>BaseRequestHandler, StreamRequestHandler (rfile/wfile from makefile) and
/// DatagramRequestHandler (cStringIO files, the reply sent with sendto) as in 2.7.</summary>
static class RequestHandlerClasses
{
    public static PyType BaseRequestHandler() => Documented("BaseRequestHandler", Class("BaseRequestHandler")
        .Method("__init__", new[] { "self", "request", "client_address", "server" }, a =>
        {
            var self = a[0];
            Set(self, "request", a[1]);
            Set(self, "client_address", a[2]);
            Set(self, "server", a[3]);
            Call(self, "setup");
            try { Call(self, "handle"); }
            finally { Call(self, "finish"); }
            return None;
        })
        .Method("setup", new[] { "self" }, a => None)
        .Method("handle", new[] { "self" }, a => None)
        .Method("finish", new[] { "self" }, a => None)
        .Build());

    public static PyType StreamRequestHandler(PyType baseHandler) => Documented("StreamRequestHandler", Class("StreamRequestHandler", baseHandler)
        .Attribute("rbufsize", PyInt.From(-1))
        .Attribute("wbufsize", PyInt.From(0))
        .Attribute("timeout", None)
        .Attribute("disable_nagle_algorithm", PyBool.False)
        .Method("setup", new[] { "self" }, a =>
        {
            var self = a[0];
            var connection = Get(self, "request");
            Set(self, "connection", connection);
            var timeout = Get(self, "timeout");
            if (!(timeout is PyNone)) Call(connection, "settimeout", timeout);
            if (Ops.IsTrue(Get(self, "disable_nagle_algorithm")))
                Call(connection, "setsockopt", PyInt.From(6), PyInt.From(1), PyBool.True);
            Set(self, "rfile", Call(connection, "makefile", Str("rb"), Get(self, "rbufsize")));
            Set(self, "wfile", Call(connection, "makefile", Str("wb"), Get(self, "wbufsize")));
            return None;
        })
        .Method("finish", new[] { "self" }, a =>
        {
            var wfile = Get(a[0], "wfile");
            if (!Ops.IsTrue(Get(wfile, "closed")))
            {
                // A client that went away must not turn the end of the request into an error.
                try { Call(wfile, "flush"); }
                catch (PythonException e) when (e.Matches(Get(Module("socket"), "error"))) { }
            }
            Call(wfile, "close");
            Call(Get(a[0], "rfile"), "close");
            return None;
        })
        .Build());

    public static PyType DatagramRequestHandler(PyType baseHandler) => Documented("DatagramRequestHandler", Class("DatagramRequestHandler", baseHandler)
        .Method("setup", new[] { "self" }, a =>
        {
            var self = a[0];
            var pair = Ops.UnpackSequence(Get(self, "request"), 2);
            Set(self, "packet", pair[0]);
            Set(self, "socket", pair[1]);
            var stringIO = Get(Module("cStringIO"), "StringIO");
            Set(self, "rfile", Ops.Call(stringIO, pair[0]));
            Set(self, "wfile", Ops.Call(stringIO));
            return None;
        })
        .Method("finish", new[] { "self" }, a =>
        {
            Call(Get(a[0], "socket"), "sendto", Call(Get(a[0], "wfile"), "getvalue"), Get(a[0], "client_address"));
            return None;
        })
        .Build());
}
