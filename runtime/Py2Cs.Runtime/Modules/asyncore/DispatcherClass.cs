using System;
using static Py2Cs.Runtime.Modules.AsyncoreParts.AsyncLevel;

namespace Py2Cs.Runtime.Modules.AsyncoreParts;

/// <summary>asyncore.dispatcher and dispatcher_with_send, method for method as 2.7 defines them.</summary>
static class DispatcherClass
{
    static PyObject Socket => Module("socket");

    public static PyType Build() => Class("asyncore", "dispatcher", null)
        .Attribute("debug", PyBool.False)
        .Attribute("connected", PyBool.False)
        .Attribute("accepting", PyBool.False)
        .Attribute("connecting", PyBool.False)
        .Attribute("closing", PyBool.False)
        .Attribute("addr", None)
        .Attribute("ignore_log_types", Ops.Call(Get(Module("__builtin__"), "frozenset"), PyList.Create(Str("warning"))))
        .Method("__init__", new[] { "self", "sock", "map" }, a =>
        {
            var (self, sock, map) = (a[0], a[1], a[2]);
            Set(self, "_map", map is PyNone ? Get(Module("asyncore"), "socket_map") : map);
            Set(self, "_fileno", None);
            if (True(sock))
            {
                // Set to nonblocking just to make sure for cases where we get a socket from a blocking source.
                Call(sock, "setblocking", Int(0));
                Call(self, "set_socket", sock, map);
                Set(self, "connected", PyBool.True);
                try { Set(self, "addr", Call(sock, "getpeername")); }
                catch (PythonException e) when (e.Matches(SocketError))
                {
                    if (FirstArg(e) is ENOTCONN or EINVAL) Set(self, "connected", PyBool.False);
                    else
                    {
                        // broken in some unknown way: keep it out of the map, then tell the caller
                        Call(self, "del_channel", map);
                        throw;
                    }
                }
            }
            else Set(self, "socket", None);
            return None;
        }, new[] { None, None })
        .Method("__repr__", new[] { "self" }, a => Repr(a[0]))
        .Method("__str__", new[] { "self" }, a => Repr(a[0]))
        .Method("add_channel", new[] { "self", "map" }, a =>
        {
            var map = a[1] is PyNone ? Get(a[0], "_map") : a[1];
            Ops.SetItem(map, Get(a[0], "_fileno"), a[0]);
            return None;
        }, new[] { None })
        .Method("del_channel", new[] { "self", "map" }, a =>
        {
            var fd = Get(a[0], "_fileno");
            var map = a[1] is PyNone ? Get(a[0], "_map") : a[1];
            if (Ops.Contains(map, fd)) Ops.DelItem(map, fd);
            Set(a[0], "_fileno", None);
            return None;
        }, new[] { None })
        .Method("create_socket", new[] { "self", "family", "type" }, a =>
        {
            Set(a[0], "family_and_type", PyTuple.Create(a[1], a[2]));
            var sock = Ops.Call(Get(Socket, "socket"), a[1], a[2]);
            Call(sock, "setblocking", Int(0));
            Call(a[0], "set_socket", sock);
            return None;
        })
        .Method("set_socket", new[] { "self", "sock", "map" }, a =>
        {
            Set(a[0], "socket", a[1]);
            Set(a[0], "_fileno", Call(a[1], "fileno"));
            Call(a[0], "add_channel", a[2]);
            return None;
        }, new[] { None })
        .Method("set_reuse_addr", new[] { "self" }, a =>
        {
            // try to re-use a server port if possible
            try
            {
                var sock = Get(a[0], "socket");
                var current = Call(sock, "getsockopt", Int(1), Int(2));
                Call(sock, "setsockopt", Int(1), Int(2), Ops.BitOr(current, Int(1)));
            }
            catch (PythonException e) when (e.Matches(SocketError)) { }
            return None;
        })
        .Method("readable", new[] { "self" }, a => PyBool.True)
        .Method("writable", new[] { "self" }, a => PyBool.True)
        .Method("listen", new[] { "self", "num" }, a =>
        {
            Set(a[0], "accepting", PyBool.True);
            return Call(Get(a[0], "socket"), "listen", a[1]);
        })
        .Method("bind", new[] { "self", "addr" }, a =>
        {
            Set(a[0], "addr", a[1]);
            return Call(Get(a[0], "socket"), "bind", a[1]);
        })
        .Method("connect", new[] { "self", "address" }, a =>
        {
            var self = a[0];
            Set(self, "connected", PyBool.False);
            Set(self, "connecting", PyBool.True);
            var errObject = Call(Get(self, "socket"), "connect_ex", a[1]);
            int err = Ops.ToInt32(errObject);
            if (err is EINPROGRESS or EALREADY or EWOULDBLOCK) { Set(self, "addr", a[1]); return None; }
            if (err is 0 or EISCONN)
            {
                Set(self, "addr", a[1]);
                Call(self, "handle_connect_event");
                return None;
            }
            throw new PythonException(Ops.Call(SocketError, errObject, Ops.GetItem(Get(Module("errno"), "errorcode"), errObject)));
        })
        .Method("accept", new[] { "self" }, a =>
        {
            // XXX can return either an address pair or None
            try
            {
                var pair = Ops.UnpackSequence(Call(Get(a[0], "socket"), "accept"), 2);
                return PyTuple.Create(pair[0], pair[1]);
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError)) { return None; }
            catch (PythonException e) when (e.Matches(SocketError))
            {
                if (FirstArg(e) is EWOULDBLOCK or ECONNABORTED or EAGAIN) return None;
                throw;
            }
        })
        .Method("send", new[] { "self", "data" }, a =>
        {
            try { return Call(Get(a[0], "socket"), "send", a[1]); }
            catch (PythonException e) when (e.Matches(SocketError))
            {
                if (FirstArg(e) == EWOULDBLOCK) return Int(0);
                if (IsDisconnect(e)) { Call(a[0], "handle_close"); return Int(0); }
                throw;
            }
        })
        .Method("recv", new[] { "self", "buffer_size" }, a =>
        {
            try
            {
                var data = Call(Get(a[0], "socket"), "recv", a[1]);
                if (True(data)) return data;
                // a closed connection is indicated by signaling a read condition, and having recv() return 0.
                Call(a[0], "handle_close");
                return Str("");
            }
            catch (PythonException e) when (e.Matches(SocketError))
            {
                if (!IsDisconnect(e)) throw;
                Call(a[0], "handle_close");
                return Str("");
            }
        })
        .Method("close", new[] { "self" }, a =>
        {
            var self = a[0];
            Set(self, "connected", PyBool.False);
            Set(self, "accepting", PyBool.False);
            Set(self, "connecting", PyBool.False);
            Call(self, "del_channel");
            try { Call(Get(self, "socket"), "close"); }
            catch (PythonException e) when (e.Matches(SocketError))
            {
                if (FirstArg(e) is not (ENOTCONN or EBADF)) throw;
            }
            return None;
        })
        .Method("__getattr__", new[] { "self", "attr" }, a =>
        {
            // cheap inheritance: other attribute references go to the underlying socket object (deprecated)
            var className = Get(Get(a[0], "__class__"), "__name__");
            PyObject value;
            try { value = Ops.GetAttr(Get(a[0], "socket"), (PyStr)a[1]); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.AttributeError))
            {
                throw new PythonException(Ops.Call(PyExceptionTypes.AttributeError,
                    Ops.Modulo(Str("%s instance has no attribute '%s'"), PyTuple.Create(className, a[1]))));
            }
            var message = Ops.Modulo(Str("%s.%s is deprecated. Use %s.socket.%s instead."), PyTuple.Create(className, a[1], className, a[1]));
            Ops.Call(Get(Module("warnings"), "warn"), new[] { message, PyExceptionTypes.DeprecationWarning, Int(2) },
                new[] { PyStr.FromString("stacklevel") });
            return value;
        })
        .Method("log", new[] { "self", "message" }, a =>
        {
            Call(Get(Module("sys"), "stderr"), "write", Ops.Modulo(Str("log: %s\n"), PyTuple.Create(Ops.Str(a[1]))));
            return None;
        })
        .Method("log_info", new[] { "self", "message", "type" }, a =>
        {
            if (!Ops.Contains(Get(a[0], "ignore_log_types"), a[2]))
                Builtins.Print(null, Ops.Modulo(Str("%s: %s"), PyTuple.Create(a[2], a[1])));
            return None;
        }, new[] { Str("info") })
        .Method("handle_read_event", new[] { "self" }, a =>
        {
            var self = a[0];
            // accepting sockets are never connected, they "spawn" new sockets that are connected
            if (True(Get(self, "accepting"))) Call(self, "handle_accept");
            else if (!True(Get(self, "connected")))
            {
                if (True(Get(self, "connecting"))) Call(self, "handle_connect_event");
                Call(self, "handle_read");
            }
            else Call(self, "handle_read");
            return None;
        })
        .Method("handle_connect_event", new[] { "self" }, a =>
        {
            var err = Call(Get(a[0], "socket"), "getsockopt", Int(1), Int(4));
            if (!Ops.Eq(err, Int(0))) throw new PythonException(Ops.Call(SocketError, err, asyncore._strerror(err)));
            Call(a[0], "handle_connect");
            Set(a[0], "connected", PyBool.True);
            Set(a[0], "connecting", PyBool.False);
            return None;
        })
        .Method("handle_write_event", new[] { "self" }, a =>
        {
            var self = a[0];
            // Accepting sockets shouldn't get a write event; pretend it didn't happen.
            if (True(Get(self, "accepting"))) return None;
            if (!True(Get(self, "connected")) && True(Get(self, "connecting"))) Call(self, "handle_connect_event");
            Call(self, "handle_write");
            return None;
        })
        .Method("handle_expt_event", new[] { "self" }, a =>
        {
            // an error condition first (select reports exceptional conditions), else OOB data
            var err = Call(Get(a[0], "socket"), "getsockopt", Int(1), Int(4));
            if (!Ops.Eq(err, Int(0))) Call(a[0], "handle_close");
            else Call(a[0], "handle_expt");
            return None;
        })
        .Method("handle_error", new[] { "self" }, a =>
        {
            var info = Ops.UnpackSequence(asyncore.compact_traceback(), 4);
            PyObject selfRepr;
            // sometimes a user repr method will crash.
            try { selfRepr = Ops.Repr(a[0]); }
            catch (Exception e) when (!IsReraised(e))
            {
                selfRepr = Ops.Modulo(Str("<__repr__(self) failed for object at %0x>"), Ops.Call(Get(Module("__builtin__"), "id"), a[0]));
            }
            Call(a[0], "log_info", Ops.Modulo(Str("uncaptured python exception, closing channel %s (%s:%s %s)"),
                PyTuple.Create(selfRepr, info[1], info[2], info[3])), Str("error"));
            Call(a[0], "handle_close");
            return None;
        })
        .Method("handle_expt", new[] { "self" }, a => Warn(a[0], "unhandled incoming priority event"))
        .Method("handle_read", new[] { "self" }, a => Warn(a[0], "unhandled read event"))
        .Method("handle_write", new[] { "self" }, a => Warn(a[0], "unhandled write event"))
        .Method("handle_connect", new[] { "self" }, a => Warn(a[0], "unhandled connect event"))
        .Method("handle_accept", new[] { "self" }, a => Warn(a[0], "unhandled accept event"))
        .Method("handle_close", new[] { "self" }, a =>
        {
            Warn(a[0], "unhandled close event");
            Call(a[0], "close");
            return None;
        })
        .Build();

    static PyObject Warn(PyObject self, string message)
    {
        Call(self, "log_info", Str(message), Str("warning"));
        return None;
    }

    static PyObject Repr(PyObject self)
    {
        var cls = Get(self, "__class__");
        var status = new PyList();
        status.Append(Ops.Add(Ops.Add(Get(cls, "__module__"), Str(".")), Get(cls, "__name__")));
        var addr = Get(self, "addr");
        if (True(Get(self, "accepting")) && True(addr)) status.Append(Str("listening"));
        else if (True(Get(self, "connected"))) status.Append(Str("connected"));
        if (!(addr is PyNone))
        {
            try { status.Append(Ops.Modulo(Str("%s:%d"), addr)); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError)) { status.Append(Ops.Repr(addr)); }
        }
        return Ops.Modulo(Str("<%s at %#x>"), PyTuple.Create(Call(Str(" "), "join", status), Ops.Call(Get(Module("__builtin__"), "id"), self)));
    }

    public static PyType BuildWithSend(PyType dispatcher) => Class("asyncore", "dispatcher_with_send", null, dispatcher)
        .Method("__init__", new[] { "self", "sock", "map" }, a =>
        {
            Ops.Call(Get(dispatcher, "__init__"), a[0], a[1], a[2]);
            Set(a[0], "out_buffer", Str(""));
            return None;
        }, new[] { None, None })
        .Method("initiate_send", new[] { "self" }, a =>
        {
            var buffer = Get(a[0], "out_buffer");
            var sent = Ops.Call(Get(dispatcher, "send"), a[0], Ops.GetSlice(buffer, null, Int(512)));
            Set(a[0], "out_buffer", Ops.GetSlice(Get(a[0], "out_buffer"), sent, null));
            return None;
        })
        .Method("handle_write", new[] { "self" }, a => { Call(a[0], "initiate_send"); return None; })
        .Method("writable", new[] { "self" }, a =>
            !True(Get(a[0], "connected")) ? PyBool.True : PyInt.From(Ops.Len(Get(a[0], "out_buffer"))))
        .Method("send", new[] { "self", "data" }, a =>
        {
            if (True(Get(a[0], "debug"))) Call(a[0], "log_info", Ops.Modulo(Str("sending %s"), PyTuple.Create(Ops.Repr(a[1]))));
            Set(a[0], "out_buffer", Ops.Add(Get(a[0], "out_buffer"), a[1]));
            Call(a[0], "initiate_send");
            return None;
        })
        .Build();
}
