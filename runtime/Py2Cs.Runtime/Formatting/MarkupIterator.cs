namespace Py2Cs.Runtime.Formatting
{
    /// <summary>
    /// Walks a str.format template as CPython 2.7's MarkupIterator: each step yields the literal text
    /// up to the next field and, if one follows, the field's name, conversion and format spec. It is
    /// lazy on purpose: errors later in the template surface only after earlier fields were looked up,
    /// as in CPython.
    /// </summary>
    internal struct MarkupIterator
    {
        readonly string text;
        int pos;

        public MarkupIterator(string text)
        {
            this.text = text;
            pos = 0;
        }

        public readonly struct Field
        {
            public readonly string Literal;
            public readonly bool HasField;
            public readonly string FieldName;
            public readonly string FormatSpec;
            /// <summary>'r', 's', another character (an error when used), or '\0' for none.</summary>
            public readonly char Conversion;
            /// <summary>The spec contains '{' and must itself be formatted first.</summary>
            public readonly bool SpecNeedsExpanding;

            public Field(string literal, bool hasField, string fieldName, string formatSpec, char conversion, bool specNeedsExpanding)
            {
                Literal = literal; HasField = hasField; FieldName = fieldName; FormatSpec = formatSpec;
                Conversion = conversion; SpecNeedsExpanding = specNeedsExpanding;
            }
        }

        public bool Next(out Field field)
        {
            field = default;
            int end = text.Length;
            if (pos >= end) return false;
            int start = pos;
            char c = '\0';
            bool markupFollows = false;
            while (pos < end)
            {
                c = text[pos++];
                if (c == '{' || c == '}') { markupFollows = true; break; }
            }
            bool atEnd = pos >= end;
            int length = pos - start;
            if (c == '}' && (atEnd || c != text[pos]))
                throw FormattingErrors.Value("Single '}' encountered in format string");
            if (atEnd && c == '{')
                throw FormattingErrors.Value("Single '{' encountered in format string");
            if (!atEnd)
            {
                if (c == text[pos])
                {
                    // "{{" or "}}": a literal brace, no field.
                    pos++;
                    markupFollows = false;
                }
                else length--;
            }
            string literal = text.Substring(start, length);
            if (!markupFollows)
            {
                field = new Field(literal, false, null, null, '\0', false);
                return true;
            }
            int count = 1;
            int fieldStart = pos;
            bool needsExpanding = false;
            while (pos < end)
            {
                c = text[pos++];
                if (c == '{')
                {
                    needsExpanding = true;
                    count++;
                }
                else if (c == '}')
                {
                    count--;
                    if (count <= 0)
                    {
                        ParseField(text.Substring(fieldStart, pos - 1 - fieldStart), out string name, out string spec, out char conversion);
                        field = new Field(literal, true, name, spec, conversion, needsExpanding);
                        return true;
                    }
                }
            }
            throw FormattingErrors.Value("unmatched '{' in format");
        }

        static void ParseField(string s, out string name, out string spec, out char conversion)
        {
            conversion = '\0';
            spec = "";
            int i = 0;
            char c = '\0';
            while (i < s.Length)
            {
                c = s[i++];
                if (c == ':' || c == '!') break;
            }
            if (c == '!' || c == ':')
            {
                name = s.Substring(0, i - 1);
                int specStart = i;
                if (c == '!')
                {
                    if (specStart >= s.Length) throw FormattingErrors.Value("end of format while looking for conversion specifier");
                    conversion = s[specStart++];
                    if (specStart < s.Length)
                    {
                        if (s[specStart++] != ':') throw FormattingErrors.Value("expected ':' after format specifier");
                    }
                }
                spec = s.Substring(specStart);
            }
            else name = s;
        }
    }
}
