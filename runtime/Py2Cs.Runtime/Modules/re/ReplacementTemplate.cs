using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>
    /// A sub() replacement string parsed as sre_parse.parse_template does: literal text (escapes
    /// like \n processed, unknown escapes kept) and group references \1, \g&lt;1&gt;, \g&lt;name&gt;.
    /// </summary>
    public sealed class ReplacementTemplate
    {
        // Each part is a literal (Group < 0) or a group reference.
        private readonly List<(string Literal, int Group)> parts = new List<(string, int)>();

        public bool IsLiteral => parts.TrueForAll(p => p.Group < 0);

        public static ReplacementTemplate Parse(string template, CompiledPattern pattern)
        {
            var t = new ReplacementTemplate();
            var literal = new StringBuilder();
            void Flush()
            {
                if (literal.Length > 0) { t.parts.Add((literal.ToString(), -1)); literal.Clear(); }
            }
            int i = 0;
            while (i < template.Length)
            {
                char c = template[i];
                if (c != '\\') { literal.Append(c); i++; continue; }
                if (i + 1 >= template.Length) throw new RegexError("bogus escape (end of line)");
                char k = template[i + 1];
                i += 2;
                if (k == 'g')
                {
                    string name = "";
                    if (i < template.Length && template[i] == '<')
                    {
                        i++;
                        while (true)
                        {
                            if (i >= template.Length) throw new RegexError("unterminated group name");
                            char ch = template[i];
                            // the template tokenizer reads backslash pairs as one token
                            if (ch == '\\')
                            {
                                if (i + 1 >= template.Length) throw new RegexError("bogus escape (end of line)");
                                name += template.Substring(i, 2); i += 2; continue;
                            }
                            i++;
                            if (ch == '>') break;
                            name += ch;
                        }
                    }
                    if (name.Length == 0) throw new RegexError("missing group name");
                    int index;
                    if (TryPythonInt(name, out long value))
                    {
                        if (value < 0) throw new RegexError("negative group number");
                        index = value > int.MaxValue ? int.MaxValue : (int)value;
                    }
                    else
                    {
                        if (!IsName(name)) throw new RegexError("bad character in group name");
                        if (!pattern.GroupIndex.TryGetValue(name, out index))
                            throw new RegexError("unknown group name: " + PythonRepr.Of(name, pattern.IsUnicode), RegexError.ErrorKind.IndexError);
                    }
                    Flush();
                    t.parts.Add((null, index));
                }
                else if (k == '0')
                {
                    string digits = "0";
                    for (int n = 0; n < 2 && i < template.Length && template[i] >= '0' && template[i] <= '7'; n++) digits += template[i++];
                    literal.Append((char)(System.Convert.ToInt32(digits, 8) & 0xff));
                }
                else if (k >= '0' && k <= '9')
                {
                    string digits = k.ToString();
                    bool octal = false;
                    if (i < template.Length && template[i] >= '0' && template[i] <= '9')
                    {
                        digits += template[i++];
                        if (k <= '7' && digits[1] <= '7' && i < template.Length && template[i] >= '0' && template[i] <= '7')
                        {
                            digits += template[i++];
                            octal = true;
                            literal.Append((char)(System.Convert.ToInt32(digits, 8) & 0xff));
                        }
                    }
                    if (!octal)
                    {
                        Flush();
                        t.parts.Add((null, int.Parse(digits, CultureInfo.InvariantCulture)));
                    }
                }
                else
                {
                    switch (k)
                    {
                        case 'a': literal.Append('\a'); break;
                        case 'b': literal.Append('\b'); break;
                        case 'f': literal.Append('\f'); break;
                        case 'n': literal.Append('\n'); break;
                        case 'r': literal.Append('\r'); break;
                        case 't': literal.Append('\t'); break;
                        case 'v': literal.Append('\v'); break;
                        case '\\': literal.Append('\\'); break;
                        default: literal.Append('\\').Append(k); break;
                    }
                }
            }
            Flush();
            return t;
        }

        /// <summary>expand_template: the replacement text for one match.</summary>
        public string Expand(MatchSpans match)
        {
            if (parts.Count == 1 && parts[0].Group < 0) return parts[0].Literal;
            var sb = new StringBuilder();
            foreach (var (lit, group) in parts)
            {
                if (group < 0) { sb.Append(lit); continue; }
                if (group > match.GroupCount) throw new RegexError("invalid group reference");
                string text = match.Group(group);
                if (text == null) throw new RegexError("unmatched group");
                sb.Append(text);
            }
            return sb.ToString();
        }

        private static bool IsName(string name)
        {
            static bool Start(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!Start(name[0])) return false;
            for (int i = 1; i < name.Length; i++)
                if (!Start(name[i]) && !(name[i] >= '0' && name[i] <= '9')) return false;
            return true;
        }

        private static bool TryPythonInt(string s, out long value)
        {
            value = 0;
            string t = s.Trim(' ', '\t', '\n', '\r', '\v', '\f');
            if (t.Length == 0) return false;
            int i = 0;
            bool negative = false;
            if (t[0] == '+' || t[0] == '-') { negative = t[0] == '-'; i = 1; }
            if (i >= t.Length) return false;
            for (; i < t.Length; i++)
            {
                if (t[i] < '0' || t[i] > '9') return false;
                value = System.Math.Min(value * 10 + (t[i] - '0'), (long)int.MaxValue + 1);
            }
            if (negative) value = -value;
            return true;
        }
    }
}
