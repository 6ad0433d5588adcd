using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>
    /// sre's IGNORECASE: a character x matches a set S when lower(x) is in lower(S) (plus, with
    /// re.UNICODE, the equivalences of sre_compile._ignorecase_fixes). lower is ASCII-only unless
    /// re.UNICODE is given. <see cref="Close"/> turns S into the plain set of characters that match.
    /// </summary>
    internal static class CaseFolding
    {
        // sre_compile._equivalences: lowercase letters that share one uppercase.
        private static readonly int[][] Equivalences =
        {
            new[] { 0x69, 0x131 }, new[] { 0x73, 0x17f }, new[] { 0xb5, 0x3bc }, new[] { 0x345, 0x3b9, 0x1fbe },
            new[] { 0x3b2, 0x3d0 }, new[] { 0x3b5, 0x3f5 }, new[] { 0x3b8, 0x3d1 }, new[] { 0x3ba, 0x3f0 },
            new[] { 0x3c0, 0x3d6 }, new[] { 0x3c1, 0x3f1 }, new[] { 0x3c2, 0x3c3 }, new[] { 0x3c6, 0x3d5 },
            new[] { 0x1e61, 0x1e9b },
        };

        private static int[] unicodeCased; // BMP characters whose lowercase differs from themselves

        private static int[] UnicodeCased
        {
            get
            {
                if (unicodeCased != null) return unicodeCased;
                var list = new List<int>();
                for (int c = 0; c < 0x10000; c++)
                {
                    if (c >= 0xD800 && c <= 0xDFFF) continue;
                    if (char.ToLowerInvariant((char)c) != c) list.Add(c);
                }
                return unicodeCased = list.ToArray();
            }
        }

        public static int Lower(int c, bool unicode)
        {
            if (!unicode) return c >= 'A' && c <= 'Z' ? c + 32 : c;
            return c < 0x10000 && (c < 0xD800 || c > 0xDFFF) ? char.ToLowerInvariant((char)c) : c;
        }

        public static List<(int Lo, int Hi)> Close(List<(int Lo, int Hi)> ranges, bool unicode)
        {
            List<(int Lo, int Hi)> set = CharClass.Normalize(ranges);
            int[] cased = unicode ? UnicodeCased : AsciiUpper;
            // lower(S): the members that are their own lowercase, plus the lowercase of the others.
            var lowered = new List<(int Lo, int Hi)>(Subtract(set, cased));
            foreach (int c in cased)
                if (CharClass.Contains(set, c)) lowered.Add((Lower(c, unicode), Lower(c, unicode)));
            if (unicode)
            {
                List<(int Lo, int Hi)> partial = CharClass.Normalize(lowered);
                foreach (int[] group in Equivalences)
                    foreach (int member in group)
                        if (CharClass.Contains(partial, member))
                            foreach (int other in group) lowered.Add((other, other));
            }
            List<(int Lo, int Hi)> target = CharClass.Normalize(lowered);
            // {x : lower(x) in lower(S)}: target minus cased characters, plus cased characters whose lowercase is in it.
            var result = new List<(int Lo, int Hi)>(Subtract(target, cased));
            foreach (int c in cased)
                if (CharClass.Contains(target, Lower(c, unicode))) result.Add((c, c));
            return CharClass.Normalize(result);
        }

        private static readonly int[] AsciiUpper = BuildAsciiUpper();

        private static int[] BuildAsciiUpper()
        {
            var a = new int[26];
            for (int i = 0; i < 26; i++) a[i] = 'A' + i;
            return a;
        }

        // The ranges with the (sorted) excluded code points cut out.
        private static IEnumerable<(int Lo, int Hi)> Subtract(List<(int Lo, int Hi)> set, int[] excluded)
        {
            foreach (var (lo, hi) in set)
            {
                int start = lo;
                int idx = Array.BinarySearch(excluded, lo);
                if (idx < 0) idx = ~idx;
                for (; idx < excluded.Length && excluded[idx] <= hi; idx++)
                {
                    int e = excluded[idx];
                    if (e > start) yield return (start, e - 1);
                    start = e + 1;
                }
                if (start <= hi) yield return (start, hi);
            }
        }
    }
}
