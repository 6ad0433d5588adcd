using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Py2Cs.Lowering.Semantics;
using Py2Cs.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Py2Cs.Lowering.CSharpFactory;

namespace Py2Cs.Lowering
{
    /// <summary>Lowers Python statements to C# statements; each Python statement's first C# statement
    /// carries the comments before it and a <c>#line</c> directive naming its .py line.</summary>
    internal sealed class StatementLowering : PythonSyntaxVisitor<object>
    {
        private readonly ModuleContext _m;
        private readonly MethodBody _b;
        private readonly BodyLowering _owner;
        private List<StatementSyntax> _out;

        public StatementLowering(ModuleContext module, MethodBody body, BodyLowering owner)
        {
            _m = module;
            _b = body;
            _owner = owner;
        }

        private ExpressionLowering X => _owner.Expressions;
        private AssignmentLowering T => _owner.Targets;

        public List<StatementSyntax> LowerBlock(IReadOnlyList<Stmt> statements)
        {
            var result = new List<StatementSyntax>();
            foreach (var s in statements)
                LowerInto(s, result);
            return result;
        }

        public void LowerInto(Stmt statement, List<StatementSyntax> output)
        {
            var saved = _out;
            var savedLines = _lineAt;
            _out = new List<StatementSyntax>();
            _lineAt = new Dictionary<int, int>();
            Visit(statement);
            var produced = _out;
            var lineAt = _lineAt;
            _out = saved;
            _lineAt = savedLines;
            int line = StatementLine(statement);
            var trivia = LeadingTrivia(statement, lineAt.TryGetValue(0, out int first) ? first : line);
            if (produced.Count == 0)
                produced.Add(EmptyStatement());
            produced[0] = produced[0].WithLeadingTrivia(trivia.AddRange(produced[0].GetLeadingTrivia()));
            // Every C# statement gets its own #line: after a directive the C# lines count on from it, so a
            // second statement without one (print's second item, a for loop's Next) would name a wrong line.
            // Statements that already have one (a class body lowered inline) keep theirs.
            for (int i = 1; i < produced.Count; i++)
                if (!HasLineDirective(produced[i]))
                    produced[i] = WithLine(produced[i], lineAt.TryGetValue(i, out int own) ? own : line);
            output.AddRange(produced);
        }

        /// <summary>The line CPython reports while the statement's header expressions run (see <see cref="ReachedLine"/>).</summary>
        private int StatementLine(Stmt statement)
        {
            int start = _m.LineOf(statement);
            switch (statement)
            {
                case ExprStmt e: return Reached(start, e.Value);
                case Assign a: return Reached(start, a.Value);
                case AugAssign a: return Reached(start, a.Target, a.Value);
                case Return r: return Reached(start, r.Value);
                case Print p: return Reached(start, new Node[] { p.Dest }.Concat(p.Values).ToArray());
                case Raise r: return Reached(start, r.Type, r.Inst, r.Tback);
                case AssertStmt a: return Reached(start, a.Test);
                case Delete d: return Reached(start, d.Targets.ToArray<Node>());
                case Exec x: return Reached(start, x.Body, x.Globals, x.Locals);
                case If i: return Reached(start, i.Test);
                case While w: return Reached(start, w.Test);
                case For f: return Reached(start, f.Iter);
                case With w: return Reached(start, w.ContextExpr);
                case FunctionDef f: return Reached(start, f.DecoratorList.Concat<Node>(f.Args.Defaults).ToArray());
                case ClassDef c: return Reached(start, c.DecoratorList.Concat<Node>(c.Bases).ToArray());
                default: return start;
            }
        }

        private int Reached(int start, params Node[] nodes) => ReachedLine.Of(_m.Text, start, nodes);

