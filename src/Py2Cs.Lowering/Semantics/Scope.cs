using System.Collections.Generic;
using Py2Cs.Syntax;

namespace Py2Cs.Lowering.Semantics
{
    /// <summary>One Python scope (module, class body, function, lambda, generator expression...) and its symbols.</summary>
    public sealed class Scope
    {
        private readonly Dictionary<string, Symbol> _symbols = new Dictionary<string, Symbol>();
        private readonly List<string> _order = new List<string>();
        private readonly List<Scope> _children = new List<Scope>();

        internal Scope(ScopeKind kind, string name, Scope parent, Node node)
        {
            Kind = kind;
            Name = name;
            Parent = parent;
            Node = node;
            parent?._children.Add(this);
        }

        public ScopeKind Kind { get; }

        /// <summary>The Python name: the function or class name, "&lt;lambda&gt;", "&lt;genexpr&gt;", "&lt;module&gt;".</summary>
        public string Name { get; }
        public Scope Parent { get; }
        public Node Node { get; }
        public IReadOnlyList<Scope> Children => _children;

        /// <summary>Contains <c>yield</c>: calling it makes a generator.</summary>
        public bool IsGenerator { get; internal set; }

        /// <summary>Uses <c>from m import *</c> or unqualified <c>exec</c> inside a function (unoptimized locals).</summary>
        public bool HasImportStar { get; internal set; }
        public bool HasExec { get; internal set; }

        /// <summary>True for scopes whose names live in C# locals (functions, lambdas, comprehensions).</summary>
        public bool IsFunctionLike => Kind == ScopeKind.Function || Kind == ScopeKind.Lambda || Kind == ScopeKind.Comprehension;

        /// <summary>True when the scope uses a variable of an enclosing function, so its body must be a C#
        /// closure nested in the enclosing method rather than a hoisted static method.</summary>
        public bool HasFreeVariables
        {
            get
            {
                foreach (var s in _symbols.Values)
                    if (s.Kind == SymbolKind.Free) return true;
                return false;
            }
        }

        /// <summary>Symbols in first-seen order (stable output).</summary>
        public IEnumerable<Symbol> Symbols
        {
            get { foreach (var n in _order) yield return _symbols[n]; }
        }

        public Symbol Lookup(string name) => _symbols.TryGetValue(name, out var s) ? s : null;

        internal Symbol GetOrAdd(string name)
        {
            if (!_symbols.TryGetValue(name, out var s))
            {
                s = new Symbol(name);
                _symbols.Add(name, s);
                _order.Add(name);
            }
            return s;
        }

        public override string ToString() => Kind + " " + Name;
    }
}
