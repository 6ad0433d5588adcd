using System;

namespace Py2Cs.Runtime;

/// <summary><c>staticmethod(f)</c>.</summary>
public sealed class PyStaticMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("staticmethod", () => PyType.ObjectType, DescriptorTypes.PopulateStaticMethod);
    public PyObject Function { get; }
    public PyStaticMethod(PyObject function) { Function = function; }
    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override PyObject DescriptorGet(PyObject instance, PyType owner) => Function;
}

/// <summary><c>classmethod(f)</c>.</summary>
public sealed class PyClassMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("classmethod", () => PyType.ObjectType, DescriptorTypes.PopulateClassMethod);
    public PyObject Function { get; }
    public PyClassMethod(PyObject function) { Function = function; }
    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override PyObject DescriptorGet(PyObject instance, PyType owner) =>
        new PyMethod(Function, (PyObject)owner ?? instance.Type, ((PyObject)owner ?? instance.Type).Type);
}

/// <summary><c>property(fget, fset, fdel, doc)</c>.</summary>
public sealed class PyProperty : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("property", () => PyType.ObjectType, DescriptorTypes.PopulateProperty);
    public PyObject Getter, Setter, Deleter, Doc;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc)
    {
        Getter = fget is PyNone ? null : fget;
        Setter = fset is PyNone ? null : fset;
        Deleter = fdel is PyNone ? null : fdel;
        Doc = doc ?? (Getter != null ? Ops.GetAttrOrNull(Getter, PyStr.Intern("__doc__")) : null) ?? PyNone.None;
    }

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override bool IsDataDescriptor => true;

    public override PyObject DescriptorGet(PyObject instance, PyType owner)
    {
        if (instance == null) return this;
        if (Getter == null) throw Ops.AttributeError("unreadable attribute");
        return Ops.Call(Getter, instance);
    }

    public override void DescriptorSet(PyObject instance, PyObject value)
    {
        if (Setter == null) throw Ops.AttributeError("can't set attribute");
        Ops.Call(Setter, instance, value);
    }

    public override void DescriptorDelete(PyObject instance)
    {
        if (Deleter == null) throw Ops.AttributeError("can't delete attribute");
        Ops.Call(Deleter, instance);
    }
}

/// <summary>A <c>__slots__</c> member: stores the value in the instance's slot array.</summary>
public sealed class PySlotDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("member_descriptor", () => PyType.ObjectType, null);
    readonly PyType _owner;
    readonly string _name;
    readonly int _index;

    public PySlotDescriptor(PyType owner, string name, int index) { _owner = owner; _name = name; _index = index; }

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override bool IsDataDescriptor => true;

    PyObject[] SlotsOf(PyObject instance) =>
        (instance as PyInstance)?.SlotValues ?? throw Ops.TypeError($"descriptor '{_name}' for '{_owner.Name}' objects doesn't apply to '{instance.TypeName}' object");

    public override PyObject DescriptorGet(PyObject instance, PyType owner)
    {
        if (instance == null) return this;
        return SlotsOf(instance)[_index] ?? throw Ops.AttributeError(_name);
    }

    public override void DescriptorSet(PyObject instance, PyObject value) => SlotsOf(instance)[_index] = value;

    public override void DescriptorDelete(PyObject instance)
    {
        var slots = SlotsOf(instance);
        if (slots[_index] == null) throw Ops.AttributeError(_name);
        slots[_index] = null;
    }

    public override PyStr Repr() => PyStr.FromString($"<member '{_name}' of '{_owner.Name}' objects>");
}

/// <summary>A computed attribute of a built-in type (<c>f.__name__</c>, <c>e.args</c>, <c>c.real</c>).</summary>
public sealed class NativeProperty : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("getset_descriptor", () => PyType.ObjectType, null);
    readonly string _name;
    readonly PyType _owner;
    readonly Func<PyObject, PyObject> _get;
    readonly Action<PyObject, PyObject> _set;

    public NativeProperty(PyType owner, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject> set = null)
    {
        _owner = owner; _name = name; _get = get; _set = set;
    }

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override bool IsDataDescriptor => true;
    public override PyObject DescriptorGet(PyObject instance, PyType owner) => instance == null ? this : _get(instance);

    public override void DescriptorSet(PyObject instance, PyObject value)
    {
        if (_set == null)
            throw Ops.AttributeError(instance is PyInstance || instance is PyBaseException
                ? $"attribute '{_name}' of '{_owner.Name}' objects is not writable" : "readonly attribute");
        _set(instance, value);
    }

    public override void DescriptorDelete(PyObject instance) => DescriptorSet(instance, null);

    public override PyStr Repr() => PyStr.FromString($"<attribute '{_name}' of '{_owner.Name}' objects>");
}
