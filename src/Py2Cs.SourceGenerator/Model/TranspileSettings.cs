namespace Py2Cs.SourceGenerator.Model
{
    /// <summary>Everything a file's transpilation depends on besides its own text. It changes only when
    /// files are added, removed or renamed, options change, or the runtime reference changes; then every
    /// file is transpiled again (module names decide implicit relative imports).</summary>
    internal sealed record TranspileSettings(EquatableArray<ModuleEntry> Modules, GeneratorOptions Options, RuntimeInfo Runtime);

    /// <summary>What the compilation's references say about the runtime: whether Py2Cs.Runtime is
    /// referenced, and the native modules ([PythonModule] types) it and other references define.</summary>
    internal sealed record RuntimeInfo(bool RuntimeReferenced, EquatableArray<string> NativeModules);

    /// <summary>The modules of the project, with problems found naming them (duplicates).</summary>
    internal sealed record ModuleTable(EquatableArray<ModuleEntry> Modules, EquatableArray<DiagnosticInfo> Diagnostics);
}
