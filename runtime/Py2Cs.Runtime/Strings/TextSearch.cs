using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Strings
{
    /// <summary>
    /// find/rfind/count/startswith/replace over str bytes or unicode chars, with the slice-index
    /// rules of CPython 2.7's stringlib (negative indices count from the end, an empty needle matches
    /// at the start position even past the end of a short string).
    /// </summary>
    internal static class TextSearch
    {
        /// <summary>ADJUST_INDICES: clamps end to the length, counts negatives from the end.</summary>
        public static void AdjustIndices(int length, ref int start, ref int end)
        {
            if (end > length) end = length;
            else if (end < 0) { end += length; if (end < 0) end = 0; }
            if (start < 0) { start += length; if (start < 0) start = 0; }
        }

        public static int Find<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub, int start = 0, int end = int.MaxValue) where T : unmanaged, IEquatable<T>
        {
            AdjustIndices(s.Length, ref start, ref end);
            if (end - start < 0) return -1;
            if (sub.Length == 0) return start;
            int i = s.Slice(start, end - start).IndexOf(sub);
            return i < 0 ? -1 : i + start;
        }

        public static int RFind<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub, int start = 0, int end = int.MaxValue) where T : unmanaged, IEquatable<T>
        {
            AdjustIndices(s.Length, ref start, ref end);
            if (end - start < 0) return -1;
            if (sub.Length == 0) return end;
            int i = s.Slice(start, end - start).LastIndexOf(sub);
            return i < 0 ? -1 : i + start;
        }

        public static int Count<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub, int start = 0, int end = int.MaxValue) where T : unmanaged, IEquatable<T>
        {
            AdjustIndices(s.Length, ref start, ref end);
            if (end - start < 0) return 0;
            if (sub.Length == 0) return end - start + 1;
            return CountNonOverlapping(s.Slice(start, end - start), sub, int.MaxValue);
        }

        static int CountNonOverlapping<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub, int max) where T : unmanaged, IEquatable<T>
        {
            int count = 0;
            while (count < max)
            {
                int i = s.IndexOf(sub);
                if (i < 0) break;
                count++;
                s = s.Slice(i + sub.Length);
            }
            return count;
        }

        /// <summary>startswith/endswith of one prefix within s[start:end].</summary>
        /// <param name="strRules">str's _string_tailmatch refuses a start past the end even for an empty
        /// affix; unicode's tailmatch accepts an empty affix whatever the indices.</param>
        public static bool Matches<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> affix, int start, int end, bool atEnd, bool strRules = true) where T : unmanaged, IEquatable<T>
        {
            if (!strRules && affix.Length == 0) return true;
            AdjustIndices(s.Length, ref start, ref end);
            if (strRules && start > s.Length) return false;
            if (end - start < affix.Length) return false;
            if (affix.Length == 0) return true;
            if (atEnd) return s.Slice(end - affix.Length, affix.Length).SequenceEqual(affix);
            return s.Slice(start, affix.Length).SequenceEqual(affix);
        }

        /// <summary>str.replace: at most <paramref name="maxCount"/> (negative: all) non-overlapping replacements.</summary>
        public static T[] Replace<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> old, ReadOnlySpan<T> replacement, int maxCount) where T : unmanaged, IEquatable<T>
        {
            // CPython 2.7: an explicit count with an empty receiver returns it unchanged.
            if (maxCount == 0 || (maxCount > 0 && s.Length == 0)) return s.ToArray();
            if (maxCount < 0) maxCount = int.MaxValue;
            var result = new List<T>(s.Length);
            if (old.Length == 0)
            {
                // Inserts the replacement before every character and at the end: "abc" -> "-a-b-c-".
                int n = 0;
                for (int i = 0; i <= s.Length; i++)
                {
                    if (n < maxCount) { foreach (T t in replacement) result.Add(t); n++; }
                    if (i < s.Length) result.Add(s[i]);
                }
                return result.ToArray();
            }
            int done = 0;
            while (done < maxCount)
            {
                int i = s.IndexOf(old);
                if (i < 0) break;
                foreach (T t in s.Slice(0, i)) result.Add(t);
                foreach (T t in replacement) result.Add(t);
                s = s.Slice(i + old.Length);
                done++;
            }
            foreach (T t in s) result.Add(t);
            return result.ToArray();
        }
    }
}
