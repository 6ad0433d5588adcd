using System.Collections.Generic;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    // Parts of definitions, calls, imports and handlers.

    /// <summary>Parameters: ARGS are Names (Param context) or Tuples (Store) for tuple parameters; DEFAULTS align with the last args.</summary>
    public sealed class Arguments : Node
    {
        public Arguments(IReadOnlyList<Expr> args, string vararg, string kwarg, IReadOnlyList<Expr> defaults, TextSpan span)
            : base(span)
        {
            Args = args ?? System.Array.Empty<Expr>();
            Vararg = vararg;
            Kwarg = kwarg;
            Defaults = defaults ?? System.Array.Empty<Expr>();
        }

        public IReadOnlyList<Expr> Args { get; }
        public string Vararg { get; }
        public string Kwarg { get; }
        public IReadOnlyList<Expr> Defaults { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitArguments(this);
    }

    /// <summary>ARG=VALUE in a call.</summary>
    public sealed class Keyword : Node
    {
        public Keyword(string arg, Expr value, TextSpan span)
            : base(span)
        {
            Arg = arg;
            Value = value;
        }

        public string Arg { get; }
        public Expr Value { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitKeyword(this);
    }

    /// <summary>NAME [as ASNAME] in an import (NAME may be dotted, or "*").</summary>
    public sealed class Alias : Node
    {
        public Alias(string name, string asname, TextSpan span)
            : base(span)
        {
            Name = name;
            Asname = asname;
        }

        public string Name { get; }
        public string Asname { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitAlias(this);
    }

    /// <summary>except [TYPE[, NAME]]: BODY (NAME is an assignment target).</summary>
    public sealed class ExceptHandler : Node
    {
        public ExceptHandler(Expr @type, Expr name, IReadOnlyList<Stmt> body, TextSpan span)
            : base(span)
        {
            Type = @type;
            Name = name;
            Body = body ?? System.Array.Empty<Stmt>();
        }

        public Expr Type { get; }
        public Expr Name { get; }
        public IReadOnlyList<Stmt> Body { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitExceptHandler(this);
    }
}
