namespace Py2Cs.SourceGenerator.Model
{
    /// <summary>One .py file as the pipeline sees it: its path and text (no Roslyn objects, so a file
    /// whose text did not change compares equal and its transpilation is reused).</summary>
    internal sealed record PythonFileInput(string Path, string Text);

    /// <summary>A .py file's path and its module-name override (item metadata PythonModule), if any.</summary>
    internal sealed record PythonFileEntry(string Path, string ModuleOverride);
}
