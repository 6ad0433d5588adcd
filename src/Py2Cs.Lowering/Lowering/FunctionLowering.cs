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
    /// <summary>
    /// Lowers <c>def</c> and <c>lambda</c>. The body becomes a C# method taking the Python parameters as
    /// PyObject parameters: a static method of the generated class when the function uses no variable
    /// of an enclosing function, else a local function of the enclosing method (a C# closure, which gives
    /// Python's late binding because captured variables are declared at the top of the method). The
    /// function object wraps it with its signature and defaults (evaluated once, at def time).
    /// </summary>
    internal sealed class FunctionLowering
    {
        private readonly ModuleContext _m;
        private readonly MethodBody _b;
        private readonly BodyLowering _owner;

        public FunctionLowering(ModuleContext module, MethodBody body, BodyLowering owner)
        {
            _m = module;
            _b = body;
            _owner = owner;
        }

        private ExpressionLowering X => _owner.Expressions;

        public void LowerDef(FunctionDef node, List<StatementSyntax> output)
        {
            // Decorators are evaluated first, then defaults; decorators apply bottom-up.
            var decorators = new List<string>();
            foreach (var d in node.DecoratorList)
            {
                string t = _m.NewTemp("deco");
                output.Add(DeclareLocal(PyObjectType, t, X.Lower(d)));
                decorators.Add(t);
            }
            var scope = _m.Scopes[node];
            CheckUnqualifiedExec(scope, node);
            ExpressionSyntax function = MakeFunction(scope, node.Name, node.Args, node.Body, null, node);
            for (int i = decorators.Count - 1; i >= 0; i--)
                function = Invoke(Member(Id(decorators[i]), "Call"), function);
            output.Add(_owner.Targets.StoreName(node.Name, function));
        }

        /// <summary>CPython's symtable refuses a bare exec in a function that contains a nested function
        /// using names from outside itself, or that is itself nested and does (symtable.c's ste_free and
        /// ste_child_free, which count global names as well as free ones in nested blocks).</summary>
        private void CheckUnqualifiedExec(Scope scope, FunctionDef node)
        {
            if (!scope.HasExec) return;
            bool childFree = HasFreeBelow(scope);
            bool nested = scope.Parent != null && scope.Parent.IsFunctionLike;
            if (!childFree && !(nested && UsesOuterNames(scope))) return;
            _m.Error(node, "unqualified exec is not allowed in function '" + node.Name + "' because it " +
                (childFree ? "contains a nested function with free variables" : "is a nested function"));
        }

        private static bool HasFreeBelow(Scope scope)
        {
            foreach (var child in scope.Children)
                if ((child.IsFunctionLike && UsesOuterNames(child)) || HasFreeBelow(child)) return true;
            return false;
        }

        private static bool UsesOuterNames(Scope scope) =>
            scope.Symbols.Any(sym => sym.Kind == Semantics.SymbolKind.Free || sym.Kind == Semantics.SymbolKind.GlobalImplicit);

        public ExpressionSyntax LowerLambda(Lambda node)
        {
            var scope = _m.Scopes[node];
            return MakeFunction(scope, "<lambda>", node.Args, null, node.Body, node);
        }

        private ExpressionSyntax MakeFunction(Scope scope, string pythonName, Arguments args, IReadOnlyList<Stmt> body, Expr lambdaBody, Node node)
        {
            var defaults = args.Defaults.Select(X.Lower).ToList();
            ExpressionSyntax doc = null;
            bool hasDoc = body != null && body.Count > 0 && body[0] is ExprStmt es && es.Value is StrLiteral;
            if (hasDoc)
                doc = X.Lower(((ExprStmt)body[0]).Value);

            bool hoist = !scope.HasFreeVariables;
            string baseName = pythonName == "<lambda>" ? "lambda" : IdentifierNames.Escape(pythonName);
            var target = hoist ? _b.TargetType : null;
            string methodName;
            if (node is FunctionDef def && _m.DirectCalls.TryGetValue(def, out var reserved))
                methodName = reserved;
            else
                methodName = hoist ? target.Members.Unique(baseName) : LocalFunctionName(baseName);

            var parameters = new List<ParameterSyntax>();
            var paramNames = new List<string>();
            var method = BuildBody(scope, pythonName, args, body, lambdaBody, hoist ? null : _b, target, parameters, paramNames);

            // The traceback printer names frames from this attribute.
            var attributes = SingletonList(PythonFunctionAttribute(pythonName));

            ExpressionSyntax callee;
            if (hoist)
            {
                var decl = MethodDeclaration(PyObjectType, Identifier(methodName))
                    .WithAttributeLists(attributes)
                    .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
                    .WithParameterList(ParameterList(SeparatedList(parameters)))
                    .WithBody(method);
                target.Declarations.Add(decl);
                if (node is FunctionDef direct && _m.DirectCallEntries.TryGetValue(direct, out var entryName))
                {
                    // RecursionGuard.Enter(); try { return f(a, b); } finally { RecursionGuard.Exit(); }
                    var call = Invoke(Id(methodName), parameters.Select(p => (ExpressionSyntax)IdentifierName(p.Identifier)));
                    var entry = MethodDeclaration(PyObjectType, Identifier(entryName))
                        .WithModifiers(TokenList(Token(SyntaxKind.InternalKeyword), Token(SyntaxKind.StaticKeyword)))
                        .WithParameterList(ParameterList(SeparatedList(parameters)))
                        .WithBody(Block(
                            Stmt(Call("RecursionGuard.Enter")),
                            TryStatement(Block(ReturnStatement(call)), default(SyntaxList<CatchClauseSyntax>),
                                FinallyClause(Block(Stmt(Call("RecursionGuard.Exit")))))));
                    target.Declarations.Add(entry);
                }
                // A def nested in a function is hoisted beside it; the enclosing function's variable of
                // the same name would hide the method, so the module class qualifies it then.
                bool hidden = _b.Scope.IsFunctionLike && _b.Scope.Symbols.Any(sym => ExpressionLowering.LocalName(sym.Name) == methodName);
                callee = target.Qualifier.Length > 0 ? Member(Dotted(target.Qualifier), methodName)
                    : hidden ? Member(Id(_m.ClassName), methodName) : (ExpressionSyntax)Id(methodName);
            }
            else
            {
                var local = LocalFunctionStatement(PyObjectType, Identifier(methodName))
                    .WithAttributeLists(attributes)
                    .WithParameterList(ParameterList(SeparatedList(parameters)))
                    .WithBody(method);
                _b.AddLocalFunction(local);
                callee = Id(methodName);
            }

            // Up to four plain parameters: a fixed-arity delegate (exact-arity calls skip binding);
            // otherwise the runtime binds the call to the parameter slots and the adapter spreads them.
            bool simple = args.Vararg == null && args.Kwarg == null && paramNames.Count <= 4;
            ExpressionSyntax delegateExpr;
            if (simple)
            {
                var funcArgs = Enumerable.Repeat(PyObjectType, paramNames.Count + 1).ToArray();
                delegateExpr = CastExpression(Generic("Func", funcArgs), callee);
            }
            else
            {
                string a = _m.NewTemp("a");
                var forwarded = Enumerable.Range(0, paramNames.Count)
                    .Select(i => (ExpressionSyntax)ElementAccessExpression(Id(a), BracketedArgumentList(SingletonSeparatedList(Argument(IntLit(i))))));
                delegateExpr = CastExpression(Generic("Func", PyObjectArrayType, PyObjectType),
                    Paren(SimpleLambdaExpression(Parameter(Identifier(a)), Invoke(callee, forwarded))));
            }
            var stringType = PredefinedType(Token(SyntaxKind.StringKeyword));
            var signature = _m.StaticField("__sig_" + IdentifierNames.Sanitize(baseName), IdentifierName("FunctionSignature"),
                New("FunctionSignature", StringLit(pythonName),
                    NewArray(stringType, args.Args.Select((p, i) => (ExpressionSyntax)StringLit(ParameterName(p, i)))),
                    args.Vararg == null ? (ExpressionSyntax)CastExpression(stringType, Null) : StringLit(args.Vararg),
                    args.Kwarg == null ? (ExpressionSyntax)CastExpression(stringType, Null) : StringLit(args.Kwarg)));
            ExpressionSyntax defaultsArray = defaults.Count == 0 ? (ExpressionSyntax)CastExpression(PyObjectArrayType, Null) : NewArray(PyObjectType, defaults);
            if (!simple)
            {
                ExpressionSyntax made = Call("PyFunction.WithBoundArguments", signature, delegateExpr, defaultsArray, Id(RuntimeNames.Globals));
                return hasDoc ? Invoke(Member(made, "WithDoc"), doc) : made;
            }
            var creation = New("PyFunction", signature, delegateExpr, defaultsArray, Id(RuntimeNames.Globals));
            if (hasDoc)
                creation = creation.WithInitializer(InitializerExpression(SyntaxKind.ObjectInitializerExpression,
                    SingletonSeparatedList<ExpressionSyntax>(Assign(Id("Doc"), doc))));
            return creation;
        }

        private static TypeSyntax PyObjectArrayType
            => ArrayType(PyObjectType, SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression()))));

        private string LocalFunctionName(string baseName)
        {
            // Local functions share the method's local-variable namespace with the Python locals.
            string name = "__def_" + IdentifierNames.Sanitize(baseName);
            string unique = name;
            for (int i = 2; _b.IsDeclared(unique); i++) unique = name + "_" + i;
            _b.MarkDeclared(unique);
            return unique;
        }

        /// <summary>CPython names tuple parameters ".0", ".1"...; the C# parameter for one is "__argN".</summary>
        private static string ParameterName(Expr p, int index) => p is Name n ? n.Id : "." + index;

        private static string CSharpParameterName(Expr p, int index) => p is Name n ? ExpressionLowering.LocalName(n.Id) : "__arg" + index;

        /// <summary>Builds the method body for a function scope; fills the C# parameters.</summary>
        internal BlockSyntax BuildBody(Scope scope, string pythonName, Arguments args, IReadOnlyList<Stmt> body, Expr lambdaBody,
            MethodBody parent, GeneratedType target, List<ParameterSyntax> parameters, List<string> paramNames)
        {
            var inner = new MethodBody(scope, parent) { TargetType = target ?? _b.TargetType, FrameName = pythonName };
            var lowering = new BodyLowering(_m, inner);
            var csParams = new HashSet<string>();
            for (int i = 0; i < args.Args.Count; i++)
            {
                string name = CSharpParameterName(args.Args[i], i);
                parameters.Add(Param(name, PyObjectType));
                paramNames.Add(name);
                csParams.Add(name);
                inner.MarkDeclared(name);
            }
            foreach (var extra in new[] { args.Vararg, args.Kwarg })
                if (extra != null)
                {
                    string name = ExpressionLowering.LocalName(extra);
                    parameters.Add(Param(name, PyObjectType));
                    paramNames.Add(name);
                    csParams.Add(name);
                    inner.MarkDeclared(name);
                }

            foreach (var sym in scope.Symbols)
                if (sym.IsFunctionLocal && !csParams.Contains(ExpressionLowering.LocalName(sym.Name)))
                    inner.DeclareLocal(ExpressionLowering.LocalName(sym.Name));

            var statements = new List<StatementSyntax>();
            bool generator = scope.IsGenerator;
            if (generator)
                inner.GeneratorVariable = "__gen";

            // Tuple parameters unpack at the start of the body.
            for (int i = 0; i < args.Args.Count; i++)
                if (!(args.Args[i] is Name))
                    lowering.Targets.Store(args.Args[i], Id("__arg" + i), statements);

            if (lambdaBody != null)
            {
                // The body is a C# statement of its own method, so it needs its own #line: without one
                // it would be numbered on from the last directive before the method.
                var value = lowering.Expressions.Lower(lambdaBody);
                int line = _m.Reached(_m.LineOf(lambdaBody), lambdaBody);
                statements.Add(_m.AtLine(generator ? Stmt(value) : (StatementSyntax)ReturnStatement(value), line));
            }
            else
            {
                int start = body.Count > 0 && body[0] is ExprStmt es && es.Value is StrLiteral ? 1 : 0;
                for (int i = start; i < body.Count; i++)
                    lowering.Statements.LowerInto(body[i], statements);
                if (!generator && !(body.Count > 0 && (body[body.Count - 1] is Return || body[body.Count - 1] is Raise)))
                    statements.Add(ReturnStatement(Dotted("PyNone.None")));
            }

            var all = new List<StatementSyntax>();
            all.AddRange(inner.Declarations);
            all.AddRange(statements);
            all.AddRange(inner.LocalFunctions);
            if (!generator)
                return Block(all);

            // A generator's body runs as an async lambda the PyGenerator resumes; yield awaits __gen.Yield(v).
            // The attribute names the frame of the state machine's MoveNext, where the body runs.
            var lambda = ParenthesizedLambdaExpression()
                .WithAttributeLists(SingletonList(PythonFunctionAttribute(pythonName)))
                .WithAsyncKeyword(Token(SyntaxKind.AsyncKeyword))
                .WithParameterList(ParameterList(SingletonSeparatedList(Param("__gen", IdentifierName("PyGenerator")))))
                .WithBlock(Block(all));
            return Block(ReturnStatement(New("PyGenerator", StringLit(pythonName), lambda)));
        }
    }
}
