using System.Collections.Generic;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    /// <summary>
    /// The errors CPython 2.7 reports after parsing, while compiling (compile.c and symtable.c): return, yield,
    /// break and continue in the wrong place, duplicate parameters, misplaced default except clauses, names
    /// both local and global. CPython gives these a line and no column; ours is the node's start.
    /// </summary>
    internal sealed class SyntaxChecker : PythonSyntaxWalker
    {
        private enum Block
        {
            Loop,
            Finally,
        }

        private readonly DiagnosticBag _diagnostics;
        private readonly List<Block> _blocks = new List<Block>();
        private int _functionDepth;
        private bool _inGenerator;
        private int _classDepth;
        private FunctionDef _function;

        private SyntaxChecker(DiagnosticBag diagnostics)
        {
            _diagnostics = diagnostics;
        }

        public static void Check(Module module, SourceText text, DiagnosticBag diagnostics)
        {
            new SyntaxChecker(diagnostics).Visit(module);
        }

        private void Error(Node node, string message)
        {
            _diagnostics.Error(new TextSpan(node.Span.Start, 0), message);
        }

        public override object VisitFunctionDef(FunctionDef node)
        {
            VisitList(node.DecoratorList);
            VisitArgumentsDefaults(node.Args);
            CheckParameters(node.Args, node);
            CheckLocalAndGlobal(node);
            FunctionDef saved = _function;
            _function = node;
            EnterFunction(node.Body, () => VisitList(node.Body));
            _function = saved;
            return null;
        }

        public override object VisitLambda(Lambda node)
        {
            VisitArgumentsDefaults(node.Args);
            CheckParameters(node.Args, node);
            EnterFunction(new Stmt[] { new ExprStmt(node.Body, node.Body.Span) }, () => Visit(node.Body));
            return null;
        }

        private void VisitArgumentsDefaults(Arguments args)
        {
            VisitList(args.Defaults);
        }

        private void EnterFunction(IReadOnlyList<Stmt> body, System.Action visitBody)
        {
            List<Block> savedBlocks = new List<Block>(_blocks);
            bool savedGenerator = _inGenerator;
            int savedClass = _classDepth;
            _blocks.Clear();
            _functionDepth++;
            _classDepth = 0;
            _inGenerator = YieldFinder.ContainsYield(body);
            visitBody();
            _functionDepth--;
            _classDepth = savedClass;
            _inGenerator = savedGenerator;
            _blocks.Clear();
            _blocks.AddRange(savedBlocks);
        }

        public override object VisitClassDef(ClassDef node)
        {
            VisitList(node.DecoratorList);
            VisitList(node.Bases);
            List<Block> savedBlocks = new List<Block>(_blocks);
            int savedFunction = _functionDepth;
            _blocks.Clear();
            _functionDepth = 0;
            _classDepth++;
            VisitList(node.Body);
            _classDepth--;
            _functionDepth = savedFunction;
            _blocks.Clear();
            _blocks.AddRange(savedBlocks);
            return null;
        }

        public override object VisitReturn(Return node)
        {
            if (_functionDepth == 0)
                Error(node, "'return' outside function");
            else if (_inGenerator && node.Value != null)
                Error(node, "'return' with argument inside generator");
            return base.VisitReturn(node);
        }

        public override object VisitYield(Yield node)
        {
            if (_functionDepth == 0)
                Error(node, "'yield' outside function");
            return base.VisitYield(node);
        }

        public override object VisitBreak(Break node)
        {
            if (!_blocks.Contains(Block.Loop))
                Error(node, "'break' outside loop");
            return null;
        }

        public override object VisitContinue(Continue node)
        {
            int loop = _blocks.LastIndexOf(Block.Loop);
            if (loop < 0)
                Error(node, "'continue' not properly in loop");
            else if (_blocks.LastIndexOf(Block.Finally) > loop)
                Error(node, "'continue' not supported inside 'finally' clause");
            return null;
        }

        public override object VisitFor(For node)
        {
            Visit(node.Target);
            Visit(node.Iter);
            _blocks.Add(Block.Loop);
            VisitList(node.Body);
            _blocks.RemoveAt(_blocks.Count - 1);
            VisitList(node.Orelse);
            return null;
        }

        public override object VisitWhile(While node)
        {
            Visit(node.Test);
            _blocks.Add(Block.Loop);
            VisitList(node.Body);
            _blocks.RemoveAt(_blocks.Count - 1);
            VisitList(node.Orelse);
            return null;
        }

        public override object VisitTryFinally(TryFinally node)
        {
            VisitList(node.Body);
            _blocks.Add(Block.Finally);
            VisitList(node.Finalbody);
            _blocks.RemoveAt(_blocks.Count - 1);
            return null;
        }

        public override object VisitTryExcept(TryExcept node)
        {
            VisitList(node.Body);
            for (int i = 0; i < node.Handlers.Count; i++)
            {
                if (node.Handlers[i].Type == null && i < node.Handlers.Count - 1)
                {
                    // CPython reports the line of the last statement it compiled before the handler.
                    Stmt last = LastStatement(i == 0 ? node.Body : node.Handlers[i - 1].Body);
                    Error((Node)last ?? node, "default 'except:' must be last");
                }
                Visit(node.Handlers[i]);
            }
            VisitList(node.Orelse);
            return null;
        }

        private static Stmt LastStatement(IReadOnlyList<Stmt> body)
        {
            while (body.Count > 0)
            {
                Stmt last = body[body.Count - 1];
                IReadOnlyList<Stmt> inner = null;
                switch (last)
                {
                    case If s: inner = s.Orelse.Count > 0 ? s.Orelse : s.Body; break;
                    case For s: inner = s.Orelse.Count > 0 ? s.Orelse : s.Body; break;
                    case While s: inner = s.Orelse.Count > 0 ? s.Orelse : s.Body; break;
                    case With s: inner = s.Body; break;
                    case TryFinally s: inner = s.Finalbody; break;
                    case TryExcept s: inner = s.Orelse.Count > 0 ? s.Orelse : s.Handlers.Count > 0 ? s.Handlers[s.Handlers.Count - 1].Body : s.Body; break;
                }
                if (inner == null || inner.Count == 0)
                    return last;
                body = inner;
            }
            return null;
        }

        public override object VisitImportFrom(ImportFrom node)
        {
            if ((_functionDepth > 0 || _classDepth > 0) && node.Names.Count == 1 && node.Names[0].Name == "*" && _functionDepth > 0)
                _diagnostics.Warning(new TextSpan(_function != null ? _function.Span.Start : node.Span.Start, 0), "import * only allowed at module level");
            return null;
        }

        private void CheckParameters(Arguments args, Node owner)
        {
            var seen = new HashSet<string>();
            foreach (Expr arg in args.Args)
                CollectParameterNames(arg, seen, owner);
            if (args.Vararg != null && !seen.Add(args.Vararg))
                Error(owner, "duplicate argument '" + args.Vararg + "' in function definition");
            if (args.Kwarg != null && !seen.Add(args.Kwarg))
                Error(owner, "duplicate argument '" + args.Kwarg + "' in function definition");
        }

        private void CollectParameterNames(Expr arg, HashSet<string> seen, Node owner)
        {
            if (arg is Name name)
            {
                if (!seen.Add(name.Id))
                    Error(owner, "duplicate argument '" + name.Id + "' in function definition");
            }
            else if (arg is TupleExpr tuple)
            {
                foreach (Expr e in tuple.Elts)
                    CollectParameterNames(e, seen, owner);
            }
        }

        private void CheckLocalAndGlobal(FunctionDef node)
        {
            var parameters = new HashSet<string>();
            foreach (Expr arg in node.Args.Args)
                CollectNames(arg, parameters);
            if (node.Args.Vararg != null) parameters.Add(node.Args.Vararg);
            if (node.Args.Kwarg != null) parameters.Add(node.Args.Kwarg);
            foreach (Global g in GlobalFinder.Find(node.Body))
                foreach (string n in g.Names)
                    if (parameters.Contains(n))
                        Error(node, "name '" + n + "' is local and global");
        }

        private static void CollectNames(Expr arg, HashSet<string> names)
        {
            if (arg is Name name) names.Add(name.Id);
            else if (arg is TupleExpr tuple)
                foreach (Expr e in tuple.Elts)
                    CollectNames(e, names);
        }

        /// <summary>Finds yield in a function body, not descending into nested scopes.</summary>
        private sealed class YieldFinder : PythonSyntaxWalker
        {
            private bool _found;

            public static bool ContainsYield(IReadOnlyList<Stmt> body)
            {
                var finder = new YieldFinder();
                foreach (Stmt s in body)
                {
                    finder.Visit(s);
                    if (finder._found) return true;
                }
                return false;
            }

            public override object VisitYield(Yield node)
            {
                _found = true;
                return null;
            }

            public override object VisitFunctionDef(FunctionDef node) => null;
            public override object VisitClassDef(ClassDef node) => null;
            public override object VisitLambda(Lambda node) => null;
            public override object VisitGeneratorExp(GeneratorExp node) => null;
        }

        /// <summary>Global statements of one function body, not of nested scopes.</summary>
        private sealed class GlobalFinder : PythonSyntaxWalker
        {
            private readonly List<Global> _found = new List<Global>();

            public static List<Global> Find(IReadOnlyList<Stmt> body)
            {
                var finder = new GlobalFinder();
                foreach (Stmt s in body)
                    finder.Visit(s);
                return finder._found;
            }

            public override object VisitGlobal(Global node)
            {
                _found.Add(node);
                return null;
            }

            public override object VisitFunctionDef(FunctionDef node) => null;
            public override object VisitClassDef(ClassDef node) => null;
            public override object VisitLambda(Lambda node) => null;
        }
    }
}
