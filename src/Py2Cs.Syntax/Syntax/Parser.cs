using System;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    /// <summary>Recursive-descent parser for the complete Python 2.7 grammar.</summary>
    public sealed partial class Parser
    {
        /// <summary>Parses a module; always returns a Module (best effort when there are errors) and all diagnostics.</summary>
        public static ParseResult Parse(SourceText text)
        {
            throw new NotImplementedException("The parser is being written; the API is final.");
        }
    }
}
