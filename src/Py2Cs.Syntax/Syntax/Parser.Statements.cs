using System.Collections.Generic;
using Py2Cs.Syntax.Text;
using Py2Cs.Syntax.Tokens;

namespace Py2Cs.Syntax
{
    // Statements: file_input, simple and compound statements, suites.
    public sealed partial class Parser
    {
        private bool _futureAllowed = true;

        private Module ParseFileInput()
        {
            List<Stmt> body = RentStmts();
            while (Kind != TokenKind.EndOfFile)
            {
                if (Kind == TokenKind.Newline)
                {
                    Advance();
                    continue;
                }
                if (Kind == TokenKind.Indent)
                {
                    Unexpected();
                    _inError = false;
                    SkipBlock();
                    continue;
                }
                if (Kind == TokenKind.Dedent)
                {
                    Advance();
                    continue;
                }
                ParseStatementInto(body);
                if (_diagnostics.IsFull)
                    break;
            }
            return new Module(ToArrayAndReturn(body), _tokenizer.Comments, _future, new TextSpan(0, _text.Length));
        }

        /// <summary>Parses one statement (a simple_stmt line may hold several) and appends it; recovers after an error.</summary>
        private void ParseStatementInto(List<Stmt> body)
        {
            int before = _token.Start;
            TokenKind beforeKind = Kind;
            _astErrorInStatement = false;
            if (Kind != TokenKind.Name && Kind != TokenKind.From && Kind != TokenKind.String && StartsCompound(Kind))
                _futureAllowed = false;
            switch (Kind)
            {
                case TokenKind.If: body.Add(ParseIf()); break;
                case TokenKind.While: body.Add(ParseWhile()); break;
                case TokenKind.For: body.Add(ParseFor()); break;
                case TokenKind.Try: body.Add(ParseTry()); break;
                case TokenKind.With: body.Add(ParseWith()); break;
                case TokenKind.Def: body.Add(ParseFunctionDef(_token.Start, null)); break;
                case TokenKind.Class: body.Add(ParseClassDef(_token.Start, null)); break;
                case TokenKind.At: body.Add(ParseDecorated()); break;
                default: ParseSimpleStatement(body); break;
            }
            if (_inError)
                Recover();
            else if (_token.Start == before && Kind == beforeKind && Kind != TokenKind.EndOfFile)
                Advance(); // never loop without progress
        }

        private static bool StartsCompound(TokenKind kind)
            => kind == TokenKind.If || kind == TokenKind.While || kind == TokenKind.For || kind == TokenKind.Try ||
               kind == TokenKind.With || kind == TokenKind.Def || kind == TokenKind.Class || kind == TokenKind.At;

        private bool _sawStatement;

        private void ParseSimpleStatement(List<Stmt> body)
        {
            while (true)
            {
                _astErrorInStatement = false;
                Stmt stmt = ParseSmallStatement();
                if (stmt != null)
                    body.Add(stmt);
                // __future__ imports may follow only the module docstring and other __future__ imports.
                if (_futureAllowed)
                {
                    bool docstring = !_sawStatement && stmt is ExprStmt e && e.Value is StrLiteral;
                    bool future = stmt is ImportFrom f && f.Module == "__future__" && f.Level == 0;
                    if (!docstring && !future)
                        _futureAllowed = false;
                }
                _sawStatement = true;
                if (_inError)
                    return;
                if (Accept(TokenKind.Semicolon))
                {
                    if (Kind == TokenKind.Newline || Kind == TokenKind.EndOfFile)
                        break;
                    continue;
                }
                break;
            }
            if (Kind == TokenKind.EndOfFile)
                return;
            Expect(TokenKind.Newline);
        }

