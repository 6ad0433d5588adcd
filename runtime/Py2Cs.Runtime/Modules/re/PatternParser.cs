using System;
using System.Collections.Generic;
using System.Globalization;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>
    /// Parses Python 2.7 regular-expression syntax the way sre_parse does (same token rules, same
    /// order of checks, same error messages), producing <see cref="RegexNode"/>s.
    /// </summary>
    public sealed class PatternParser
    {
        private readonly string pattern;
        private readonly bool isUnicode;
        private int index;
        private string next; // the current token: one character, or a backslash and the character after it

        public int Flags { get; private set; }
        public int Groups { get; private set; } = 1;
        public Dictionary<string, int> GroupIndex { get; } = new Dictionary<string, int>();
        /// <summary>Group numbers in the order their closing parentheses were parsed (for lastindex).</summary>
        public List<int> CloseOrder { get; } = new List<int>();
        private readonly List<int> open = new List<int>();

        private PatternParser(string pattern, int flags, bool isUnicode)
        {
            this.pattern = pattern;
            this.isUnicode = isUnicode;
            Flags = flags;
            Advance();
        }

        /// <summary>sre_parse.parse: the tree, with the final flags (inline flags included) on the parser.</summary>
        public static (SequenceNode Tree, PatternParser State) Parse(string pattern, int flags, bool isUnicode)
        {
            var parser = new PatternParser(pattern, flags, isUnicode);
            SequenceNode tree = parser.ParseAlternation(0);
            string tail = parser.Get();
            if (tail == ")") throw new RegexError("unbalanced parenthesis");
            if (tail != null) throw new RegexError("bogus characters at end of regular expression");
            if ((flags & RegexFlags.VERBOSE) == 0 && (parser.Flags & RegexFlags.VERBOSE) != 0)
                return Parse(pattern, parser.Flags, isUnicode); // verbose switched on inline: parse again
            return (tree, parser);
        }

        private void Advance()
        {
            if (index >= pattern.Length) { next = null; return; }
            char c = pattern[index];
            if (c == '\\')
            {
                if (index + 1 >= pattern.Length) throw new RegexError("bogus escape (end of line)");
                next = pattern.Substring(index, 2);
                index += 2;
            }
            else
            {
                next = c.ToString();
                index += 1;
            }
        }

        private bool Match(string token, bool skip = true)
        {
            if (next != token) return false;
            if (skip) Advance();
            return true;
        }

        private string Get()
        {
            string t = next;
            Advance();
            return t;
        }

        private bool NextIsOneOf(string chars) => next != null && next.Length == 1 && chars.IndexOf(next[0]) >= 0;

        private const string Digits = "0123456789";
        private const string OctDigits = "01234567";
        private const string HexDigits = "0123456789abcdefABCDEF";
        private const string Whitespace = " \t\n\r\v\f";
        private const string SpecialChars = ".\\[{()*+?^$|";
        private const string RepeatChars = "*+?{";
        private const string FlagLetters = "iLmsxtu";

        private static bool IsIdentStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

        private static bool IsName(string name)
        {
            if (name.Length == 0 || !IsIdentStart(name[0])) return false;
            for (int i = 1; i < name.Length; i++)
                if (!IsIdentStart(name[i]) && !(name[i] >= '0' && name[i] <= '9')) return false;
            return true;
        }

        private int OpenGroup(string name)
        {
            int gid = Groups;
            Groups = gid + 1;
            if (name != null)
            {
                if (GroupIndex.TryGetValue(name, out int ogid))
                    throw new RegexError($"redefinition of group name {PythonRepr.Of(name, isUnicode)} as group {gid}; was group {ogid}");
                GroupIndex[name] = gid;
            }
            open.Add(gid);
            return gid;
        }

        private void CloseGroup(int gid)
        {
            open.Remove(gid);
            CloseOrder.Add(gid);
        }

        private bool CheckGroup(int gid) => gid < Groups && !open.Contains(gid);

        private SequenceNode ParseAlternation(int nested)
        {
            var items = new List<SequenceNode>();
            while (true)
            {
                items.Add(ParseSequence(nested + 1));
                if (Match("|")) continue;
                if (nested == 0) break;
                if (next == null || Match(")", false)) break;
                throw new RegexError("pattern not properly closed");
            }
            if (items.Count == 1) return items[0];
            var seq = new SequenceNode();
            seq.Items.Add(new AlternationNode(items));
            return seq;
        }

        private SequenceNode ParseConditional(int condGroup, int nested)
        {
            SequenceNode yes = ParseSequence(nested + 1);
            SequenceNode no = null;
            if (Match("|"))
            {
                no = ParseSequence(nested + 1);
                if (Match("|")) throw new RegexError("conditional backref with more than two branches");
            }
            if (next != null && !Match(")", false)) throw new RegexError("pattern not properly closed");
            var seq = new SequenceNode();
            seq.Items.Add(new ConditionalNode(condGroup, yes, no));
            return seq;
        }

        private SequenceNode ParseSequence(int nested)
        {
            var sub = new SequenceNode();
            List<RegexNode> items = sub.Items;
            while (true)
            {
                if (next == "|" || next == ")") break;
                string t = Get();
                if (t == null) break;
                if ((Flags & RegexFlags.VERBOSE) != 0)
                {
                    if (t.Length == 1 && Whitespace.IndexOf(t[0]) >= 0) continue;
                    if (t == "#")
                    {
                        while (true)
                        {
                            t = Get();
                            if (t == null || t == "\n") break;
                        }
                        continue;
                    }
                }
                if (SpecialChars.IndexOf(t[0]) < 0)
                {
                    items.Add(new LiteralNode(t[0]));
                }
                else if (t == "[")
                {
                    items.Add(ParseSet(nested));
                }
                else if (RepeatChars.IndexOf(t[0]) >= 0)
                {
                    long min, max;
                    if (t == "?") { min = 0; max = 1; }
                    else if (t == "*") { min = 0; max = RegexNode.MaxRepeat; }
                    else if (t == "+") { min = 1; max = RegexNode.MaxRepeat; }
                    else
                    {
                        if (next == "}") { items.Add(new LiteralNode('{')); continue; }
                        int hereIndex = index; string hereNext = next;
                        min = 0; max = RegexNode.MaxRepeat;
                        string lo = "", hi = "";
                        while (NextIsOneOf(Digits)) lo += Get();
                        if (Match(","))
                        {
                            while (NextIsOneOf(Digits)) hi += Get();
                        }
                        else hi = lo;
                        if (!Match("}"))
                        {
                            items.Add(new LiteralNode('{'));
                            index = hereIndex; next = hereNext;
                            continue;
                        }
                        if (lo.Length > 0)
                        {
                            min = ParseCount(lo);
                            if (min >= RegexNode.MaxRepeat) throw new RegexError("the repetition number is too large", RegexError.ErrorKind.OverflowError);
                        }
                        if (hi.Length > 0)
                        {
                            max = ParseCount(hi);
                            if (max >= RegexNode.MaxRepeat) throw new RegexError("the repetition number is too large", RegexError.ErrorKind.OverflowError);
                            if (max < min) throw new RegexError("bad repeat interval");
                        }
                    }
                    if (items.Count == 0 || items[^1] is AnchorNode) throw new RegexError("nothing to repeat");
                    if (items[^1] is RepeatNode) throw new RegexError("multiple repeat");
                    var item = new SequenceNode();
                    item.Items.Add(items[^1]);
                    items[^1] = new RepeatNode(min, max, Match("?"), item);
                }
                else if (t == ".")
                {
                    items.Add(new AnyNode());
                }
                else if (t == "(")
                {
                    RegexNode node = ParseParenthesis(nested);
                    if (node != null) items.Add(node);
                }
                else if (t == "^") items.Add(new AnchorNode(AnchorKind.Beginning));
                else if (t == "$") items.Add(new AnchorNode(AnchorKind.End));
                else if (t[0] == '\\') items.Add(ParseEscape(t));
                else throw new RegexError("parser error");
            }
            return sub;
        }

        private static long ParseCount(string digits)
        {
            // Python ints are unbounded; anything past MAXREPEAT is an OverflowError either way.
            return digits.Length > 12 ? long.MaxValue : long.Parse(digits, CultureInfo.InvariantCulture);
        }

        private RegexNode ParseParenthesis(int nested)
        {
            bool capture = true;
            string name = null;
            int condGroup = 0;
            bool isConditional = false;
            bool isFlags = false;
            if (Match("?"))
            {
                capture = false;
                if (Match("P"))
                {
                    if (Match("<"))
                    {
                        name = "";
                        while (true)
                        {
                            string ch = Get();
                            if (ch == null) throw new RegexError("unterminated name");
                            if (ch == ">") break;
                            name += ch;
                        }
                        capture = true;
                        if (name.Length == 0) throw new RegexError("missing group name");
                        if (!IsName(name)) throw new RegexError("bad character in group name " + PythonRepr.Of(name, isUnicode));
                    }
                    else if (Match("="))
                    {
                        name = "";
                        while (true)
                        {
                            string ch = Get();
                            if (ch == null) throw new RegexError("unterminated name");
                            if (ch == ")") break;
                            name += ch;
                        }
                        if (name.Length == 0) throw new RegexError("missing group name");
                        if (!IsName(name)) throw new RegexError("bad character in backref group name " + PythonRepr.Of(name, isUnicode));
                        if (!GroupIndex.TryGetValue(name, out int gid))
                            throw new RegexError("unknown group name: " + PythonRepr.Of(name, isUnicode));
                        return new BackreferenceNode(gid);
                    }
                    else
                    {
                        string ch = Get();
                        if (ch == null) throw new RegexError("unexpected end of pattern");
                        throw new RegexError("unknown specifier: ?P" + ch);
                    }
                }
                else if (Match(":"))
                {
                    // non-capturing group
                }
                else if (Match("#"))
                {
                    while (next != null && next != ")") Get();
                    if (!Match(")")) throw new RegexError("unbalanced parenthesis");
                    return null;
                }
                else if (NextIsOneOf("=!<"))
                {
                    string ch = Get();
                    bool behind = false;
                    if (ch == "<")
                    {
                        if (!NextIsOneOf("=!")) throw new RegexError("syntax error");
                        behind = true;
                        ch = Get();
                    }
                    SequenceNode body = ParseAlternation(nested + 1);
                    if (!Match(")")) throw new RegexError("unbalanced parenthesis");
                    return new LookaroundNode(behind, ch == "!", body);
                }
                else if (Match("("))
                {
                    string condName = "";
                    while (true)
                    {
                        string ch = Get();
                        if (ch == null) throw new RegexError("unterminated name");
                        if (ch == ")") break;
                        condName += ch;
                    }
                    if (condName.Length == 0) throw new RegexError("missing group name");
                    if (IsName(condName))
                    {
                        if (!GroupIndex.TryGetValue(condName, out condGroup))
                            throw new RegexError("unknown group name: " + PythonRepr.Of(condName, isUnicode));
                    }
                    else if (!TryParsePythonInt(condName, out condGroup))
                    {
                        throw new RegexError("bad character in group name");
                    }
                    isConditional = condGroup != 0; // sre tests "if condgroup:", so (?(0)...) is a plain group
                }
                else
                {
                    if (!NextIsOneOf(FlagLetters)) throw new RegexError("unexpected end of pattern");
                    while (NextIsOneOf(FlagLetters)) Flags |= RegexFlags.FromLetter(Get()[0]);
                    isFlags = true;
                }
            }
            if (isFlags)
            {
                while (true)
                {
                    string ch = Get();
                    if (ch == null) throw new RegexError("unexpected end of pattern");
                    if (ch == ")") break;
                    throw new RegexError("unknown extension");
                }
                return null;
            }
            int? group = capture ? OpenGroup(name) : (int?)null;
            SequenceNode inner = isConditional ? ParseConditional(condGroup, nested + 1) : ParseAlternation(nested + 1);
            if (!Match(")")) throw new RegexError("unbalanced parenthesis");
            if (group != null) CloseGroup(group.Value);
            return new GroupNode(group, inner);
        }

        // int(condname) as Python 2 accepts it: optional surrounding whitespace and sign.
        private static bool TryParsePythonInt(string s, out int value)
        {
            value = 0;
            string t = s.Trim(' ', '\t', '\n', '\r', '\v', '\f');
            if (t.Length == 0) return false;
            int i = 0;
            bool negative = false;
            if (t[0] == '+' || t[0] == '-') { negative = t[0] == '-'; i = 1; }
            if (i >= t.Length) return false;
            long v = 0;
            for (; i < t.Length; i++)
            {
                if (t[i] < '0' || t[i] > '9') return false;
                v = Math.Min(v * 10 + (t[i] - '0'), int.MaxValue);
            }
            value = (int)(negative ? -v : v);
            return true;
        }

        private RegexNode ParseSet(int nested)
        {
            var cls = new CharClass();
            if (Match("^")) cls.Negated = true;
            bool empty = true;
            while (true)
            {
                string t = Get();
                (int Code, CharCategory? Category) code1;
                if (t == "]" && !empty) break;
                else if (t != null && t[0] == '\\') code1 = ClassEscape(t);
                else if (t != null) code1 = (t[0], null);
                else throw new RegexError("unexpected end of regular expression");
                empty = false;
                if (Match("-"))
                {
                    t = Get();
                    if (t == "]")
                    {
                        Add(cls, code1);
                        cls.Ranges.Add(('-', '-'));
                        break;
                    }
                    if (t == null) throw new RegexError("unexpected end of regular expression");
                    (int Code, CharCategory? Category) code2 = t[0] == '\\' ? ClassEscape(t) : (t[0], null);
                    if (code1.Category != null || code2.Category != null) throw new RegexError("bad character range");
                    if (code2.Code < code1.Code) throw new RegexError("bad character range");
                    cls.Ranges.Add((code1.Code, code2.Code));
                }
                else
                {
                    Add(cls, code1);
                }
            }
            return new SetNode(cls);
        }

        private static void Add(CharClass cls, (int Code, CharCategory? Category) item)
        {
            if (item.Category is CharCategory cat) cls.Categories.Add(cat);
            else cls.Ranges.Add((item.Code, item.Code));
        }

        private static int SimpleEscape(char c) => c switch
        {
            'a' => 7, 'b' => 8, 'f' => 12, 'n' => 10, 'r' => 13, 't' => 9, 'v' => 11, '\\' => 92, _ => -1,
        };

        private static CharCategory? CategoryEscape(char c) => c switch
        {
            'd' => CharCategory.Digit, 'D' => CharCategory.NotDigit,
            's' => CharCategory.Space, 'S' => CharCategory.NotSpace,
            'w' => CharCategory.Word, 'W' => CharCategory.NotWord,
            _ => null,
        };

        private (int Code, CharCategory? Category) ClassEscape(string escape)
        {
            char c = escape[1];
            int simple = SimpleEscape(c);
            if (simple >= 0) return (simple, null);
            CharCategory? cat = CategoryEscape(c);
            if (cat != null) return (0, cat);
            if (c == 'x')
            {
                string digits = "";
                while (NextIsOneOf(HexDigits) && digits.Length < 2) digits += Get();
                if (digits.Length != 2) throw new RegexError("bogus escape: " + PythonRepr.Of("\\" + digits, isUnicode));
                return (int.Parse(digits, NumberStyles.HexNumber) & 0xff, null);
            }
            if (OctDigits.IndexOf(c) >= 0)
            {
                string digits = c.ToString();
                while (NextIsOneOf(OctDigits) && digits.Length < 3) digits += Get();
                return (Convert.ToInt32(digits, 8) & 0xff, null);
            }
            if (Digits.IndexOf(c) >= 0) throw new RegexError("bogus escape: " + PythonRepr.Of(escape, isUnicode));
            return (c, null);
        }

        private RegexNode ParseEscape(string escape)
        {
            char c = escape[1];
            switch (c)
            {
                case 'A': return new AnchorNode(AnchorKind.BeginningString);
                case 'Z': return new AnchorNode(AnchorKind.EndString);
                case 'b': return new AnchorNode(AnchorKind.Boundary);
                case 'B': return new AnchorNode(AnchorKind.NonBoundary);
            }
            CharCategory? cat = CategoryEscape(c);
            if (cat != null) return new SetNode(CharClass.Of(cat.Value));
            int simple = SimpleEscape(c);
            if (simple >= 0) return new LiteralNode(simple);
            if (c == 'x')
            {
                string digits = "";
                while (NextIsOneOf(HexDigits) && digits.Length < 2) digits += Get();
                if (digits.Length != 2) throw new RegexError("bogus escape: " + PythonRepr.Of("\\x" + digits, isUnicode));
                return new LiteralNode(int.Parse(digits, NumberStyles.HexNumber) & 0xff);
            }
            if (c == '0')
            {
                string digits = "0";
                while (NextIsOneOf(OctDigits) && digits.Length < 3) digits += Get();
                return new LiteralNode(Convert.ToInt32(digits, 8) & 0xff);
            }
            if (Digits.IndexOf(c) >= 0)
            {
                string digits = c.ToString();
                if (NextIsOneOf(Digits))
                {
                    digits += Get();
                    if (OctDigits.IndexOf(digits[0]) >= 0 && OctDigits.IndexOf(digits[1]) >= 0 && NextIsOneOf(OctDigits))
                    {
                        digits += Get();
                        return new LiteralNode(Convert.ToInt32(digits, 8) & 0xff);
                    }
                }
                int group = int.Parse(digits, CultureInfo.InvariantCulture);
                if (group < Groups)
                {
                    if (!CheckGroup(group)) throw new RegexError("cannot refer to open group");
                    return new BackreferenceNode(group);
                }
                throw new RegexError("bogus escape: " + PythonRepr.Of("\\" + digits, isUnicode));
            }
            return new LiteralNode(c);
        }
    }
}
