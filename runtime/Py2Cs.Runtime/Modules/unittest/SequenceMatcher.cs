using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>
    /// difflib.SequenceMatcher (2.7) over lines or characters: the same b2j index, junk and
    /// "popular" (autojunk) rules, longest-match search and opcode order, so the diffs unittest
    /// prints mark the same characters CPython's do.
    /// </summary>
    internal sealed class SequenceMatcher<T> where T : IEquatable<T>
    {
        public readonly struct Opcode
        {
            public Opcode(char tag, int i1, int i2, int j1, int j2) { Tag = tag; I1 = i1; I2 = i2; J1 = j1; J2 = j2; }
            /// <summary>'r'eplace, 'd'elete, 'i'nsert or 'e'qual.</summary>
            public char Tag { get; }
            public int I1 { get; }
            public int I2 { get; }
            public int J1 { get; }
            public int J2 { get; }
        }

        private readonly Func<T, bool> isJunk;
        private IReadOnlyList<T> a = Array.Empty<T>(), b = Array.Empty<T>();
        private Dictionary<T, List<int>> b2j;
        private HashSet<T> bJunk;
        private Dictionary<T, int> fullBCount;
        private List<(int, int, int)> matchingBlocks;

        public SequenceMatcher(Func<T, bool> isJunk) { this.isJunk = isJunk; }

        public void SetSeq1(IReadOnlyList<T> seq)
        {
            a = seq;
            matchingBlocks = null;
        }

        public void SetSeq2(IReadOnlyList<T> seq)
        {
            b = seq;
            matchingBlocks = null;
            fullBCount = null;
            ChainB();
        }

        private void ChainB()
        {
            b2j = new Dictionary<T, List<int>>();
            for (int i = 0; i < b.Count; i++)
            {
                if (!b2j.TryGetValue(b[i], out var indices)) b2j[b[i]] = indices = new List<int>();
                indices.Add(i);
            }
            bJunk = new HashSet<T>();
            if (isJunk != null)
                foreach (var elt in new List<T>(b2j.Keys))
                    if (isJunk(elt)) { bJunk.Add(elt); b2j.Remove(elt); }
            // autojunk: in sequences of 200+ items, items occurring in more than 1% + 1 places are not indexed.
            int n = b.Count;
            if (n >= 200)
            {
                int ntest = n / 100 + 1;
                foreach (var pair in new List<KeyValuePair<T, List<int>>>(b2j))
                    if (pair.Value.Count > ntest) b2j.Remove(pair.Key);
            }
        }

        private (int, int, int) FindLongestMatch(int alo, int ahi, int blo, int bhi)
        {
            int besti = alo, bestj = blo, bestsize = 0;
            var j2len = new Dictionary<int, int>();
            for (int i = alo; i < ahi; i++)
            {
                var newj2len = new Dictionary<int, int>();
                if (b2j.TryGetValue(a[i], out var indices))
                {
                    foreach (int j in indices)
                    {
                        if (j < blo) continue;
                        if (j >= bhi) break;
                        int k = (j2len.TryGetValue(j - 1, out int prev) ? prev : 0) + 1;
                        newj2len[j] = k;
                        if (k > bestsize) { besti = i - k + 1; bestj = j - k + 1; bestsize = k; }
                    }
                }
                j2len = newj2len;
            }
            while (besti > alo && bestj > blo && !bJunk.Contains(b[bestj - 1]) && a[besti - 1].Equals(b[bestj - 1]))
            { besti--; bestj--; bestsize++; }
            while (besti + bestsize < ahi && bestj + bestsize < bhi && !bJunk.Contains(b[bestj + bestsize]) && a[besti + bestsize].Equals(b[bestj + bestsize]))
                bestsize++;
            while (besti > alo && bestj > blo && bJunk.Contains(b[bestj - 1]) && a[besti - 1].Equals(b[bestj - 1]))
            { besti--; bestj--; bestsize++; }
            while (besti + bestsize < ahi && bestj + bestsize < bhi && bJunk.Contains(b[bestj + bestsize]) && a[besti + bestsize].Equals(b[bestj + bestsize]))
                bestsize++;
            return (besti, bestj, bestsize);
        }

        public List<(int, int, int)> GetMatchingBlocks()
        {
            if (matchingBlocks != null) return matchingBlocks;
            int la = a.Count, lb = b.Count;
            var queue = new List<(int, int, int, int)> { (0, la, 0, lb) };
            var blocks = new List<(int, int, int)>();
            while (queue.Count > 0)
            {
                var (alo, ahi, blo, bhi) = queue[queue.Count - 1];
                queue.RemoveAt(queue.Count - 1);
                var x = FindLongestMatch(alo, ahi, blo, bhi);
                var (i, j, k) = x;
                if (k > 0)
                {
                    blocks.Add(x);
                    if (alo < i && blo < j) queue.Add((alo, i, blo, j));
                    if (i + k < ahi && j + k < bhi) queue.Add((i + k, ahi, j + k, bhi));
                }
            }
            blocks.Sort();
            int i1 = 0, j1 = 0, k1 = 0;
            var nonAdjacent = new List<(int, int, int)>();
            foreach (var (i2, j2, k2) in blocks)
            {
                if (i1 + k1 == i2 && j1 + k1 == j2) k1 += k2;
                else
                {
                    if (k1 > 0) nonAdjacent.Add((i1, j1, k1));
                    i1 = i2; j1 = j2; k1 = k2;
                }
            }
            if (k1 > 0) nonAdjacent.Add((i1, j1, k1));
            nonAdjacent.Add((la, lb, 0));
            return matchingBlocks = nonAdjacent;
        }

        public List<Opcode> GetOpcodes()
        {
            int i = 0, j = 0;
            var answer = new List<Opcode>();
            foreach (var (ai, bj, size) in GetMatchingBlocks())
            {
                char tag = '\0';
                if (i < ai && j < bj) tag = 'r';
                else if (i < ai) tag = 'd';
                else if (j < bj) tag = 'i';
                if (tag != '\0') answer.Add(new Opcode(tag, i, ai, j, bj));
                i = ai + size;
                j = bj + size;
                if (size > 0) answer.Add(new Opcode('e', ai, i, bj, j));
            }
            return answer;
        }

        private static double CalculateRatio(int matches, int length) => length > 0 ? 2.0 * matches / length : 1.0;

        public double Ratio()
        {
            int matches = 0;
            foreach (var (_, _, size) in GetMatchingBlocks()) matches += size;
            return CalculateRatio(matches, a.Count + b.Count);
        }

        public double QuickRatio()
        {
            if (fullBCount == null)
            {
                fullBCount = new Dictionary<T, int>();
                foreach (var elt in b) fullBCount[elt] = (fullBCount.TryGetValue(elt, out int c) ? c : 0) + 1;
            }
            var avail = new Dictionary<T, int>();
            int matches = 0;
            foreach (var elt in a)
            {
                int numb = avail.TryGetValue(elt, out int v) ? v : (fullBCount.TryGetValue(elt, out int f) ? f : 0);
                avail[elt] = numb - 1;
                if (numb > 0) matches++;
            }
            return CalculateRatio(matches, a.Count + b.Count);
        }

        public double RealQuickRatio() => CalculateRatio(Math.Min(a.Count, b.Count), a.Count + b.Count);
    }
}
