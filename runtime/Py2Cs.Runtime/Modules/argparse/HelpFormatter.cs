using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime.Modules.argparse
{
    /// <summary>
    /// argparse.HelpFormatter's layout algorithm (Python 2.7.18) over C# strings: sections, the
    /// usage line with its wrapping and mutually-exclusive-group brackets, the action list with
    /// the help column. The hooks Python subclasses override (_fill_text, _split_lines,
    /// _get_help_string, _expand_help) are virtual so the module layer can route them to Python.
    /// </summary>
    internal class HelpFormatter
    {
        public const string Suppress = "==SUPPRESS==";

        private static readonly Regex Whitespace = new Regex("[ \\t\\n\\r\\f\\v]+", RegexOptions.CultureInvariant);
        private static readonly Regex LongBreak = new Regex("\\n\\n\\n+", RegexOptions.CultureInvariant);
        private static readonly Regex UsagePart = new Regex("\\(.*?\\)+(?=[ \\t\\n\\r\\f\\v]|$)|\\[.*?\\]+(?=[ \\t\\n\\r\\f\\v]|$)|[^ \\t\\n\\r\\f\\v]+", RegexOptions.CultureInvariant);
        private static readonly Regex OpenThenSpace = new Regex("([\\[(]) ", RegexOptions.CultureInvariant);
        private static readonly Regex SpaceThenClose = new Regex(" ([\\])])", RegexOptions.CultureInvariant);
        private static readonly Regex EmptyBrackets = new Regex("[\\[(] *[\\])]", RegexOptions.CultureInvariant);
        private static readonly Regex SingleParenthesized = new Regex("\\(([^|]*)\\)", RegexOptions.CultureInvariant);
        internal const string PythonWhitespace = " \t\n\r\x0b\x0c";

        private sealed class Section
        {
            public readonly Section Parent;
            public readonly string Heading;
            public readonly List<Func<string>> Items = new List<Func<string>>();
            public Section(Section parent, string heading) { Parent = parent; Heading = heading; }
        }

        protected readonly string Prog;
        protected readonly int IndentIncrement;
        protected readonly int MaxHelpPosition;
        protected readonly int Width;
        private int currentIndent;
        private int actionMaxLength;
        private readonly Section root;
        private Section current;

        /// <param name="width">null: COLUMNS from the environment (80 when unset or not an int), minus 2.</param>
        public HelpFormatter(string prog, int indentIncrement = 2, int maxHelpPosition = 24, int? width = null)
        {
            int w = width ?? ColumnsFromEnvironment() - 2;
            Prog = prog;
            IndentIncrement = indentIncrement;
            MaxHelpPosition = Math.Min(maxHelpPosition, Math.Max(w - 20, indentIncrement * 2));
            Width = w;
            root = new Section(null, null);
            current = root;
        }

        /// <summary>int(os.environ['COLUMNS']) with CPython's int() leniency for surrounding whitespace.</summary>
        public static int ColumnsFromEnvironment()
        {
            string text = Environment.GetEnvironmentVariable("COLUMNS");
            if (text == null) return 80;
            text = text.Trim(PythonWhitespace.ToCharArray());
            if (text.StartsWith("+")) text = text.Substring(1);
            bool negative = text.StartsWith("-");
            if (negative) text = text.Substring(1);
            if (text.Length == 0 || !text.All(c => c >= '0' && c <= '9')) return 80;
            return int.TryParse(text, out int value) ? (negative ? -value : value) : 80;
        }

        public int CurrentIndent => currentIndent;

        public int MaxHelpPositionValue => MaxHelpPosition;

        public int WidthValue => Width;

        private void Indent() => currentIndent += IndentIncrement;

        private void Dedent() => currentIndent -= IndentIncrement;

        public void StartSection(string heading)
        {
            Indent();
            var section = new Section(current, heading);
            current.Items.Add(() => FormatSection(section));
            current = section;
        }

        public void EndSection()
        {
            current = current.Parent;
            Dedent();
        }

        /// <param name="text">null for None; <see cref="Suppress"/> adds nothing.</param>
        public void AddText(string text)
        {
            if (text != null && text != Suppress) current.Items.Add(() => FormatText(text));
        }

        /// <param name="usage">null for None (generate it); <see cref="Suppress"/> adds nothing.</param>
        public void AddUsage(string usage, IList<HelpAction> actions, IList<HelpExclusiveGroup> groups, string prefix = null)
        {
            if (usage != Suppress) current.Items.Add(() => FormatUsage(usage, actions, groups, prefix));
        }

        public void AddArgument(HelpAction action)
        {
            if (action.HelpSuppressed) return;
            int length = FormatActionInvocation(action).Length;
            if (action.Subactions != null)
            {
                Indent();
                foreach (HelpAction sub in action.Subactions) length = Math.Max(length, FormatActionInvocation(sub).Length);
                Dedent();
            }
            actionMaxLength = Math.Max(actionMaxLength, length + currentIndent);
            current.Items.Add(() => FormatAction(action));
        }

        public void AddArguments(IEnumerable<HelpAction> actions)
        {
            foreach (HelpAction action in actions) AddArgument(action);
        }

        public string FormatHelp()
        {
            string help = FormatSection(root);
            if (help.Length > 0)
            {
                help = LongBreak.Replace(help, "\n\n");
                help = help.Trim('\n') + "\n";
            }
            return help;
        }

        private string FormatSection(Section section)
        {
            if (section.Parent != null) Indent();
            var help = new StringBuilder();
            foreach (Func<string> item in section.Items) help.Append(item());
            if (section.Parent != null) Dedent();
            if (help.Length == 0) return "";
            string heading = section.Heading != null && section.Heading != Suppress
                ? new string(' ', Math.Max(0, currentIndent)) + section.Heading + ":\n"
                : "";
            return "\n" + heading + help + "\n";
        }

        protected virtual string FormatUsage(string usage, IList<HelpAction> actions, IList<HelpExclusiveGroup> groups, string prefix)
        {
            prefix ??= "usage: ";
            if (usage != null)
            {
                usage = SubstituteProg(usage);
            }
            else if (actions.Count == 0)
            {
                usage = Prog;
            }
            else
            {
                string prog = Prog;
                var optionals = actions.Where(a => a.OptionStrings.Count > 0).ToList();
                var positionals = actions.Where(a => a.OptionStrings.Count == 0).ToList();
                string actionUsage = FormatActionsUsage(optionals.Concat(positionals).ToList(), groups);
                usage = string.Join(" ", new[] { prog, actionUsage }.Where(s => s.Length > 0));
                int textWidth = Width - currentIndent;
                if (prefix.Length + usage.Length > textWidth)
                {
                    string optUsage = FormatActionsUsage(optionals, groups);
                    string posUsage = FormatActionsUsage(positionals, groups);
                    List<string> optParts = UsagePart.Matches(optUsage).Select(m => m.Value).ToList();
                    List<string> posParts = UsagePart.Matches(posUsage).Select(m => m.Value).ToList();
                    if (string.Join(" ", optParts) != optUsage || string.Join(" ", posParts) != posUsage)
                        throw new HelpAssertionError();

                    List<string> GetLines(List<string> parts, string indent, string linePrefix = null)
                    {
                        var lines = new List<string>();
                        var line = new List<string>();
                        int lineLength = (linePrefix != null ? linePrefix.Length : indent.Length) - 1;
                        foreach (string part in parts)
                        {
                            if (lineLength + 1 + part.Length > textWidth && line.Count > 0)
                            {
                                lines.Add(indent + string.Join(" ", line));
                                line.Clear();
                                lineLength = indent.Length - 1;
                            }
                            line.Add(part);
                            lineLength += part.Length + 1;
                        }
                        if (line.Count > 0) lines.Add(indent + string.Join(" ", line));
                        if (linePrefix != null) lines[0] = lines[0].Substring(indent.Length);
                        return lines;
                    }

                    List<string> result;
                    if (prefix.Length + prog.Length <= 0.75 * textWidth)
                    {
                        string indent = new string(' ', prefix.Length + prog.Length + 1);
                        if (optParts.Count > 0)
                        {
                            result = GetLines(new[] { prog }.Concat(optParts).ToList(), indent, prefix);
                            result.AddRange(GetLines(posParts, indent));
                        }
                        else if (posParts.Count > 0)
                        {
                            result = GetLines(new[] { prog }.Concat(posParts).ToList(), indent, prefix);
                        }
                        else
                        {
                            result = new List<string> { prog };
                        }
                    }
                    else
                    {
                        string indent = new string(' ', prefix.Length);
                        List<string> lines = GetLines(optParts.Concat(posParts).ToList(), indent);
                        if (lines.Count > 1)
                        {
                            lines = GetLines(optParts, indent);
                            lines.AddRange(GetLines(posParts, indent));
                        }
                        result = new List<string> { prog };
                        result.AddRange(lines);
                    }
                    usage = string.Join("\n", result);
                }
            }
            return prefix + usage + "\n\n";
        }

        private string FormatActionsUsage(List<HelpAction> actions, IList<HelpExclusiveGroup> groups)
        {
            var groupActions = new HashSet<HelpAction>(ReferenceEqualityComparer.Instance);
            var inserts = new Dictionary<int, string>();
            foreach (HelpExclusiveGroup group in groups)
            {
                if (group.Actions.Count == 0) throw new IndexOutOfRangeException("list index out of range");
                int start = actions.IndexOf(group.Actions[0]);
                if (start < 0) continue;
                int end = start + group.Actions.Count;
                if (end > actions.Count || !actions.Skip(start).Take(group.Actions.Count).SequenceEqual(group.Actions)) continue;
                foreach (HelpAction a in group.Actions) groupActions.Add(a);
                string open = group.Required ? "(" : "[";
                string close = group.Required ? ")" : "]";
                inserts[start] = inserts.TryGetValue(start, out string before) ? before + " " + open : open;
                inserts[end] = close;
                for (int i = start + 1; i < end; i++) inserts[i] = "|";
            }

            var parts = new List<string>();
            for (int i = 0; i < actions.Count; i++)
            {
                HelpAction action = actions[i];
                if (action.HelpSuppressed)
                {
                    parts.Add(null);
                    if (inserts.TryGetValue(i, out string at) && at == "|") inserts.Remove(i);
                    else if (inserts.TryGetValue(i + 1, out string next) && next == "|") inserts.Remove(i + 1);
                }
                else if (action.OptionStrings.Count == 0)
                {
                    string part = FormatArgs(action, action.Dest);
                    if (groupActions.Contains(action) && part.Length > 0 && part[0] == '[' && part[^1] == ']')
                        part = part.Substring(1, part.Length - 2);
                    parts.Add(part);
                }
                else
                {
                    string optionString = action.OptionStrings[0];
                    string part = action.TakesNoValue
                        ? optionString
                        : optionString + " " + FormatArgs(action, UpperDest(action));
                    if (!action.Required && !groupActions.Contains(action)) part = "[" + part + "]";
                    parts.Add(part);
                }
            }
            foreach (int i in inserts.Keys.OrderByDescending(k => k))
            {
                // parts[i:i] = [x] clamps i to the list's length, as slicing does.
                parts.Insert(Math.Min(i, parts.Count), inserts[i]);
            }
            string text = string.Join(" ", parts.Where(p => p != null));
            text = OpenThenSpace.Replace(text, "$1");
            text = SpaceThenClose.Replace(text, "$1");
            text = EmptyBrackets.Replace(text, "");
            text = SingleParenthesized.Replace(text, "$1");
            return text.Trim(PythonWhitespace.ToCharArray());
        }

        private static string UpperDest(HelpAction action) => (action.Dest ?? "None").ToUpperInvariant();

        protected virtual string FormatText(string text)
        {
            if (text.Contains("%(prog)")) text = SubstituteProg(text);
            int textWidth = Math.Max(Width - currentIndent, 11);
            string indent = new string(' ', Math.Max(0, currentIndent));
            return FillText(text, textWidth, indent) + "\n\n";
        }

        protected virtual string FormatAction(HelpAction action)
        {
            int helpPosition = Math.Min(actionMaxLength + 2, MaxHelpPosition);
            int helpWidth = Math.Max(Width - helpPosition, 11);
            int actionWidth = helpPosition - currentIndent - 2;
            string header = FormatActionInvocation(action);
            string pad = new string(' ', Math.Max(0, currentIndent));
            int indentFirst = 0;
            bool hasHelp = !string.IsNullOrEmpty(action.Help);
            if (!hasHelp)
            {
                header = pad + header + "\n";
            }
            else if (header.Length <= actionWidth)
            {
                header = pad + header.PadRight(actionWidth) + "  ";
            }
            else
            {
                header = pad + header + "\n";
                indentFirst = helpPosition;
            }
            var parts = new StringBuilder(header);
            if (hasHelp)
            {
                string helpText = ExpandHelp(action);
                List<string> lines = SplitLines(helpText, helpWidth);
                if (lines.Count == 0) throw new IndexOutOfRangeException("list index out of range");
                parts.Append(' ', indentFirst).Append(lines[0]).Append('\n');
                for (int i = 1; i < lines.Count; i++) parts.Append(' ', helpPosition).Append(lines[i]).Append('\n');
            }
            else if (!header.EndsWith("\n"))
            {
                parts.Append('\n');
            }
            if (action.Subactions != null)
            {
                Indent();
                foreach (HelpAction sub in action.Subactions) parts.Append(FormatAction(sub));
                Dedent();
            }
            return parts.ToString();
        }

        public virtual string FormatActionInvocation(HelpAction action)
        {
            if (action.OptionStrings.Count == 0)
            {
                string[] metavar = MetavarTuple(action, action.Dest, 1);
                if (metavar.Length != 1)
                    throw new MetavarCountError($"too many values to unpack");
                return metavar[0];
            }
            if (action.TakesNoValue) return string.Join(", ", action.OptionStrings);
            string args = FormatArgs(action, UpperDest(action));
            return string.Join(", ", action.OptionStrings.Select(o => o + " " + args));
        }

        private static string[] MetavarTuple(HelpAction action, string defaultMetavar, int size)
        {
            if (action.Metavar is string[] tuple) return tuple;
            string result = action.Metavar as string
                ?? (action.Choices != null ? "{" + string.Join(",", action.Choices) + "}" : defaultMetavar ?? "None");
            return Enumerable.Repeat(result, size).ToArray();
        }

        public virtual string FormatArgs(HelpAction action, string defaultMetavar)
        {
            switch (action.Nargs)
            {
                case null: return Single(MetavarTuple(action, defaultMetavar, 1));
                case "?": return "[" + Single(MetavarTuple(action, defaultMetavar, 1)) + "]";
                case "*":
                {
                    string[] m = Pair(MetavarTuple(action, defaultMetavar, 2));
                    return "[" + m[0] + " [" + m[1] + " ...]]";
                }
                case "+":
                {
                    string[] m = Pair(MetavarTuple(action, defaultMetavar, 2));
                    return m[0] + " [" + m[1] + " ...]";
                }
                case "...": return "...";
                case "A...": return Single(MetavarTuple(action, defaultMetavar, 1)) + " ...";
                case int count:
                {
                    string[] m = MetavarTuple(action, defaultMetavar, count);
                    if (m.Length != count)
                        throw new MetavarCountError(m.Length < count ? "not enough arguments for format string" : "not all arguments converted during string formatting");
                    return string.Join(" ", m);
                }
                default: throw new MetavarCountError("invalid nargs value");
            }
        }

        private static string Single(string[] metavar)
        {
            // '%s' % (a,) formats the one element; a longer tuple does not fit one %s.
            if (metavar.Length != 1) throw new MetavarCountError(metavar.Length == 0 ? "not enough arguments for format string" : "not all arguments converted during string formatting");
            return metavar[0];
        }

        private static string[] Pair(string[] metavar)
        {
            if (metavar.Length != 2) throw new MetavarCountError(metavar.Length < 2 ? "not enough arguments for format string" : "not all arguments converted during string formatting");
            return metavar;
        }

        /// <summary>usage % dict(prog=...) for the common case; the module layer overrides with Python's % operator.</summary>
        protected virtual string SubstituteProg(string text) => MappingFormat(text, new Dictionary<string, string> { ["prog"] = Prog });

        /// <summary>_expand_help: the help string %-formatted with the action's attributes and prog.</summary>
        protected virtual string ExpandHelp(HelpAction action)
        {
            var values = new Dictionary<string, string>(action.HelpParams) { ["prog"] = Prog };
            if (action.Choices != null) values["choices"] = string.Join(", ", action.Choices);
            return MappingFormat(GetHelpString(action), values);
        }

        protected virtual string GetHelpString(HelpAction action) => action.Help;

        protected virtual List<string> SplitLines(string text, int width) => WrapLines(text, width);

        protected virtual string FillText(string text, int width, string indent) => FillParagraph(text, width, indent);

        /// <summary>HelpFormatter._split_lines: whitespace collapsed, then textwrap.wrap.</summary>
        public static List<string> WrapLines(string text, int width)
        {
            text = Whitespace.Replace(text, " ").Trim(PythonWhitespace.ToCharArray());
            return TextWrapper.Wrap(text, width);
        }

        /// <summary>HelpFormatter._fill_text: whitespace collapsed, then textwrap.fill with the indent.</summary>
        public static string FillParagraph(string text, int width, string indent)
        {
            text = Whitespace.Replace(text, " ").Trim(PythonWhitespace.ToCharArray());
            return TextWrapper.Fill(text, width, indent, indent);
        }

        /// <summary>'%(name)s' % mapping for string values, with '%%'; other conversions are the module layer's.</summary>
        internal static string MappingFormat(string format, IReadOnlyDictionary<string, string> values)
        {
            var sb = new StringBuilder(format.Length);
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                if (c != '%') { sb.Append(c); continue; }
                if (i + 1 < format.Length && format[i + 1] == '%') { sb.Append('%'); i++; continue; }
                if (i + 1 < format.Length && format[i + 1] == '(')
                {
                    int close = format.IndexOf(')', i + 2);
                    if (close < 0) throw new FormatException("incomplete format key");
                    string key = format.Substring(i + 2, close - i - 2);
                    if (close + 1 >= format.Length) throw new FormatException("incomplete format");
                    if (!values.TryGetValue(key, out string value)) throw new KeyNotFoundException(key);
                    char conversion = format[close + 1];
                    if (conversion != 's') throw new FormatException($"unsupported conversion '{conversion}'");
                    sb.Append(value);
                    i = close + 1;
                    continue;
                }
                throw new FormatException("not enough arguments for format string");
            }
            return sb.ToString();
        }
    }

    /// <summary>The AssertionError argparse 2.7 raises when a metavar breaks its usage-wrapping regex.</summary>
    internal sealed class HelpAssertionError : Exception { }

    /// <summary>The TypeError/ValueError of formatting a metavar tuple of the wrong size.</summary>
    internal sealed class MetavarCountError : Exception
    {
        public MetavarCountError(string message) : base(message) { }
    }
}
