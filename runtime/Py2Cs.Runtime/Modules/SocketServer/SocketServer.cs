using System;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.SocketServerParts;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>SocketServer</c> module of Python 2.7. Every class is an old-style Python class built like
/// 2.7's class statements (see <see cref="PythonClassBuilder"/>): programs subclass them and override any
/// method, and the servers' own calls (get_request, verify_request, process_request, finish_request,
/// shutdown_request, handle_error, setup/handle/finish...) go through attribute look-up on the instance,
/// so an override is always the one that runs. Private attributes use 2.7's mangled names
/// (<c>_BaseServer__shutdown_request</c>).
/// </summary>
[PythonModule("SocketServer")]
public static class SocketServer
{
    public static readonly PyObject __version__ = PyStr.FromString("0.4");

    public static readonly PyType BaseServer = ServerClasses.BaseServer();
    public static readonly PyType TCPServer = ServerClasses.TCPServer(BaseServer);
    public static readonly PyType UDPServer = ServerClasses.UDPServer(TCPServer);
    public static readonly PyType ForkingMixIn = ServerMixIns.ForkingMixIn();
    public static readonly PyType ThreadingMixIn = ServerMixIns.ThreadingMixIn();
    public static readonly PyType ForkingUDPServer = ServerClasses.Combined("ForkingUDPServer", ForkingMixIn, UDPServer);
    public static readonly PyType ForkingTCPServer = ServerClasses.Combined("ForkingTCPServer", ForkingMixIn, TCPServer);
    public static readonly PyType ThreadingUDPServer = ServerClasses.Combined("ThreadingUDPServer", ThreadingMixIn, UDPServer);
    public static readonly PyType ThreadingTCPServer = ServerClasses.Combined("ThreadingTCPServer", ThreadingMixIn, TCPServer);
    public static readonly PyType UnixStreamServer = ServerClasses.Unix("UnixStreamServer", TCPServer);
    public static readonly PyType UnixDatagramServer = ServerClasses.Unix("UnixDatagramServer", UDPServer);
    public static readonly PyType ThreadingUnixStreamServer = ServerClasses.Combined("ThreadingUnixStreamServer", ThreadingMixIn, UnixStreamServer);
    public static readonly PyType ThreadingUnixDatagramServer = ServerClasses.Combined("ThreadingUnixDatagramServer", ThreadingMixIn, UnixDatagramServer);
    public static readonly PyType BaseRequestHandler = RequestHandlerClasses.BaseRequestHandler();
    public static readonly PyType StreamRequestHandler = RequestHandlerClasses.StreamRequestHandler(BaseRequestHandler);
    public static readonly PyType DatagramRequestHandler = RequestHandlerClasses.DatagramRequestHandler(BaseRequestHandler);

    public static readonly PyObject __all__ = PyList.FromArray(new PyObject[]
    {
        S("TCPServer"), S("UDPServer"), S("ForkingUDPServer"), S("ForkingTCPServer"), S("ThreadingUDPServer"),
        S("ThreadingTCPServer"), S("BaseRequestHandler"), S("StreamRequestHandler"), S("DatagramRequestHandler"),
        S("ThreadingMixIn"), S("ForkingMixIn"), S("UnixStreamServer"), S("UnixDatagramServer"),
        S("ThreadingUnixStreamServer"), S("ThreadingUnixDatagramServer"),
    });

    public static void __init__(PyModule m)
    {
        m["__doc__"] = PyStr.FromString(DocStrings.Module);
    }

    static PyObject S(string s) => PyStr.FromString(s);
}
