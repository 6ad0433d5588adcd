using System;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.AsyncoreParts;

/// <summary>
/// The Python-level operations asyncore and asynchat are written in: attribute access, method calls by
/// attribute look-up (overrides in Python subclasses run), errno names, and 2.7's
/// <c>except _reraised_exceptions: raise / except: obj.handle_error()</c> pattern.
/// </summary>
static class AsyncLevel
{
    public static PyObject Get(PyObject o, string name) => Ops.GetAttr(o, name);
    public static void Set(PyObject o, string name, PyObject value) => Ops.SetAttr(o, name, value);
    public static PyObject Call(PyObject o, string method, params PyObject[] args) => Ops.CallMethod(o, method, args);
    public static PyObject Module(string name) => Importer.ImportModule(name);
    public static PyObject Str(string s) => PyStr.FromString(s);
    public static PyObject Int(int i) => PyInt.From(i);
    public static readonly PyObject None = PyNone.None;
    public static bool True(PyObject o) => Ops.IsTrue(o);

    public const int EALREADY = 114, EINPROGRESS = 115, EWOULDBLOCK = 11, ECONNRESET = 104, EINVAL = 22, ENOTCONN = 107,
        ESHUTDOWN = 108, EINTR = 4, EISCONN = 106, EBADF = 9, ECONNABORTED = 103, EPIPE = 32, EAGAIN = 11;

    /// <summary>2.7's _DISCONNECTED.</summary>
    public static readonly int[] Disconnected = { ECONNRESET, ENOTCONN, ESHUTDOWN, ECONNABORTED, EPIPE, EBADF };

    public static PyObject SocketError => Get(Module("socket"), "error");

    /// <summary>e.args[0] as an int, or null when it is not one.</summary>
    public static int? FirstArg(PythonException e)
    {
        var args = Get(e.Value, "args");
        if (Ops.Len(args) == 0) return null;
        var first = Ops.GetItem(args, PyInt.From(0));
        return first is PyInt or PyLong ? Ops.ToInt32(first) : null;
    }

    public static bool IsDisconnect(PythonException e) => FirstArg(e) is int n && Array.IndexOf(Disconnected, n) >= 0;

    /// <summary>Whether a caught exception is one asyncore lets through (ExitNow, KeyboardInterrupt, SystemExit).</summary>
    public static bool IsReraised(Exception e) =>
        e is PythonException p && p.Matches(PyTuple.Create(asyncore.ExitNow, PyExceptionTypes.KeyboardInterrupt, PyExceptionTypes.SystemExit));

    /// <summary>Runs one handler; an exception other than the re-raised ones goes to obj.handle_error().</summary>
    public static void Guarded(PyObject obj, Action handler)
    {
        try { handler(); }
        catch (Exception e) when (!IsReraised(e))
        {
            Ops.SetExcInfo(Ops.ToPython(e));
            Call(obj, "handle_error");
        }
    }

    public static PythonClassBuilder Class(string module, string name, string doc, params PyObject[] bases)
    {
        var b = new PythonClassBuilder(module, name, bases);
        if (doc != null) b.Attribute("__doc__", PyStr.FromString(doc));
        return b;
    }
}
