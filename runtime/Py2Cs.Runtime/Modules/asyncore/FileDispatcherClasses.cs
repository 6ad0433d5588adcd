using static Py2Cs.Runtime.Modules.AsyncoreParts.AsyncLevel;

namespace Py2Cs.Runtime.Modules.AsyncoreParts;

/// <summary>file_wrapper (just enough of a socket over a dup'ed descriptor) and file_dispatcher (pipes,
/// stdin/stdout in the loop, the descriptor switched to O_NONBLOCK), as 2.7 defines them on POSIX.</summary>
static class FileDispatcherClasses
{
    static PyObject Os => Module("os");

    public static PyType FileWrapper()
    {
        var type = Class("asyncore", "file_wrapper", null)
            .Method("__init__", new[] { "self", "fd" }, a => { Set(a[0], "fd", Call(Os, "dup", a[1])); return None; })
            .Method("recv", new[] { "self" }, a => Ops.Call(Get(Os, "read"), Prepend(Get(a[0], "fd"), a[1])), varArgs: "args")
            .Method("send", new[] { "self" }, a => Ops.Call(Get(Os, "write"), Prepend(Get(a[0], "fd"), a[1])), varArgs: "args")
            .Method("getsockopt", new[] { "self", "level", "optname", "buflen" }, a =>
            {
                if (Ops.Eq(a[1], Int(1)) && Ops.Eq(a[2], Int(4)) && !True(a[3])) return Int(0);
                throw new PythonException(Ops.Call(PyExceptionTypes.NotImplementedError, Str("Only asyncore specific behaviour implemented.")));
            }, new[] { None })
            .Method("close", new[] { "self" }, a => { Call(Os, "close", Get(a[0], "fd")); return None; })
            .Method("fileno", new[] { "self" }, a => Get(a[0], "fd"))
            .Build();
        // read = recv; write = send: the same function objects, as in the class statement
        type.Dict.SetStr("read", type.Dict.GetStr("recv"));
        type.Dict.SetStr("write", type.Dict.GetStr("send"));
        return type;
    }

    static PyObject[] Prepend(PyObject first, PyObject rest)
    {
        var items = new System.Collections.Generic.List<PyObject> { first };
        foreach (var o in Ops.Enumerate(rest)) items.Add(o);
        return items.ToArray();
    }

    public static PyType FileDispatcher(PyType dispatcher, PyType fileWrapper) => Class("asyncore", "file_dispatcher", null, dispatcher)
        .Method("__init__", new[] { "self", "fd", "map" }, a =>
        {
            var (self, fd) = (a[0], a[1]);
            Ops.Call(Get(dispatcher, "__init__"), self, None, a[2]);
            Set(self, "connected", PyBool.True);
            try { fd = Call(fd, "fileno"); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.AttributeError)) { }
            Call(self, "set_file", fd);
            // set it to non-blocking mode
            var fcntl = Module("fcntl");
            var flags = Call(fcntl, "fcntl", fd, Get(fcntl, "F_GETFL"), Int(0));
            flags = Ops.BitOr(flags, Get(Os, "O_NONBLOCK"));
            Call(fcntl, "fcntl", fd, Get(fcntl, "F_SETFL"), flags);
            return None;
        }, new[] { None })
        .Method("set_file", new[] { "self", "fd" }, a =>
        {
            Set(a[0], "socket", Ops.Call(Get(Module("asyncore"), "file_wrapper"), a[1]));
            Set(a[0], "_fileno", Call(Get(a[0], "socket"), "fileno"));
            Call(a[0], "add_channel");
            return None;
        })
        .Build();
}
