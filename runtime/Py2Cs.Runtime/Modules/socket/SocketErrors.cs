namespace Py2Cs.Runtime.Modules.Socket;

/// <summary>socket.error (an IOError subclass in 2.7), herror, gaierror and timeout, and the errno → exception step.</summary>
internal static class SocketErrors
{
    public static readonly PyType Error = Make("error", PyExceptionTypes.IOError);
    public static readonly PyType HError = Make("herror", Error);
    public static readonly PyType GaiError = Make("gaierror", Error);
    public static readonly PyType Timeout = Make("timeout", Error);

    static PyType Make(string name, PyType baseType)
    {
        var ns = new PyDict();
        ns.SetStr("__module__", PyStr.FromString("socket"));
        return (PyType)PyType.MakeClass(name, PyTuple.Create(baseType), ns);
    }

    /// <summary>socket.error(errno, strerror) as set_error() raises it: "[Errno 111] Connection refused".</summary>
    public static PythonException FromErrno(int errno) =>
        Ops.EnvironmentError(Error, errno, ErrnoTable.Message(errno));

    public static PythonException TimedOut() => Ops.Error(Timeout, PyStr.FromString("timed out"));
}
