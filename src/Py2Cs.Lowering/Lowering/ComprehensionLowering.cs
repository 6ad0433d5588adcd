using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Py2Cs.Lowering.Semantics;
using Py2Cs.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Py2Cs.Lowering.CSharpFactory;

namespace Py2Cs.Lowering
{
    /// <summary>
    /// Comprehensions need loops inside an expression, so each becomes a C# local function of the current
    /// method, called in place. A Python 2 list comprehension runs in the enclosing scope (its variable
    /// leaks, so it stores into the enclosing locals); set and dict comprehensions and generator
    /// expressions have their own scope, and their outermost iterable is evaluated outside, first.
    /// </summary>
    internal sealed class ComprehensionLowering
    {
        private readonly ModuleContext _m;
        private readonly MethodBody _b;
        private readonly BodyLowering _owner;

        public ComprehensionLowering(ModuleContext module, MethodBody body, BodyLowering owner)
        {
            _m = module;
            _b = body;
            _owner = owner;
        }

        public ExpressionSyntax LowerListComp(ListComp node)
        {
            string result = _m.NewTemp("list");
            var statements = new List<StatementSyntax> { DeclareVar(result, New("PyList")) };
            statements.Add(Loops(_owner, node.Generators, 0, null,
                Stmt(Invoke(Member(Id(result), "Append"), _owner.Expressions.Lower(node.Elt)))));
            statements.Add(ReturnStatement(Id(result)));
            string name = LocalName("listcomp");
            _b.AddLocalFunction(LocalFunctionStatement(PyObjectType, Identifier(name)).WithBody(Block(statements)));
            return Invoke(Id(name));
        }

        public ExpressionSyntax LowerSetComp(SetComp node)
            => OwnScope(node, node.Generators, "setcomp", (lowering, result) =>
                Stmt(Invoke(Member(Id(result), "Add"), lowering.Expressions.Lower(node.Elt))), New("PySet"));

        public ExpressionSyntax LowerDictComp(DictComp node)
            => OwnScope(node, node.Generators, "dictcomp", (lowering, result) =>
                Stmt(Call("Ops.SetItem", Id(result), lowering.Expressions.Lower(node.Key), lowering.Expressions.Lower(node.Value))), New("PyDict"));

        public ExpressionSyntax LowerGeneratorExp(GeneratorExp node)
            => OwnScope(node, node.Generators, "genexpr", (lowering, result) =>
                Stmt(AwaitExpression(Invoke(Member(Id("__gen"), "Yield"), lowering.Expressions.Lower(node.Elt)))), null);

        private delegate StatementSyntax Innermost(BodyLowering lowering, string result);

        private ExpressionSyntax OwnScope(Expr node, IReadOnlyList<Comprehension> generators, string kind, Innermost innermost, ExpressionSyntax newResult)
        {
            var scope = _m.Scopes[node];
            var inner = new MethodBody(scope, _b) { TargetType = _b.TargetType, FrameName = "<" + kind + ">" };
            bool generator = newResult == null;
            if (generator) inner.GeneratorVariable = "__gen";
            var lowering = new BodyLowering(_m, inner);
            foreach (var sym in scope.Symbols)
                if (sym.IsFunctionLocal)
                    inner.DeclareLocal(ExpressionLowering.LocalName(sym.Name));

            string outer = _m.NewTemp("outer");
            string result = _m.NewTemp(kind);
            var statements = new List<StatementSyntax>();
            if (!generator) statements.Add(DeclareVar(result, newResult));
            // Its own frame (<genexpr>, <setcomp>, <dictcomp>): every statement is at the line CPython
            // reaches by the element, as the loops have no Python statements of their own.
            statements.Add(StatementLineRewriter.AtLine(_m, Loops(lowering, generators, 0, outer, innermost(lowering, result)), ReachedInside(node, generators)));
            if (!generator) statements.Add(ReturnStatement(Id(result)));

            var all = new List<StatementSyntax>();
            all.AddRange(inner.Declarations);
            all.AddRange(statements);
            all.AddRange(inner.LocalFunctions);
            BlockSyntax body;
            if (generator)
            {
                var lambda = ParenthesizedLambdaExpression()
                    .WithAttributeLists(SingletonList(PythonFunctionAttribute("<" + kind + ">")))
                    .WithAsyncKeyword(Token(SyntaxKind.AsyncKeyword))
                    .WithParameterList(ParameterList(SingletonSeparatedList(Param("__gen", IdentifierName("PyGenerator")))))
                    .WithBlock(Block(all));
                body = Block(ReturnStatement(New("PyGenerator", StringLit("<genexpr>"), lambda)));
            }
            else
                body = Block(all);

            string name = LocalName(kind);
            var function = LocalFunctionStatement(PyObjectType, Identifier(name));
            if (!generator) function = function.WithAttributeLists(SingletonList(PythonFunctionAttribute("<" + kind + ">")));
            _b.AddLocalFunction(function
                .WithParameterList(ParameterList(SingletonSeparatedList(Param(outer, PyObjectType))))
                .WithBody(body));
            // The outermost iterable is evaluated (and iter() called on it) in the enclosing scope, now.
            return Invoke(Id(name), Call("Ops.Iter", _owner.Expressions.Lower(generators[0].Iter)));
        }

        /// <summary>The line CPython's code object of the comprehension reaches by its element: the greatest
        /// line of its nodes, the outermost iterable excepted (it is evaluated outside).</summary>
        private int ReachedInside(Expr node, IReadOnlyList<Comprehension> generators)
        {
            var nodes = new List<Node>();
            for (int i = 0; i < generators.Count; i++)
            {
                nodes.Add(generators[i].Target);
                if (i > 0) nodes.Add(generators[i].Iter);
                nodes.AddRange(generators[i].Ifs);
            }
            switch (node)
            {
                case SetComp s: nodes.Add(s.Elt); break;
                case DictComp d: nodes.Add(d.Value); nodes.Add(d.Key); break;
                case GeneratorExp g: nodes.Add(g.Elt); break;
            }
            return _m.Reached(_m.LineOf(node), nodes.ToArray());
        }

        private string LocalName(string kind)
        {
            string name = _m.NewTemp(kind);
            _b.MarkDeclared(name);
            return name;
        }

        /// <summary>Nested loops for the "for ... if ..." clauses around the innermost statement.</summary>
        private StatementSyntax Loops(BodyLowering lowering, IReadOnlyList<Comprehension> generators, int index, string outerIterator, StatementSyntax innermost)
        {
            if (index == generators.Count) return innermost;
            var g = generators[index];
            string it = _m.NewTemp("it"), item = _m.NewTemp("item");
            var statements = new List<StatementSyntax>();
            ExpressionSyntax iterator = index == 0 && outerIterator != null
                ? (ExpressionSyntax)Id(outerIterator)
                : Call("Ops.Iter", lowering.Expressions.Lower(g.Iter));
            statements.Add(DeclareLocal(PyObjectType, it, iterator));
            statements.Add(DeclareLocal(PyObjectType, item, null));
            var body = new List<StatementSyntax>();
            lowering.Targets.Store(g.Target, Id(item), body);
            foreach (var cond in g.Ifs)
                body.Add(IfStatement(Not(lowering.Expressions.Condition(cond)), ContinueStatement()));
            body.Add(Loops(lowering, generators, index + 1, outerIterator, innermost));
            statements.Add(WhileStatement(NotNull(Paren(Assign(Id(item), Invoke(Member(Id(it), "Next"))))), Block(body)));
            return Block(statements);
        }
    }
}
