namespace Py2Cs.Lowering.Driver
{
    /// <summary>One Python module to transpile: its bytes, where they came from and its dotted name.</summary>
    public sealed class PythonSourceFile
    {
        public PythonSourceFile(string path, string moduleName, byte[] content, bool isPackageInit = false)
        {
            Path = path;
            ModuleName = moduleName;
            Content = content;
            IsPackageInit = isPackageInit;
        }

        /// <summary>The .py path, used in diagnostics, <c>#line</c> directives and <c>__file__</c>.</summary>
        public string Path { get; }

        /// <summary>Dotted module name (<c>pkg.sub</c>); for a package's <c>__init__.py</c> the package name.</summary>
        public string ModuleName { get; }

        public byte[] Content { get; }

        /// <summary>True for a package's <c>__init__.py</c> (relative imports resolve inside it).</summary>
        public bool IsPackageInit { get; }

        public override string ToString() => ModuleName + " (" + Path + ")";
    }
}
