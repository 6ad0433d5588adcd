namespace Py2Cs.Runtime.Modules;

/// <summary>The <c>exceptions</c> module: the built-in exception classes.</summary>
[PythonModule("exceptions")]
public static class exceptions
{
    /// <summary>Adds every built-in exception class to the module (called by the module builder).</summary>
    public static void __init__(PyModule module)
    {
        foreach (var t in PyExceptionTypes.All) module[t.Name] = t;
    }
}