        private Stmt ParseSmallStatement()
        {
            int start = _token.Start;
            switch (Kind)
            {
                case TokenKind.Print:
                    if ((_future & FutureFlags.PrintFunction) == 0)
                        return ParsePrint();
                    break;
                case TokenKind.Del:
                {
                    Advance();
                    IReadOnlyList<Expr> targets = ParseExprList(out _);
                    var result = new Expr[targets.Count];
                    for (int i = 0; i < targets.Count; i++)
                        result[i] = SetContext(targets[i], ExprContext.Del);
                    return new Delete(result, SpanFrom(start));
                }
                case TokenKind.Pass:
                    Advance();
                    return new Pass(SpanFrom(start));
                case TokenKind.Break:
                    Advance();
                    return new Break(SpanFrom(start));
                case TokenKind.Continue:
                    Advance();
                    return new Continue(SpanFrom(start));
                case TokenKind.Return:
                {
                    Advance();
                    Expr value = AtStatementEnd() ? null : ParseTestList();
                    return new Return(value, SpanFrom(start));
                }
                case TokenKind.Raise:
                {
                    Advance();
                    Expr type = null, inst = null, tback = null;
                    if (!AtStatementEnd())
                    {
                        type = ParseTest();
                        if (Accept(TokenKind.Comma))
                        {
                            inst = ParseTest();
                            if (Accept(TokenKind.Comma))
                                tback = ParseTest();
                        }
                    }
                    return new Raise(type, inst, tback, SpanFrom(start));
                }
                case TokenKind.Global:
                {
                    Advance();
                    var names = new List<string>();
                    do
                    {
                        if (Kind != TokenKind.Name) { Unexpected(); break; }
                        names.Add(Advance().Value);
                    } while (Accept(TokenKind.Comma));
                    return new Global(names.ToArray(), SpanFrom(start));
                }
                case TokenKind.Exec:
                {
                    Advance();
                    Expr code = ParseExpr();
                    Expr globals = null, locals = null;
                    if (Accept(TokenKind.In))
                    {
                        globals = ParseTest();
                        if (Accept(TokenKind.Comma))
                            locals = ParseTest();
                    }
                    else if (code is TupleExpr tuple && (tuple.Elts.Count == 2 || tuple.Elts.Count == 3))
                    {
                        // exec(code, globals[, locals]) means what Python 3's exec() means, as ast.c decides.
                        code = tuple.Elts[0];
                        globals = tuple.Elts[1];
                        locals = tuple.Elts.Count == 3 ? tuple.Elts[2] : null;
                    }
                    return new Exec(code, globals, locals, SpanFrom(start));
                }
                case TokenKind.Assert:
                {
                    Advance();
                    Expr test = ParseTest();
                    Expr msg = Accept(TokenKind.Comma) ? ParseTest() : null;
                    return new AssertStmt(test, msg, SpanFrom(start));
                }
                case TokenKind.Import:
                    return ParseImport();
                case TokenKind.From:
                    return ParseImportFrom();
            }
            return ParseExpressionStatement();
        }

        private bool AtStatementEnd() => Kind == TokenKind.Newline || Kind == TokenKind.Semicolon || Kind == TokenKind.EndOfFile;

        private Stmt ParsePrint()
        {
            int start = _token.Start;
            Advance();
            Expr dest = null;
            List<Expr> values = RentExprs();
            bool nl = true;
            if (Accept(TokenKind.RightShift))
            {
                dest = ParseTest();
                if (Kind == TokenKind.Comma)
                {
                    Advance();
                    if (AtStatementEnd())
                    {
                        // "print >>f," needs at least one value after the comma.
                        Unexpected();
                        return null;
                    }
                    nl = ParsePrintValues(values);
                }
            }
            else if (!AtStatementEnd())
            {
                nl = ParsePrintValues(values);
            }
            return new Print(dest, ToArrayAndReturn(values), nl, SpanFrom(start));
        }

        /// <summary>test (',' test)* [','] — returns false when a trailing comma suppresses the newline.</summary>
        private bool ParsePrintValues(List<Expr> values)
        {
            values.Add(ParseTest());
            while (Accept(TokenKind.Comma))
            {
                if (AtStatementEnd())
                    return false;
                values.Add(ParseTest());
                if (_inError) break;
            }
            return true;
        }

