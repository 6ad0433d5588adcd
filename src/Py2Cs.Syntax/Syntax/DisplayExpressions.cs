using System.Collections.Generic;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    // Displays: list, tuple, dict and set literals.

    /// <summary>{K: V, ...}.</summary>
    public sealed class Dict : Expr
    {
        public Dict(IReadOnlyList<Expr> keys, IReadOnlyList<Expr> values, TextSpan span)
            : base(span)
        {
            Keys = keys ?? System.Array.Empty<Expr>();
            Values = values ?? System.Array.Empty<Expr>();
        }

        public IReadOnlyList<Expr> Keys { get; }
        public IReadOnlyList<Expr> Values { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitDict(this);
    }

    /// <summary>{a, b}.</summary>
    public sealed class Set : Expr
    {
        public Set(IReadOnlyList<Expr> elts, TextSpan span)
            : base(span)
        {
            Elts = elts ?? System.Array.Empty<Expr>();
        }

        public IReadOnlyList<Expr> Elts { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitSet(this);
    }

    /// <summary>[a, b] (also an assignment target).</summary>
    public sealed class List : Expr
    {
        public List(IReadOnlyList<Expr> elts, ExprContext ctx, TextSpan span)
            : base(span)
        {
            Elts = elts ?? System.Array.Empty<Expr>();
            Ctx = ctx;
        }

        public IReadOnlyList<Expr> Elts { get; }
        public ExprContext Ctx { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitList(this);
    }

    /// <summary>a, b or (a, b) (ASDL's Tuple; renamed because System.Tuple exists).</summary>
    public sealed class TupleExpr : Expr
    {
        public TupleExpr(IReadOnlyList<Expr> elts, ExprContext ctx, TextSpan span)
            : base(span)
        {
            Elts = elts ?? System.Array.Empty<Expr>();
            Ctx = ctx;
        }

        public IReadOnlyList<Expr> Elts { get; }
        public ExprContext Ctx { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitTupleExpr(this);
    }
}
