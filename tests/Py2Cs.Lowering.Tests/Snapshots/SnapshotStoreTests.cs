using System;
using System.IO;
using Xunit;
using Xunit.Sdk;

namespace Py2Cs.Lowering.Tests.Snapshots
{
    public sealed class SnapshotStoreTests : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "py2cs-snapshots-" + Guid.NewGuid().ToString("N"));
        private readonly SnapshotStore store;

        public SnapshotStoreTests()
        {
            Directory.CreateDirectory(folder);
            store = new SnapshotStore(folder);
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Fact]
        public void Matching_text_passes_and_removes_a_stale_received_file()
        {
            File.WriteAllText(store.VerifiedPath("Same"), "class A { }\n");
            File.WriteAllText(store.ReceivedPath("Same"), "class B { }\n");

            store.Verify("Same", "class A { }\n");

            Assert.False(File.Exists(store.ReceivedPath("Same")));
        }

        [Fact]
        public void Windows_line_ends_in_the_verified_file_still_match()
        {
            File.WriteAllText(store.VerifiedPath("Crlf"), "class A\r\n{\r\n}\r\n");

            store.Verify("Crlf", "class A\n{\n}\n");
        }

        [Fact]
        public void A_missing_verified_file_fails_and_writes_the_received_text_for_review()
        {
            var failure = Assert.Throws<XunitException>(() => store.Verify("New", "class N { }\n"));

            Assert.Equal("class N { }\n", File.ReadAllText(store.ReceivedPath("New")));
            Assert.Contains("has no verified file", failure.Message);
            Assert.Contains("mv " + store.ReceivedPath("New") + " " + store.VerifiedPath("New"), failure.Message);
        }

        [Fact]
        public void A_difference_fails_with_a_unified_diff_and_writes_the_received_file()
        {
            File.WriteAllText(store.VerifiedPath("Changed"), "class A\n{\n    int x;\n    int y;\n}\n");

            var failure = Assert.Throws<XunitException>(() =>
                store.Verify("Changed", "class A\n{\n    int x;\n    long y;\n}\n"));

            Assert.Equal("class A\n{\n    int x;\n    long y;\n}\n", File.ReadAllText(store.ReceivedPath("Changed")));
            // The hunk as GNU diff -u prints it for the same two files.
            Assert.Contains(
                "--- Changed.verified.cs\n+++ Changed.received.cs\n"
                + "@@ -1,5 +1,5 @@\n class A\n {\n     int x;\n-    int y;\n+    long y;\n }\n",
                failure.Message);
        }
    }
}
