using System;
using System.IO;

namespace Py2Cs.Benchmarks.Programs
{
    /// <summary>Finds the repository root (the folder holding Transpiler.sln) from the working directory or the binary's.</summary>
    public static class RepositoryLocator
    {
        public static string Root()
        {
            foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            {
                string dir = start;
                while (dir != null && !File.Exists(Path.Combine(dir, "Transpiler.sln")))
                    dir = Path.GetDirectoryName(dir);
                if (dir != null)
                    return dir;
            }
            throw new InvalidOperationException("run from inside the repository (Transpiler.sln not found)");
        }

        public static string ProgramsFolder() =>
            Path.Combine(Root(), "benchmarks", "Py2Cs.Benchmarks.Programs", "Programs");
    }
}
