using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>
    /// The parsed form of a Python 2.7 pattern, shaped like sre_parse's (opcode, argument) lists so
    /// that widths and errors come out as CPython computes them.
    /// </summary>
    public abstract class RegexNode
    {
        /// <summary>sre's MAXREPEAT: an unbounded repeat's maximum.</summary>
        public const long MaxRepeat = 4294967295L;

        /// <summary>Adds this node's (min, max) width to a running total, as SubPattern.getwidth does.</summary>
        internal virtual void AddWidth(ref long lo, ref long hi) { }
    }

    /// <summary>A subpattern: items matched one after the other (sre's SubPattern).</summary>
    public sealed class SequenceNode : RegexNode
    {
        public List<RegexNode> Items { get; } = new List<RegexNode>();

        public (long Min, long Max) Width()
        {
            long lo = 0, hi = 0;
            foreach (RegexNode item in Items)
            {
                item.AddWidth(ref lo, ref hi);
                lo = Math.Min(lo, MaxRepeat);
                hi = Math.Min(hi, MaxRepeat);
            }
            return (Math.Min(lo, MaxRepeat - 1), Math.Min(hi, MaxRepeat));
        }

        internal override void AddWidth(ref long lo, ref long hi)
        {
            var (l, h) = Width();
            lo += l;
            hi += h;
        }
    }

    /// <summary>LITERAL or NOT_LITERAL: one code unit.</summary>
    public sealed class LiteralNode : RegexNode
    {
        public int Code { get; }
        public bool Negated { get; }
        public LiteralNode(int code, bool negated = false) { Code = code; Negated = negated; }
        internal override void AddWidth(ref long lo, ref long hi) { lo++; hi++; }
    }

    /// <summary>ANY: '.' (any character but newline unless DOTALL).</summary>
    public sealed class AnyNode : RegexNode
    {
        internal override void AddWidth(ref long lo, ref long hi) { lo++; hi++; }
    }

    /// <summary>IN: a character set, also what \d \w \s and their negations parse to.</summary>
    public sealed class SetNode : RegexNode
    {
        public CharClass Class { get; }
        public SetNode(CharClass cls) => Class = cls;
        internal override void AddWidth(ref long lo, ref long hi) { lo++; hi++; }
    }

    public enum AnchorKind { Beginning, End, BeginningString, EndString, Boundary, NonBoundary }

    /// <summary>AT: ^ $ \A \Z \b \B.</summary>
    public sealed class AnchorNode : RegexNode
    {
        public AnchorKind Kind { get; }
        public AnchorNode(AnchorKind kind) => Kind = kind;
    }

    /// <summary>MAX_REPEAT / MIN_REPEAT.</summary>
    public sealed class RepeatNode : RegexNode
    {
        public long Min { get; }
        public long Max { get; }
        public bool Lazy { get; }
        public SequenceNode Item { get; }
        public RepeatNode(long min, long max, bool lazy, SequenceNode item) { Min = min; Max = max; Lazy = lazy; Item = item; }

        internal override void AddWidth(ref long lo, ref long hi)
        {
            var (l, h) = Item.Width();
            lo += Saturating(l, Min);
            hi += Saturating(h, Max);
        }

        private static long Saturating(long a, long b)
        {
            if (a == 0 || b == 0) return 0;
            return a > MaxRepeat / b ? MaxRepeat : a * b;
        }
    }

    /// <summary>SUBPATTERN: a capturing group (Index set) or (?:...) (Index null).</summary>
    public sealed class GroupNode : RegexNode
    {
        public int? Index { get; }
        public SequenceNode Body { get; }
        public GroupNode(int? index, SequenceNode body) { Index = index; Body = body; }
        internal override void AddWidth(ref long lo, ref long hi) => Body.AddWidth(ref lo, ref hi);
    }

    /// <summary>ASSERT / ASSERT_NOT: lookahead or lookbehind.</summary>
    public sealed class LookaroundNode : RegexNode
    {
        public bool Behind { get; }
        public bool Negative { get; }
        public SequenceNode Body { get; }
        public LookaroundNode(bool behind, bool negative, SequenceNode body) { Behind = behind; Negative = negative; Body = body; }
    }

    /// <summary>GROUPREF: \1 or (?P=name).</summary>
    public sealed class BackreferenceNode : RegexNode
    {
        public int Group { get; }
        public BackreferenceNode(int group) => Group = group;
    }

    /// <summary>GROUPREF_EXISTS: (?(1)yes|no).</summary>
    public sealed class ConditionalNode : RegexNode
    {
        public int Group { get; }
        public SequenceNode Yes { get; }
        public SequenceNode No { get; }
        public ConditionalNode(int group, SequenceNode yes, SequenceNode no) { Group = group; Yes = yes; No = no; }
    }

    /// <summary>BRANCH: a|b|c.</summary>
    public sealed class AlternationNode : RegexNode
    {
        public List<SequenceNode> Branches { get; }
        public AlternationNode(List<SequenceNode> branches) => Branches = branches;

        internal override void AddWidth(ref long lo, ref long hi)
        {
            long i = MaxRepeat - 1, j = 0;
            foreach (SequenceNode branch in Branches)
            {
                var (l, h) = branch.Width();
                i = Math.Min(i, l);
                j = Math.Max(j, h);
            }
            lo += i;
            hi += j;
        }
    }
}
