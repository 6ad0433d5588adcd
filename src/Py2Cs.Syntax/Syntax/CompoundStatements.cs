using System.Collections.Generic;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    // Compound statements: definitions, loops, conditionals, try and with.

    /// <summary>def NAME(ARGS): BODY, with decorators.</summary>
    public sealed class FunctionDef : Stmt
    {
        public FunctionDef(string name, Arguments args, IReadOnlyList<Stmt> body, IReadOnlyList<Expr> decoratorList, TextSpan span)
            : base(span)
        {
            Name = name;
            Args = args;
            Body = body ?? System.Array.Empty<Stmt>();
            DecoratorList = decoratorList ?? System.Array.Empty<Expr>();
        }

        public string Name { get; }
        public Arguments Args { get; }
        public IReadOnlyList<Stmt> Body { get; }
        public IReadOnlyList<Expr> DecoratorList { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitFunctionDef(this);
    }

    /// <summary>class NAME(BASES): BODY; no bases and no parentheses make a classic class.</summary>
    public sealed class ClassDef : Stmt
    {
        public ClassDef(string name, IReadOnlyList<Expr> bases, IReadOnlyList<Stmt> body, IReadOnlyList<Expr> decoratorList, TextSpan span)
            : base(span)
        {
            Name = name;
            Bases = bases ?? System.Array.Empty<Expr>();
            Body = body ?? System.Array.Empty<Stmt>();
            DecoratorList = decoratorList ?? System.Array.Empty<Expr>();
        }

        public string Name { get; }
        public IReadOnlyList<Expr> Bases { get; }
        public IReadOnlyList<Stmt> Body { get; }
        public IReadOnlyList<Expr> DecoratorList { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitClassDef(this);
    }

    /// <summary>for TARGET in ITER: BODY else: ORELSE.</summary>
    public sealed class For : Stmt
    {
        public For(Expr target, Expr iter, IReadOnlyList<Stmt> body, IReadOnlyList<Stmt> orelse, TextSpan span)
            : base(span)
        {
            Target = target;
            Iter = iter;
            Body = body ?? System.Array.Empty<Stmt>();
            Orelse = orelse ?? System.Array.Empty<Stmt>();
        }

        public Expr Target { get; }
        public Expr Iter { get; }
        public IReadOnlyList<Stmt> Body { get; }
        public IReadOnlyList<Stmt> Orelse { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitFor(this);
    }

    /// <summary>while TEST: BODY else: ORELSE.</summary>
    public sealed class While : Stmt
    {
        public While(Expr test, IReadOnlyList<Stmt> body, IReadOnlyList<Stmt> orelse, TextSpan span)
            : base(span)
        {
            Test = test;
            Body = body ?? System.Array.Empty<Stmt>();
            Orelse = orelse ?? System.Array.Empty<Stmt>();
        }

        public Expr Test { get; }
        public IReadOnlyList<Stmt> Body { get; }
        public IReadOnlyList<Stmt> Orelse { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitWhile(this);
    }

    /// <summary>if TEST: BODY; an elif is a nested If alone in ORELSE.</summary>
    public sealed class If : Stmt
    {
        public If(Expr test, IReadOnlyList<Stmt> body, IReadOnlyList<Stmt> orelse, TextSpan span)
            : base(span)
        {
            Test = test;
            Body = body ?? System.Array.Empty<Stmt>();
            Orelse = orelse ?? System.Array.Empty<Stmt>();
        }

        public Expr Test { get; }
        public IReadOnlyList<Stmt> Body { get; }
        public IReadOnlyList<Stmt> Orelse { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitIf(this);
    }

    /// <summary>with EXPR as VARS: BODY; several items nest one With per item, as CPython 2.7 does.</summary>
    public sealed class With : Stmt
    {
        public With(Expr contextExpr, Expr optionalVars, IReadOnlyList<Stmt> body, TextSpan span)
            : base(span)
        {
            ContextExpr = contextExpr;
            OptionalVars = optionalVars;
            Body = body ?? System.Array.Empty<Stmt>();
        }

        public Expr ContextExpr { get; }
        public Expr OptionalVars { get; }
        public IReadOnlyList<Stmt> Body { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitWith(this);
    }

    /// <summary>try: BODY except...: HANDLERS else: ORELSE.</summary>
    public sealed class TryExcept : Stmt
    {
        public TryExcept(IReadOnlyList<Stmt> body, IReadOnlyList<ExceptHandler> handlers, IReadOnlyList<Stmt> orelse, TextSpan span)
            : base(span)
        {
            Body = body ?? System.Array.Empty<Stmt>();
            Handlers = handlers ?? System.Array.Empty<ExceptHandler>();
            Orelse = orelse ?? System.Array.Empty<Stmt>();
        }

        public IReadOnlyList<Stmt> Body { get; }
        public IReadOnlyList<ExceptHandler> Handlers { get; }
        public IReadOnlyList<Stmt> Orelse { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitTryExcept(this);
    }

    /// <summary>try: BODY finally: FINALBODY (BODY is a single TryExcept when there were handlers).</summary>
    public sealed class TryFinally : Stmt
    {
        public TryFinally(IReadOnlyList<Stmt> body, IReadOnlyList<Stmt> finalbody, TextSpan span)
            : base(span)
        {
            Body = body ?? System.Array.Empty<Stmt>();
            Finalbody = finalbody ?? System.Array.Empty<Stmt>();
        }

        public IReadOnlyList<Stmt> Body { get; }
        public IReadOnlyList<Stmt> Finalbody { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitTryFinally(this);
    }
}
