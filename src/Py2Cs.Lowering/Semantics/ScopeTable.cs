using System.Collections.Generic;
using Py2Cs.Syntax;

namespace Py2Cs.Lowering.Semantics
{
    /// <summary>The scopes of one module, found by the node that introduces each.</summary>
    public sealed class ScopeTable
    {
        private readonly Dictionary<Node, Scope> _scopes;

        internal ScopeTable(Scope module, Dictionary<Node, Scope> scopes)
        {
            Module = module;
            _scopes = scopes;
        }

        public Scope Module { get; }

        /// <summary>The scope of a Module, FunctionDef, ClassDef, Lambda, GeneratorExp, SetComp or DictComp.</summary>
        public Scope this[Node node] => _scopes[node];

        public bool TryGet(Node node, out Scope scope) => _scopes.TryGetValue(node, out scope);
    }
}
