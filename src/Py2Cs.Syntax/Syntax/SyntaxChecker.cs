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
            // A def, lambda or class body: loops outside it do not count.
            Scope,
        }

        /// <summary>What a function body turned out to contain, checked when the body has been walked.</summary>
        private sealed class FunctionFacts
        {
            public bool HasYield;
            public List<Return> ReturnsWithValue;
            public List<Global> Globals;
        }

        private readonly DiagnosticBag _diagnostics;
        private readonly List<Block> _blocks = new List<Block>();
        private FunctionFacts _function;
        private FunctionDef _functionDef;

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
            VisitList(node.Args.Defaults);
            CheckParameters(node.Args, node);
            FunctionDef savedDef = _functionDef;
            _functionDef = node;
            FunctionFacts facts = WalkFunction(() => VisitList(node.Body));
            _functionDef = savedDef;
            if (facts.Globals != null)
                CheckLocalAndGlobal(node, facts.Globals);
            return null;
        }

        public override object VisitLambda(Lambda node)
        {
            VisitList(node.Args.Defaults);
            CheckParameters(node.Args, node);
            WalkFunction(() => Visit(node.Body));
            return null;
        }

        private FunctionFacts WalkFunction(System.Action walkBody)
        {
            FunctionFacts saved = _function;
            var facts = new FunctionFacts();
            _function = facts;
            _blocks.Add(Block.Scope);
            walkBody();
            _blocks.RemoveAt(_blocks.Count - 1);
            _function = saved;
            if (facts.HasYield && facts.ReturnsWithValue != null)
                foreach (Return r in facts.ReturnsWithValue)
                    Error(r, "'return' with argument inside generator");
            return facts;
        }

        public override object VisitClassDef(ClassDef node)
        {
            VisitList(node.DecoratorList);
            VisitList(node.Bases);
            FunctionFacts saved = _function;
            _function = null;
            _blocks.Add(Block.Scope);
            VisitList(node.Body);
            _blocks.RemoveAt(_blocks.Count - 1);
            _function = saved;
            return null;
        }

        public override object VisitReturn(Return node)
        {
            if (_function == null)
                Error(node, "'return' outside function");
            else if (node.Value != null)
                (_function.ReturnsWithValue ?? (_function.ReturnsWithValue = new List<Return>())).Add(node);
            return base.VisitReturn(node);
        }

        public override object VisitYield(Yield node)
        {
            if (_function == null)
                Error(node, "'yield' outside function");
            else
                _function.HasYield = true;
            return base.VisitYield(node);
        }

        public override object VisitGlobal(Global node)
        {
            if (_function != null)
                (_function.Globals ?? (_function.Globals = new List<Global>())).Add(node);
            return null;
        }

        /// <summary>The innermost loop or finally block inside the current scope, searching outwards.</summary>
        private int Innermost(Block kind)
        {
            for (int i = _blocks.Count - 1; i >= 0; i--)
            {
                if (_blocks[i] == kind) return i;
                if (_blocks[i] == Block.Scope) return -1;
            }
            return -1;
        }

        public override object VisitBreak(Break node)
        {
            if (Innermost(Block.Loop) < 0)
                Error(node, "'break' outside loop");
            return null;
        }

        public override object VisitContinue(Continue node)
        {
            int loop = Innermost(Block.Loop);
            if (loop < 0)
                Error(node, "'continue' not properly in loop");
            else if (Innermost(Block.Finally) > loop)
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
            if (_functionDef != null && _function != null && node.Names.Count == 1 && node.Names[0].Name == "*")
                _diagnostics.Warning(new TextSpan(_functionDef.Span.Start, 0), "import * only allowed at module level");
            return null;
        }

        private void CheckParameters(Arguments args, Node owner)
        {
            if (args.Args.Count == 0 && (args.Vararg == null || args.Kwarg == null))
                return;
            var seen = new List<string>(args.Args.Count + 2);
            foreach (Expr arg in args.Args)
                CollectParameterNames(arg, seen, owner);
            if (args.Vararg != null)
                AddParameter(args.Vararg, seen, owner);
            if (args.Kwarg != null)
                AddParameter(args.Kwarg, seen, owner);
        }

        private void AddParameter(string name, List<string> seen, Node owner)
        {
            // Parameter lists are short: a linear search beats hashing.
            foreach (string s in seen)
                if (ReferenceEquals(s, name) || s == name)
                {
                    Error(owner, "duplicate argument '" + name + "' in function definition");
                    return;
                }
            seen.Add(name);
        }

        private void CollectParameterNames(Expr arg, List<string> seen, Node owner)
        {
            if (arg is Name name)
                AddParameter(name.Id, seen, owner);
            else if (arg is TupleExpr tuple)
                foreach (Expr e in tuple.Elts)
                    CollectParameterNames(e, seen, owner);
        }

        private void CheckLocalAndGlobal(FunctionDef node, List<Global> globals)
        {
            var parameters = new HashSet<string>();
            foreach (Expr arg in node.Args.Args)
                CollectNames(arg, parameters);
            if (node.Args.Vararg != null) parameters.Add(node.Args.Vararg);
            if (node.Args.Kwarg != null) parameters.Add(node.Args.Kwarg);
            foreach (Global g in globals)
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
    }
}
