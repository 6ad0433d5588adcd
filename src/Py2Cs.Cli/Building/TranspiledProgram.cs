using System.Collections.Generic;
using System.Linq;
using Py2Cs.Lowering.Driver;
using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Cli.Building
{
    /// <summary>A program's modules as found on disk, and what transpiling them produced.</summary>
    public sealed class TranspiledProgram
    {
        public TranspiledProgram(string mainFile, IReadOnlyList<PythonSourceFile> inputs, IReadOnlyList<Diagnostic> diagnostics, TranspileResult result)
        {
            MainFile = mainFile;
            Inputs = inputs;
            Diagnostics = diagnostics;
            Result = result;
        }

        public string MainFile { get; }

        /// <summary>Every .py file the program is built from (the compilation cache hashes these).</summary>
        public IReadOnlyList<PythonSourceFile> Inputs { get; }

        /// <summary>Module resolution and transpilation diagnostics together.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public TranspileResult Result { get; }

        public bool HasErrors => Diagnostics.Any(d => d.IsError);
    }
}
