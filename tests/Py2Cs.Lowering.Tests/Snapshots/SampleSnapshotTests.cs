using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Py2Cs.Cli.Building;
using Xunit;

namespace Py2Cs.Lowering.Tests.Snapshots
{
    /// <summary>The C# generated for each samples/NAME.py is checked in as snapshots/NAME.verified.cs.</summary>
    public sealed class SampleSnapshotTests
    {
        private static string RepositoryRoot
        {
            get
            {
                for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                    if (File.Exists(Path.Combine(dir.FullName, "Transpiler.sln")))
                        return dir.FullName;
                throw new InvalidOperationException("no Transpiler.sln above " + AppContext.BaseDirectory);
            }
        }

        public static IEnumerable<object[]> Samples =>
            Directory.GetFiles(Path.Combine(RepositoryRoot, "samples"), "*.py")
                .Select(Path.GetFileNameWithoutExtension)
                .OrderBy(n => n, StringComparer.Ordinal)
                .Select(n => new object[] { n });

        [Theory]
        [MemberData(nameof(Samples))]
        public void Generated_csharp_matches_the_snapshot(string sample)
        {
            var path = Path.Combine(RepositoryRoot, "samples", sample + ".py");

            var transpiled = new ProgramBuilder(null).Transpile(path);

            Assert.False(transpiled.HasErrors, DiagnosticReport.Format(transpiled.Diagnostics, transpiled.Inputs));
            var module = transpiled.Result.Modules.Single(m => Path.GetFullPath(m.SourcePath) == path);
            // #line directives carry the .py path; the checkout's location must not matter.
            var text = GeneratedSourceWriter.TextOf(module.Syntax).Replace(RepositoryRoot + Path.DirectorySeparatorChar, "");
            Snapshot.Verify(text, sample);
        }
    }
}
