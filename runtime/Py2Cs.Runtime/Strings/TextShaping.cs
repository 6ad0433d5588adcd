using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Strings
{
    /// <summary>strip/pad/center/zfill/expandtabs over str bytes or unicode chars, as CPython 2.7.</summary>
    internal static class TextShaping
    {
        /// <summary>(start, length) after stripping whitespace (chars == null) or any of <paramref name="chars"/>.</summary>
        public static (int Start, int Length) Strip<T, C>(ReadOnlySpan<T> s, ReadOnlySpan<T> chars, bool useChars, bool left, bool right)
            where T : unmanaged, IEquatable<T> where C : ICharacterSet<T>
        {
            int i = 0, j = s.Length;
            if (left) while (i < j && (useChars ? chars.IndexOf(s[i]) >= 0 : C.IsSpace(s[i]))) i++;
            if (right) while (j > i && (useChars ? chars.IndexOf(s[j - 1]) >= 0 : C.IsSpace(s[j - 1]))) j--;
            return (i, j - i);
        }

        /// <summary>Left and right fill counts of ljust ('&lt;'), rjust ('&gt;') and center ('^').</summary>
        public static (int Left, int Right) Padding(int length, int width, char align)
        {
            if (width <= length) return (0, 0);
            int marg = width - length;
            switch (align)
            {
                case '<': return (0, marg);
                case '>': return (marg, 0);
                default:
                    // CPython 2.7 center(): the odd extra goes left when both marg and width are odd.
                    int left = marg / 2 + (marg & width & 1);
                    return (left, marg - left);
            }
        }

        public static T[] Pad<T>(ReadOnlySpan<T> s, int left, int right, T fill) where T : unmanaged
        {
            var r = new T[left + s.Length + right];
            r.AsSpan(0, left).Fill(fill);
            s.CopyTo(r.AsSpan(left));
            r.AsSpan(left + s.Length).Fill(fill);
            return r;
        }

        public static T[] ZFill<T, C>(ReadOnlySpan<T> s, int width) where T : unmanaged, IEquatable<T> where C : ICharacterSet<T>
        {
            if (s.Length >= width) return s.ToArray();
            int fill = width - s.Length;
            T[] r = Pad(s, fill, 0, C.FromAscii('0'));
            if (s.Length > 0 && (s[0].Equals(C.FromAscii('+')) || s[0].Equals(C.FromAscii('-'))))
            {
                // The sign moves in front of the zeros.
                r[0] = s[0];
                r[fill] = C.FromAscii('0');
            }
            return r;
        }

        public static T[] ExpandTabs<T, C>(ReadOnlySpan<T> s, int tabSize) where T : unmanaged, IEquatable<T> where C : ICharacterSet<T>
        {
            var r = new List<T>(s.Length);
            T tab = C.FromAscii('\t'), nl = C.FromAscii('\n'), cr = C.FromAscii('\r'), space = C.FromAscii(' ');
            int column = 0;
            foreach (T c in s)
            {
                if (c.Equals(tab))
                {
                    if (tabSize > 0)
                    {
                        int n = tabSize - column % tabSize;
                        for (int k = 0; k < n; k++) r.Add(space);
                        column += n;
                    }
                }
                else
                {
                    r.Add(c);
                    column++;
                    if (c.Equals(nl) || c.Equals(cr)) column = 0;
                }
            }
            return r.ToArray();
        }
    }
}
