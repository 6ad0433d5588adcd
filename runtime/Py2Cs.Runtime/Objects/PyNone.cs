namespace Py2Cs.Runtime;

/// <summary>The <c>None</c> singleton.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("NoneType", () => PyType.ObjectType, t =>
        t.Constructor = (type, args, kw) => throw Ops.TypeError("cannot create 'NoneType' instances"));

    public static readonly PyNone None = new PyNone();
    static readonly PyStr Text = PyStr.FromString("None");

    PyNone() { }

    public override PyType Type => TypeObject;
    public override bool IsTrue() => false;
    public override PyStr Repr() => Text;

    /// <summary>CPython hashes None by address, which changes from run to run; any constant is as
    /// faithful. This one is a typical 2.7.18 value (address >> 4).</summary>
    public override long Hash() => 8747233296606;
}

/// <summary>The <c>NotImplemented</c> singleton (returned by Python-level binary methods).</summary>
public sealed class PyNotImplemented : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("NotImplementedType", () => PyType.ObjectType, null);
    public static readonly PyNotImplemented Value = new PyNotImplemented();
    PyNotImplemented() { }
    public override PyType Type => TypeObject;
    public override PyStr Repr() => PyStr.FromString("NotImplemented");
}

/// <summary>The <c>Ellipsis</c> singleton.</summary>
public sealed class PyEllipsis : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("ellipsis", () => PyType.ObjectType, null);
    public static readonly PyEllipsis Value = new PyEllipsis();
    PyEllipsis() { }
    public override PyType Type => TypeObject;
    public override PyStr Repr() => PyStr.FromString("Ellipsis");
}