        private Stmt ParseExpressionStatement()
        {
            int start = _token.Start;
            Expr first = ParseTestListOrYield();
            if (_inError) return new ExprStmt(first, SpanFrom(start));
            if (IsAugmentedAssignment(Kind, out BinaryOperator op))
            {
                Expr target = SetContext(first, ExprContext.Store);
                if (!_inError && !(target is Name || target is AttributeExpr || target is Subscript))
                    ReportNode(first, "illegal expression for augmented assignment");
                Advance();
                Expr value = ParseTestListOrYield();
                return new AugAssign(target, op, value, SpanFrom(start));
            }
            if (Kind == TokenKind.Equal)
            {
                var targets = new List<Expr> { first };
                Expr value = null;
                while (Accept(TokenKind.Equal))
                {
                    value = ParseTestListOrYield();
                    if (_inError) break;
                    if (Kind == TokenKind.Equal)
                        targets.Add(value);
                }
                var stored = new Expr[targets.Count];
                for (int i = 0; i < targets.Count; i++)
                {
                    if (targets[i] is Yield && !_inError)
                        ReportNode(targets[i], "can't assign to yield expression");
                    stored[i] = SetContext(targets[i], ExprContext.Store);
                }
                return new Assign(stored, value ?? ErrorExpr(), SpanFrom(start));
            }
            return new ExprStmt(first, SpanFrom(start));
        }

        private static bool IsAugmentedAssignment(TokenKind kind, out BinaryOperator op)
        {
            switch (kind)
            {
                case TokenKind.PlusEqual: op = BinaryOperator.Add; return true;
                case TokenKind.MinusEqual: op = BinaryOperator.Sub; return true;
                case TokenKind.StarEqual: op = BinaryOperator.Mult; return true;
                case TokenKind.SlashEqual: op = BinaryOperator.Div; return true;
                case TokenKind.PercentEqual: op = BinaryOperator.Mod; return true;
                case TokenKind.AmpersandEqual: op = BinaryOperator.BitAnd; return true;
                case TokenKind.VerticalBarEqual: op = BinaryOperator.BitOr; return true;
                case TokenKind.CircumflexEqual: op = BinaryOperator.BitXor; return true;
                case TokenKind.LeftShiftEqual: op = BinaryOperator.LShift; return true;
                case TokenKind.RightShiftEqual: op = BinaryOperator.RShift; return true;
                case TokenKind.DoubleStarEqual: op = BinaryOperator.Pow; return true;
                case TokenKind.DoubleSlashEqual: op = BinaryOperator.FloorDiv; return true;
                default: op = BinaryOperator.Add; return false;
            }
        }

        private Expr ParseTestListOrYield()
        {
            if (Kind == TokenKind.Yield)
                return ParseYield();
            return ParseTestList();
        }

        // ---- imports ----

        private Stmt ParseImport()
        {
            int start = _token.Start;
            Advance();
            var names = new List<Alias>();
            do
            {
                int aliasStart = _token.Start;
                string dotted = ParseDottedName();
                if (dotted == null) break;
                string asname = null;
                if (Accept(TokenKind.As))
                    asname = ParseStoredName();
                names.Add(new Alias(dotted, asname, SpanFrom(aliasStart)));
            } while (Accept(TokenKind.Comma));
            return new Import(names.ToArray(), SpanFrom(start));
        }

        private string ParseDottedName()
        {
            if (Kind != TokenKind.Name)
            {
                Unexpected();
                return null;
            }
            string name = Advance().Value;
            if (Kind != TokenKind.Dot)
                return name;
            var builder = new System.Text.StringBuilder(name);
            while (Accept(TokenKind.Dot))
            {
                if (Kind != TokenKind.Name)
                {
                    Unexpected();
                    return null;
                }
                builder.Append('.').Append(Advance().Value);
            }
            return string.Intern(builder.ToString());
        }

        /// <summary>A NAME that is bound (import as, def, class): None cannot be.</summary>
        private string ParseStoredName()
        {
            if (Kind != TokenKind.Name)
            {
                Unexpected();
                return "<error>";
            }
            Token t = Advance();
            CheckForbiddenName(t.Value, new TextSpan(t.Start, t.Length));
            return t.Value;
        }

        private void CheckForbiddenName(string name, TextSpan span)
        {
            if (name == "None")
                ReportSpan(span, "cannot assign to None");
            else if (name == "__debug__")
                ReportSpan(span, "cannot assign to __debug__");
        }

