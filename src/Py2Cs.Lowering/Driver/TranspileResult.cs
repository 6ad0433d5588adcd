using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Lowering.Driver
{
    /// <summary>What a transpilation produced: one C# compilation unit per module, the program entry
    /// point (when a main module was given) and every diagnostic.</summary>
    public sealed class TranspileResult
    {
        public TranspileResult(IReadOnlyList<GeneratedModule> modules, IReadOnlyList<Diagnostic> diagnostics, CompilationUnitSyntax entryPoint)
        {
            Modules = modules;
            Diagnostics = diagnostics;
            EntryPoint = entryPoint;
        }

        public IReadOnlyList<GeneratedModule> Modules { get; }
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public bool HasErrors
        {
            get
            {
                foreach (var d in Diagnostics)
                    if (d.IsError) return true;
                return false;
            }
        }

        /// <summary><c>Program.Main</c> running the main module through the runtime, or null for a library.</summary>
        public CompilationUnitSyntax EntryPoint { get; }
    }
}
