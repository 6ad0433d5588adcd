using System;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.SocketServerParts;

/// <summary>
/// The few Python-level operations SocketServer's methods are made of: attribute get/set, method calls
/// through attribute look-up (so Python overrides run), module imports, and 2.7's `except:` entry
/// (records sys.exc_info so handle_error's traceback.print_exc() sees the exception).
/// </summary>
static class PythonLevel
{
    public static PyObject Get(PyObject o, string name) => Ops.GetAttr(o, name);
    public static void Set(PyObject o, string name, PyObject value) => Ops.SetAttr(o, name, value);
    public static PyObject Call(PyObject o, string method, params PyObject[] args) => Ops.CallMethod(o, method, args);
    public static PyObject Module(string name) => Importer.ImportModule(name);
    public static PyObject Str(string s) => PyStr.FromString(s);
    public static readonly PyObject None = PyNone.None;

    /// <summary>What a bare <c>except:</c> clause does on entry.</summary>
    public static PythonException Caught(Exception e)
    {
        var p = Ops.ToPython(e);
        Ops.SetExcInfo(p);
        return p;
    }

    /// <summary>A class statement of the module: the class and its methods carry 2.7's docstrings.</summary>
    public static PythonClassBuilder Class(string name, params PyObject[] bases)
    {
        var b = new PythonClassBuilder("SocketServer", name, bases);
        if (DocStrings.Members.TryGetValue(name, out var doc)) b.Attribute("__doc__", PyStr.FromString(doc));
        return b;
    }

    public static PyType Documented(string name, PyType type)
    {
        foreach (var key in Ops.Enumerate(type.Dict))
            if (type.Dict.GetItem(key) is PyFunction f && DocStrings.Members.TryGetValue(name + "." + key, out var doc))
                f.Doc = PyStr.FromString(doc);
        return type;
    }

    /// <summary>2.7's _eintr_retry: repeat a call interrupted by EINTR (OSError or select.error).</summary>
    public static PyObject EintrRetry(Func<PyObject> call)
    {
        while (true)
        {
            try { return call(); }
            catch (PythonException e) when (e.Matches(PyTuple.Create(PyExceptionTypes.OSError, Get(Module("select"), "error"))))
            {
                var args = Get(e.Value, "args");
                if (Ops.Len(args) == 0 || !Ops.Eq(Ops.GetItem(args, PyInt.From(0)), PyInt.From(4))) throw;
            }
        }
    }
}
