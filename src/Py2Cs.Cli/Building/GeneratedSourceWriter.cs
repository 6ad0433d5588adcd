using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;
using Py2Cs.Lowering.Driver;

namespace Py2Cs.Cli.Building
{
    /// <summary>Turns generated syntax trees into the C# text people read: --keep, convert and the snapshots.</summary>
    public static class GeneratedSourceWriter
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>The C# of one compilation unit, laid out by Roslyn with \n line ends.</summary>
        public static string TextOf(SyntaxNode unit) => unit.NormalizeWhitespace(indentation: "    ", eol: "\n").ToFullString();

        /// <summary>Writes one .cs per module plus Program.cs; returns the paths written.</summary>
        public static IReadOnlyList<string> WriteAll(TranspileResult result, string directory)
        {
            Directory.CreateDirectory(directory);
            var written = new List<string>();
            foreach (var module in result.Modules)
                written.Add(Write(directory, GeneratedSourceNames.FileFor(module), module.Syntax));
            if (result.EntryPoint != null)
                written.Add(Write(directory, GeneratedSourceNames.EntryPointFile, result.EntryPoint));
            return written;
        }

        private static string Write(string directory, string fileName, SyntaxNode unit)
        {
            var path = Path.Combine(directory, fileName);
            File.WriteAllText(path, TextOf(unit), Utf8NoBom);
            return path;
        }
    }
}
