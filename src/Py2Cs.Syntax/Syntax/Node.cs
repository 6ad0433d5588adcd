using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    /// <summary>
    /// Base of every AST node. Nodes are immutable and mirror CPython 2.7's Python.asdl; Span covers the
    /// node's source text exactly.
    /// </summary>
    public abstract class Node
    {
        protected Node(TextSpan span)
        {
            Span = span;
        }

        public TextSpan Span { get; }

        public abstract T Accept<T>(PythonSyntaxVisitor<T> visitor);

        public override string ToString() => GetType().Name + Span;
    }

    /// <summary>A statement (ASDL's stmt).</summary>
    public abstract class Stmt : Node
    {
        protected Stmt(TextSpan span) : base(span) { }
    }

    /// <summary>An expression (ASDL's expr).</summary>
    public abstract class Expr : Node
    {
        protected Expr(TextSpan span) : base(span) { }
    }

    /// <summary>What goes between the brackets of a subscript (ASDL's slice).</summary>
    public abstract class SliceBase : Node
    {
        protected SliceBase(TextSpan span) : base(span) { }
    }
}
