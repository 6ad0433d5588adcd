using System;
using System.IO;
using System.Linq;
using Py2Cs.Cli.Building;
using Py2Cs.Cli.Converting;

namespace Py2Cs.Cli.Verbs
{
    /// <summary><c>py2cs convert PATH... -o DIR</c>: write the program as a C# project.</summary>
    public static class ConvertCommand
    {
        public static int Execute(ConvertOptions options)
        {
            var paths = options.Paths.ToList();
            var main = paths[0];
            if (!File.Exists(main))
            {
                Console.Error.WriteLine($"py2cs: can't open file '{main}': [Errno 2] No such file or directory");
                return 2;
            }
            // Further PATHs are folders holding modules the program imports (same as --python-path).
            var extra = paths.Skip(1).Select(p => File.Exists(p) ? Path.GetDirectoryName(Path.GetFullPath(p)) : p);
            var missing = paths.Skip(1).FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
            if (missing != null)
            {
                Console.Error.WriteLine($"py2cs: no such file or directory: '{missing}'");
                return 2;
            }
            if (Directory.Exists(options.Output) && Directory.EnumerateFileSystemEntries(options.Output).Any() && !options.Force)
            {
                Console.Error.WriteLine($"py2cs: '{options.Output}' is not empty; use --force to write into it anyway (files with the same names are replaced)");
                return 1;
            }
            if (File.Exists(options.Output))
            {
                Console.Error.WriteLine($"py2cs: '{options.Output}' is a file, not a directory");
                return 1;
            }

            var builder = new ProgramBuilder((options.PythonPath ?? Enumerable.Empty<string>()).Concat(extra).Distinct());
            var transpiled = builder.Transpile(main);
            if (transpiled.Diagnostics.Count > 0)
                Console.Error.WriteLine(DiagnosticReport.Format(transpiled.Diagnostics, transpiled.Inputs));
            if (transpiled.HasErrors)
                return 1;

            var projectName = Path.GetFileNameWithoutExtension(main);
            var written = new ProjectWriter().Write(transpiled.Result, projectName, options.Output, ProjectWriter.FindRuntimeProject());
            Console.WriteLine($"py2cs: wrote {written.Count} files to {options.Output}");
            Console.WriteLine($"build and run it with: dotnet run --project {options.Output}");
            return 0;
        }
    }
}
