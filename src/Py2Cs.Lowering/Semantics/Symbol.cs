namespace Py2Cs.Lowering.Semantics
{
    /// <summary>A name as seen from one scope.</summary>
    public sealed class Symbol
    {
        internal Symbol(string name) { Name = name; }

        public string Name { get; }
        public SymbolKind Kind { get; internal set; }

        /// <summary>Bound in this scope (assignment, def, class, import, for, with, except, del, parameter).</summary>
        public bool IsBound { get; internal set; }
        public bool IsParameter { get; internal set; }
        public bool IsReferenced { get; internal set; }
        public bool IsDeclaredGlobal { get; internal set; }

        /// <summary>Target of a <c>del</c> in this scope (so even a parameter may be unbound).</summary>
        public bool IsDeleted { get; internal set; }

        /// <summary>True when the name lives in a C# local of this scope's method (local or cell).</summary>
        public bool IsFunctionLocal => Kind == SymbolKind.Local || Kind == SymbolKind.Cell;

        public bool IsGlobal => Kind == SymbolKind.GlobalExplicit || Kind == SymbolKind.GlobalImplicit;

        public override string ToString() => Name + ":" + Kind;
    }
}