        private Stmt ParseImportFrom()
        {
            int start = _token.Start;
            Advance();
            int level = 0;
            while (Kind == TokenKind.Dot)
            {
                Advance();
                level++;
            }
            string module = null;
            if (Kind == TokenKind.Name)
                module = ParseDottedName();
            else if (level == 0)
                Unexpected();
            if (_inError) return null;
            if (!Expect(TokenKind.Import)) return null;
            var names = new List<Alias>();
            if (Kind == TokenKind.Star)
            {
                Token star = Advance();
                names.Add(new Alias("*", null, new TextSpan(star.Start, star.Length)));
            }
            else
            {
                bool parenthesized = Accept(TokenKind.LeftParen);
                do
                {
                    if (parenthesized && Kind == TokenKind.RightParen && names.Count > 0)
                        break;
                    if (!parenthesized && names.Count > 0 && AtStatementEnd())
                    {
                        ReportSpan(new TextSpan(start, 0), "trailing comma not allowed without surrounding parentheses");
                        return null;
                    }
                    if (Kind != TokenKind.Name)
                    {
                        Unexpected();
                        return null;
                    }
                    Token name = Advance();
                    string asname = null;
                    if (Accept(TokenKind.As))
                        asname = ParseStoredName();
                    names.Add(new Alias(name.Value, asname, SpanFrom(name.Start)));
                } while (Accept(TokenKind.Comma));
                if (parenthesized)
                    Expect(TokenKind.RightParen);
            }
            var stmt = new ImportFrom(module, names.ToArray(), level, SpanFrom(start));
            if (module == "__future__" && level == 0 && !_inError)
                ApplyFuture(stmt);
            return stmt;
        }

        private void ApplyFuture(ImportFrom stmt)
        {
            if (!_futureAllowed)
            {
                ReportFuture(stmt, "from __future__ imports must occur at the beginning of the file");
                return;
            }
            foreach (Alias alias in stmt.Names)
            {
                switch (alias.Name)
                {
                    case "nested_scopes": _future |= FutureFlags.NestedScopes; break;
                    case "generators": _future |= FutureFlags.Generators; break;
                    case "division": _future |= FutureFlags.Division; break;
                    case "absolute_import": _future |= FutureFlags.AbsoluteImport; break;
                    case "with_statement": _future |= FutureFlags.WithStatement; break;
                    case "print_function": _future |= FutureFlags.PrintFunction; break;
                    case "unicode_literals": _future |= FutureFlags.UnicodeLiterals; break;
                    case "braces": ReportFuture(stmt, "not a chance"); return;
                    default: ReportFuture(stmt, "future feature " + alias.Name + " is not defined"); return;
                }
            }
        }

        /// <summary>future.c errors carry a line and no offset.</summary>
        private void ReportFuture(Stmt stmt, string message)
        {
            _compileDiagnostics.Error(new TextSpan(stmt.Span.Start, 0), message);
        }

        // ---- compound statements ----

        private IReadOnlyList<Stmt> ParseSuite()
        {
            if (!Expect(TokenKind.Colon))
                return System.Array.Empty<Stmt>();
            if (Kind != TokenKind.Newline)
            {
                // A suite on the header line: simple statements only.
                List<Stmt> simple = RentStmts();
                ParseSimpleStatement(simple);
                return ToArrayAndReturn(simple);
            }
            Advance();
            if (Kind != TokenKind.Indent)
            {
                if (Kind == TokenKind.EndOfFile && !_inError)
                {
                    _inError = true;
                    ReportAtEnd(EndOfFileMessage("expected an indented block"),
                        EndOfFileMessage("") == "" ? "IndentationError" : "SyntaxError");
                }
                else if (!_inError)
                {
                    _inError = true;
                    ReportAtTokenEnd(_token, "expected an indented block", "IndentationError");
                }
                return System.Array.Empty<Stmt>();
            }
            Advance();
            List<Stmt> body = RentStmts();
            while (Kind != TokenKind.Dedent && Kind != TokenKind.EndOfFile)
            {
                if (Kind == TokenKind.Indent)
                {
                    Unexpected();
                    _inError = false;
                    SkipBlock();
                    continue;
                }
                if (Kind == TokenKind.Newline)
                {
                    Advance();
                    continue;
                }
                ParseStatementInto(body);
                if (_diagnostics.IsFull)
                    break;
            }
            Accept(TokenKind.Dedent);
            return ToArrayAndReturn(body);
        }

