namespace Py2Cs.Runtime;

/// <summary>The binary arithmetic and bitwise operators. <c>Divide</c> is Python 2's classic `/`;
/// <c>TrueDivide</c> is `/` under <c>from __future__ import division</c>.</summary>
public enum BinaryOperator
{
    Add, Subtract, Multiply, Divide, TrueDivide, FloorDivide, Modulo, Power,
    LeftShift, RightShift, And, Or, Xor,
}

/// <summary>The six rich comparisons, numbered as CPython's Py_LT..Py_GE.</summary>
public enum CompareOperator
{
    Less = 0, LessEqual = 1, Equal = 2, NotEqual = 3, Greater = 4, GreaterEqual = 5,
}

public static class OperatorNames
{
    static readonly string[] Symbols = { "+", "-", "*", "/", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^" };
    static readonly string[] InPlaceSymbols = { "+=", "-=", "*=", "/=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=" };
    static readonly string[] Dunder = { "__add__", "__sub__", "__mul__", "__div__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__" };
    static readonly string[] ReflectedDunder = { "__radd__", "__rsub__", "__rmul__", "__rdiv__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__" };
    static readonly string[] InPlaceDunder = { "__iadd__", "__isub__", "__imul__", "__idiv__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__" };
    static readonly string[] CompareDunder = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
    static readonly string[] CompareSymbols = { "<", "<=", "==", "!=", ">", ">=" };

    public static string Symbol(BinaryOperator op) => Symbols[(int)op];
    public static string InPlaceSymbol(BinaryOperator op) => InPlaceSymbols[(int)op];
    public static PyStr Method(BinaryOperator op) => PyStr.Intern(Dunder[(int)op]);
    public static PyStr ReflectedMethod(BinaryOperator op) => PyStr.Intern(ReflectedDunder[(int)op]);
    public static PyStr InPlaceMethod(BinaryOperator op) => PyStr.Intern(InPlaceDunder[(int)op]);
    public static PyStr Method(CompareOperator op) => PyStr.Intern(CompareDunder[(int)op]);
    public static string Symbol(CompareOperator op) => CompareSymbols[(int)op];

    /// <summary>The operator to try on the right operand: a &lt; b becomes b &gt; a.</summary>
    public static CompareOperator Swapped(CompareOperator op) => op switch
    {
        CompareOperator.Less => CompareOperator.Greater,
        CompareOperator.LessEqual => CompareOperator.GreaterEqual,
        CompareOperator.Greater => CompareOperator.Less,
        CompareOperator.GreaterEqual => CompareOperator.LessEqual,
        _ => op,
    };
}
