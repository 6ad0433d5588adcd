namespace Py2Cs.Lowering.Semantics
{
    public enum ScopeKind
    {
        Module,
        Class,
        Function,
        Lambda,
        /// <summary>Generator expressions, set and dict comprehensions: an implicit function in Python 2.
        /// (List comprehensions are not scopes in Python 2: they run in, and leak into, the enclosing scope.)</summary>
        Comprehension,
    }
}