        /// <summary>A header's suite; after an error in the header, the block is still consumed so it does not cascade.</summary>
        private IReadOnlyList<Stmt> ParseHeaderSuite()
        {
            if (_inError)
                return System.Array.Empty<Stmt>();
            return ParseSuite();
        }

        private Stmt ParseIf()
        {
            int start = _token.Start;
            Advance();
            Expr test = ParseTest();
            IReadOnlyList<Stmt> body = ParseHeaderSuite();
            IReadOnlyList<Stmt> orelse = System.Array.Empty<Stmt>();
            if (_inError)
                return new If(test, body, orelse, SpanFrom(start));
            if (Kind == TokenKind.Elif)
                orelse = new Stmt[] { ParseIf() };
            else if (Kind == TokenKind.Else)
            {
                Advance();
                orelse = ParseHeaderSuite();
            }
            return new If(test, body, orelse, SpanFrom(start));
        }

        private Stmt ParseWhile()
        {
            int start = _token.Start;
            Advance();
            Expr test = ParseTest();
            IReadOnlyList<Stmt> body = ParseHeaderSuite();
            IReadOnlyList<Stmt> orelse = System.Array.Empty<Stmt>();
            if (!_inError && Accept(TokenKind.Else))
                orelse = ParseHeaderSuite();
            return new While(test, body, orelse, SpanFrom(start));
        }

        private Stmt ParseFor()
        {
            int start = _token.Start;
            Advance();
            IReadOnlyList<Expr> targets = ParseExprList(out bool trailingComma);
            Expr target = targets.Count == 1 && !trailingComma
                ? targets[0]
                : new TupleExpr(targets, ExprContext.Load, SpanOf(targets));
            target = SetContext(target, ExprContext.Store);
            if (!_inError) Expect(TokenKind.In);
            Expr iter = _inError ? ErrorExpr() : ParseTestList();
            IReadOnlyList<Stmt> body = ParseHeaderSuite();
            IReadOnlyList<Stmt> orelse = System.Array.Empty<Stmt>();
            if (!_inError && Accept(TokenKind.Else))
                orelse = ParseHeaderSuite();
            return new For(target, iter, body, orelse, SpanFrom(start));
        }

        private Stmt ParseTry()
        {
            int start = _token.Start;
            Advance();
            IReadOnlyList<Stmt> body = ParseHeaderSuite();
            if (_inError)
                return new TryFinally(body, System.Array.Empty<Stmt>(), SpanFrom(start));
            var handlers = new List<ExceptHandler>();
            while (Kind == TokenKind.Except)
            {
                int handlerStart = _token.Start;
                Advance();
                Expr type = null, name = null;
                if (Kind != TokenKind.Colon)
                {
                    type = ParseTest();
                    if (Accept(TokenKind.As) || Accept(TokenKind.Comma))
                        name = SetContext(ParseTest(), ExprContext.Store);
                }
                IReadOnlyList<Stmt> handlerBody = ParseHeaderSuite();
                handlers.Add(new ExceptHandler(type, name, handlerBody, SpanFrom(handlerStart)));
                if (_inError)
                    return new TryExcept(body, handlers.ToArray(), System.Array.Empty<Stmt>(), SpanFrom(start));
            }
            IReadOnlyList<Stmt> orelse = System.Array.Empty<Stmt>();
            if (handlers.Count > 0 && Accept(TokenKind.Else))
                orelse = ParseHeaderSuite();
            IReadOnlyList<Stmt> finalbody = null;
            if (!_inError && Accept(TokenKind.Finally))
                finalbody = ParseHeaderSuite();
            if (handlers.Count == 0 && finalbody == null)
            {
                Unexpected();
                return new TryFinally(body, System.Array.Empty<Stmt>(), SpanFrom(start));
            }
            if (handlers.Count == 0)
                return new TryFinally(body, finalbody, SpanFrom(start));
            Stmt tryExcept = new TryExcept(body, handlers.ToArray(), orelse, SpanFrom(start));
            if (finalbody == null)
                return tryExcept;
            return new TryFinally(new[] { tryExcept }, finalbody, SpanFrom(start));
        }

