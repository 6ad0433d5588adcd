using System;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Py2Cs.Conformance.Tests
{
    /// <summary>tests/conformance is a copy of the shared corpus beside the clone; the copy must not drift.</summary>
    public sealed class SharedCorpusTests
    {
        private readonly ITestOutputHelper output;

        public SharedCorpusTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        private static string FindSharedCorpus()
        {
            var candidates = new[]
            {
                Path.GetFullPath(Path.Combine(RepositoryLayout.Root, "..", "shared", "conformance")),
                "/work/shared/conformance",
            };
            return candidates.FirstOrDefault(Directory.Exists);
        }

        [Fact]
        public void The_copy_in_tests_matches_the_shared_corpus()
        {
            var shared = FindSharedCorpus();
            if (shared == null)
            {
                output.WriteLine("no shared conformance corpus beside the clone (../shared/conformance): nothing to compare");
                return;
            }
            var copy = RepositoryLayout.ConformanceCorpus;
            var sharedFiles = RelativeFiles(shared);
            var copyFiles = RelativeFiles(copy);
            var missing = sharedFiles.Except(copyFiles, StringComparer.Ordinal).ToList();
            var extra = copyFiles.Except(sharedFiles, StringComparer.Ordinal).ToList();
            var different = sharedFiles.Intersect(copyFiles, StringComparer.Ordinal)
                .Where(f => !File.ReadAllBytes(Path.Combine(shared, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(copy, f))))
                .ToList();
            Assert.True(missing.Count + extra.Count + different.Count == 0,
                $"tests/conformance differs from {shared}:\n"
                + string.Concat(missing.Select(f => "  missing from the copy: " + f + "\n"))
                + string.Concat(extra.Select(f => "  only in the copy: " + f + "\n"))
                + string.Concat(different.Select(f => "  content differs: " + f + "\n"))
                + $"Sync it: rsync -a --delete {shared}/ tests/conformance/");
        }

        private static string[] RelativeFiles(string root) =>
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();
    }
}
