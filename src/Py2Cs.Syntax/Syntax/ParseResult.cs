using System.Collections.Generic;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    /// <summary>The outcome of parsing one file: always a Module (best effort when there are errors) and the diagnostics.</summary>
    public sealed class ParseResult
    {
        public ParseResult(SourceText text, Module module, IReadOnlyList<Diagnostic> diagnostics)
        {
            Text = text;
            Module = module;
            Diagnostics = diagnostics;
        }

        public SourceText Text { get; }
        public Module Module { get; }
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public bool HasErrors
        {
            get
            {
                foreach (Diagnostic d in Diagnostics)
                    if (d.IsError) return true;
                return false;
            }
        }
    }
}
