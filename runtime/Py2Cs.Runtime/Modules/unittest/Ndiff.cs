using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>
    /// difflib.ndiff(a, b) as unittest calls it (no line junk, IS_CHARACTER_JUNK for characters):
    /// Differ.compare with _fancy_replace's similar-line pairing and "?" guide lines.
    /// </summary>
    internal static class Ndiff
    {
        private static bool IsCharacterJunk(char ch) => ch == ' ' || ch == '\t';

        public static List<string> Compare(IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            var output = new List<string>();
            var cruncher = new SequenceMatcher<string>(null);
            cruncher.SetSeq1(a);
            cruncher.SetSeq2(b);
            foreach (var op in cruncher.GetOpcodes())
            {
                switch (op.Tag)
                {
                    case 'r': FancyReplace(output, a, op.I1, op.I2, b, op.J1, op.J2); break;
                    case 'd': Dump(output, '-', a, op.I1, op.I2); break;
                    case 'i': Dump(output, '+', b, op.J1, op.J2); break;
                    default: Dump(output, ' ', a, op.I1, op.I2); break;
                }
            }
            return output;
        }

        private static void Dump(List<string> output, char tag, IReadOnlyList<string> x, int lo, int hi)
        {
            for (int i = lo; i < hi; i++) output.Add(tag + " " + x[i]);
        }

        private static void PlainReplace(List<string> output, IReadOnlyList<string> a, int alo, int ahi, IReadOnlyList<string> b, int blo, int bhi)
        {
            if (bhi - blo < ahi - alo)
            {
                Dump(output, '+', b, blo, bhi);
                Dump(output, '-', a, alo, ahi);
            }
            else
            {
                Dump(output, '-', a, alo, ahi);
                Dump(output, '+', b, blo, bhi);
            }
        }

        private static CharList Chars(string s) => new CharList(s);

        private static void FancyReplace(List<string> output, IReadOnlyList<string> a, int alo, int ahi, IReadOnlyList<string> b, int blo, int bhi)
        {
            double bestRatio = 0.74, cutoff = 0.75;
            var cruncher = new SequenceMatcher<char>(IsCharacterJunk);
            int eqi = -1, eqj = -1, besti = 0, bestj = 0;
            for (int j = blo; j < bhi; j++)
            {
                cruncher.SetSeq2(Chars(b[j]));
                for (int i = alo; i < ahi; i++)
                {
                    if (a[i] == b[j])
                    {
                        if (eqi < 0) { eqi = i; eqj = j; }
                        continue;
                    }
                    cruncher.SetSeq1(Chars(a[i]));
                    if (cruncher.RealQuickRatio() > bestRatio && cruncher.QuickRatio() > bestRatio && cruncher.Ratio() > bestRatio)
                    {
                        bestRatio = cruncher.Ratio();
                        besti = i;
                        bestj = j;
                    }
                }
            }
            if (bestRatio < cutoff)
            {
                if (eqi < 0)
                {
                    PlainReplace(output, a, alo, ahi, b, blo, bhi);
                    return;
                }
                besti = eqi;
                bestj = eqj;
            }
            else eqi = -1;

            FancyHelper(output, a, alo, besti, b, blo, bestj);
            string aelt = a[besti], belt = b[bestj];
            if (eqi < 0)
            {
                var atags = new StringBuilder();
                var btags = new StringBuilder();
                cruncher.SetSeq1(Chars(aelt));
                cruncher.SetSeq2(Chars(belt));
                foreach (var op in cruncher.GetOpcodes())
                {
                    int la = op.I2 - op.I1, lb = op.J2 - op.J1;
                    switch (op.Tag)
                    {
                        case 'r': atags.Append('^', la); btags.Append('^', lb); break;
                        case 'd': atags.Append('-', la); break;
                        case 'i': btags.Append('+', lb); break;
                        default: atags.Append(' ', la); btags.Append(' ', lb); break;
                    }
                }
                QFormat(output, aelt, belt, atags.ToString(), btags.ToString());
            }
            else output.Add("  " + aelt);
            FancyHelper(output, a, besti + 1, ahi, b, bestj + 1, bhi);
        }

        private static void FancyHelper(List<string> output, IReadOnlyList<string> a, int alo, int ahi, IReadOnlyList<string> b, int blo, int bhi)
        {
            if (alo < ahi)
            {
                if (blo < bhi) FancyReplace(output, a, alo, ahi, b, blo, bhi);
                else Dump(output, '-', a, alo, ahi);
            }
            else if (blo < bhi) Dump(output, '+', b, blo, bhi);
        }

        private static int CountLeading(string line, char ch)
        {
            int i = 0;
            while (i < line.Length && line[i] == ch) i++;
            return i;
        }

        private static void QFormat(List<string> output, string aline, string bline, string atags, string btags)
        {
            int common = System.Math.Min(CountLeading(aline, '\t'), CountLeading(bline, '\t'));
            common = System.Math.Min(common, CountLeading(atags.Substring(0, System.Math.Min(common, atags.Length)), ' '));
            common = System.Math.Min(common, CountLeading(btags.Substring(0, System.Math.Min(common, btags.Length)), ' '));
            atags = RStrip(atags.Substring(System.Math.Min(common, atags.Length)));
            btags = RStrip(btags.Substring(System.Math.Min(common, btags.Length)));
            output.Add("- " + aline);
            if (atags.Length > 0) output.Add("? " + new string('\t', common) + atags + "\n");
            output.Add("+ " + bline);
            if (btags.Length > 0) output.Add("? " + new string('\t', common) + btags + "\n");
        }

        // str.rstrip(): Python's whitespace set for byte strings.
        private static string RStrip(string s)
        {
            int end = s.Length;
            while (end > 0 && (s[end - 1] == ' ' || (s[end - 1] >= '\t' && s[end - 1] <= '\r'))) end--;
            return s.Substring(0, end);
        }

        private sealed class CharList : IReadOnlyList<char>
        {
            private readonly string text;
            public CharList(string text) { this.text = text; }
            public char this[int index] => text[index];
            public int Count => text.Length;
            public IEnumerator<char> GetEnumerator() => text.GetEnumerator();
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => text.GetEnumerator();
        }
    }
}
