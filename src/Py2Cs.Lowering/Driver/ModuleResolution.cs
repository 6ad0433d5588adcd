using System.Collections.Generic;
using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Lowering.Driver
{
    /// <summary>The modules a program needs: its main file and every .py module it imports, transitively.</summary>
    public sealed class ModuleResolution
    {
        public ModuleResolution(IReadOnlyList<PythonSourceFile> files, string mainModule, IReadOnlyList<Diagnostic> diagnostics)
        {
            Files = files;
            MainModule = mainModule;
            Diagnostics = diagnostics;
        }

        /// <summary>Every module to transpile, the main module first.</summary>
        public IReadOnlyList<PythonSourceFile> Files { get; }

        /// <summary>The main file's module name (the runtime runs it as <c>__main__</c>).</summary>
        public string MainModule { get; }

        /// <summary>Warnings for imports found nowhere (at run time they raise ImportError, as in CPython,
        /// so a guarded <c>try: import x except ImportError</c> still works).</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }
}
