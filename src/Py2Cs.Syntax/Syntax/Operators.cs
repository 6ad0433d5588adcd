namespace Py2Cs.Syntax
{
    /// <summary>Where an expression is used: read, assigned, deleted, augmented, or a parameter.</summary>
    public enum ExprContext
    {
        Load,
        Store,
        Del,
        AugLoad,
        AugStore,
        Param,
    }

    public enum BoolOperator
    {
        And,
        Or,
    }

    public enum BinaryOperator
    {
        Add,
        Sub,
        Mult,
        Div,
        Mod,
        Pow,
        LShift,
        RShift,
        BitOr,
        BitXor,
        BitAnd,
        FloorDiv,
    }

    public enum UnaryOperator
    {
        Invert,
        Not,
        UAdd,
        USub,
    }

    /// <summary>Comparison operators; <c>&lt;&gt;</c> and <c>!=</c> are both NotEq.</summary>
    public enum CompareOperator
    {
        Eq,
        NotEq,
        Lt,
        LtE,
        Gt,
        GtE,
        Is,
        IsNot,
        In,
        NotIn,
    }
}
