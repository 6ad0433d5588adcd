using Py2Cs.Runtime.Modules.AsynchatParts;
using static Py2Cs.Runtime.Modules.AsyncoreParts.AsyncLevel;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>asynchat</c> module of Python 2.7: async_chat (terminator-driven input over asyncore, output
/// through a deque of strings and producers), simple_producer, fifo and find_prefix_at_end. The classes
/// are old-style Python classes whose methods call each other through attribute look-up.
/// </summary>
[PythonModule("asynchat")]
public static class asynchat
{
    public static readonly PyType async_chat = AsyncChatClass.Build();
    public static readonly PyType simple_producer = ProducerClasses.SimpleProducer();
    public static readonly PyType fifo = ProducerClasses.Fifo();

    public static void __init__(PyModule m)
    {
        m["__doc__"] = PyStr.FromString(DocStrings.Module);
        foreach (var name in new[] { "asyncore", "errno", "socket" }) m[name] = Module(name);
        m["deque"] = Get(Module("collections"), "deque");
        m["py3kwarning"] = Get(Module("sys"), "py3kwarning");
        m["filterwarnings"] = Get(Module("warnings"), "filterwarnings");
        m["catch_warnings"] = Get(Module("warnings"), "catch_warnings");
        m["_BLOCKING_IO_ERRORS"] = PyTuple.Create(Int(EAGAIN), Int(EALREADY), Int(EINPROGRESS), Int(EWOULDBLOCK));
    }

    /// <summary>How many characters at the end of haystack are a prefix of needle (an exact match
    /// having been ruled out): find_prefix_at_end("qwerty\r", "\r\n") == 1.</summary>
    public static PyObject find_prefix_at_end(PyObject haystack, PyObject needle)
    {
        int l = Ops.Len(needle) - 1;
        while (l != 0 && !True(Call(haystack, "endswith", Ops.GetSlice(needle, null, Int(l))))) l--;
        return Int(l);
    }
}
