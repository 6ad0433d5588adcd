using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Py2Cs.Lowering.Driver;

namespace Py2Cs.Cli.Building
{
    /// <summary>
    /// The path from a main .py file to a runnable assembly: find the modules it imports, transpile
    /// them to C#, and compile the C# with Roslyn. Shared by <c>py2cs run</c>, <c>py2cs convert</c>
    /// and the conformance test, so all three build a program the same way.
    /// </summary>
    public sealed class ProgramBuilder
    {
        private readonly ProgramCompiler compiler = new ProgramCompiler();

        public ProgramBuilder(IEnumerable<string> extraSearchPath)
        {
            ExtraSearchPath = (extraSearchPath ?? Enumerable.Empty<string>()).ToList();
        }

        /// <summary>Directories searched after the main file's own directory (--python-path).</summary>
        public IReadOnlyList<string> ExtraSearchPath { get; }

        /// <summary>The full module search path for a main file: its directory first, as in CPython.</summary>
        public IReadOnlyList<string> SearchPathFor(string mainFile)
        {
            var mainDirectory = Path.GetDirectoryName(Path.GetFullPath(mainFile));
            return new[] { mainDirectory }.Concat(ExtraSearchPath.Select(Path.GetFullPath)).ToList();
        }

        public static TranspilerOptions Options => new TranspilerOptions
        {
            NativeModules = NativeModuleCatalog.Names.ToList(),
            EmitLineDirectives = true,
        };

        /// <summary>Resolves and transpiles the program; the C# is not compiled yet.</summary>
        public TranspiledProgram Transpile(string mainFile)
        {
            var resolver = new ModuleResolver(SearchPathFor(mainFile), Options.NativeModules);
            // The main file keeps the spelling it was given: it becomes sys.argv[0] and __file__ and
            // appears in tracebacks, as with `python2.7 FILE`.
            var resolution = resolver.Resolve(mainFile);
            var result = new Transpiler(Options).Transpile(resolution.Files, resolution.MainModule);
            return new TranspiledProgram(mainFile, resolution.Files, resolution.Diagnostics.Concat(result.Diagnostics).ToList(), result);
        }

        /// <summary>Transpiles and, when that succeeded, compiles the program to an executable image.</summary>
        public (TranspiledProgram Transpiled, CompiledProgram Compiled) Build(string mainFile, string assemblyName)
        {
            var transpiled = Transpile(mainFile);
            if (transpiled.HasErrors)
                return (transpiled, null);
            return (transpiled, Compile(transpiled, assemblyName));
        }

        public CompiledProgram Compile(TranspiledProgram transpiled, string assemblyName)
        {
            var trees = transpiled.Result.Modules
                .Select(m => ProgramCompiler.TreeFor(m.Syntax, GeneratedSourceNames.FileFor(m)))
                .ToList();
            var entry = transpiled.Result.EntryPoint;
            if (entry != null)
                trees.Add(ProgramCompiler.TreeFor(entry, GeneratedSourceNames.EntryPointFile));
            return compiler.Compile(assemblyName, trees, hasEntryPoint: entry != null);
        }
    }
}
