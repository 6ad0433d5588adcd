using System.Text;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>
    /// Writes a parsed Python pattern as a .NET regular expression with the same matches: every
    /// capturing group is numbered explicitly as Python numbers it, anchors and classes are spelled
    /// out with sre's definitions, and Python's compile-time checks (fixed-width look-behind) apply.
    /// </summary>
    internal sealed class NetPatternWriter
    {
        private readonly int flags;
        private readonly int groups;
        private readonly StringBuilder sb = new StringBuilder();

        private NetPatternWriter(int flags, int groups)
        {
            this.flags = flags;
            this.groups = groups;
        }

        public static string Write(SequenceNode tree, int flags, int groups)
        {
            var w = new NetPatternWriter(flags, groups);
            w.WriteSequence(tree);
            return w.sb.ToString();
        }

        private bool Has(int flag) => (flags & flag) != 0;

        private string WordClass => "[" + CharClass.WordMembers(Has(RegexFlags.UNICODE) && !Has(RegexFlags.LOCALE)) + "]";

        private void WriteSequence(SequenceNode seq)
        {
            foreach (RegexNode node in seq.Items) WriteNode(node);
        }

        private void WriteNode(RegexNode node)
        {
            switch (node)
            {
                case LiteralNode lit:
                    if (Has(RegexFlags.IGNORECASE)) sb.Append(CharClass.OfChar(lit.Code, lit.Negated).ToNet(flags));
                    else if (lit.Negated) sb.Append(CharClass.OfChar(lit.Code, true).ToNet(flags));
                    else CharClass.AppendChar(sb, lit.Code);
                    break;
                case AnyNode:
                    sb.Append(Has(RegexFlags.DOTALL) ? @"[\s\S]" : @"[^\n]");
                    break;
                case SetNode set:
                    sb.Append(set.Class.ToNet(flags));
                    break;
                case AnchorNode anchor:
                    WriteAnchor(anchor.Kind);
                    break;
                case RepeatNode rep:
                    if (Has(RegexFlags.TEMPLATE)) throw new RegexError("internal: unsupported template operator");
                    sb.Append("(?:");
                    WriteSequence(rep.Item);
                    sb.Append(')');
                    WriteQuantifier(rep.Min, rep.Max);
                    if (rep.Lazy) sb.Append('?');
                    break;
                case GroupNode group:
                    sb.Append(group.Index is int n ? "(?<" + n + ">" : "(?:");
                    WriteSequence(group.Body);
                    sb.Append(')');
                    break;
                case LookaroundNode look:
                    if (look.Behind)
                    {
                        var (lo, hi) = look.Body.Width();
                        if (lo != hi) throw new RegexError("look-behind requires fixed-width pattern");
                    }
                    sb.Append(look.Behind ? (look.Negative ? "(?<!" : "(?<=") : (look.Negative ? "(?!" : "(?="));
                    WriteSequence(look.Body);
                    sb.Append(')');
                    break;
                case BackreferenceNode backref:
                    sb.Append(Has(RegexFlags.IGNORECASE) ? "(?i:\\k<" + backref.Group + ">)" : "\\k<" + backref.Group + ">");
                    break;
                case ConditionalNode cond:
                    if (cond.Group >= groups || cond.Group < 0)
                    {
                        // sre tests a group that cannot exist as "not matched"; .NET would read the
                        // number as an expression, so only the no-branch is written.
                        sb.Append("(?:");
                        if (cond.No != null) WriteSequence(cond.No);
                        sb.Append(')');
                        break;
                    }
                    sb.Append("(?(").Append(cond.Group).Append(")(?:");
                    WriteSequence(cond.Yes);
                    sb.Append(")|(?:");
                    if (cond.No != null) WriteSequence(cond.No);
                    sb.Append("))");
                    break;
                case AlternationNode alt:
                    sb.Append("(?:");
                    for (int i = 0; i < alt.Branches.Count; i++)
                    {
                        if (i > 0) sb.Append('|');
                        WriteSequence(alt.Branches[i]);
                    }
                    sb.Append(')');
                    break;
                case SequenceNode seq:
                    WriteSequence(seq);
                    break;
            }
        }

        private void WriteQuantifier(long min, long max)
        {
            const long netMax = int.MaxValue;
            if (min > netMax) { sb.Append("{0}(?!)"); return; }
            if (max >= RegexNode.MaxRepeat || max > netMax)
            {
                if (min == 0) sb.Append('*');
                else if (min == 1) sb.Append('+');
                else sb.Append('{').Append(min).Append(",}");
            }
            else if (min == max) sb.Append('{').Append(min).Append('}');
            else if (min == 0 && max == 1) sb.Append('?');
            else sb.Append('{').Append(min).Append(',').Append(max).Append('}');
        }

        private void WriteAnchor(AnchorKind kind)
        {
            switch (kind)
            {
                case AnchorKind.Beginning:
                    // .NET's \A matches only at index 0 even when a search starts later (checked by the
                    // pos/endpos cases of the differential test) and lets the engine anchor the search.
                    sb.Append(Has(RegexFlags.MULTILINE) ? @"(?<![^\n])" : @"\A");
                    break;
                case AnchorKind.BeginningString:
                    sb.Append(@"\A");
                    break;
                case AnchorKind.End:
                    sb.Append(Has(RegexFlags.MULTILINE) ? @"(?=\n|\z)" : @"(?=\n?\z)");
                    break;
                case AnchorKind.EndString:
                    sb.Append(@"\z");
                    break;
                case AnchorKind.Boundary:
                {
                    string w = WordClass;
                    sb.Append("(?:(?<=").Append(w).Append(")(?!").Append(w).Append(")|(?<!").Append(w).Append(")(?=").Append(w).Append("))");
                    break;
                }
                case AnchorKind.NonBoundary:
                {
                    // sre: never matches in an empty string, otherwise "both sides alike".
                    string w = WordClass;
                    sb.Append("(?:(?<=").Append(w).Append(")(?=").Append(w).Append(")|(?<!").Append(w).Append(")(?!").Append(w)
                      .Append(@"))(?:(?<=[\s\S])|(?=[\s\S]))");
                    break;
                }
            }
        }
    }
}
