using System.Collections.Generic;
using Py2Cs.Syntax;

namespace Py2Cs.Lowering.Semantics
{
    /// <summary>
    /// Builds the scopes of a module and classifies every name as CPython 2.7's symtable does:
    /// first collect what each scope binds, declares global and uses; then resolve each name against
    /// the enclosing function scopes (class scopes are skipped: methods don't see class names).
    /// </summary>
    public sealed class ScopeAnalyzer : PythonSyntaxWalker
    {
        private readonly Dictionary<Node, Scope> _scopes = new Dictionary<Node, Scope>();
        private Scope _current;

        private ScopeAnalyzer() { }

        /// <summary>Analyzes a module; the result maps each scope-introducing node to its scope.</summary>
        public static ScopeTable Analyze(Module module)
        {
            var analyzer = new ScopeAnalyzer();
            var root = new Scope(ScopeKind.Module, "<module>", null, module);
            analyzer._scopes[module] = root;
            analyzer._current = root;
            analyzer.VisitList(module.Body);
            Resolve(root);
            return new ScopeTable(root, analyzer._scopes);
        }

        // ---- pass 1: collect ----

        private void Bind(string name, bool parameter = false)
        {
            var symbol = _current.GetOrAdd(name);
            symbol.IsBound = true;
            if (parameter) symbol.IsParameter = true;
        }

        private void Use(string name) => _current.GetOrAdd(name).IsReferenced = true;

        private Scope Enter(ScopeKind kind, string name, Node node)
        {
            var scope = new Scope(kind, name, _current, node);
            _scopes[node] = scope;
            _current = scope;
            return scope;
        }

        private void Leave(Scope scope) => _current = scope.Parent;

        public override object VisitName(Name node)
        {
            if (node.Ctx == ExprContext.Load || node.Ctx == ExprContext.AugLoad)
                Use(node.Id);
            else
                Bind(node.Id, node.Ctx == ExprContext.Param);
            if (node.Ctx == ExprContext.Del)
                _current.GetOrAdd(node.Id).IsDeleted = true;
            return null;
        }

        public override object VisitAugAssign(AugAssign node)
        {
            // x += 1 both reads and binds x.
            if (node.Target is Name name)
            {
                Use(name.Id);
                Bind(name.Id);
            }
            else
                Visit(node.Target);
            Visit(node.Value);
            return null;
        }

        public override object VisitGlobal(Global node)
        {
            foreach (var n in node.Names)
            {
                var symbol = _current.GetOrAdd(n);
                symbol.IsDeclaredGlobal = true;
            }
            return null;
        }

        public override object VisitImport(Import node)
        {
            foreach (var alias in node.Names)
            {
                // import a.b.c binds a; import a.b as c binds c.
                string bound = alias.Asname ?? FirstComponent(alias.Name);
                Bind(bound);
            }
            return null;
        }

        public override object VisitImportFrom(ImportFrom node)
        {
            foreach (var alias in node.Names)
            {
                if (alias.Name == "*")
                {
                    _current.HasImportStar = true;
                    continue;
                }
                Bind(alias.Asname ?? alias.Name);
            }
            return null;
        }

        public override object VisitExec(Exec node)
        {
            if (node.Globals == null)
                _current.HasExec = true;
            return base.VisitExec(node);
        }

        public override object VisitFunctionDef(FunctionDef node)
        {
            VisitList(node.DecoratorList);
            VisitList(node.Args.Defaults);
            Bind(node.Name);
            var scope = Enter(ScopeKind.Function, node.Name, node);
            BindParameters(node.Args);
            VisitList(node.Body);
            Leave(scope);
            return null;
        }

        public override object VisitLambda(Lambda node)
        {
            VisitList(node.Args.Defaults);
            var scope = Enter(ScopeKind.Lambda, "<lambda>", node);
            BindParameters(node.Args);
            Visit(node.Body);
            Leave(scope);
            return null;
        }

        private void BindParameters(Arguments args)
        {
            foreach (var a in args.Args)
                BindParameterTarget(a);
            if (args.Vararg != null) Bind(args.Vararg, parameter: true);
            if (args.Kwarg != null) Bind(args.Kwarg, parameter: true);
        }

