using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Strings
{
    /// <summary>
    /// split/rsplit/splitlines/partition as CPython 2.7's stringlib, returning (start, length) pieces
    /// of the original so str and unicode can each build their own results.
    /// </summary>
    internal static class TextSplitting
    {
        public static List<(int Start, int Length)> Split<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sep, int maxSplit) where T : unmanaged, IEquatable<T>
        {
            if (maxSplit < 0) maxSplit = int.MaxValue;
            var pieces = new List<(int, int)>();
            int pos = 0;
            while (maxSplit-- > 0)
            {
                int i = s.Slice(pos).IndexOf(sep);
                if (i < 0) break;
                pieces.Add((pos, i));
                pos += i + sep.Length;
            }
            pieces.Add((pos, s.Length - pos));
            return pieces;
        }

        public static List<(int Start, int Length)> RSplit<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sep, int maxSplit) where T : unmanaged, IEquatable<T>
        {
            if (maxSplit < 0) maxSplit = int.MaxValue;
            var pieces = new List<(int, int)>();
            int end = s.Length;
            while (maxSplit-- > 0)
            {
                int i = s.Slice(0, end).LastIndexOf(sep);
                if (i < 0) break;
                pieces.Add((i + sep.Length, end - i - sep.Length));
                end = i;
            }
            pieces.Add((0, end));
            pieces.Reverse();
            return pieces;
        }

        /// <summary>split() with no separator: runs of whitespace separate, leading/trailing ignored.</summary>
        public static List<(int Start, int Length)> SplitWhitespace<T, C>(ReadOnlySpan<T> s, int maxSplit)
            where T : unmanaged, IEquatable<T> where C : ICharacterSet<T>
        {
            if (maxSplit < 0) maxSplit = int.MaxValue;
            var pieces = new List<(int, int)>();
            int i = 0, n = s.Length;
            while (true)
            {
                while (i < n && C.IsSpace(s[i])) i++;
                if (i == n) break;
                if (maxSplit-- <= 0)
                {
                    // The rest, trailing whitespace included, is the last piece.
                    pieces.Add((i, n - i));
                    break;
                }
                int j = i;
                while (j < n && !C.IsSpace(s[j])) j++;
                pieces.Add((i, j - i));
                i = j;
            }
            return pieces;
        }

        public static List<(int Start, int Length)> RSplitWhitespace<T, C>(ReadOnlySpan<T> s, int maxSplit)
            where T : unmanaged, IEquatable<T> where C : ICharacterSet<T>
        {
            if (maxSplit < 0) maxSplit = int.MaxValue;
            var pieces = new List<(int, int)>();
            int i = s.Length;
            while (true)
            {
                while (i > 0 && C.IsSpace(s[i - 1])) i--;
                if (i == 0) break;
                if (maxSplit-- <= 0)
                {
                    pieces.Add((0, i));
                    break;
                }
                int j = i;
                while (j > 0 && !C.IsSpace(s[j - 1])) j--;
                pieces.Add((j, i - j));
                i = j;
            }
            pieces.Reverse();
            return pieces;
        }

        public static List<(int Start, int Length)> SplitLines<T, C>(ReadOnlySpan<T> s, bool keepEnds)
            where T : unmanaged, IEquatable<T> where C : ICharacterSet<T>
        {
            var pieces = new List<(int, int)>();
            T cr = C.FromAscii('\r'), lf = C.FromAscii('\n');
            int i = 0, n = s.Length;
            while (i < n)
            {
                int start = i;
                while (i < n && !C.IsLineBreak(s[i])) i++;
                int eol = i;
                if (i < n)
                {
                    if (s[i].Equals(cr) && i + 1 < n && s[i + 1].Equals(lf)) i += 2;
                    else i++;
                    if (keepEnds) eol = i;
                }
                pieces.Add((start, eol - start));
            }
            return pieces;
        }

        /// <summary>Index of the separator for partition (first) or rpartition (last); -1 when absent.</summary>
        public static int PartitionIndex<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sep, bool fromEnd) where T : unmanaged, IEquatable<T> =>
            fromEnd ? s.LastIndexOf(sep) : s.IndexOf(sep);
    }
}
