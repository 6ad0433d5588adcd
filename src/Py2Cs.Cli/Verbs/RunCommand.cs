using System;
using System.IO;
using System.Linq;
using Py2Cs.Cli.Building;
using Py2Cs.Cli.Running;

namespace Py2Cs.Cli.Verbs
{
    /// <summary>
    /// <c>py2cs run FILE [ARGS...]</c>: build the program (or take it from the cache) and run it in this
    /// process with sys.argv[1:] = ARGS; the exit status is the program's.
    /// </summary>
    public static class RunCommand
    {
        /// <summary>Exit status when py2cs itself cannot run the program (CPython uses 2 for "can't open file").</summary>
        private const int CannotRun = 2;

        public static int Execute(RunOptions options)
        {
            if (!File.Exists(options.File))
            {
                Console.Error.WriteLine($"py2cs: can't open file '{options.File}': [Errno 2] No such file or directory");
                return CannotRun;
            }
            var builder = new ProgramBuilder(options.PythonPath);
            var cache = CompilationCache.ForCurrentUser();
            var entry = cache.EntryDirectory(options.File, builder.SearchPathFor(options.File));

            var assemblyPath = options.NoCache || options.Keep ? null : cache.TryGet(entry);
            if (assemblyPath == null)
            {
                var transpiled = builder.Transpile(options.File);
                // Warnings (an import found nowhere) stay quiet: like CPython, the program sees an
                // ImportError at run time, which a guarded import handles.
                if (transpiled.HasErrors)
                {
                    Console.Error.WriteLine(DiagnosticReport.Format(transpiled.Diagnostics, transpiled.Inputs));
                    return 1;
                }
                if (options.Keep)
                {
                    var folder = Path.Combine(Path.GetTempPath(), "py2cs-" + Path.GetFileNameWithoutExtension(options.File) + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
                    GeneratedSourceWriter.WriteAll(transpiled.Result, folder);
                    Console.Error.WriteLine("py2cs: generated C# kept in " + folder);
                }
                var compiled = builder.Compile(transpiled, AssemblyNameFor(options.File));
                if (!compiled.Succeeded)
                {
                    Console.Error.WriteLine("py2cs: internal error: the generated C# does not compile (please report this):");
                    Console.Error.WriteLine(compiled.FormatErrors());
                    return 1;
                }
                var inputs = transpiled.Inputs.Select(i => i.Path);
                assemblyPath = options.NoCache
                    ? StoreOutsideCache(compiled)
                    : cache.Store(entry, compiled.Image, inputs);
            }
            try
            {
                // The generated Main takes sys.argv[1:], as it does when a converted project runs.
                return InProcessRunner.Run(assemblyPath, options.ProgramArguments.ToArray());
            }
            finally
            {
                if (options.NoCache)
                    TryDelete(Path.GetDirectoryName(assemblyPath));
            }
        }

        /// <summary>The assembly name: the main module's name, which is also what tracebacks never show.</summary>
        private static string AssemblyNameFor(string file) => Path.GetFileNameWithoutExtension(file);

        // On Unix a loaded assembly's file can be deleted; where it cannot, the temp folder stays.
        private static void TryDelete(string folder)
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }

        // Loading from a file (rather than bytes) is what makes .NET find the embedded PDB's line numbers.
        private static string StoreOutsideCache(CompiledProgram compiled)
        {
            var folder = Path.Combine(Path.GetTempPath(), "py2cs-run-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, compiled.AssemblyName + ".dll");
            File.WriteAllBytes(path, compiled.Image);
            return path;
        }
    }
}
