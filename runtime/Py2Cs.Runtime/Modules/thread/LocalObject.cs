using System.Runtime.CompilerServices;
using System.Threading;

namespace Py2Cs.Runtime.Modules.Threading;

/// <summary>
/// thread._local (threading.local): an object whose attributes (its __dict__) are per thread. A Python
/// subclass's __init__ runs again, with the constructor's arguments, the first time each other thread
/// touches the object, as CPython's _threading_local does.
/// </summary>
public sealed class LocalObject : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("thread._local", () => PyType.ObjectType, Populate);

    static readonly PyStr InitName = PyStr.Intern("__init__");

    readonly PyType _type;
    readonly PyObject[] _args;
    readonly PyStr[] _kwNames;
    readonly ConditionalWeakTable<Thread, PyDict> _dicts = new();

    LocalObject(PyType type, PyObject[] args, PyStr[] kwNames)
    {
        _type = type;
        _args = args;
        _kwNames = kwNames;
        // The creating thread's dict exists from the start; type.__call__ runs __init__ for it.
        _dicts.Add(Thread.CurrentThread, new PyDict());
    }

    public override PyType Type => _type;

    public override PyDict InstanceDict
    {
        get
        {
            var me = Thread.CurrentThread;
            if (_dicts.TryGetValue(me, out var d)) return d;
            d = new PyDict();
            _dicts.Add(me, d);
            var init = _type.Lookup(InitName);
            if (init != null && !(init is NativeMethod nm && nm.IsObjectInit))
                Ops.CallWithSelf(init, this, _args, _kwNames);
            return d;
        }
    }

    static void Populate(PyType t)
    {
        t.Constructor = (type, args, kw) =>
        {
            if (args.Length > 0 && type.Lookup(InitName) is NativeMethod { IsObjectInit: true })
                throw Ops.TypeError("Initialization arguments are not supported");
            return new LocalObject(type, args, kw);
        };
    }
}
