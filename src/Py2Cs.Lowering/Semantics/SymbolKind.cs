namespace Py2Cs.Lowering.Semantics
{
    /// <summary>Where a name lives, by CPython 2.7's symtable rules.</summary>
    public enum SymbolKind
    {
        /// <summary>Bound in this function and not captured: a plain C# local.</summary>
        Local,
        /// <summary>Bound in this function and used by a nested function: a C# local captured by a C# closure.</summary>
        Cell,
        /// <summary>Bound in an enclosing function: the enclosing method's C# local, reached through the closure.</summary>
        Free,
        /// <summary>Declared <c>global</c> in this scope.</summary>
        GlobalExplicit,
        /// <summary>Not bound in any enclosing function: module dictionary, then builtins.</summary>
        GlobalImplicit,
        /// <summary>A name of a module or class body: looked up in its namespace dictionary at run time.</summary>
        Name,
    }
}