        private static bool HasLineDirective(StatementSyntax s) =>
            s.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.LineDirectiveTrivia));

        private StatementSyntax WithLine(StatementSyntax s, int line)
        {
            if (!_m.Options.EmitLineDirectives) return s;
            return s.WithLeadingTrivia(s.GetLeadingTrivia().InsertRange(0, new[] { ElasticCarriageReturnLineFeed, LineDirective(line) }));
        }

        private SyntaxTrivia LineDirective(int line) => Trivia(LineDirectiveTrivia(Literal(line), Literal(_m.File.Path), true));

        private SyntaxTriviaList LeadingTrivia(Node node, int line)
        {
            var list = new List<SyntaxTrivia>();
            if (_m.Options.EmitComments)
                foreach (var c in _m.TakeCommentsBefore(node.Span.Start))
                {
                    list.Add(Comment("//" + c.Substring(1)));
                    list.Add(ElasticCarriageReturnLineFeed);
                }
            if (_m.Options.EmitLineDirectives)
            {
                list.Add(ElasticCarriageReturnLineFeed);
                list.Add(LineDirective(line));
            }
            return TriviaList(list);
        }

        /// <summary>A statement that raises on a later C# line than its statement's #line (the throw of an
        /// assert, the __exit__ call of a with) gets its own directive, so tracebacks name the right .py line.</summary>
        private StatementSyntax AtLineOf(StatementSyntax s, Node node) => AtLine(s, node is Stmt st ? StatementLine(st) : _m.LineOf(node));

        private StatementSyntax AtLine(StatementSyntax s, int line) => _m.AtLine(s, line);

        /// <summary>Lines of produced statements that differ from their statement's (by index in <see cref="_out"/>).</summary>
        private Dictionary<int, int> _lineAt = new Dictionary<int, int>();

        private void Emit(StatementSyntax s) => _out.Add(s);

        private BlockSyntax Nested(IReadOnlyList<Stmt> body) => Block(LowerBlock(body));

        protected override object DefaultVisit(Node node)
        {
            _m.Error(node, "py2cs cannot translate this statement yet (" + node.GetType().Name + ")");
            return null;
        }

        // ---- simple statements ----

        public override object VisitPass(Pass node) => null;

        public override object VisitGlobal(Global node) => null;

        public override object VisitExprStmt(ExprStmt node)
        {
            var e = X.Lower(node.Value);
            if (e is InvocationExpressionSyntax || e is AwaitExpressionSyntax || e is AssignmentExpressionSyntax)
                Emit(Stmt(e));
            else
                Emit(Stmt(Assign(Id(X.Temp()), e)));
            return null;
        }

        public override object VisitAssign(Assign node)
        {
            if (node.Targets.Count == 1 && AssignmentLowering.IsSimpleTarget(node.Targets[0]))
            {
                T.Store(node.Targets[0], X.Lower(node.Value), _out);
                return null;
            }
            // The value is evaluated first, then stored into each target left to right.
            string v = _m.NewTemp("v");
            Emit(DeclareLocal(PyObjectType, v, X.Lower(node.Value)));
            foreach (var target in node.Targets)
                T.Store(target, Id(v), _out);
            return null;
        }

        public override object VisitAugAssign(AugAssign node)
        {
            T.Augmented(node, _out);
            return null;
        }

        public override object VisitDelete(Delete node)
        {
            foreach (var t in node.Targets)
                T.Delete(t, _out);
            return null;
        }

        public override object VisitPrint(Print node)
        {
            ExpressionSyntax dest = CastExpression(PyObjectType, Null);
            if (node.Dest != null)
            {
                string d = _m.NewTemp("dest");
                Emit(DeclareLocal(PyObjectType, d, X.Lower(node.Dest)));
                dest = Id(d);
            }
            // Each item prints as it is evaluated: its own line is the one reached by then.
            var reached = new List<Node> { node.Dest };
            foreach (var v in node.Values)
            {
                reached.Add(v);
                _lineAt[_out.Count] = Reached(_m.LineOf(node), reached.ToArray());
                Emit(Stmt(Call("Builtins.PrintItem", dest, X.Lower(v))));
            }
            if (node.Nl)
                Emit(Stmt(Call("Builtins.PrintNewline", dest)));
            return null;
        }

        public override object VisitReturn(Return node)
        {
            if (!_b.Scope.IsFunctionLike || _b.Scope.Kind == ScopeKind.Class)
            {
                _m.Error(node, "'return' outside function");
                return null;
            }
            if (_b.FinallyDepth > 0)
            {
                _m.Error(node, "py2cs cannot translate 'return' inside a 'finally' block yet");
                return null;
            }
            if (_b.GeneratorVariable != null)
            {
                if (node.Value != null)
                    _m.Error(node, "'return' with argument inside generator");
                Emit(ReturnStatement());
                return null;
            }
            Emit(ReturnStatement(node.Value == null ? Dotted("PyNone.None") : X.Lower(node.Value)));
            return null;
        }

        public override object VisitBreak(Break node)
        {
            if (_b.LoopBreakFlags.Count == 0)
            {
                _m.Error(node, "'break' outside loop");
                return null;
            }
            if (_b.FinallyDepth > _b.LoopFinallyDepths.Peek())
            {
                _m.Error(node, "py2cs cannot translate 'break' inside a 'finally' block yet");
                return null;
            }
            var flag = _b.LoopBreakFlags.Peek();
            if (flag != null)
                Emit(AssignStmt(Id(flag), CSharpFactory.True));
            Emit(BreakStatement());
            return null;
        }

        public override object VisitContinue(Continue node)
        {
            if (_b.LoopBreakFlags.Count == 0)
            {
                _m.Error(node, "'continue' not properly in loop");
                return null;
            }
            Emit(ContinueStatement());
            return null;
        }

        public override object VisitAssertStmt(AssertStmt node)
        {
            if (_m.Options.Optimize) return null;
            var raise = node.Msg == null ? Call("Ops.AssertionFailed") : Call("Ops.AssertionFailed", X.Lower(node.Msg));
            Emit(IfStatement(Not(X.Condition(node.Test)), AtLine(Throw(raise), Reached(_m.LineOf(node), node.Test, node.Msg))));
            return null;
        }

        public override object VisitRaise(Raise node)
        {
            if (node.Type == null)
            {
                Emit(Throw(Call("Ops.Reraise")));
                return null;
            }
            var args = new List<ExpressionSyntax> { X.Lower(node.Type) };
            if (node.Inst != null || node.Tback != null) args.Add(node.Inst == null ? Dotted("PyNone.None") : X.Lower(node.Inst));
            if (node.Tback != null) args.Add(X.Lower(node.Tback));
            Emit(Throw(Call("Ops.MakeRaise", args)));
            return null;
        }

        public override object VisitExec(Exec node)
        {
            // The runtime interprets the code (docs/dynamic-code.md); it gets this block's globals and
            // locals mapping. In a function, a bare exec sees a dict of the locals, and the names it binds
            // are copied back afterwards (CPython's PyFrame_LocalsToFast).
            _m.DynamicDispatch(node, "exec runs code interpreted at run time");
            var body = X.Lower(node.Body);
            var g = node.Globals == null ? (ExpressionSyntax)CastExpression(PyObjectType, Null) : X.Lower(node.Globals);
            var l = node.Locals == null ? (ExpressionSyntax)CastExpression(PyObjectType, Null) : X.Lower(node.Locals);
            if (!_b.Scope.IsFunctionLike || node.Globals != null)
            {
                Emit(Stmt(Call("DynamicCode.Exec", body, g, l, Id(RuntimeNames.Globals), X.CallerLocals())));
                return null;
            }
            string d = X.DeclareExecLocals();
            Emit(Stmt(((ParenthesizedExpressionSyntax)X.CallerLocals()).Expression));
            Emit(Stmt(Call("DynamicCode.Exec", body, g, l, Id(RuntimeNames.Globals), Id(d))));
            foreach (var sym in _b.Scope.Symbols)
                if (sym.IsFunctionLocal || sym.Kind == Semantics.SymbolKind.Free)
                {
                    var local = Id(ExpressionLowering.LocalName(sym.Name));
                    Emit(Stmt(Assign(local, BinaryExpression(SyntaxKind.CoalesceExpression,
                        Invoke(Member(Id(d), "GetStr"), _m.Name(sym.Name)), local))));
                }
            return null;
        }

        // ---- compound statements ----

        public override object VisitIf(If node)
        {
            ElseClauseSyntax orelse = null;
            if (node.Orelse.Count == 1 && node.Orelse[0] is If elif)
            {
                var inner = new List<StatementSyntax>();
                LowerInto(elif, inner);
                orelse = ElseClause(inner.Count == 1 ? inner[0] : Block(inner));
            }
            else if (node.Orelse.Count > 0)
                orelse = ElseClause(Nested(node.Orelse));
            Emit(IfStatement(X.Condition(node.Test), Nested(node.Body), orelse));
            return null;
        }

        public override object VisitWhile(While node)
        {
            string flag = node.Orelse.Count > 0 ? _m.NewTemp("broke") : null;
            if (flag != null) Emit(DeclareLocal(PredefinedType(Token(SyntaxKind.BoolKeyword)), flag, CSharpFactory.False));
            _b.LoopBreakFlags.Push(flag);
            _b.LoopFinallyDepths.Push(_b.FinallyDepth);
            // Each iteration is a safepoint (GIL switch, pending signal handlers): a `while` that spins
            // on a flag another thread sets must let that thread run (docs/threading.md).
            var body = Nested(node.Body).Statements.Insert(0, Stmt(Call("Safepoint.Poll")));
            _b.LoopFinallyDepths.Pop();
            _b.LoopBreakFlags.Pop();
            Emit(WhileStatement(X.Condition(node.Test), Block(body)));
            if (flag != null)
                Emit(IfStatement(Not(Id(flag)), Nested(node.Orelse)));
            return null;
        }

        public override object VisitFor(For node)
        {
            string it = _m.NewTemp("it"), item = _m.NewTemp("item");
            // for line in open(p): CPython closes the file when the loop drops its iterator.
            string file = X.IsTemporaryFile(node.Iter) ? _m.NewTemp("file") : null;
            if (file != null)
            {
                Emit(DeclareLocal(PyObjectType, file, X.Lower(node.Iter)));
                Emit(DeclareLocal(PyObjectType, it, Call("Ops.Iter", Id(file))));
            }
            else
                Emit(DeclareLocal(PyObjectType, it, LowerLoopIterator(node.Iter)));
            Emit(DeclareLocal(PyObjectType, item, null));
            string flag = node.Orelse.Count > 0 ? _m.NewTemp("broke") : null;
            if (flag != null) Emit(DeclareLocal(PredefinedType(Token(SyntaxKind.BoolKeyword)), flag, CSharpFactory.False));
            var body = new List<StatementSyntax>();
            T.Store(node.Target, Id(item), body);
            // The target is stored inside the loop's block, where no Python statement gives a #line
            // (an attribute or item target may call Python code).
            int targetLine = Reached(_m.LineOf(node), node.Iter, node.Target);
            for (int i = 0; i < body.Count; i++) body[i] = AtLine(body[i], targetLine);
            _b.LoopBreakFlags.Push(flag);
            _b.LoopFinallyDepths.Push(_b.FinallyDepth);
            body.AddRange(LowerBlock(node.Body));
            _b.LoopFinallyDepths.Pop();
            _b.LoopBreakFlags.Pop();
            var test = NotNull(Paren(Assign(Id(item), Invoke(Member(Id(it), "Next")))));
            if (file != null)
                Emit(TryStatement(Block(WhileStatement(test, Block(body))), default(SyntaxList<CatchClauseSyntax>),
                    FinallyClause(Block(ExpressionStatement(Call("FileTemporary.Release", Id(file)))))));
            else
                Emit(WhileStatement(test, Block(body)));
            if (flag != null)
                Emit(IfStatement(Not(Id(flag)), Nested(node.Orelse)));
            return null;
        }

        /// <summary><c>Ops.Iter(iterable)</c>; for <c>range(...)</c>/<c>xrange(...)</c> with positional
        /// arguments, <c>Ops.IterRange(callee, args)</c>, which counts without building range's list
        /// when the callee is the builtin at run time (it may be rebound) and calls it otherwise.</summary>
        private ExpressionSyntax LowerLoopIterator(Expr iterable)
        {
            if (iterable is Call call && call.Func is Name name && (name.Id == "range" || name.Id == "xrange") &&
                call.Args.Count >= 1 && call.Args.Count <= 3 && call.Keywords.Count == 0 && call.Starargs == null && call.Kwargs == null)
            {
                var args = new List<ExpressionSyntax> { X.Lower(call.Func) };
                foreach (var a in call.Args) args.Add(X.Lower(a));
                return Call("Ops.IterRange", args.ToArray());
            }
            return Call("Ops.Iter", X.Lower(iterable));
        }

        public override object VisitTryFinally(TryFinally node)
        {
            var body = Nested(node.Body);
            _b.FinallyDepth++;
            var fin = Nested(node.Finalbody);
            _b.FinallyDepth--;
            // The finally body runs in a local function marked [FinallyBlock]: a stack walked from inside
            // a finally funclet shows the method at IL offset 0 or at the try body's throw, never at the
            // finally's line; the runtime shows the local function's line under its caller's name.
            // A generator's finally may yield (await), which a local function cannot, so it stays inline.
            if (_b.GeneratorVariable == null && _m.Options.EmitLineDirectives)
            {
                string name = _m.NewTemp("finally");
                _b.MarkDeclared(name);
                var local = LocalFunctionStatement(PredefinedType(Token(SyntaxKind.VoidKeyword)), Identifier(name))
                    .WithAttributeLists(SingletonList(AttributeList(SingletonSeparatedList(Attribute(IdentifierName("FinallyBlock"),
                        AttributeArgumentList(SingletonSeparatedList(AttributeArgument(StringLit(_b.FrameName ?? "?")))))))))
                    .WithBody(fin);
                fin = Block(local, Stmt(Invoke(Id(name))));
            }
            Emit(TryStatement(body, default(SyntaxList<CatchClauseSyntax>), FinallyClause(fin)));
            return null;
        }

        public override object VisitTryExcept(TryExcept node)
        {
            string ok = node.Orelse.Count > 0 ? _m.NewTemp("ok") : null;
            if (ok != null) Emit(DeclareLocal(PredefinedType(Token(SyntaxKind.BoolKeyword)), ok, CSharpFactory.False));
            var bodyStatements = LowerBlock(node.Body);
            if (ok != null) bodyStatements.Add(AssignStmt(Id(ok), CSharpFactory.True));

            // The catch block only picks the handler; the handler bodies run after the try statement.
            // Why: a stack walked from inside a catch funclet shows the method at its try body's IL offset,
            // so calls made there would report the wrong line (logging's lineno, tracebacks).
            string e = _m.NewTemp("e");
            string chosen = node.Handlers.Count > 1 ? _m.NewTemp("handler") : null;
            Emit(DeclareLocal(IdentifierName("PythonException"), e, Null));
            if (chosen != null) Emit(DeclareLocal(PredefinedType(Token(SyntaxKind.IntKeyword)), chosen, IntLit(0)));
            StatementSyntax Choose(int i) => chosen == null ? (StatementSyntax)Block() : AssignStmt(Id(chosen), IntLit(i + 1));
            ExpressionSyntax Chosen(int i) => chosen == null
                ? BinaryExpression(SyntaxKind.NotEqualsExpression, Id(e), Null)
                : BinaryExpression(SyntaxKind.EqualsExpression, Id(chosen), IntLit(i + 1));

            // Handlers are tried in order; the first whose type matches is chosen; none re-throws.
            string caught = _m.NewTemp("x");
            StatementSyntax selection = Block(Throw(null));
            StatementSyntax dispatch = null;
            for (int i = node.Handlers.Count - 1; i >= 0; i--)
            {
                var h = node.Handlers[i];
                var handlerBody = new List<StatementSyntax>();
                if (h.Name != null)
                    T.Store(h.Name, Member(Id(e), "Value"), handlerBody);
                handlerBody.AddRange(LowerBlock(h.Body));
                dispatch = IfStatement(Chosen(i), Block(handlerBody), dispatch == null ? null : ElseClause(dispatch));
                if (h.Type == null)
                    selection = Choose(i);
                else
                    selection = AtLine(IfStatement(Invoke(Member(Id(e), "Matches"), X.Lower(h.Type)), Choose(i), ElseClause(selection)),
                        Reached(_m.LineOf(h), h.Type));
            }
            // Any .NET exception is caught: the runtime maps it to its Python exception (ZeroDivisionError...).
            var catchBlock = Block(
                AssignStmt(Id(e), Call("Ops.ToPython", Id(caught))),
                Stmt(Call("Ops.SetExcInfo", Id(e))),
                selection);
            var catchClause = CatchClause(CatchDeclaration(IdentifierName("Exception"), Identifier(caught)), null, catchBlock);
            Emit(TryStatement(Block(bodyStatements), SingletonList(catchClause), null));
            if (dispatch != null)
                Emit(dispatch);
            if (ok != null)
                Emit(IfStatement(Id(ok), Nested(node.Orelse)));
            return null;
        }

        public override object VisitWith(With node)
        {
            string mgr = _m.NewTemp("mgr"), exit = _m.NewTemp("exit"), ok = _m.NewTemp("ok"), e = _m.NewTemp("e");
            Emit(DeclareLocal(PyObjectType, mgr, X.Lower(node.ContextExpr)));
            Emit(DeclareLocal(PyObjectType, exit, Call("WithStatement.GetExit", Id(mgr))));
            var enter = Call("Ops.CallMethod", Id(mgr), _m.Name("__enter__"));
            var body = new List<StatementSyntax>();
            if (node.OptionalVars != null)
            {
                string v = _m.NewTemp("v");
                Emit(DeclareLocal(PyObjectType, v, enter));
                T.Store(node.OptionalVars, Id(v), body);
                int targetLine = Reached(_m.LineOf(node), node.ContextExpr, node.OptionalVars);
                for (int i = 0; i < body.Count; i++) body[i] = AtLine(body[i], targetLine);
            }
            else
                Emit(Stmt(enter));
            Emit(DeclareLocal(PredefinedType(Token(SyntaxKind.BoolKeyword)), ok, CSharpFactory.True));
            body.AddRange(LowerBlock(node.Body));
            // An exception goes to __exit__(type, value, tb); a true result swallows it.
            string caught = _m.NewTemp("x");
            var last = node.Body.Count > 0 ? node.Body[node.Body.Count - 1] : (Node)node;
            var catchBlock = Block(
                AssignStmt(Id(ok), CSharpFactory.False),
                AtLineOf(IfStatement(Not(Call("WithStatement.ExitWithException", Id(exit), Call("Ops.ToPython", Id(caught)))), Throw(null)), last));
            var inner = TryStatement(Block(body),
                SingletonList(CatchClause(CatchDeclaration(IdentifierName("Exception"), Identifier(caught)), null, catchBlock)), null);
            // CPython reports __exit__'s errors at the last line the body ran: the last statement's line here.
            var exitNormally = AtLineOf(Stmt(Call("WithStatement.ExitNormally", Id(exit))), last);
            var fin = FinallyClause(Block(IfStatement(Id(ok), exitNormally)));
            Emit(TryStatement(Block(inner), default(SyntaxList<CatchClauseSyntax>), fin));
            return null;
        }

        // ---- definitions and imports ----

        public override object VisitFunctionDef(FunctionDef node)
        {
            _owner.Functions.LowerDef(node, _out);
            return null;
        }

        public override object VisitClassDef(ClassDef node)
        {
            _owner.Classes.LowerClass(node, _out);
            return null;
        }

        public override object VisitImport(Import node)
        {
            foreach (var alias in node.Names)
            {
                string target = _m.ResolveImplicitRelative(alias.Name);
                if (alias.Asname != null)
                {
                    Emit(T.StoreName(alias.Asname, Call("Importer.ImportModule", StringLit(target))));
                    continue;
                }
                // import a.b.c binds a (the top-level package) to the name a.
                string top = alias.Name.Split('.')[0];
                if (target == alias.Name)
                    Emit(T.StoreName(top, Call("Importer.Import", StringLit(target))));
                else
                {
                    // An implicit relative import: pkg.a.b.c is imported, and a is bound to pkg.a.
                    if (target.Length > _m.Package.Length + 1 + top.Length)
                        Emit(Stmt(Call("Importer.ImportModule", StringLit(target))));
                    Emit(T.StoreName(top, Call("Importer.ImportModule", StringLit(_m.Package + "." + top))));
                }
            }
            return null;
        }

        public override object VisitImportFrom(ImportFrom node)
        {
            if (node.Module == "__future__") return null;
            ExpressionSyntax moduleName = node.Level == 0
                ? (ExpressionSyntax)StringLit(_m.ResolveImplicitRelative(node.Module))
                : Call("Importer.ResolveRelative", StringLit(node.Module ?? ""), IntLit(node.Level), Id(RuntimeNames.Globals));
            string m = _m.NewTemp("mod");
            Emit(DeclareLocal(PyObjectType, m, Call("Importer.ImportModule", moduleName)));
            foreach (var alias in node.Names)
            {
                if (alias.Name == "*")
                {
                    if (_b.Scope.IsFunctionLike)
                        _m.Error(node, "py2cs cannot translate 'import *' inside a function");
                    else
                        Emit(Stmt(Call("Importer.ImportStar", Id(m), _b.Scope.Kind == ScopeKind.Class ? Id(_b.ClassNamespace) : Id(RuntimeNames.Globals))));
                    continue;
                }
                Emit(T.StoreName(alias.Asname ?? alias.Name, Call("Importer.ImportFrom", Id(m), StringLit(alias.Name))));
            }
            return null;
        }
    }
}
