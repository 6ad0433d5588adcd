using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Py2Cs.Syntax
{
    /// <summary>
    /// Turns an AST back into Python 2.7 source that parses to an equal tree (comments and formatting are not
    /// kept). Parentheses are added from operator precedence, never copied from the original text.
    /// </summary>
    public sealed class PythonPrinter
    {
        private const int PrecTuple = 0, PrecLambda = 1, PrecIfExp = 2, PrecOr = 3, PrecAnd = 4, PrecNot = 5, PrecCompare = 6,
            PrecBitOr = 7, PrecBitXor = 8, PrecBitAnd = 9, PrecShift = 10, PrecArith = 11, PrecTerm = 12, PrecUnary = 13,
            PrecPower = 14, PrecPrimary = 15, PrecAtom = 16;

        private readonly StringBuilder _out = new StringBuilder();
        private readonly bool _unicodeLiterals;
        private int _indent;

        private PythonPrinter(FutureFlags flags)
        {
            _unicodeLiterals = (flags & FutureFlags.UnicodeLiterals) != 0;
        }

        public static string Print(Module module)
        {
            var printer = new PythonPrinter(module.FutureFlags);
            printer.Statements(module.Body);
            return printer._out.ToString();
        }

        /// <summary>Prints one expression (as it would appear on the right of an assignment).</summary>
        public static string Print(Expr expr, FutureFlags flags = FutureFlags.None)
        {
            var printer = new PythonPrinter(flags);
            printer.Expression(expr, PrecTuple);
            return printer._out.ToString();
        }

        // ---- statements ----

        private void Line(string text)
        {
            _out.Append(' ', _indent * 4).Append(text).Append('\n');
        }

        private void BeginLine() => _out.Append(' ', _indent * 4);

        private void EndLine() => _out.Append('\n');

        private void Statements(IReadOnlyList<Stmt> body)
        {
            if (body.Count == 0)
            {
                Line("pass");
                return;
            }
            foreach (Stmt s in body)
                Statement(s);
        }

        private void Block(IReadOnlyList<Stmt> body)
        {
            _out.Append(":\n");
            _indent++;
            Statements(body);
            _indent--;
        }

        private void Statement(Stmt stmt)
        {
            switch (stmt)
            {
                case FunctionDef f:
                    Decorators(f.DecoratorList);
                    BeginLine();
                    _out.Append("def ").Append(f.Name).Append('(');
                    Arguments(f.Args);
                    _out.Append(')');
                    Block(f.Body);
                    return;
                case ClassDef c:
                    Decorators(c.DecoratorList);
                    BeginLine();
                    _out.Append("class ").Append(c.Name);
                    if (c.Bases.Count > 0)
                    {
                        _out.Append('(');
                        CommaList(c.Bases, PrecLambda);
                        _out.Append(')');
                    }
                    Block(c.Body);
                    return;
                case For f:
                    BeginLine();
                    _out.Append("for ");
                    Expression(f.Target, PrecBitOr);
                    _out.Append(" in ");
                    Expression(f.Iter, PrecTuple);
                    Block(f.Body);
                    ElseBlock(f.Orelse);
                    return;
                case While w:
                    BeginLine();
                    _out.Append("while ");
                    Expression(w.Test, PrecLambda);
                    Block(w.Body);
                    ElseBlock(w.Orelse);
                    return;
                case If i:
                    BeginLine();
                    _out.Append("if ");
                    Expression(i.Test, PrecLambda);
                    Block(i.Body);
                    // Print elif chains flat: nested else/if would deepen indentation without bound.
                    while (i.Orelse.Count == 1 && i.Orelse[0] is If elif)
                    {
                        BeginLine();
                        _out.Append("elif ");
                        Expression(elif.Test, PrecLambda);
                        Block(elif.Body);
                        i = elif;
                    }
                    ElseBlock(i.Orelse);
                    return;
                case With w:
                    BeginLine();
                    _out.Append("with ");
                    Expression(w.ContextExpr, PrecLambda);
                    if (w.OptionalVars != null)
                    {
                        _out.Append(" as ");
                        Expression(w.OptionalVars, PrecBitOr);
                    }
                    Block(w.Body);
                    return;
                case TryExcept t:
                    BeginLine();
                    _out.Append("try");
                    Block(t.Body);
                    foreach (ExceptHandler h in t.Handlers)
                    {
                        BeginLine();
                        _out.Append("except");
                        if (h.Type != null)
                        {
                            _out.Append(' ');
                            Expression(h.Type, PrecLambda);
                            if (h.Name != null)
                            {
                                _out.Append(" as ");
                                Expression(h.Name, PrecLambda);
                            }
                        }
                        Block(h.Body);
                    }
                    ElseBlock(t.Orelse);
                    return;
                case TryFinally t:
                    BeginLine();
                    _out.Append("try");
                    Block(t.Body);
                    BeginLine();
                    _out.Append("finally");
                    Block(t.Finalbody);
                    return;
                default:
                    BeginLine();
                    SimpleStatement(stmt);
                    EndLine();
                    return;
            }
        }

        private void ElseBlock(IReadOnlyList<Stmt> orelse)
        {
            if (orelse.Count == 0) return;
            BeginLine();
            _out.Append("else");
            Block(orelse);
        }

        private void Decorators(IReadOnlyList<Expr> decorators)
        {
            foreach (Expr d in decorators)
            {
                BeginLine();
                _out.Append('@');
                Expression(d, PrecPrimary);
                EndLine();
            }
        }

        private void SimpleStatement(Stmt stmt)
        {
            switch (stmt)
            {
                case Return r:
                    _out.Append("return");
                    if (r.Value != null) { _out.Append(' '); Expression(r.Value, PrecTuple); }
                    return;
                case Delete d:
                    _out.Append("del ");
                    CommaList(d.Targets, PrecBitOr);
                    return;
                case Assign a:
                    foreach (Expr target in a.Targets)
                    {
                        Expression(target, PrecTuple);
                        _out.Append(" = ");
                    }
                    YieldOrTestList(a.Value);
                    return;
                case AugAssign a:
                    Expression(a.Target, PrecPrimary);
                    _out.Append(' ').Append(OperatorText(a.Op)).Append("= ");
                    YieldOrTestList(a.Value);
                    return;
                case Print p:
                    _out.Append("print");
                    if (p.Dest != null)
                    {
                        _out.Append(" >>");
                        Expression(p.Dest, PrecLambda);
                        if (p.Values.Count > 0) _out.Append(',');
                    }
                    if (p.Values.Count > 0)
                    {
                        _out.Append(' ');
                        CommaList(p.Values, PrecLambda);
                    }
                    if (!p.Nl) _out.Append(',');
                    return;
                case Raise r:
                    _out.Append("raise");
                    if (r.Type != null) { _out.Append(' '); Expression(r.Type, PrecLambda); }
                    if (r.Inst != null) { _out.Append(", "); Expression(r.Inst, PrecLambda); }
                    if (r.Tback != null) { _out.Append(", "); Expression(r.Tback, PrecLambda); }
                    return;
                case AssertStmt a:
                    _out.Append("assert ");
                    Expression(a.Test, PrecLambda);
                    if (a.Msg != null) { _out.Append(", "); Expression(a.Msg, PrecLambda); }
                    return;
                case Import i:
                    _out.Append("import ");
                    Aliases(i.Names);
                    return;
                case ImportFrom f:
                    _out.Append("from ").Append('.', f.Level).Append(f.Module ?? "").Append(" import ");
                    if (f.Names.Count == 1 && f.Names[0].Name == "*")
                        _out.Append('*');
                    else
                        Aliases(f.Names);
                    return;
                case Exec e:
                    _out.Append("exec ");
                    Expression(e.Body, PrecBitOr);
                    if (e.Globals != null) { _out.Append(" in "); Expression(e.Globals, PrecLambda); }
                    if (e.Locals != null) { _out.Append(", "); Expression(e.Locals, PrecLambda); }
                    return;
                case Global g:
                    _out.Append("global ").Append(string.Join(", ", g.Names));
                    return;
                case ExprStmt e:
                    YieldOrTestList(e.Value);
                    return;
                case Pass _: _out.Append("pass"); return;
                case Break _: _out.Append("break"); return;
                case Continue _: _out.Append("continue"); return;
                default:
                    throw new ArgumentException("unknown statement " + stmt.GetType().Name);
            }
        }

        private void YieldOrTestList(Expr value)
        {
            if (value is Yield y)
                YieldExpression(y);
            else
                Expression(value, PrecTuple);
        }

        private void Aliases(IReadOnlyList<Alias> names)
        {
            for (int i = 0; i < names.Count; i++)
            {
                if (i > 0) _out.Append(", ");
                _out.Append(names[i].Name);
                if (names[i].Asname != null) _out.Append(" as ").Append(names[i].Asname);
            }
        }

        private void Arguments(Arguments args)
        {
            int firstDefault = args.Args.Count - args.Defaults.Count;
            bool any = false;
            for (int i = 0; i < args.Args.Count; i++)
            {
                if (any) _out.Append(", ");
                any = true;
                Parameter(args.Args[i]);
                if (i >= firstDefault)
                {
                    _out.Append('=');
                    Expression(args.Defaults[i - firstDefault], PrecLambda);
                }
            }
            if (args.Vararg != null)
            {
                if (any) _out.Append(", ");
                any = true;
                _out.Append('*').Append(args.Vararg);
            }
            if (args.Kwarg != null)
            {
                if (any) _out.Append(", ");
                _out.Append("**").Append(args.Kwarg);
            }
        }

        private void Parameter(Expr parameter)
        {
            if (parameter is TupleExpr t)
            {
                _out.Append('(');
                for (int i = 0; i < t.Elts.Count; i++)
                {
                    if (i > 0) _out.Append(", ");
                    Parameter(t.Elts[i]);
                }
                if (t.Elts.Count == 1) _out.Append(',');
                _out.Append(')');
            }
            else if (parameter is Name n)
                _out.Append(n.Id);
        }

        // ---- expressions ----

        private void CommaList(IReadOnlyList<Expr> items, int precedence)
        {
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0) _out.Append(", ");
                Expression(items[i], precedence);
            }
        }

        private static int PrecedenceOf(Expr e)
        {
            switch (e)
            {
                case TupleExpr _: return PrecTuple;
                case Lambda _: return PrecLambda;
                case IfExp _: return PrecIfExp;
                case BoolOp b: return b.Op == BoolOperator.Or ? PrecOr : PrecAnd;
                case UnaryOp u: return u.Op == UnaryOperator.Not ? PrecNot : PrecUnary;
                case Compare _: return PrecCompare;
                case BinOp b: return BinaryPrecedence(b.Op);
                case NumLiteral n: return IsNegative(n) ? PrecUnary : PrecAtom;
                case Yield _: return PrecTuple;
                case AttributeExpr _:
                case Subscript _:
                case Call _: return PrecPrimary;
                default: return PrecAtom;
            }
        }

        private static bool IsNegative(NumLiteral n)
        {
            switch (n.Kind)
            {
                case NumKind.Int: return n.IntValue < 0;
                case NumKind.Long: return n.LongValue.Sign < 0;
                default: return n.FloatValue < 0 || (n.FloatValue == 0 && double.IsNegativeInfinity(1 / n.FloatValue));
            }
        }

        private static int BinaryPrecedence(BinaryOperator op)
        {
            switch (op)
            {
                case BinaryOperator.BitOr: return PrecBitOr;
                case BinaryOperator.BitXor: return PrecBitXor;
                case BinaryOperator.BitAnd: return PrecBitAnd;
                case BinaryOperator.LShift:
                case BinaryOperator.RShift: return PrecShift;
                case BinaryOperator.Add:
                case BinaryOperator.Sub: return PrecArith;
                case BinaryOperator.Pow: return PrecPower;
                default: return PrecTerm;
            }
        }

        private static string OperatorText(BinaryOperator op)
        {
            switch (op)
            {
                case BinaryOperator.Add: return "+";
                case BinaryOperator.Sub: return "-";
                case BinaryOperator.Mult: return "*";
                case BinaryOperator.Div: return "/";
                case BinaryOperator.Mod: return "%";
                case BinaryOperator.Pow: return "**";
                case BinaryOperator.LShift: return "<<";
                case BinaryOperator.RShift: return ">>";
                case BinaryOperator.BitOr: return "|";
                case BinaryOperator.BitXor: return "^";
                case BinaryOperator.BitAnd: return "&";
                default: return "//";
            }
        }

        private static string CompareText(CompareOperator op)
        {
            switch (op)
            {
                case CompareOperator.Eq: return "==";
                case CompareOperator.NotEq: return "!=";
                case CompareOperator.Lt: return "<";
                case CompareOperator.LtE: return "<=";
                case CompareOperator.Gt: return ">";
                case CompareOperator.GtE: return ">=";
                case CompareOperator.Is: return "is";
                case CompareOperator.IsNot: return "is not";
                case CompareOperator.In: return "in";
                default: return "not in";
            }
        }

        /// <summary>Prints e, parenthesized when its precedence is below the minimum the context allows.</summary>
        private void Expression(Expr e, int minimum)
        {
            bool parens = PrecedenceOf(e) < minimum || (e is Yield);
            if (parens) _out.Append('(');
            ExpressionBody(e);
            if (parens) _out.Append(')');
        }

        private void YieldExpression(Yield y)
        {
            _out.Append("yield");
            if (y.Value != null)
            {
                _out.Append(' ');
                Expression(y.Value, PrecTuple);
            }
        }

        private void ExpressionBody(Expr e)
        {
            switch (e)
            {
                case TupleExpr t:
                    _out.Append('(');
                    CommaList(t.Elts, PrecLambda);
                    if (t.Elts.Count == 1) _out.Append(',');
                    _out.Append(')');
                    return;
                case Yield y:
                    YieldExpression(y);
                    return;
                case Lambda l:
                    _out.Append("lambda");
                    if (l.Args.Args.Count > 0 || l.Args.Vararg != null || l.Args.Kwarg != null)
                        _out.Append(' ');
                    Arguments(l.Args);
                    _out.Append(": ");
                    Expression(l.Body, PrecLambda);
                    return;
                case IfExp i:
                    Expression(i.Body, PrecOr);
                    _out.Append(" if ");
                    Expression(i.Test, PrecOr);
                    _out.Append(" else ");
                    Expression(i.Orelse, PrecLambda);
                    return;
                case BoolOp b:
                {
                    int own = b.Op == BoolOperator.Or ? PrecOr : PrecAnd;
                    for (int k = 0; k < b.Values.Count; k++)
                    {
                        if (k > 0) _out.Append(b.Op == BoolOperator.Or ? " or " : " and ");
                        Expression(b.Values[k], own + 1);
                    }
                    return;
                }
                case UnaryOp u:
                    if (u.Op == UnaryOperator.Not)
                    {
                        _out.Append("not ");
                        Expression(u.Operand, PrecNot);
                        return;
                    }
                    _out.Append(u.Op == UnaryOperator.USub ? "-" : u.Op == UnaryOperator.UAdd ? "+" : "~");
                    // "-(1)" must not print as "-1", which would parse as the literal -1.
                    if (u.Op == UnaryOperator.USub && u.Operand is NumLiteral literal && !IsNegative(literal))
                    {
                        _out.Append('(');
                        ExpressionBody(literal);
                        _out.Append(')');
                        return;
                    }
                    Expression(u.Operand, PrecUnary);
                    return;
                case Compare c:
                    Expression(c.Left, PrecCompare + 1);
                    for (int k = 0; k < c.Ops.Count; k++)
                    {
                        _out.Append(' ').Append(CompareText(c.Ops[k])).Append(' ');
                        Expression(c.Comparators[k], PrecCompare + 1);
                    }
                    return;
                case BinOp b:
                {
                    int own = BinaryPrecedence(b.Op);
                    if (b.Op == BinaryOperator.Pow)
                    {
                        Expression(b.Left, PrecPrimary);
                        _out.Append(" ** ");
                        Expression(b.Right, PrecUnary);
                    }
                    else
                    {
                        Expression(b.Left, own);
                        _out.Append(' ').Append(OperatorText(b.Op)).Append(' ');
                        Expression(b.Right, own + 1);
                    }
                    return;
                }
                case Call c:
                {
                    Primary(c.Func);
                    _out.Append('(');
                    bool any = false;
                    foreach (Expr arg in c.Args)
                    {
                        if (any) _out.Append(", ");
                        any = true;
                        Expression(arg, PrecLambda);
                    }
                    foreach (Keyword k in c.Keywords)
                    {
                        if (any) _out.Append(", ");
                        any = true;
                        _out.Append(k.Arg).Append('=');
                        Expression(k.Value, PrecLambda);
                    }
                    if (c.Starargs != null)
                    {
                        if (any) _out.Append(", ");
                        any = true;
                        _out.Append('*');
                        Expression(c.Starargs, PrecLambda);
                    }
                    if (c.Kwargs != null)
                    {
                        if (any) _out.Append(", ");
                        _out.Append("**");
                        Expression(c.Kwargs, PrecLambda);
                    }
                    _out.Append(')');
                    return;
                }
                case AttributeExpr a:
                    Primary(a.Value);
                    _out.Append('.').Append(a.Attr);
                    return;
                case Subscript s:
                    Primary(s.Value);
                    _out.Append('[');
                    SliceText(s.Slice);
                    _out.Append(']');
                    return;
                case Name n:
                    _out.Append(n.Id);
                    return;
                case NumLiteral n:
                    Number(n);
                    return;
                case StrLiteral s:
                    StringLiteral(s);
                    return;
                case List l:
                    _out.Append('[');
                    CommaList(l.Elts, PrecLambda);
                    _out.Append(']');
                    return;
                case Dict d:
                    _out.Append('{');
                    for (int k = 0; k < d.Keys.Count; k++)
                    {
                        if (k > 0) _out.Append(", ");
                        Expression(d.Keys[k], PrecLambda);
                        _out.Append(": ");
                        Expression(d.Values[k], PrecLambda);
                    }
                    _out.Append('}');
                    return;
                case Set s:
                    _out.Append('{');
                    CommaList(s.Elts, PrecLambda);
                    _out.Append('}');
                    return;
                case ListComp l:
                    _out.Append('[');
                    Expression(l.Elt, PrecLambda);
                    Comprehensions(l.Generators, true);
                    _out.Append(']');
                    return;
                case SetComp s:
                    _out.Append('{');
                    Expression(s.Elt, PrecLambda);
                    Comprehensions(s.Generators, false);
                    _out.Append('}');
                    return;
                case DictComp d:
                    _out.Append('{');
                    Expression(d.Key, PrecLambda);
                    _out.Append(": ");
                    Expression(d.Value, PrecLambda);
                    Comprehensions(d.Generators, false);
                    _out.Append('}');
                    return;
                case GeneratorExp g:
                    _out.Append('(');
                    Expression(g.Elt, PrecLambda);
                    Comprehensions(g.Generators, false);
                    _out.Append(')');
                    return;
                case Repr r:
                    _out.Append('`');
                    Expression(r.Value, PrecTuple);
                    _out.Append('`');
                    return;
                default:
                    throw new ArgumentException("unknown expression " + e.GetType().Name);
            }
        }

        /// <summary>The object of a call, attribute or subscript; a number needs parentheses before ".attr".</summary>
        private void Primary(Expr e)
        {
            if (e is NumLiteral)
            {
                _out.Append('(');
                ExpressionBody(e);
                _out.Append(')');
                return;
            }
            Expression(e, PrecPrimary);
        }

        private void Comprehensions(IReadOnlyList<Comprehension> generators, bool listComprehension)
        {
            foreach (Comprehension c in generators)
            {
                _out.Append(" for ");
                Expression(c.Target, PrecBitOr);
                _out.Append(" in ");
                // Iterables and conditions are or_test / old_test: conditionals and lambdas need parentheses.
                Expression(c.Iter, PrecOr);
                foreach (Expr condition in c.Ifs)
                {
                    _out.Append(" if ");
                    Expression(condition, PrecOr);
                }
            }
        }

        private void SliceText(SliceBase slice)
        {
            switch (slice)
            {
                case Index i:
                    Expression(i.Value, PrecTuple);
                    return;
                case Ellipsis _:
                    _out.Append("...");
                    return;
                case Slice s:
                    if (s.Lower != null) Expression(s.Lower, PrecLambda);
                    _out.Append(':');
                    if (s.Upper != null) Expression(s.Upper, PrecLambda);
                    if (s.Step != null)
                    {
                        _out.Append(':');
                        Expression(s.Step, PrecLambda);
                    }
                    return;
                case ExtSlice x:
                    for (int k = 0; k < x.Dims.Count; k++)
                    {
                        if (k > 0) _out.Append(", ");
                        SliceText(x.Dims[k]);
                    }
                    if (x.Dims.Count == 1) _out.Append(',');
                    return;
            }
        }

        // ---- literals ----

        private void Number(NumLiteral n)
        {
            switch (n.Kind)
            {
                case NumKind.Int:
                    _out.Append(n.IntValue.ToString(CultureInfo.InvariantCulture));
                    return;
                case NumKind.Long:
                    _out.Append(n.LongValue.ToString(CultureInfo.InvariantCulture)).Append('L');
                    return;
                case NumKind.Float:
                    _out.Append(FloatText(n.FloatValue));
                    return;
                default:
                    _out.Append(FloatText(n.FloatValue)).Append('j');
                    return;
            }
        }

        private static string FloatText(double value)
        {
            if (double.IsPositiveInfinity(value)) return "1e999";
            if (double.IsNegativeInfinity(value)) return "-1e999";
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            if (text.IndexOf('.') < 0 && text.IndexOf('E') < 0)
                text += ".0";
            return text;
        }

        private void StringLiteral(StrLiteral s)
        {
            if (s.IsUnicode)
                _out.Append('u');
            else if (_unicodeLiterals)
                _out.Append('b');
            _out.Append('\'');
            string v = s.Value;
            for (int i = 0; i < v.Length; i++)
            {
                char c = v[i];
                switch (c)
                {
                    case '\\': _out.Append("\\\\"); continue;
                    case '\'': _out.Append("\\'"); continue;
                    case '\n': _out.Append("\\n"); continue;
                    case '\r': _out.Append("\\r"); continue;
                    case '\t': _out.Append("\\t"); continue;
                }
                if (c >= 0x20 && c < 0x7F)
                    _out.Append(c);
                else if (c < 0x100)
                    _out.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                else if (char.IsHighSurrogate(c) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1]))
                {
                    _out.Append("\\U").Append(char.ConvertToUtf32(c, v[i + 1]).ToString("x8", CultureInfo.InvariantCulture));
                    i++;
                }
                else
                    _out.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            _out.Append('\'');
        }
    }
}
