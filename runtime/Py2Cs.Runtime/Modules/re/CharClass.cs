using System;
using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime.Modules.re
{
    public enum CharCategory { Digit, NotDigit, Space, NotSpace, Word, NotWord }

    /// <summary>
    /// A Python character set ([...], \d, \w, \s and their negations) and its translation to a .NET
    /// construct that matches exactly the same characters. .NET's own \d \w \s and case folding
    /// differ from sre's, so every member is spelled out.
    /// </summary>
    public sealed class CharClass
    {
        public bool Negated { get; set; }
        public List<(int Lo, int Hi)> Ranges { get; } = new List<(int Lo, int Hi)>();
        public List<CharCategory> Categories { get; } = new List<CharCategory>();

        public static CharClass Of(CharCategory category)
        {
            var c = new CharClass();
            c.Categories.Add(category);
            return c;
        }

        public static CharClass OfChar(int code, bool negated = false)
        {
            var c = new CharClass { Negated = negated };
            c.Ranges.Add((code, code));
            return c;
        }

        /// <summary>The .NET pattern text matching one character of this set under the given flags.</summary>
        public string ToNet(int flags)
        {
            bool unicode = (flags & RegexFlags.UNICODE) != 0;
            List<(int Lo, int Hi)> ranges = (flags & RegexFlags.IGNORECASE) != 0
                ? CaseFolding.Close(Ranges, unicode && (flags & RegexFlags.LOCALE) == 0)
                : Normalize(Ranges);
            var positive = new StringBuilder();
            foreach (var (lo, hi) in ranges) AppendRange(positive, lo, hi);
            var negatives = new List<string>();
            foreach (CharCategory cat in Categories)
            {
                switch (cat)
                {
                    case CharCategory.Digit: positive.Append(DigitMembers(unicode)); break;
                    case CharCategory.Space: positive.Append(SpaceMembers(unicode)); break;
                    case CharCategory.Word: positive.Append(WordMembers(unicode)); break;
                    case CharCategory.NotDigit: negatives.Add("[^" + DigitMembers(unicode) + "]"); break;
                    case CharCategory.NotSpace: negatives.Add("[^" + SpaceMembers(unicode) + "]"); break;
                    case CharCategory.NotWord: negatives.Add("[^" + WordMembers(unicode) + "]"); break;
                }
            }
            if (negatives.Count == 0)
            {
                if (positive.Length == 0) return Negated ? @"[\s\S]" : "(?!)";
                return (Negated ? "[^" : "[") + positive + "]";
            }
            var alternatives = new List<string>();
            if (positive.Length > 0) alternatives.Add("[" + positive + "]");
            alternatives.AddRange(negatives);
            string union = alternatives.Count == 1 ? alternatives[0] : "(?:" + string.Join("|", alternatives) + ")";
            return Negated ? "(?:(?!" + union + @")[\s\S])" : union;
        }

        /// <summary>The members of \w: ASCII word characters, or with re.UNICODE sre's alnum-or-underscore.</summary>
        internal static string WordMembers(bool unicode) => unicode ? @"\p{L}\p{N}_" : "a-zA-Z0-9_";

        internal static string DigitMembers(bool unicode) => unicode ? @"\p{Nd}" : "0-9";

        // Python 2.7's unicode.isspace() (checked against python2.7), or C's isspace in the C locale.
        internal static string SpaceMembers(bool unicode) => unicode
            ? @"\t\n\u000B\f\r\u001C-\u001F \u0085\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
            : @"\t\n\u000B\f\r ";

        internal static void AppendRange(StringBuilder sb, int lo, int hi)
        {
            AppendChar(sb, lo);
            if (hi == lo) return;
            if (hi > lo + 1) sb.Append('-');
            AppendChar(sb, hi);
        }

        internal static void AppendChar(StringBuilder sb, int code)
        {
            if (code > 0xFFFF) code = 0xFFFF; // strings are UTF-16: astral code points never occur as one char
            if ((code >= 'a' && code <= 'z') || (code >= 'A' && code <= 'Z') || (code >= '0' && code <= '9')) sb.Append((char)code);
            else sb.Append("\\u").Append(code.ToString("X4"));
        }

        internal static List<(int Lo, int Hi)> Normalize(IEnumerable<(int Lo, int Hi)> ranges)
        {
            var list = new List<(int Lo, int Hi)>(ranges);
            list.Sort((a, b) => a.Lo.CompareTo(b.Lo));
            var merged = new List<(int Lo, int Hi)>();
            foreach (var r in list)
            {
                if (merged.Count > 0 && r.Lo <= merged[^1].Hi + 1)
                    merged[^1] = (merged[^1].Lo, Math.Max(merged[^1].Hi, r.Hi));
                else
                    merged.Add(r);
            }
            return merged;
        }

        internal static bool Contains(List<(int Lo, int Hi)> normalized, int code)
        {
            int lo = 0, hi = normalized.Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                if (code < normalized[mid].Lo) hi = mid - 1;
                else if (code > normalized[mid].Hi) lo = mid + 1;
                else return true;
            }
            return false;
        }
    }
}
