using System.Collections.Generic;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    // Simple statements: one per logical line or semicolon-separated part.

    /// <summary>return [VALUE].</summary>
    public sealed class Return : Stmt
    {
        public Return(Expr value, TextSpan span)
            : base(span)
        {
            Value = value;
        }

        public Expr Value { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitReturn(this);
    }

    /// <summary>del TARGETS (each in Del context).</summary>
    public sealed class Delete : Stmt
    {
        public Delete(IReadOnlyList<Expr> targets, TextSpan span)
            : base(span)
        {
            Targets = targets ?? System.Array.Empty<Expr>();
        }

        public IReadOnlyList<Expr> Targets { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitDelete(this);
    }

    /// <summary>T1 = T2 = ... = VALUE.</summary>
    public sealed class Assign : Stmt
    {
        public Assign(IReadOnlyList<Expr> targets, Expr value, TextSpan span)
            : base(span)
        {
            Targets = targets ?? System.Array.Empty<Expr>();
            Value = value;
        }

        public IReadOnlyList<Expr> Targets { get; }
        public Expr Value { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitAssign(this);
    }

    /// <summary>TARGET op= VALUE.</summary>
    public sealed class AugAssign : Stmt
    {
        public AugAssign(Expr target, BinaryOperator op, Expr value, TextSpan span)
            : base(span)
        {
            Target = target;
            Op = op;
            Value = value;
        }

        public Expr Target { get; }
        public BinaryOperator Op { get; }
        public Expr Value { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitAugAssign(this);
    }

    /// <summary>print &gt;&gt;DEST, VALUES; Nl is false when a trailing comma suppresses the newline.</summary>
    public sealed class Print : Stmt
    {
        public Print(Expr dest, IReadOnlyList<Expr> values, bool nl, TextSpan span)
            : base(span)
        {
            Dest = dest;
            Values = values ?? System.Array.Empty<Expr>();
            Nl = nl;
        }

        public Expr Dest { get; }
        public IReadOnlyList<Expr> Values { get; }
        public bool Nl { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitPrint(this);
    }

    /// <summary>raise [TYPE[, INST[, TBACK]]].</summary>
    public sealed class Raise : Stmt
    {
        public Raise(Expr @type, Expr inst, Expr tback, TextSpan span)
            : base(span)
        {
            Type = @type;
            Inst = inst;
            Tback = tback;
        }

        public Expr Type { get; }
        public Expr Inst { get; }
        public Expr Tback { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitRaise(this);
    }

    /// <summary>assert TEST[, MSG].</summary>
    public sealed class AssertStmt : Stmt
    {
        public AssertStmt(Expr test, Expr msg, TextSpan span)
            : base(span)
        {
            Test = test;
            Msg = msg;
        }

        public Expr Test { get; }
        public Expr Msg { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitAssertStmt(this);
    }

    /// <summary>import a.b as c, d.</summary>
    public sealed class Import : Stmt
    {
        public Import(IReadOnlyList<Alias> names, TextSpan span)
            : base(span)
        {
            Names = names ?? System.Array.Empty<Alias>();
        }

        public IReadOnlyList<Alias> Names { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitImport(this);
    }

    /// <summary>from [dots]MODULE import NAMES; Module is null for "from . import x"; Level counts the dots; "*" is one alias named "*".</summary>
    public sealed class ImportFrom : Stmt
    {
        public ImportFrom(string module, IReadOnlyList<Alias> names, int level, TextSpan span)
            : base(span)
        {
            Module = module;
            Names = names ?? System.Array.Empty<Alias>();
            Level = level;
        }

        public string Module { get; }
        public IReadOnlyList<Alias> Names { get; }
        public int Level { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitImportFrom(this);
    }

    /// <summary>exec BODY [in GLOBALS[, LOCALS]].</summary>
    public sealed class Exec : Stmt
    {
        public Exec(Expr body, Expr globals, Expr locals, TextSpan span)
            : base(span)
        {
            Body = body;
            Globals = globals;
            Locals = locals;
        }

        public Expr Body { get; }
        public Expr Globals { get; }
        public Expr Locals { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitExec(this);
    }

    /// <summary>global NAMES.</summary>
    public sealed class Global : Stmt
    {
        public Global(IReadOnlyList<string> names, TextSpan span)
            : base(span)
        {
            Names = names ?? System.Array.Empty<string>();
        }

        public IReadOnlyList<string> Names { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitGlobal(this);
    }

    /// <summary>An expression evaluated for its effect (ASDL's Expr statement).</summary>
    public sealed class ExprStmt : Stmt
    {
        public ExprStmt(Expr value, TextSpan span)
            : base(span)
        {
            Value = value;
        }

        public Expr Value { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitExprStmt(this);
    }

    /// <summary>pass.</summary>
    public sealed class Pass : Stmt
    {
        public Pass(TextSpan span)
            : base(span)
        {
        }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitPass(this);
    }

    /// <summary>break.</summary>
    public sealed class Break : Stmt
    {
        public Break(TextSpan span)
            : base(span)
        {
        }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitBreak(this);
    }

    /// <summary>continue.</summary>
    public sealed class Continue : Stmt
    {
        public Continue(TextSpan span)
            : base(span)
        {
        }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitContinue(this);
    }
}
