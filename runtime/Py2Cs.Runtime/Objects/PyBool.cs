namespace Py2Cs.Runtime;

/// <summary>Python <c>bool</c>: a subclass of int with the two singletons True and False.</summary>
public sealed class PyBool : PyInt
{
    public static new readonly PyType TypeObject = PyType.Builtin("bool", () => PyInt.TypeObject, NumberTypes.PopulateBool);

    public static readonly PyBool True = new PyBool(1);
    public static readonly PyBool False = new PyBool(0);

    static readonly PyStr TrueText = PyStr.FromString("True"), FalseText = PyStr.FromString("False");

    PyBool(long v) : base(v) { }

    public static PyBool From(bool b) => b ? True : False;

    public override PyType Type => TypeObject;
    public override PyStr Repr() => Value != 0 ? TrueText : FalseText;

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        // bool & bool, bool | bool, bool ^ bool stay bool.
        if (other is PyBool b)
        {
            if (op == BinaryOperator.And) return From((Value & b.Value) != 0);
            if (op == BinaryOperator.Or) return From((Value | b.Value) != 0);
            if (op == BinaryOperator.Xor) return From((Value ^ b.Value) != 0);
        }
        return base.BinaryOp(op, other);
    }
}
