using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime.Modules.argparse
{
    /// <summary>
    /// Python 2.7's textwrap.TextWrapper over C# strings, as argparse and optparse use it for help
    /// text. Kept internal to the command-line modules; the public textwrap module is separate.
    /// A str is a C# string whose chars are bytes: its \w and \s are ASCII-only, as in CPython's
    /// re without re.UNICODE. Unicode text (<see cref="UnicodeText"/>) gets Unicode classes.
    /// </summary>
    internal sealed class TextWrapper
    {
        // The whitespace string.whitespace names; replace_whitespace maps each to a space.
        private const string PythonWhitespace = "\t\n\x0b\x0c\r ";

        // textwrap.wordsep_re with \s and \w spelled out as CPython's ASCII classes.
        private static readonly Regex AsciiWordSeparator = new Regex(
            "([ \\t\\n\\r\\f\\v]+|" +
            "[^ \\t\\n\\r\\f\\va-zA-Z0-9_]*[a-zA-Z0-9_]+[a-zA-Z_]-(?=[a-zA-Z0-9_]+[a-zA-Z_])|" +
            "(?<=[a-zA-Z0-9_!\"'&.,?])-{2,}(?=[a-zA-Z0-9_]))",
            RegexOptions.CultureInvariant);

        private static readonly Regex AsciiSimpleSeparator = new Regex("([ \\t\\n\\r\\f\\v]+)", RegexOptions.CultureInvariant);

        private static readonly Regex UnicodeWordSeparator = new Regex(
            "(\\s+|" +
            "[^\\s\\w]*\\w+[^0-9\\W]-(?=\\w+[^0-9\\W])|" +
            "(?<=[\\w!\"'&.,?])-{2,}(?=\\w))",
            RegexOptions.CultureInvariant);

        private static readonly Regex UnicodeSimpleSeparator = new Regex("(\\s+)", RegexOptions.CultureInvariant);

        // string.lowercase, then sentence punctuation, an optional quote, at the end of the chunk.
        private static readonly Regex SentenceEnd = new Regex("[a-z][.!?][\"']?\\z", RegexOptions.CultureInvariant);

        public int Width = 70;
        public string InitialIndent = "";
        public string SubsequentIndent = "";
        public bool ExpandTabs = true;
        public bool ReplaceWhitespace = true;
        public bool FixSentenceEndings;
        public bool BreakLongWords = true;
        public bool DropWhitespace = true;
        public bool BreakOnHyphens = true;
        /// <summary>True when the text is a Python unicode rather than a byte str.</summary>
        public bool UnicodeText;

        public TextWrapper(int width = 70) { Width = width; }

        public static List<string> Wrap(string text, int width) => new TextWrapper(width).Wrap(text);

        public static string Fill(string text, int width, string initialIndent = "", string subsequentIndent = "") =>
            new TextWrapper(width) { InitialIndent = initialIndent, SubsequentIndent = subsequentIndent }.Fill(text);

        public string Fill(string text) => string.Join("\n", Wrap(text));

        public List<string> Wrap(string text)
        {
            text = MungeWhitespace(text);
            List<string> chunks = Split(text);
            if (FixSentenceEndings) FixEndings(chunks);
            return WrapChunks(chunks);
        }

        /// <summary>str.expandtabs(8): a tab goes to the next multiple of 8; newlines reset the column.</summary>
        public static string ExpandTabsOf(string text, int tabSize = 8)
        {
            if (text.IndexOf('\t') < 0) return text;
            var sb = new StringBuilder(text.Length + 16);
            int column = 0;
            foreach (char c in text)
            {
                if (c == '\t')
                {
                    if (tabSize > 0)
                    {
                        int spaces = tabSize - column % tabSize;
                        sb.Append(' ', spaces);
                        column += spaces;
                    }
                }
                else
                {
                    sb.Append(c);
                    column = c == '\n' || c == '\r' ? 0 : column + 1;
                }
            }
            return sb.ToString();
        }

        private string MungeWhitespace(string text)
        {
            if (ExpandTabs) text = ExpandTabsOf(text);
            if (ReplaceWhitespace)
            {
                char[] chars = text.ToCharArray();
                for (int i = 0; i < chars.Length; i++)
                    if (PythonWhitespace.IndexOf(chars[i]) >= 0) chars[i] = ' ';
                text = new string(chars);
            }
            return text;
        }

        private List<string> Split(string text)
        {
            Regex pattern = UnicodeText
                ? (BreakOnHyphens ? UnicodeWordSeparator : UnicodeSimpleSeparator)
                : (BreakOnHyphens ? AsciiWordSeparator : AsciiSimpleSeparator);
            var chunks = new List<string>();
            foreach (string piece in pattern.Split(text))
                if (piece.Length > 0) chunks.Add(piece);
            return chunks;
        }

        private static void FixEndings(List<string> chunks)
        {
            int i = 0;
            while (i < chunks.Count - 1)
            {
                if (chunks[i + 1] == " " && SentenceEnd.IsMatch(chunks[i]))
                {
                    chunks[i + 1] = "  ";
                    i += 2;
                }
                else i += 1;
            }
        }

        private bool IsBlank(string chunk)
        {
            foreach (char c in chunk)
                if (!(UnicodeText ? char.IsWhiteSpace(c) : PythonWhitespace.IndexOf(c) >= 0)) return false;
            return true;
        }

        private List<string> WrapChunks(List<string> chunkList)
        {
            var lines = new List<string>();
            if (Width <= 0) throw new ArgumentOutOfRangeException(nameof(Width), $"invalid width {Width} (must be > 0)");
            // The chunks are consumed from the end of a reversed list, as textwrap does.
            var chunks = new List<string>(chunkList);
            chunks.Reverse();
            var line = new List<string>();
            while (chunks.Count > 0)
            {
                line.Clear();
                int length = 0;
                string indent = lines.Count > 0 ? SubsequentIndent : InitialIndent;
                int width = Width - indent.Length;
                if (DropWhitespace && IsBlank(chunks[^1]) && lines.Count > 0) chunks.RemoveAt(chunks.Count - 1);
                while (chunks.Count > 0)
                {
                    int l = chunks[^1].Length;
                    if (length + l <= width)
                    {
                        line.Add(chunks[^1]);
                        chunks.RemoveAt(chunks.Count - 1);
                        length += l;
                    }
                    else break;
                }
                if (chunks.Count > 0 && chunks[^1].Length > width) HandleLongWord(chunks, line, length, width);
                if (DropWhitespace && line.Count > 0 && IsBlank(line[^1])) line.RemoveAt(line.Count - 1);
                if (line.Count > 0) lines.Add(indent + string.Concat(line));
            }
            return lines;
        }

        private void HandleLongWord(List<string> reversedChunks, List<string> line, int length, int width)
        {
            int spaceLeft = width < 1 ? 1 : width - length;
            string last = reversedChunks[^1];
            if (BreakLongWords)
            {
                // Python slicing clamps: a negative space_left counts from the end.
                int cut = PythonSliceIndex(spaceLeft, last.Length);
                line.Add(last.Substring(0, cut));
                reversedChunks[^1] = last.Substring(cut);
            }
            else if (line.Count == 0)
            {
                line.Add(last);
                reversedChunks.RemoveAt(reversedChunks.Count - 1);
            }
        }

        private static int PythonSliceIndex(int index, int length)
        {
            if (index < 0) index = Math.Max(0, length + index);
            return Math.Min(index, length);
        }
    }
}
