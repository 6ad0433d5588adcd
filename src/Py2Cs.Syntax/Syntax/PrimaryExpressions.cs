using System.Collections.Generic;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    // Primaries: names, attribute references, subscriptions and calls.

    /// <summary>An identifier (None, True and False are Names in Python 2).</summary>
    public sealed class Name : Expr
    {
        public Name(string id, ExprContext ctx, TextSpan span)
            : base(span)
        {
            Id = id;
            Ctx = ctx;
        }

        public string Id { get; }
        public ExprContext Ctx { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitName(this);
    }

    /// <summary>VALUE.ATTR (ASDL's Attribute; renamed because System.Attribute exists).</summary>
    public sealed class AttributeExpr : Expr
    {
        public AttributeExpr(Expr value, string attr, ExprContext ctx, TextSpan span)
            : base(span)
        {
            Value = value;
            Attr = attr;
            Ctx = ctx;
        }

        public Expr Value { get; }
        public string Attr { get; }
        public ExprContext Ctx { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitAttributeExpr(this);
    }

    /// <summary>VALUE[SLICE].</summary>
    public sealed class Subscript : Expr
    {
        public Subscript(Expr value, SliceBase slice, ExprContext ctx, TextSpan span)
            : base(span)
        {
            Value = value;
            Slice = slice;
            Ctx = ctx;
        }

        public Expr Value { get; }
        public SliceBase Slice { get; }
        public ExprContext Ctx { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitSubscript(this);
    }

    /// <summary>FUNC(ARGS, KEYWORDS, *STARARGS, **KWARGS).</summary>
    public sealed class Call : Expr
    {
        public Call(Expr func, IReadOnlyList<Expr> args, IReadOnlyList<Keyword> keywords, Expr starargs, Expr kwargs, TextSpan span)
            : base(span)
        {
            Func = func;
            Args = args ?? System.Array.Empty<Expr>();
            Keywords = keywords ?? System.Array.Empty<Keyword>();
            Starargs = starargs;
            Kwargs = kwargs;
        }

        public Expr Func { get; }
        public IReadOnlyList<Expr> Args { get; }
        public IReadOnlyList<Keyword> Keywords { get; }
        public Expr Starargs { get; }
        public Expr Kwargs { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitCall(this);
    }
}
