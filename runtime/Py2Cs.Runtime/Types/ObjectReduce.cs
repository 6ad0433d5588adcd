using System;

namespace Py2Cs.Runtime;

/// <summary>
/// object.__reduce_ex__ / object.__reduce__ (typeobject.c): protocol 2 builds
/// (copy_reg.__newobj__, (cls,) + __getnewargs__(), state, listitems, dictitems); protocols 0 and 1
/// use copy_reg._reduce_ex. copy and pickle reconstruct objects from these.
/// </summary>
internal static class ObjectReduce
{
    static readonly PyStr ReduceName = PyStr.Intern("__reduce__");
    static readonly PyStr GetNewArgsName = PyStr.Intern("__getnewargs__");
    static readonly PyStr GetStateName = PyStr.Intern("__getstate__");
    static readonly PyStr DictName = PyStr.Intern("__dict__");

    static PyObject CopyReg => Importer.ImportModule("copy_reg");

    public static PyObject ReduceEx(PyObject self, PyObject protocol)
    {
        long proto = protocol == null ? 0 : Ops.IndexToLongArg(protocol);
        // a __reduce__ overriding object's takes precedence
        var reduce = self.Type.Lookup(ReduceName);
        if (reduce != null && !ReferenceEquals(reduce, PyType.ObjectType.Dict.GetStr(ReduceName)))
            return Ops.CallMethod(self, ReduceName);
        return CommonReduce(self, proto);
    }

    public static PyObject CommonReduce(PyObject self, long proto) =>
        proto >= 2 ? Reduce2(self) : Ops.CallMethod(CopyReg, "_reduce_ex", self, PyInt.From(proto));

    static PyObject Reduce2(PyObject obj)
    {
        var cls = Ops.GetAttr(obj, "__class__");
        PyObject args = PyTuple.Empty;
        if (Ops.GetAttrOrNull(obj, GetNewArgsName) is { } getnewargs)
        {
            args = Ops.Call(getnewargs);
            if (args is not PyTuple) throw Ops.TypeError($"__getnewargs__ should return a tuple, not '{args.TypeName}'");
        }
        PyObject state;
        if (Ops.GetAttrOrNull(obj, GetStateName) is { } getstate) state = Ops.Call(getstate);
        else
        {
            state = Ops.GetAttrOrNull(obj, DictName) ?? PyNone.None;
            if (cls is PyType t && t.Slots is { Length: > 0 } names)
            {
                var slots = new PyDict();
                foreach (var name in names)
                    if (Ops.GetAttrOrNull(obj, PyStr.Intern(name)) is { } value) slots.SetItem(PyStr.Intern(name), value);
                if (slots.Len() > 0) state = PyTuple.Create(state, slots);
            }
        }
        PyObject listitems = obj is PyList ? Ops.Iter(obj) : PyNone.None;
        PyObject dictitems = obj is PyDict ? Ops.CallMethod(obj, "iteritems") : PyNone.None;
        var args2 = new PyObject[((PyTuple)args).Count + 1];
        args2[0] = cls;
        ((PyTuple)args).AsSpan().CopyTo(args2.AsSpan(1));
        return PyTuple.Create(Ops.GetAttr(CopyReg, "__newobj__"), PyTuple.Create(args2), state, listitems, dictitems);
    }
}
