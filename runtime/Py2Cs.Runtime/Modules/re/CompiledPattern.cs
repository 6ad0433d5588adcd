using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>
    /// A compiled Python pattern over C# strings (a Python str is a string of chars below 256):
    /// search, match, and the scanning loops of _sre (finditer, sub, split) with Python 2.7's
    /// handling of empty matches.
    /// </summary>
    public sealed class CompiledPattern
    {
        // After this many matches the pattern is recompiled to IL: cheap for one-off patterns,
        // fast for the ones a program runs in a loop.
        private const int CompileThreshold = 500;

        public string Pattern { get; }
        public int Flags { get; }
        public bool IsUnicode { get; }
        /// <summary>The number of capturing groups (pattern.groups).</summary>
        public int Groups { get; }
        public IReadOnlyDictionary<string, int> GroupIndex { get; }
        public string NetPattern { get; }

        private readonly int[] closeRank;
        private readonly string[] groupNames;
        private Regex searchRegex;
        private Regex anchoredRegex;
        private int uses;

        private CompiledPattern(string pattern, int flags, bool isUnicode, PatternParser state, string netPattern)
        {
            Pattern = pattern;
            Flags = state.Flags;
            IsUnicode = isUnicode;
            Groups = state.Groups - 1;
            GroupIndex = state.GroupIndex;
            NetPattern = netPattern;
            closeRank = new int[state.Groups];
            for (int i = 0; i < state.CloseOrder.Count; i++) closeRank[state.CloseOrder[i]] = i + 1;
            groupNames = new string[state.Groups];
            foreach (var kv in state.GroupIndex) groupNames[kv.Value] = kv.Key;
            searchRegex = new Regex(netPattern, RegexOptions.CultureInvariant);
        }

        /// <summary>sre_compile.compile: parse, check and translate; throws <see cref="RegexError"/>.</summary>
        public static CompiledPattern Compile(string pattern, int flags, bool isUnicode)
        {
            var (tree, state) = PatternParser.Parse(pattern, flags, isUnicode);
            string net = NetPatternWriter.Write(tree, state.Flags, state.Groups);
            if (state.Groups > 100)
                throw new RegexError("sorry, but this version only supports 100 named groups", RegexError.ErrorKind.AssertionError);
            return new CompiledPattern(pattern, flags, isUnicode, state, net);
        }

        // GroupIndex keyed by str objects, built on first use: m.group('name') looks up without
        // converting the name to a C# string each time.
        private Dictionary<PyStr, int> groupIndexByStr;

        public bool TryGroupIndex(PyStr name, out int index)
        {
            var map = groupIndexByStr;
            if (map == null)
            {
                map = new Dictionary<PyStr, int>();
                foreach (var kv in GroupIndex)
                    if (IsLatin1(kv.Key)) map[PyStr.FromString(kv.Key)] = kv.Value; // a unicode pattern's non-Latin-1 name has no str spelling
                groupIndexByStr = map;
            }
            return map.TryGetValue(name, out index);
        }

        private static bool IsLatin1(string s)
        {
            foreach (char c in s) if (c > 0xff) return false;
            return true;
        }

        public string GroupName(int index) => index >= 0 && index < groupNames.Length ? groupNames[index] : null;

        private Regex Anchored => anchoredRegex ??= new Regex(@"\G(?:" + NetPattern + ")", RegexOptions.CultureInvariant);

        private void CountUse()
        {
            if (++uses != CompileThreshold) return;
            searchRegex = new Regex(NetPattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
            if (anchoredRegex != null)
                anchoredRegex = new Regex(@"\G(?:" + NetPattern + ")", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }

        /// <summary>Clamps pos and endpos to the string as _sre's state_init does.</summary>
        public static (int Pos, int EndPos) Bounds(int length, long pos, long endpos)
        {
            long p = pos < 0 ? 0 : pos > length ? length : pos;
            long e = endpos < 0 ? 0 : endpos > length ? length : endpos;
            return ((int)p, (int)e);
        }

        public MatchSpans Search(string s, long pos = 0, long endpos = long.MaxValue) => Run(s, pos, endpos, false);

        public MatchSpans Match(string s, long pos = 0, long endpos = long.MaxValue) => Run(s, pos, endpos, true);

        private MatchSpans Run(string s, long pos, long endpos, bool anchored)
        {
            var (p, e) = Bounds(s.Length, pos, endpos);
            Match m = Exec(anchored ? Anchored : searchRegex, s, p, e);
            return m == null ? null : Spans(m, s, p, e);
        }

        private Match Exec(Regex regex, string s, int p, int e)
        {
            CountUse();
            if (p > e) return null;
            string input = e == s.Length ? s : s.Substring(0, e);
            Match m = regex.Match(input, p);
            return m.Success ? m : null;
        }

        private MatchSpans Spans(Match m, string s, int pos, int endpos)
        {
            var spans = new int[(Groups + 1) * 2];
            int lastIndex = -1, lastEnd = -1, lastRank = -1;
            for (int g = 0; g <= Groups; g++)
            {
                Group grp = m.Groups[g];
                if (grp.Success)
                {
                    spans[2 * g] = grp.Index;
                    spans[2 * g + 1] = grp.Index + grp.Length;
                    if (g > 0)
                    {
                        // lastindex is the group that closed last: the latest end, and among groups
                        // ending together, the one whose ')' comes later in the pattern.
                        int end = spans[2 * g + 1];
                        if (end > lastEnd || (end == lastEnd && closeRank[g] > lastRank))
                        {
                            lastIndex = g; lastEnd = end; lastRank = closeRank[g];
                        }
                    }
                }
                else
                {
                    spans[2 * g] = -1;
                    spans[2 * g + 1] = -1;
                }
            }
            return new MatchSpans(this, s, pos, endpos, spans, lastIndex);
        }

        /// <summary>
        /// finditer/findall/scanner: after an empty match the next search starts one character
        /// later, otherwise where the match ended.
        /// </summary>
        public IEnumerable<MatchSpans> FindIter(string s, long pos = 0, long endpos = long.MaxValue)
        {
            var (p, e) = Bounds(s.Length, pos, endpos);
            int start = p;
            while (start <= e)
            {
                Match m = Exec(searchRegex, s, start, e);
                if (m == null) yield break;
                MatchSpans found = Spans(m, s, p, e);
                yield return found;
                int end = found.End(0);
                start = end == found.Start(0) ? end + 1 : end;
            }
        }

        /// <summary>
        /// findall: per match, the text of group 0 when the pattern has no groups, else of every
        /// group ("" for a group that did not take part).
        /// </summary>
        public List<string[]> FindAll(string s, long pos = 0, long endpos = long.MaxValue)
        {
            var result = new List<string[]>();
            foreach (MatchSpans m in FindIter(s, pos, endpos))
            {
                if (Groups == 0) { result.Add(new[] { m.Group(0) }); continue; }
                var items = new string[Groups];
                for (int g = 1; g <= Groups; g++) items[g - 1] = m.Group(g) ?? "";
                result.Add(items);
            }
            return result;
        }

        /// <summary>
        /// sub/subn (pattern_subx): an empty match right where the previous match ended is skipped.
        /// </summary>
        public (string Result, int Count) Sub(Func<MatchSpans, string> replacement, string s, long count = 0)
        {
            var sb = new System.Text.StringBuilder();
            int i = 0, n = 0, start = 0;
            while (count == 0 || n < count)
            {
                if (start > s.Length) break;
                Match m = Exec(searchRegex, s, start, s.Length);
                if (m == null) break;
                int b = m.Index, e = m.Index + m.Length;
                bool skip = false;
                if (i < b) sb.Append(s, i, b - i);
                else if (i == b && i == e && n > 0) skip = true;
                if (!skip)
                {
                    sb.Append(replacement(Spans(m, s, 0, s.Length)));
                    i = e;
                    n++;
                }
                start = e == b ? e + 1 : e;
            }
            if (i < s.Length) sb.Append(s, i, s.Length - i);
            return (sb.ToString(), n);
        }

        /// <summary>
        /// split (pattern_split): empty matches never split; the groups of each separator follow
        /// the piece before it (null for a group that did not take part).
        /// </summary>
        public List<string> Split(string s, long maxsplit = 0)
        {
            var result = new List<string>();
            int last = 0, n = 0, start = 0;
            while (maxsplit == 0 || n < maxsplit)
            {
                if (start > s.Length) break;
                Match m = Exec(searchRegex, s, start, s.Length);
                if (m == null) break;
                int b = m.Index, e = m.Index + m.Length;
                if (b == e)
                {
                    if (last == s.Length) break;
                    start = e + 1;
                    continue;
                }
                result.Add(s.Substring(last, b - last));
                for (int g = 1; g <= Groups; g++)
                {
                    Group grp = m.Groups[g];
                    result.Add(grp.Success ? grp.Value : null);
                }
                n++;
                last = start = e;
            }
            result.Add(s.Substring(last));
            return result;
        }
    }
}