        private void BindParameterTarget(Expr target)
        {
            if (target is Name n)
                Bind(n.Id, parameter: true);
            else if (target is TupleExpr t)
                foreach (var e in t.Elts) BindParameterTarget(e);
            else if (target is List l)
                foreach (var e in l.Elts) BindParameterTarget(e);
        }

        public override object VisitClassDef(ClassDef node)
        {
            VisitList(node.DecoratorList);
            VisitList(node.Bases);
            Bind(node.Name);
            var scope = Enter(ScopeKind.Class, node.Name, node);
            VisitList(node.Body);
            Leave(scope);
            return null;
        }

        public override object VisitYield(Yield node)
        {
            _current.IsGenerator = true;
            Visit(node.Value);
            return null;
        }

        // Python 2 list comprehensions run in the enclosing scope: the walker's default descends inline.

        public override object VisitGeneratorExp(GeneratorExp node)
        {
            VisitComprehensionScope(node, "<genexpr>", node.Generators, node.Elt, null);
            _scopes[node].IsGenerator = true;
            return null;
        }

        public override object VisitSetComp(SetComp node)
        {
            VisitComprehensionScope(node, "<setcomp>", node.Generators, node.Elt, null);
            return null;
        }

        public override object VisitDictComp(DictComp node)
        {
            VisitComprehensionScope(node, "<dictcomp>", node.Generators, node.Key, node.Value);
            return null;
        }

        private void VisitComprehensionScope(Expr node, string name, IReadOnlyList<Comprehension> generators, Expr elt, Expr value)
        {
            // The outermost iterable is evaluated in the enclosing scope, as CPython does.
            Visit(generators[0].Iter);
            var scope = Enter(ScopeKind.Comprehension, name, node);
            for (int i = 0; i < generators.Count; i++)
            {
                Visit(generators[i].Target);
                if (i > 0) Visit(generators[i].Iter);
                VisitList(generators[i].Ifs);
            }
            Visit(elt);
            Visit(value);
            Leave(scope);
        }

        private static string FirstComponent(string dotted)
        {
            int dot = dotted.IndexOf('.');
            return dot < 0 ? dotted : dotted.Substring(0, dot);
        }

        // ---- pass 2: resolve ----

        private static void Resolve(Scope scope)
        {
            foreach (var symbol in scope.Symbols)
                symbol.Kind = Classify(scope, symbol);

            foreach (var child in scope.Children)
                Resolve(child);

            // Names a nested scope takes from an enclosing function pass through every scope in between
            // (CPython adds them as free there too), and make the defining function's local a cell.
            foreach (var child in scope.Children)
                foreach (var symbol in child.Symbols)
                {
                    if (symbol.Kind != SymbolKind.Free) continue;
                    var mine = scope.Lookup(symbol.Name);
                    if (mine != null && scope.IsFunctionLike && mine.Kind == SymbolKind.Local)
                        mine.Kind = SymbolKind.Cell;
                    else if (mine == null || (mine.Kind != SymbolKind.Cell && mine.Kind != SymbolKind.Local))
                    {
                        if (mine == null) mine = scope.GetOrAdd(symbol.Name);
                        if (scope.Kind != ScopeKind.Class || !mine.IsBound)
                            mine.Kind = SymbolKind.Free;
                    }
                }
        }

        private static SymbolKind Classify(Scope scope, Symbol symbol)
        {
            if (scope.Kind == ScopeKind.Module)
                return SymbolKind.Name;
            if (symbol.IsDeclaredGlobal)
                return SymbolKind.GlobalExplicit;
            if (scope.Kind == ScopeKind.Class)
            {
                if (symbol.IsBound) return SymbolKind.Name;
                return BoundInEnclosingFunction(scope, symbol.Name) ? SymbolKind.Free : SymbolKind.Name;
            }
            if (symbol.IsBound)
                return SymbolKind.Local;
            return BoundInEnclosingFunction(scope, symbol.Name) ? SymbolKind.Free : SymbolKind.GlobalImplicit;
        }

        private static bool BoundInEnclosingFunction(Scope scope, string name)
        {
            for (var s = scope.Parent; s != null; s = s.Parent)
            {
                if (!s.IsFunctionLike) continue;   // class and module scopes are invisible to nested functions
                var symbol = s.Lookup(name);
                if (symbol == null) continue;
                if (symbol.IsDeclaredGlobal) return false;
                if (symbol.IsBound) return true;
            }
            return false;
        }
    }
}
