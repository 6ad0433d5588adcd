using System.Collections.Generic;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    // Comprehensions and generator expressions.

    /// <summary>[ELT for ... if ...].</summary>
    public sealed class ListComp : Expr
    {
        public ListComp(Expr elt, IReadOnlyList<Comprehension> generators, TextSpan span)
            : base(span)
        {
            Elt = elt;
            Generators = generators ?? System.Array.Empty<Comprehension>();
        }

        public Expr Elt { get; }
        public IReadOnlyList<Comprehension> Generators { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitListComp(this);
    }

    /// <summary>{ELT for ...}.</summary>
    public sealed class SetComp : Expr
    {
        public SetComp(Expr elt, IReadOnlyList<Comprehension> generators, TextSpan span)
            : base(span)
        {
            Elt = elt;
            Generators = generators ?? System.Array.Empty<Comprehension>();
        }

        public Expr Elt { get; }
        public IReadOnlyList<Comprehension> Generators { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitSetComp(this);
    }

    /// <summary>{KEY: VALUE for ...}.</summary>
    public sealed class DictComp : Expr
    {
        public DictComp(Expr key, Expr value, IReadOnlyList<Comprehension> generators, TextSpan span)
            : base(span)
        {
            Key = key;
            Value = value;
            Generators = generators ?? System.Array.Empty<Comprehension>();
        }

        public Expr Key { get; }
        public Expr Value { get; }
        public IReadOnlyList<Comprehension> Generators { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitDictComp(this);
    }

    /// <summary>(ELT for ...).</summary>
    public sealed class GeneratorExp : Expr
    {
        public GeneratorExp(Expr elt, IReadOnlyList<Comprehension> generators, TextSpan span)
            : base(span)
        {
            Elt = elt;
            Generators = generators ?? System.Array.Empty<Comprehension>();
        }

        public Expr Elt { get; }
        public IReadOnlyList<Comprehension> Generators { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitGeneratorExp(this);
    }

    /// <summary>One "for TARGET in ITER if IFS" clause.</summary>
    public sealed class Comprehension : Node
    {
        public Comprehension(Expr target, Expr iter, IReadOnlyList<Expr> ifs, TextSpan span)
            : base(span)
        {
            Target = target;
            Iter = iter;
            Ifs = ifs ?? System.Array.Empty<Expr>();
        }

        public Expr Target { get; }
        public Expr Iter { get; }
        public IReadOnlyList<Expr> Ifs { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitComprehension(this);
    }
}
