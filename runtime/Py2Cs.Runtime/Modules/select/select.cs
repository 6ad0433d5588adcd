using System;
using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.Select;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>select</c> module of Python 2.7 on Linux: select() (implemented with poll(2), so descriptors
/// above FD_SETSIZE work too), poll objects and epoll objects. Any object with fileno() is accepted.
/// Waits release the GIL. select.error is its own exception class with (errno, strerror) args, as in 2.7.
/// </summary>
[PythonModule("select")]
public static unsafe class select
{
    public static readonly PyType error = MakeError();

    static PyType MakeError()
    {
        var ns = new PyDict();
        ns.SetStr("__module__", PyStr.FromString("select"));
        return (PyType)PyType.MakeClass("error", PyTuple.Create(PyExceptionTypes.Exception), ns);
    }

    public static void __init__(PyModule m)
    {
        foreach (var (name, value) in SelectConstants.All) m[name] = PyInt.From(value);
    }

    internal static PythonException Error(int errno) => Ops.Error(error, PyInt.From(errno), PyStr.FromString(ErrnoTable.Message(errno)));

    /// <summary>The descriptor of an int or an object with fileno() (select's own messages).</summary>
    internal static int Descriptor(PyObject o)
    {
        int fd;
        if (o is PyInt or PyLong) fd = Ops.ToInt32(o);
        else
        {
            var fileno = Ops.GetAttrOrNull(o, "fileno");
            if (fileno == null) throw Ops.TypeError("argument must be an int, or have a fileno() method");
            var r = Ops.Call(fileno);
            if (!(r is PyInt or PyLong)) throw Ops.TypeError("fileno() returned a non-integer");
            fd = Ops.ToInt32(r);
        }
        if (fd < 0) throw Ops.ValueError($"file descriptor cannot be a negative integer ({fd})");
        return fd;
    }


    [PythonName("select")]
    public static PyObject Select(PyObject rlist, PyObject wlist, PyObject xlist, PyObject timeout = null)
    {
        int ms = -1;
        if (timeout != null && !(timeout is PyNone))
        {
            double t;
            try { t = ((PyFloat)NumberTypes.FloatFromObject(timeout)).Value; }
            catch (PythonException) { throw Ops.TypeError("timeout must be a float or None"); }
            if (t < 0) throw Error(22);   // select(2) refuses a negative timeout with EINVAL
            ms = (int)Math.Ceiling(t * 1000);
        }
        var lists = new[] { Items(rlist), Items(wlist), Items(xlist) };
        var fds = new List<int>[3];
        for (int k = 0; k < 3; k++) { fds[k] = new List<int>(); foreach (var o in lists[k]) fds[k].Add(Descriptor(o)); }
        var all = new List<PollSyscall.PollFd>();
        var slot = new Dictionary<int, int>();
        short[] masks = { PollSyscall.POLLIN | PollSyscall.POLLHUP | PollSyscall.POLLERR, PollSyscall.POLLOUT | PollSyscall.POLLERR, PollSyscall.POLLPRI };
        for (int k = 0; k < 3; k++)
            foreach (var fd in fds[k])
            {
                if (!slot.TryGetValue(fd, out int i)) { slot[fd] = i = all.Count; all.Add(new PollSyscall.PollFd { Fd = fd }); }
                var p = all[i]; p.Events |= (short)(k == 0 ? PollSyscall.POLLIN : k == 1 ? PollSyscall.POLLOUT : PollSyscall.POLLPRI); all[i] = p;
            }
        var arr = all.ToArray();
        int r, err = 0;
        fixed (PollSyscall.PollFd* p = arr)
        {
            using (Gil.Blocking()) { r = PollSyscall.poll(p, (nuint)arr.Length, ms); if (r < 0) err = Libc.Errno; }
        }
        if (r < 0) throw Error(err);
        foreach (var p in arr) if ((p.Revents & PollSyscall.POLLNVAL) != 0) throw Error(9);
        var result = new PyObject[3];
        for (int k = 0; k < 3; k++)
        {
            var list = new PyList();
            for (int j = 0; j < lists[k].Count; j++)
                if ((arr[slot[fds[k][j]]].Revents & masks[k]) != 0) list.Append(lists[k][j]);
            result[k] = list;
        }
        return PyTuple.Create(result[0], result[1], result[2]);
    }

    static List<PyObject> Items(PyObject seq)
    {
        var items = new List<PyObject>();
        try { foreach (var o in Ops.Enumerate(seq)) items.Add(o); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError)) { throw Ops.TypeError("arguments 1-3 must be sequences"); }
        return items;
    }

    public static PyObject poll() => Ops.Call(PollType);

    public static readonly PyType epoll = EpollObject.Build();

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, Dictionary<int, short>> Registrations = new();

    static Dictionary<int, short> Reg(PyObject self) => Registrations.GetOrCreateValue(self);

    static readonly PyType PollType = new PythonClassBuilder("select", "poll", PyType.ObjectType)
        .Method("register", new[] { "self", "fd", "eventmask" }, a =>
        {
            Reg(a[0])[Descriptor(a[1])] = a[2] == null ? (short)(PollSyscall.POLLIN | PollSyscall.POLLPRI | PollSyscall.POLLOUT) : (short)Ops.ToInt32(a[2]);
            return PyNone.None;
        }, new PyObject[] { null })
        .Method("modify", new[] { "self", "fd", "eventmask" }, a =>
        {
            int fd = Descriptor(a[1]);
            if (!Reg(a[0]).ContainsKey(fd)) throw Ops.EnvironmentError(PyExceptionTypes.IOError, 2, ErrnoTable.Message(2));
            Reg(a[0])[fd] = (short)Ops.ToInt32(a[2]);
            return PyNone.None;
        })
        .Method("unregister", new[] { "self", "fd" }, a =>
        {
            int fd = Descriptor(a[1]);
            if (!Reg(a[0]).Remove(fd)) throw new PythonException(Ops.Call(PyExceptionTypes.KeyError, PyInt.From(fd)));
            return PyNone.None;
        })
        .Method("poll", new[] { "self", "timeout" }, a =>
        {
            int ms = -1;
            if (a[1] != null && !(a[1] is PyNone))
            {
                if (!(a[1] is PyInt or PyLong or PyFloat)) throw Ops.TypeError("timeout must be an integer or None");
                ms = (int)((PyFloat)NumberTypes.FloatFromObject(a[1])).Value;
            }
            var reg = Reg(a[0]);
            var arr = new PollSyscall.PollFd[reg.Count];
            int i = 0;
            foreach (var (fd, ev) in reg) arr[i++] = new PollSyscall.PollFd { Fd = fd, Events = ev };
            int r, err = 0;
            fixed (PollSyscall.PollFd* p = arr)
            {
                using (Gil.Blocking()) { r = PollSyscall.poll(p, (nuint)arr.Length, ms); if (r < 0) err = Libc.Errno; }
            }
            if (r < 0) throw Error(err);
            var list = new PyList();
            foreach (var p in arr) if (p.Revents != 0) list.Append(PyTuple.Create(PyInt.From(p.Fd), PyInt.From((ushort)p.Revents)));
            return list;
        }, new PyObject[] { PyNone.None })
        .Build();
}
