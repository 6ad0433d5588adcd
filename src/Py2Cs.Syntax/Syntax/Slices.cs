using System.Collections.Generic;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    // Subscript forms: simple index, slice, extended slice, Ellipsis.

    /// <summary>x[...].</summary>
    public sealed class Ellipsis : SliceBase
    {
        public Ellipsis(TextSpan span)
            : base(span)
        {
        }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitEllipsis(this);
    }

    /// <summary>x[LOWER:UPPER:STEP]; a present but empty step is Name("None"), as in CPython 2.7.</summary>
    public sealed class Slice : SliceBase
    {
        public Slice(Expr lower, Expr upper, Expr step, TextSpan span)
            : base(span)
        {
            Lower = lower;
            Upper = upper;
            Step = step;
        }

        public Expr Lower { get; }
        public Expr Upper { get; }
        public Expr Step { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitSlice(this);
    }

    /// <summary>x[a:b, c] (a tuple containing a slice or Ellipsis).</summary>
    public sealed class ExtSlice : SliceBase
    {
        public ExtSlice(IReadOnlyList<SliceBase> dims, TextSpan span)
            : base(span)
        {
            Dims = dims ?? System.Array.Empty<SliceBase>();
        }

        public IReadOnlyList<SliceBase> Dims { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitExtSlice(this);
    }

    /// <summary>x[VALUE].</summary>
    public sealed class Index : SliceBase
    {
        public Index(Expr value, TextSpan span)
            : base(span)
        {
            Value = value;
        }

        public Expr Value { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitIndex(this);
    }
}
