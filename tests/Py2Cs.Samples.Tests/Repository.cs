using System;
using System.IO;

namespace Py2Cs.Samples.Tests
{
    /// <summary>Where the checkout is (found upwards from the test assembly) and how it was built.</summary>
    public static class Repository
    {
        private static readonly Lazy<string> root = new Lazy<string>(FindRoot);

        public static string Root => root.Value;

        public static string Samples => Path.Combine(Root, "samples");

        /// <summary>The configuration the tests (and so the projects they reference) were built in; the
        /// sample builds use the same, so they find the task and runtime already built.</summary>
        public static string Configuration =>
#if DEBUG
            "Debug";
#else
            "Release";
#endif

        /// <summary>py2cs.dll, copied beside the tests by the project reference to the CLI.</summary>
        public static string Py2CsCli => Path.Combine(AppContext.BaseDirectory, "py2cs.dll");

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