        private Stmt ParseWith()
        {
            int start = _token.Start;
            Advance();
            var items = new List<(Expr context, Expr vars, int start)>();
            do
            {
                int itemStart = _token.Start;
                Expr context = ParseTest();
                Expr vars = null;
                if (Accept(TokenKind.As))
                    vars = SetContext(ParseExpr(), ExprContext.Store);
                items.Add((context, vars, itemStart));
            } while (!_inError && Accept(TokenKind.Comma));
            IReadOnlyList<Stmt> body = ParseHeaderSuite();
            // "with a, b:" is With(a, body=[With(b, body)]), as CPython 2.7 builds it.
            Stmt result = null;
            for (int i = items.Count - 1; i >= 0; i--)
            {
                IReadOnlyList<Stmt> inner = result == null ? body : new[] { result };
                int itemStart = i == 0 ? start : items[i].start;
                result = new With(items[i].context, items[i].vars, inner, SpanFrom(itemStart));
            }
            return result;
        }

        private Stmt ParseDecorated()
        {
            int start = _token.Start;
            var decorators = new List<Expr>();
            while (Kind == TokenKind.At)
            {
                Advance();
                int nameStart = _token.Start;
                string dotted = ParseDottedName();
                if (dotted == null) return new Pass(SpanFrom(start));
                Expr decorator = DottedNameExpr(dotted, nameStart);
                if (Kind == TokenKind.LeftParen)
                {
                    Advance();
                    decorator = ParseCallArguments(decorator, nameStart);
                }
                decorators.Add(decorator);
                if (!Expect(TokenKind.Newline))
                    return new Pass(SpanFrom(start));
            }
            if (Kind == TokenKind.Def)
                return ParseFunctionDef(start, decorators);
            if (Kind == TokenKind.Class)
                return ParseClassDef(start, decorators);
            Unexpected();
            return new Pass(SpanFrom(start));
        }

        /// <summary>a.b.c as nested Attribute nodes over a Name, with spans from the source.</summary>
        private Expr DottedNameExpr(string dotted, int start)
        {
            int dot = dotted.IndexOf('.');
            if (dot < 0)
                return new Name(dotted, ExprContext.Load, new TextSpan(start, dotted.Length));
            string[] parts = dotted.Split('.');
            Expr result = new Name(string.Intern(parts[0]), ExprContext.Load, new TextSpan(start, parts[0].Length));
            // Spans of inner attributes are approximated by the whole dotted name when it contains spaces.
            for (int i = 1; i < parts.Length; i++)
                result = new AttributeExpr(result, string.Intern(parts[i]), ExprContext.Load, SpanFrom(start));
            return result;
        }

        private Stmt ParseFunctionDef(int start, List<Expr> decorators)
        {
            Advance(); // def
            string name = ParseStoredName();
            Arguments args;
            if (_inError || !Expect(TokenKind.LeftParen))
                args = new Arguments(null, null, null, null, new TextSpan(_token.Start, 0));
            else
            {
                args = ParseParameters(TokenKind.RightParen);
                Expect(TokenKind.RightParen);
            }
            IReadOnlyList<Stmt> body = ParseHeaderSuite();
            return new FunctionDef(name, args, body, decorators?.ToArray(), SpanFrom(start));
        }

        private Stmt ParseClassDef(int start, List<Expr> decorators)
        {
            Advance(); // class
            string name = ParseStoredName();
            IReadOnlyList<Expr> bases = System.Array.Empty<Expr>();
            if (!_inError && Accept(TokenKind.LeftParen))
            {
                var list = new List<Expr>();
                while (Kind != TokenKind.RightParen && !_inError)
                {
                    list.Add(ParseTest());
                    if (!Accept(TokenKind.Comma))
                        break;
                }
                bases = list.ToArray();
                Expect(TokenKind.RightParen);
            }
            IReadOnlyList<Stmt> body = ParseHeaderSuite();
            return new ClassDef(name, bases, body, decorators?.ToArray(), SpanFrom(start));
        }

    }
}
