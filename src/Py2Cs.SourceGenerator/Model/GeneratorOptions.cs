namespace Py2Cs.SourceGenerator.Model
{
    /// <summary>The MSBuild properties the generator reads (docs/source-generator.md).</summary>
    /// <param name="RootNamespace">Py2CsRootNamespace: namespace of the generated classes.</param>
    /// <param name="EntryPoint">Py2CsEntryPoint: empty/false for none, true for the single module with
    /// <c>if __name__ == '__main__'</c>, or a module name.</param>
    /// <param name="ProjectDirectory">Paths shown in tracebacks are relative to it.</param>
    /// <param name="LayOutCode">Py2CsLayOutCode: indented, readable C# (as py2cs convert writes it) for
    /// people who read or check in the generated files; off by default because it costs about two
    /// thirds of the per-file time.</param>
    /// <param name="ReportDynamicDispatch">Py2CsReportDynamicDispatch: a PY0100 warning at every site where
    /// the lowering falls back to dynamic dispatch.</param>
    internal sealed record GeneratorOptions(string RootNamespace, string EntryPoint, string ProjectDirectory, bool LayOutCode = false,
        bool ReportDynamicDispatch = false)
    {
        public const string DefaultRootNamespace = "Py2Cs.Generated";
    }
}
