namespace Py2Cs.SourceGenerator.Model
{
    /// <summary>The result of transpiling one .py file: generated C# (null when the file has errors, so
    /// no C# errors cascade from it), its interop facade, and its diagnostics.</summary>
    internal sealed record TranspiledFile(
        string Path,
        ModuleInfo Module,
        string Code,
        string FacadeCode,
        EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>What the program-wide output (registry, entry point) needs to know of a module.</summary>
    internal sealed record ModuleInfo(string ModuleName, string ClassName, bool IsPackage, string DisplayPath, bool HasMainGuard, bool Generated);
}
