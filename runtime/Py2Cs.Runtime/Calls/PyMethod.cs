using System;

namespace Py2Cs.Runtime;

/// <summary>Python 2 <c>instancemethod</c>: a function bound to an instance, or unbound (checked to be
/// called with an instance of the class as first argument).</summary>
public sealed class PyMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("instancemethod", () => PyType.ObjectType, FunctionTypes.PopulateMethod);

    public PyObject Function { get; }
    /// <summary>im_self: the instance, or null when unbound.</summary>
    public PyObject Self { get; }
    /// <summary>im_class.</summary>
    public PyObject Class { get; }

    public PyMethod(PyObject function, PyObject self, PyObject cls)
    {
        Function = function;
        Self = self is PyNone ? null : self;
        Class = cls;
    }

    public override PyType Type => TypeObject;
    public override bool IsCallable => true;

    string FunctionName => Function is PyFunction f ? f.Name : Ops.StrValue(Ops.GetAttr(Function, PyStr.Intern("__name__")));

    void CheckUnbound(PyObject[] args, int argCount)
    {
        if (Class is not PyType cls) return;
        if (argCount > 0 && Ops.IsInstance(args[0], cls)) return;
        string got = argCount > 0 ? Ops.InstanceDescription(args[0]) + " instance" : "nothing";
        throw Ops.TypeError($"unbound method {FunctionName}() must be called with {cls.Name} instance as first argument (got {got} instead)");
    }

    public override PyObject Call()
    {
        if (Self != null) return Function.Call(Self);
        CheckUnbound(Array.Empty<PyObject>(), 0);
        return null;
    }

    public override PyObject Call(PyObject a)
    {
        if (Self != null) return Function.Call(Self, a);
        CheckUnbound(new[] { a }, 1);
        return Function.Call(a);
    }

    public override PyObject Call(PyObject a, PyObject b)
    {
        if (Self != null) return Function.Call(Self, a, b);
        CheckUnbound(new[] { a }, 1);
        return Function.Call(a, b);
    }

    public override PyObject Call(PyObject[] args, PyStr[] kwNames)
    {
        if (Self != null)
        {
            var full = new PyObject[args.Length + 1];
            full[0] = Self;
            Array.Copy(args, 0, full, 1, args.Length);
            return Function.Call(full, kwNames);
        }
        CheckUnbound(args, args.Length - (kwNames?.Length ?? 0));
        return Function.Call(args, kwNames);
    }

    public override PyObject GetAttributeOrNull(PyStr name)
    {
        var r = base.GetAttributeOrNull(name);
        return r ?? Ops.GetAttrOrNull(Function, name);
    }

    public override bool IsDescriptor => true;
    public override PyObject DescriptorGet(PyObject instance, PyType owner) =>
        Self != null ? this : new PyMethod(Function, instance, Class);

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is not PyMethod m || (op != CompareOperator.Equal && op != CompareOperator.NotEqual)) return null;
        bool eq = ReferenceEquals(Function, m.Function) && ReferenceEquals(Self, m.Self);
        return PyBool.From(op == CompareOperator.Equal ? eq : !eq);
    }

    public override long Hash() => Ops.IdentityHash(Function) ^ (Self == null ? 0 : Ops.Hash(Self));

    public override PyStr Repr()
    {
        string cls = Class is PyType t ? t.Name : "?";
        if (Self == null) return PyStr.FromString($"<unbound method {cls}.{FunctionName}>");
        return PyStr.FromString($"<bound method {cls}.{FunctionName} of {Ops.Repr(Self)}>");
    }
}
