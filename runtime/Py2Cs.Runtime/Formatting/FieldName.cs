using System.Collections.Generic;

namespace Py2Cs.Runtime.Formatting
{
    /// <summary>
    /// A str.format field name split as CPython 2.7's field_name_split: the first part (an argument
    /// index or keyword) and the chain of ".attr" and "[key]" accessors that follow.
    /// </summary>
    internal sealed class FieldName
    {
        public readonly struct Accessor
        {
            public readonly bool IsAttribute;
            public readonly string Name;
            /// <summary>The integer value of an all-digit "[key]", else -1.</summary>
            public readonly int Index;

            public Accessor(bool isAttribute, string name, int index) { IsAttribute = isAttribute; Name = name; Index = index; }
        }

        /// <summary>The text before the first '.' or '['.</summary>
        public string First;
        /// <summary>The argument index when <see cref="First"/> is all digits, else -1.</summary>
        public int FirstIndex;
        /// <summary>Accessors are parsed lazily in CPython; errors in them surface when walked.</summary>
        readonly string rest;

        FieldName(string first, int firstIndex, string rest) { First = first; FirstIndex = firstIndex; this.rest = rest; }

        public static FieldName Parse(string name)
        {
            int i = 0;
            while (i < name.Length && name[i] != '.' && name[i] != '[') i++;
            string first = name.Substring(0, i);
            return new FieldName(first, ParseIndex(first), name.Substring(i));
        }

        /// <summary>get_integer: -1 unless all decimal digits.</summary>
        internal static int ParseIndex(string s)
        {
            if (s.Length == 0) return -1;
            long v = 0;
            foreach (char c in s)
            {
                if (c < '0' || c > '9') return -1;
                v = v * 10 + (c - '0');
                if (v > int.MaxValue) throw FormattingErrors.Value("Too many decimal digits in format string");
            }
            return (int)v;
        }

        public IEnumerable<Accessor> Accessors()
        {
            int i = 0;
            while (i < rest.Length)
            {
                char c = rest[i++];
                int start = i;
                if (c == '.')
                {
                    while (i < rest.Length && rest[i] != '.' && rest[i] != '[') i++;
                    string attr = rest.Substring(start, i - start);
                    if (attr.Length == 0) throw FormattingErrors.Value("Empty attribute in format string");
                    yield return new Accessor(true, attr, -1);
                }
                else if (c == '[')
                {
                    while (i < rest.Length && rest[i] != ']') i++;
                    if (i >= rest.Length) throw FormattingErrors.Value("Missing ']' in format string");
                    string key = rest.Substring(start, i - start);
                    i++;
                    if (key.Length == 0) throw FormattingErrors.Value("Empty attribute in format string");
                    yield return new Accessor(false, key, ParseIndex(key));
                }
                else throw FormattingErrors.Value("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
    }
}
