using System;
using System.IO;

namespace Py2Cs.Benchmarks.Parser
{
    /// <summary>Finds the repository (for tests/conformance) from the working directory or the binary's.</summary>
    public static class CorpusLocator
    {
        public static string RepositoryRoot()
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
    }
}
