using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace Py2Cs.Lowering.Tests.Snapshots
{
    /// <summary>
    /// Snapshot assertions against the repository's snapshots/ folder, with Verify's conventions:
    /// <c>snapshots/Name.verified.cs</c> is compared with the actual text; on a difference
    /// <c>Name.received.cs</c> is written beside it and the test fails with a unified diff.
    /// </summary>
    public static class Snapshot
    {
        /// <summary>
        /// Compares <paramref name="actual"/> with snapshots/NAME.verified.cs. NAME defaults to
        /// TestClassFile.TestMethod, as Verify names snapshots.
        /// </summary>
        public static void Verify(string actual, string name = null,
            [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "")
        {
            name = name ?? Path.GetFileNameWithoutExtension(sourceFile) + "." + member;
            new SnapshotStore(Path.Combine(RepositoryRoot(sourceFile), "snapshots")).Verify(name, actual);
        }

        // The test's source file sits inside the checkout, so the snapshots are found from it
        // wherever the test assembly was built to.
        private static string RepositoryRoot(string sourceFile)
        {
            for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Transpiler.sln")))
                    return dir.FullName;
            }
            throw new InvalidOperationException("no Transpiler.sln above " + sourceFile);
        }
    }
}
