using System;
using System.Collections.Generic;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace Py2Cs.Lowering.Tests.Snapshots
{
    /// <summary>A unified diff (as <c>diff -u</c> prints it, 3 lines of context) computed with DiffPlex's line differ.</summary>
    public static class UnifiedDiff
    {
        private const int Context = 3;

        public static string Format(string expected, string actual, string expectedName, string actualName)
        {
            // DiffPlex counts the empty text after a final newline as a line; diff -u does not.
            var diff = new Differ().CreateLineDiffs(WithoutFinalNewline(expected), WithoutFinalNewline(actual),
                ignoreWhitespace: false, ignoreCase: false);
            var newlineNote = expected.EndsWith("\n") == actual.EndsWith("\n")
                ? ""
                : "\\ The final newline differs: " + (expected.EndsWith("\n") ? expectedName : actualName) + " ends with one.\n";
            if (diff.DiffBlocks.Count == 0)
                return newlineNote.Length == 0 ? "" : "--- " + expectedName + "\n+++ " + actualName + "\n" + newlineNote;
            var a = diff.PiecesOld;
            var b = diff.PiecesNew;
            var output = new StringBuilder();
            output.Append("--- ").Append(expectedName).Append('\n');
            output.Append("+++ ").Append(actualName).Append('\n');
            foreach (var hunk in Hunks(diff.DiffBlocks))
                AppendHunk(output, hunk, a, b);
            return output.Append(newlineNote).ToString();
        }

        private static string WithoutFinalNewline(string text) => text.EndsWith("\n") ? text.Substring(0, text.Length - 1) : text;

        // Changes closer than twice the context share one hunk, as in diff -u.
        private static IEnumerable<List<DiffBlock>> Hunks(IList<DiffBlock> blocks)
        {
            var current = new List<DiffBlock> { blocks[0] };
            for (var i = 1; i < blocks.Count; i++)
            {
                var previous = current[current.Count - 1];
                if (blocks[i].DeleteStartA - (previous.DeleteStartA + previous.DeleteCountA) <= 2 * Context)
                {
                    current.Add(blocks[i]);
                }
                else
                {
                    yield return current;
                    current = new List<DiffBlock> { blocks[i] };
                }
            }
            yield return current;
        }

        private static void AppendHunk(StringBuilder output, List<DiffBlock> hunk, IList<string> a, IList<string> b)
        {
            var first = hunk[0];
            var last = hunk[hunk.Count - 1];
            var aStart = Math.Max(0, first.DeleteStartA - Context);
            var aEnd = Math.Min(a.Count, last.DeleteStartA + last.DeleteCountA + Context);
            var bStart = first.InsertStartB - (first.DeleteStartA - aStart);
            var bEnd = last.InsertStartB + last.InsertCountB + (aEnd - (last.DeleteStartA + last.DeleteCountA));
            output.Append("@@ -").Append(Range(aStart, aEnd - aStart)).Append(" +").Append(Range(bStart, bEnd - bStart)).Append(" @@\n");
            var position = aStart;
            foreach (var block in hunk)
            {
                for (; position < block.DeleteStartA; position++)
                    output.Append(' ').Append(a[position]).Append('\n');
                for (var i = 0; i < block.DeleteCountA; i++)
                    output.Append('-').Append(a[block.DeleteStartA + i]).Append('\n');
                for (var i = 0; i < block.InsertCountB; i++)
                    output.Append('+').Append(b[block.InsertStartB + i]).Append('\n');
                position = block.DeleteStartA + block.DeleteCountA;
            }
            for (; position < aEnd; position++)
                output.Append(' ').Append(a[position]).Append('\n');
        }

        // diff -u numbers lines from 1 and writes an empty range as "start,0" after the line before it.
        private static string Range(int start, int count)
        {
            if (count == 0)
                return start + ",0";
            return count == 1 ? (start + 1).ToString() : (start + 1) + "," + count;
        }
    }
}
