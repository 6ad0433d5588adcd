using System.Collections.Generic;
using S = Py2Cs.Syntax;

namespace Py2Cs.Runtime;

/// <summary>
/// What the interpreter needs to know about one code block (module, class body, function, lambda,
/// generator expression or set/dict comprehension), found with CPython's symtable rules: the names it
/// binds (its locals, unless declared <c>global</c>), its <c>global</c> declarations, and whether it is a
/// generator. A name neither local nor global is free: looked up in the enclosing function blocks.
/// </summary>
internal sealed class CodeScope
{
    public HashSet<string> Locals { get; } = new();
    public HashSet<string> Globals { get; } = new();
    public bool IsGenerator { get; private set; }

    public bool IsLocal(string name) => Locals.Contains(name) && !Globals.Contains(name);

    public static CodeScope ForBlock(IReadOnlyList<S.Stmt> body)
    {
        var scope = new CodeScope();
        var binder = new Binder(scope);
        foreach (var s in body) binder.Visit(s);
        scope.Locals.ExceptWith(scope.Globals);
        return scope;
    }

    public static CodeScope ForFunction(S.Arguments args, IReadOnlyList<S.Stmt> body, S.Expr lambdaBody)
    {
        var scope = new CodeScope();
        var binder = new Binder(scope);
        foreach (var a in args.Args) binder.BindTarget(a);
        if (args.Vararg != null) scope.Locals.Add(args.Vararg);
        if (args.Kwarg != null) scope.Locals.Add(args.Kwarg);
        if (body != null) foreach (var s in body) binder.Visit(s);
        if (lambdaBody != null) binder.Visit(lambdaBody);
        scope.Locals.ExceptWith(scope.Globals);
        return scope;
    }

    /// <summary>A generator expression or set/dict comprehension: its targets are its locals; the first
    /// iterable belongs to the enclosing block.</summary>
    public static CodeScope ForComprehension(IReadOnlyList<S.Comprehension> generators, params S.Expr[] elements)
    {
        var scope = new CodeScope();
        var binder = new Binder(scope);
        for (int i = 0; i < generators.Count; i++)
        {
            binder.BindTarget(generators[i].Target);
            if (i > 0) binder.Visit(generators[i].Iter);
            foreach (var c in generators[i].Ifs) binder.Visit(c);
        }
        foreach (var e in elements) binder.Visit(e);
        return scope;
    }

    sealed class Binder : S.PythonSyntaxWalker
    {
        readonly CodeScope _scope;
        public Binder(CodeScope scope) { _scope = scope; }

        public void BindTarget(S.Expr target)
        {
            if (target is S.Name n) _scope.Locals.Add(n.Id);
            else Visit(target);
        }

        public override object VisitName(S.Name node)
        {
            if (node.Ctx != S.ExprContext.Load) _scope.Locals.Add(node.Id);
            return null;
        }

        public override object VisitGlobal(S.Global node)
        {
            foreach (var n in node.Names) _scope.Globals.Add(n);
            return null;
        }

        public override object VisitYield(S.Yield node)
        {
            _scope.IsGenerator = true;
            return base.VisitYield(node);
        }

        public override object VisitImport(S.Import node)
        {
            foreach (var a in node.Names)
                _scope.Locals.Add(a.Asname ?? a.Name.Split('.')[0]);
            return null;
        }

        public override object VisitImportFrom(S.ImportFrom node)
        {
            foreach (var a in node.Names)
                if (a.Name != "*") _scope.Locals.Add(a.Asname ?? a.Name);
            return null;
        }

        // Nested blocks: only what the enclosing block evaluates (decorators, defaults, bases, the
        // first iterable of a comprehension) is visited; their bodies have scopes of their own.
        public override object VisitFunctionDef(S.FunctionDef node)
        {
            _scope.Locals.Add(node.Name);
            foreach (var d in node.DecoratorList) Visit(d);
            foreach (var d in node.Args.Defaults) Visit(d);
            return null;
        }

        public override object VisitClassDef(S.ClassDef node)
        {
            _scope.Locals.Add(node.Name);
            foreach (var d in node.DecoratorList) Visit(d);
            foreach (var b in node.Bases) Visit(b);
            return null;
        }

        public override object VisitLambda(S.Lambda node)
        {
            foreach (var d in node.Args.Defaults) Visit(d);
            return null;
        }

        public override object VisitGeneratorExp(S.GeneratorExp node) { Visit(node.Generators[0].Iter); return null; }
        public override object VisitSetComp(S.SetComp node) { Visit(node.Generators[0].Iter); return null; }
        public override object VisitDictComp(S.DictComp node) { Visit(node.Generators[0].Iter); return null; }
    }
}
