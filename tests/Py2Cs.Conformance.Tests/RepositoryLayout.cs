using System;
using System.IO;

namespace Py2Cs.Conformance.Tests
{
    /// <summary>Where the checked-in inputs live, found from the test assembly's folder (bin/...) upwards.</summary>
    public static class RepositoryLayout
    {
        private static readonly Lazy<string> root = new Lazy<string>(FindRoot);

        public static string Root => root.Value;

        public static string ConformanceCorpus => Path.Combine(Root, "tests", "conformance");

        /// <summary>Programs the project recorded from python2.7 beyond the shared corpus (same layout).</summary>
        public static string ExtraConformanceCorpus => Path.Combine(Root, "tests", "conformance-extra");

        public static string KnownFailuresFile => Path.Combine(Root, "tests", "Py2Cs.Conformance.Tests", "known-failures.txt");

        public static string Samples => Path.Combine(Root, "samples");

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Transpiler.sln")))
                    return dir.FullName;
            }
            throw new InvalidOperationException("cannot find the repository root (Transpiler.sln) above " + AppContext.BaseDirectory);
        }
    }
}
