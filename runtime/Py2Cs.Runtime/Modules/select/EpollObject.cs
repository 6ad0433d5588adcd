using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.Select;

/// <summary>
/// <c>select.epoll</c> over libc's epoll_create1/epoll_ctl/epoll_wait, with 2.7's selectmodule.c
/// arguments and messages: errors are IOError(errno), a closed object raises
/// "I/O operation on closed epoll fd", poll's timeout is in seconds (negative = wait for ever).
/// The descriptor is closed by close() or when the object is collected.
/// </summary>
internal static unsafe partial class EpollObject
{
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    struct EpollEvent { public uint Events; public ulong Data; }

    [LibraryImport("libc", SetLastError = true)] private static partial int epoll_create1(int flags);
    [LibraryImport("libc", SetLastError = true)] private static partial int epoll_ctl(int epfd, int op, int fd, EpollEvent* ev);
    [LibraryImport("libc", SetLastError = true)] private static partial int epoll_wait(int epfd, EpollEvent* events, int maxevents, int timeout);

    const int EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2, EPOLL_CTL_MOD = 3, EPOLL_CLOEXEC = 0x80000, FD_SETSIZE = 1024, EINTR = 4;

    sealed class Descriptor
    {
        public int Fd = -1;
        ~Descriptor() { if (Fd >= 0) Libc.close(Fd); }
    }

    static readonly ConditionalWeakTable<PyObject, Descriptor> States = new();

    static Descriptor State(PyObject self) => States.TryGetValue(self, out var d) ? d : throw Ops.ValueError("I/O operation on closed epoll fd");

    static int OpenFd(PyObject self)
    {
        int fd = State(self).Fd;
        return fd >= 0 ? fd : throw Ops.ValueError("I/O operation on closed epoll fd");
    }

    static PythonException IOError(int errno) => Ops.EnvironmentError(PyExceptionTypes.IOError, errno, ErrnoTable.Message(errno));

    static PyObject Function(string name, string[] parameters, Func<PyObject[], PyObject> body, PyObject[] defaults = null) =>
        PyFunction.WithBoundArguments(new FunctionSignature(name, parameters, null, null), body, defaults);

    public static PyType Build()
    {
        PyType type = null;
        type = new PythonClassBuilder("select", "epoll", PyType.ObjectType)
            .Attribute("__doc__", PyStr.FromString("select.epoll([sizehint=-1])\n\nReturns an epolling object\n\nsizehint must be a positive integer or -1 for the default size. The\nsizehint is used to optimize internal data structures. It doesn't limit\nthe maximum number of monitored events."))
            .Method("__init__", new[] { "self", "sizehint", "flags" }, a =>
            {
                int sizehint = Ops.ToInt32(a[1]);
                if (sizehint < -1 || sizehint == 0) throw Ops.ValueError("negative sizehint");
                int fd = epoll_create1(EPOLL_CLOEXEC);
                if (fd < 0) throw IOError(Libc.Errno);
                Attach(a[0], fd);
                return PyNone.None;
            }, new PyObject[] { PyInt.From(-1), PyInt.From(0) })
            .Method("close", new[] { "self" }, a =>
            {
                if (States.TryGetValue(a[0], out var d) && d.Fd >= 0)
                {
                    int r = Libc.close(d.Fd);
                    d.Fd = -1;
                    if (r < 0) throw IOError(Libc.Errno);
                }
                return PyNone.None;
            })
            .Method("fileno", new[] { "self" }, a => PyInt.From(OpenFd(a[0])))
            .Method("register", new[] { "self", "fd", "eventmask" }, a => Control(a[0], EPOLL_CTL_ADD, a[1], a[2]),
                new PyObject[] { PyInt.From(1 | 2 | 4) })
            .Method("modify", new[] { "self", "fd", "eventmask" }, a => Control(a[0], EPOLL_CTL_MOD, a[1], a[2]))
            .Method("unregister", new[] { "self", "fd" }, a => Control(a[0], EPOLL_CTL_DEL, a[1], null))
            .Method("poll", new[] { "self", "timeout", "maxevents" }, a => Poll(a[0], a[1], a[2]),
                new PyObject[] { new PyFloat(-1.0), PyInt.From(-1) })
            .Attribute("closed", new PyProperty(Function("closed", new[] { "self" },
                a => PyBool.From(!States.TryGetValue(a[0], out var d) || d.Fd < 0)), null, null,
                PyStr.FromString("True if the epoll handler is closed")))
            .Attribute("fromfd", new PyClassMethod(Function("fromfd", new[] { "cls", "fd" }, a =>
            {
                // fromfd(fd) -> epoll: wraps an existing epoll descriptor
                var obj = Ops.Call(a[0]);
                var d = State(obj);
                if (d.Fd >= 0) Libc.close(d.Fd);
                d.Fd = Ops.ToInt32(a[1]);
                return obj;
            })))
            .Build();
        return type;
    }

    static void Attach(PyObject self, int fd)
    {
        if (States.TryGetValue(self, out var old) && old.Fd >= 0) Libc.close(old.Fd);
        States.AddOrUpdate(self, new Descriptor { Fd = fd });
    }

    static PyObject Control(PyObject self, int op, PyObject fdObject, PyObject mask)
    {
        int epfd = OpenFd(self);
        int fd = select.Descriptor(fdObject);
        var ev = new EpollEvent { Events = mask == null ? 0u : unchecked((uint)Ops.IndexToLong(mask)), Data = (ulong)fd };
        int r = epoll_ctl(epfd, op, fd, &ev);
        if (r < 0) throw IOError(Libc.Errno);
        return PyNone.None;
    }

    static PyObject Poll(PyObject self, PyObject timeoutObject, PyObject maxeventsObject)
    {
        int epfd = OpenFd(self);
        double seconds = ((PyFloat)NumberTypes.FloatFromObject(timeoutObject)).Value;
        int timeout;
        if (seconds < 0) timeout = -1;
        else if (seconds * 1000.0 > int.MaxValue) throw Ops.OverflowError("timeout is too large");
        else timeout = (int)(seconds * 1000.0);
        int maxevents = Ops.ToInt32(maxeventsObject);
        if (maxevents == -1) maxevents = FD_SETSIZE - 1;
        else if (maxevents < 1) throw Ops.ValueError($"maxevents must be greater than 0, got {maxevents}");
        var events = new EpollEvent[maxevents];
        int n, err = 0;
        fixed (EpollEvent* p = events)
        {
            using (Gil.Blocking()) { n = epoll_wait(epfd, p, maxevents, timeout); if (n < 0) err = Libc.Errno; }
        }
        if (n < 0) throw IOError(err);
        var list = new PyList();
        for (int i = 0; i < n; i++) list.Append(PyTuple.Create(PyInt.From((int)events[i].Data), PyInt.From((long)events[i].Events)));
        return list;
    }
}
