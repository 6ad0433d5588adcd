namespace Py2Cs.SourceGenerator.Model
{
    /// <summary>A .py file's place in the project: its dotted module name, whether it is a package's
    /// __init__.py, and the path shown in tracebacks and #line directives (relative to the project).</summary>
    internal sealed record ModuleEntry(string Path, string ModuleName, bool IsPackage, string DisplayPath);
}
