using System.Collections.Generic;

namespace Py2Cs.Lowering.Driver
{
    /// <summary>Settings for one transpilation.</summary>
    public sealed class TranspilerOptions
    {
        /// <summary>Modules the runtime implements in C# (os, sys, argparse...). An import of one of
        /// these is never resolved to a .py file: native modules take precedence.</summary>
        public IReadOnlyCollection<string> NativeModules { get; set; } = new string[0];

        /// <summary>Namespace of the generated classes.</summary>
        public string RootNamespace { get; set; } = "Py2Cs.Generated";

        /// <summary>Emit <c>#line</c> directives so C# stack traces name the .py lines.</summary>
        public bool EmitLineDirectives { get; set; } = true;

        /// <summary>Carry Python comments into the C# as comments.</summary>
        public bool EmitComments { get; set; } = true;

        /// <summary>Lay out the C# (indentation, line breaks) with Roslyn's NormalizeWhitespace. Without it
        /// the tree has no whitespace trivia and must be printed with a writer that separates tokens
        /// (the source generator's CompactCSharpWriter).</summary>
        public bool LayOutWhitespace { get; set; } = true;

        /// <summary>Python's <c>-O</c>: <c>assert</c> statements are dropped.</summary>
        public bool Optimize { get; set; }
    }
}
