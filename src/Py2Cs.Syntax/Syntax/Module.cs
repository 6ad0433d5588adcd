using System.Collections.Generic;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    /// <summary>A whole source file: its statements, its comments (in source order) and its __future__ flags.</summary>
    public sealed class Module : Node
    {
        public Module(IReadOnlyList<Stmt> body, IReadOnlyList<Comment> comments, FutureFlags futureFlags, TextSpan span)
            : base(span)
        {
            Body = body ?? System.Array.Empty<Stmt>();
            Comments = comments ?? System.Array.Empty<Comment>();
            FutureFlags = futureFlags;
        }

        public IReadOnlyList<Stmt> Body { get; }
        public IReadOnlyList<Comment> Comments { get; }
        public FutureFlags FutureFlags { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitModule(this);
    }
}
