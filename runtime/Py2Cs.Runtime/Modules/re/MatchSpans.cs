namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>
    /// The result of one successful match: the spans of group 0..n ((-1, -1) for a group that did not
    /// take part), lastindex, and what the MatchObject reports as re, string, pos and endpos.
    /// </summary>
    public sealed class MatchSpans
    {
        public CompiledPattern Pattern { get; }
        public string String { get; }
        public int Pos { get; }
        public int EndPos { get; }
        public int LastIndex { get; }
        private readonly int[] spans;

        internal MatchSpans(CompiledPattern pattern, string s, int pos, int endpos, int[] spans, int lastIndex)
        {
            Pattern = pattern;
            String = s;
            Pos = pos;
            EndPos = endpos;
            this.spans = spans;
            LastIndex = lastIndex;
        }

        public int GroupCount => spans.Length / 2 - 1;
        public int Start(int group) => spans[2 * group];
        public int End(int group) => spans[2 * group + 1];
        public bool Matched(int group) => spans[2 * group] >= 0;

        /// <summary>The text of a group, or null when it did not take part.</summary>
        public string Group(int group) => Matched(group) ? String.Substring(Start(group), End(group) - Start(group)) : null;

        public string LastGroup => LastIndex < 0 ? null : Pattern.GroupName(LastIndex);
    }
}
