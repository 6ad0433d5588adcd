using System.Linq;
using Xunit;

namespace Py2Cs.Lowering.Tests.Snapshots
{
    /// <summary>Expected texts are what GNU diff -u prints for the same inputs.</summary>
    public sealed class UnifiedDiffTests
    {
        private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

        private static string Numbers(int count) => Lines(Enumerable.Range(1, count).Select(i => i.ToString()).ToArray());

        [Fact]
        public void Equal_texts_give_no_diff()
        {
            Assert.Equal("", UnifiedDiff.Format("a\nb\n", "a\nb\n", "x", "y"));
        }

        [Fact]
        public void Distant_changes_get_separate_hunks_with_three_lines_of_context()
        {
            var changed = Numbers(20).Replace("\n2\n", "\ntwo\n").Replace("\n18\n", "\neighteen\n");

            var diff = UnifiedDiff.Format(Numbers(20), changed, "old", "new");

            Assert.Equal(
                "--- old\n+++ new\n"
                + "@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"
                + "@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n",
                diff);
        }

        [Fact]
        public void A_line_added_at_the_end()
        {
            Assert.Equal("--- old\n+++ new\n@@ -3,3 +3,4 @@\n 3\n 4\n 5\n+6\n",
                UnifiedDiff.Format(Numbers(5), Numbers(6), "old", "new"));
        }

        [Fact]
        public void A_line_added_at_the_start()
        {
            Assert.Equal("--- old\n+++ new\n@@ -1,2 +1,3 @@\n+0\n 1\n 2\n",
                UnifiedDiff.Format("1\n2\n", "0\n1\n2\n", "old", "new"));
        }
    }
}
