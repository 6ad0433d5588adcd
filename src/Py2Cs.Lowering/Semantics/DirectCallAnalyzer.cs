using System.Collections.Generic;
using Py2Cs.Syntax;

namespace Py2Cs.Lowering.Semantics
{
    /// <summary>
    /// Finds module-level functions that calls may reach directly (a C# static call instead of a global
    /// look-up and a PyFunction call): defined once, at the top level of the module, without decorators
    /// or *args/**kwargs/tuple parameters, and never rebound anywhere in the module (no other binding,
    /// no <c>global</c> declaration elsewhere, no <c>import *</c>, no <c>globals()</c>).
    /// </summary>
    public sealed class DirectCallAnalyzer : PythonSyntaxWalker
    {
        private readonly Dictionary<string, int> _bindings = new Dictionary<string, int>();
        // Top-level `import a.b` (a, a.b) / `import a.b as m` (m) and `class C` (C): candidate static receivers.
        private readonly List<(string root, string dotted)> _receivers = new List<(string, string)>();
        private bool _dynamic;
        private int _depth;

        public static Dictionary<string, FunctionDef> Analyze(Module module, ScopeTable scopes)
        {
            var result = new Dictionary<string, FunctionDef>();
            var analyzer = new DirectCallAnalyzer();
            analyzer.VisitList(module.Body);
            if (analyzer._dynamic || scopes.Module.HasImportStar) return result;
            foreach (var s in module.Body)
            {
                if (!(s is FunctionDef f) || f.DecoratorList.Count > 0 || f.Args.Vararg != null || f.Args.Kwarg != null) continue;
                bool plain = true;
                foreach (var a in f.Args.Args) if (!(a is Name)) plain = false;
                if (!plain) continue;
                if (analyzer._bindings.TryGetValue(f.Name, out int n) && n == 1 && !DeclaredGlobalAnywhere(scopes.Module, f.Name))
                    result[f.Name] = f;
            }
            return result;
        }

        /// <summary>Dotted names whose object the lowering knows (for dynamic-dispatch warnings only): a
        /// module imported at the top level (<c>import os.path</c>: <c>os</c>, <c>os.path</c>) or a class
        /// defined there, when that name is bound nowhere else in the module, under the same rules as
        /// direct calls.</summary>
        public static HashSet<string> StaticReceivers(Module module, ScopeTable scopes)
        {
            var result = new HashSet<string>();
            var analyzer = new DirectCallAnalyzer();
            analyzer.VisitList(module.Body);
            if (analyzer._dynamic || scopes.Module.HasImportStar) return result;
            foreach (var (root, dotted) in analyzer._receivers)
                if (analyzer._bindings.TryGetValue(root, out int n) && n == 1 && !DeclaredGlobalAnywhere(scopes.Module, root))
                    result.Add(dotted);
            return result;
        }

        /// <summary>Names bound exactly once at the top level of the module and never declared
        /// <c>global</c> in a nested scope; empty when the module may rebind names dynamically
        /// (exec, import *, globals()...). The interop facades type module constants from it.</summary>
        public static HashSet<string> BoundOnceAtTopLevel(Module module, ScopeTable scopes)
        {
            var result = new HashSet<string>();
            var analyzer = new DirectCallAnalyzer();
            analyzer.VisitList(module.Body);
            if (analyzer._dynamic || scopes.Module.HasImportStar) return result;
            foreach (var pair in analyzer._bindings)
                if (pair.Value == 1 && !DeclaredGlobalAnywhere(scopes.Module, pair.Key))
                    result.Add(pair.Key);
            return result;
        }

        private static bool DeclaredGlobalAnywhere(Scope scope, string name)
        {
            foreach (var child in scope.Children)
            {
                var sym = child.Lookup(name);
                if (sym != null && sym.IsDeclaredGlobal) return true;
                if (DeclaredGlobalAnywhere(child, name)) return true;
            }
            return false;
        }

        private void Bound(string name)
        {
            if (_depth > 0) return;
            _bindings.TryGetValue(name, out int n);
            _bindings[name] = n + 1;
        }

        public override object VisitName(Name node)
        {
            if (node.Ctx == ExprContext.Store || node.Ctx == ExprContext.Del || node.Ctx == ExprContext.AugStore)
                Bound(node.Id);
            if (node.Id == "globals" || node.Id == "vars" || node.Id == "locals" || node.Id == "setattr" || node.Id == "__import__")
                _dynamic = true;
            return null;
        }

        public override object VisitFunctionDef(FunctionDef node)
        {
            Bound(node.Name);
            VisitList(node.DecoratorList);
            VisitList(node.Args.Defaults);
            _depth++;
            VisitList(node.Body);
            _depth--;
            return null;
        }

        public override object VisitClassDef(ClassDef node)
        {
            Bound(node.Name);
            if (_depth == 0) _receivers.Add((node.Name, node.Name));
            VisitList(node.DecoratorList);
            VisitList(node.Bases);
            _depth++;
            VisitList(node.Body);
            _depth--;
            return null;
        }

        public override object VisitLambda(Lambda node)
        {
            VisitList(node.Args.Defaults);
            _depth++;
            Visit(node.Body);
            _depth--;
            return null;
        }

        public override object VisitImport(Import node)
        {
            foreach (var a in node.Names)
            {
                string root = a.Asname ?? a.Name.Split('.')[0];
                Bound(root);
                if (_depth > 0) continue;
                if (a.Asname != null) { _receivers.Add((root, root)); continue; }
                string prefix = null;
                foreach (var part in a.Name.Split('.'))
                    _receivers.Add((root, prefix = prefix == null ? part : prefix + "." + part));
            }
            return null;
        }

        public override object VisitImportFrom(ImportFrom node)
        {
            foreach (var a in node.Names)
            {
                if (a.Name == "*") _dynamic = true;
                else Bound(a.Asname ?? a.Name);
            }
            return null;
        }

        public override object VisitExec(Exec node)
        {
            _dynamic = true;
            return null;
        }
    }
}
