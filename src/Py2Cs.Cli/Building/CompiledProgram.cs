using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Py2Cs.Cli.Building
{
    /// <summary>The result of compiling one program: the assembly image, or the C# errors that stopped it.</summary>
    public sealed class CompiledProgram
    {
        public CompiledProgram(string assemblyName, byte[] image, IReadOnlyList<Diagnostic> errors)
        {
            AssemblyName = assemblyName;
            Image = image;
            Errors = errors;
        }

        public string AssemblyName { get; }

        /// <summary>The PE image with its embedded PDB; null when compilation failed.</summary>
        public byte[] Image { get; }

        public IReadOnlyList<Diagnostic> Errors { get; }

        public bool Succeeded => Image != null;

        /// <summary>The C# errors as text, one per line, with the location Roslyn reports (the .py line when #line maps it).</summary>
        public string FormatErrors(int max = 20)
        {
            var lines = Errors.Take(max).Select(d => d.ToString()).ToList();
            if (Errors.Count > max)
                lines.Add($"... and {Errors.Count - max} more C# errors");
            return string.Join("\n", lines);
        }
    }
}
