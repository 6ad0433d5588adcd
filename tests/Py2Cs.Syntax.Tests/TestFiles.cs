using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Py2Cs.Syntax.Tests
{
    /// <summary>Locates the repository's test inputs from the test binary's directory.</summary>
    public static class TestFiles
    {
        public static string RepositoryRoot
        {
            get
            {
                string dir = AppContext.BaseDirectory;
                while (dir != null && !File.Exists(Path.Combine(dir, "Transpiler.sln")))
                    dir = Path.GetDirectoryName(dir);
                return dir ?? throw new InvalidOperationException("Transpiler.sln not found above " + AppContext.BaseDirectory);
            }
        }

        public static string ConformanceDirectory => Path.Combine(RepositoryRoot, "tests", "conformance");

        public static string DataDirectory => Path.Combine(RepositoryRoot, "tests", "Py2Cs.Syntax.Tests", "Data");

        public static IReadOnlyList<string> ConformancePrograms
            => Directory.EnumerateFiles(ConformanceDirectory, "*.py", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList();

        public static IEnumerable<object[]> ConformanceCases
            => ConformancePrograms.Select(p => new object[] { Path.GetRelativePath(ConformanceDirectory, p) });
    }
}
