using System;

namespace Py2Cs.Syntax
{
    /// <summary>Features switched on by <c>from __future__ import ...</c> at the top of a module.</summary>
    [Flags]
    public enum FutureFlags
    {
        None = 0,
        NestedScopes = 1 << 0,
        Generators = 1 << 1,
        Division = 1 << 2,
        AbsoluteImport = 1 << 3,
        WithStatement = 1 << 4,
        PrintFunction = 1 << 5,
        UnicodeLiterals = 1 << 6,
    }
}
