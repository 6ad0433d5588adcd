using System.Collections.Generic;
using Py2Cs.Syntax;
using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Lowering.Driver
{
    /// <summary>Which stage a module's transpilation reached: its diagnostics come from that stage
    /// (the source generator maps parse errors and lowering errors to different diagnostic ids).</summary>
    public enum TranspileStage
    {
        Parsing,
        Lowering,
    }

    /// <summary>What transpiling one module produced: the C# (null when parsing failed), the syntax tree
    /// when it parsed (interop facades are built from it) and the module's own diagnostics.</summary>
    public sealed class ModuleTranspileResult
    {
        public ModuleTranspileResult(GeneratedModule module, Module syntax, IReadOnlyList<Diagnostic> diagnostics, TranspileStage stage,
            IReadOnlyList<Diagnostic> dynamicDispatchSites = null)
        {
            Module = module;
            Syntax = syntax;
            Diagnostics = diagnostics;
            Stage = stage;
            DynamicDispatchSites = dynamicDispatchSites ?? new Diagnostic[0];
        }

        public GeneratedModule Module { get; }
        public Module Syntax { get; }
        public IReadOnlyList<Diagnostic> Diagnostics { get; }
        public TranspileStage Stage { get; }

        /// <summary>Where the lowering fell back to dynamic dispatch (definition in docs/lowering.md), as
        /// warnings in source order. Recorded always, never mixed into <see cref="Diagnostics"/>: the
        /// front doors report them only when asked (Py2CsReportDynamicDispatch).</summary>
        public IReadOnlyList<Diagnostic> DynamicDispatchSites { get; }

        public bool HasErrors
        {
            get
            {
                foreach (var d in Diagnostics)
                    if (d.IsError) return true;
                return false;
            }
        }
    }
}
