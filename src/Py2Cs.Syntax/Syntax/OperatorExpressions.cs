using System.Collections.Generic;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    // Operator expressions: boolean, binary, unary, comparison, conditional, lambda.

    /// <summary>a and b and c: one node with all operands.</summary>
    public sealed class BoolOp : Expr
    {
        public BoolOp(BoolOperator op, IReadOnlyList<Expr> values, TextSpan span)
            : base(span)
        {
            Op = op;
            Values = values ?? System.Array.Empty<Expr>();
        }

        public BoolOperator Op { get; }
        public IReadOnlyList<Expr> Values { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitBoolOp(this);
    }

    /// <summary>LEFT op RIGHT.</summary>
    public sealed class BinOp : Expr
    {
        public BinOp(Expr left, BinaryOperator op, Expr right, TextSpan span)
            : base(span)
        {
            Left = left;
            Op = op;
            Right = right;
        }

        public Expr Left { get; }
        public BinaryOperator Op { get; }
        public Expr Right { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitBinOp(this);
    }

    /// <summary>op OPERAND (a minus on a number literal is folded into the literal, as CPython 2.7 does).</summary>
    public sealed class UnaryOp : Expr
    {
        public UnaryOp(UnaryOperator op, Expr operand, TextSpan span)
            : base(span)
        {
            Op = op;
            Operand = operand;
        }

        public UnaryOperator Op { get; }
        public Expr Operand { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitUnaryOp(this);
    }

    /// <summary>Chained comparison LEFT op1 C1 op2 C2 ...</summary>
    public sealed class Compare : Expr
    {
        public Compare(Expr left, IReadOnlyList<CompareOperator> ops, IReadOnlyList<Expr> comparators, TextSpan span)
            : base(span)
        {
            Left = left;
            Ops = ops;
            Comparators = comparators ?? System.Array.Empty<Expr>();
        }

        public Expr Left { get; }
        public IReadOnlyList<CompareOperator> Ops { get; }
        public IReadOnlyList<Expr> Comparators { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitCompare(this);
    }

    /// <summary>BODY if TEST else ORELSE.</summary>
    public sealed class IfExp : Expr
    {
        public IfExp(Expr test, Expr body, Expr orelse, TextSpan span)
            : base(span)
        {
            Test = test;
            Body = body;
            Orelse = orelse;
        }

        public Expr Test { get; }
        public Expr Body { get; }
        public Expr Orelse { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitIfExp(this);
    }

    /// <summary>lambda ARGS: BODY.</summary>
    public sealed class Lambda : Expr
    {
        public Lambda(Arguments args, Expr body, TextSpan span)
            : base(span)
        {
            Args = args;
            Body = body;
        }

        public Arguments Args { get; }
        public Expr Body { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitLambda(this);
    }

    /// <summary>yield [VALUE] (as a statement it is wrapped in ExprStmt).</summary>
    public sealed class Yield : Expr
    {
        public Yield(Expr value, TextSpan span)
            : base(span)
        {
            Value = value;
        }

        public Expr Value { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitYield(this);
    }

    /// <summary>`VALUE`.</summary>
    public sealed class Repr : Expr
    {
        public Repr(Expr value, TextSpan span)
            : base(span)
        {
            Value = value;
        }

        public Expr Value { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitRepr(this);
    }
}
