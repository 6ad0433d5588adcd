using System;
using System.Collections.Generic;
using System.Text;
using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Syntax.Text
{
    /// <summary>
    /// Decoded Python source: the text, the file it came from, the encoding used to decode it (byte-string
    /// literals are re-encoded with it, as CPython 2 does), and a map from offsets to 1-based lines and columns.
    /// </summary>
    public sealed class SourceText
    {
        private int[] _lineStarts;

        private SourceText(string text, string path, Encoding encoding, string encodingName, Diagnostic encodingError)
        {
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Path = path ?? "<string>";
            Encoding = encoding;
            EncodingName = encodingName;
            EncodingError = encodingError;
        }

        /// <summary>The decoded source (without a byte order mark).</summary>
        public string Text { get; }

        /// <summary>The file path used in diagnostics.</summary>
        public string Path { get; }

        /// <summary>The encoding the bytes were decoded with; byte strings are encoded back with it.</summary>
        public Encoding Encoding { get; }

        /// <summary>The declared encoding (coding cookie or "utf-8" for a BOM), or null when none was declared.</summary>
        public string EncodingName { get; }

        /// <summary>A problem found while detecting or applying the source encoding, or null.</summary>
        public Diagnostic EncodingError { get; }

        public int Length => Text.Length;
        public char this[int index] => Text[index];

        /// <summary>Text that is already decoded (tests, generated code). Byte strings are encoded as UTF-8.</summary>
        public static SourceText From(string text, string path = null)
            => new SourceText(text, path, new UTF8Encoding(false), null, null);

        /// <summary>Decodes file bytes as CPython 2.7 does: UTF-8 BOM, PEP 263 coding cookie on line 1 or 2, else ASCII.</summary>
        public static SourceText FromBytes(byte[] bytes, string path = null)
            => SourceEncoding.Decode(bytes, path, (text, encoding, name, error) => new SourceText(text, path, encoding, name, error));

        public int LineCount => LineStarts.Length;

        private int[] LineStarts
        {
            get
            {
                if (_lineStarts == null)
                    _lineStarts = ComputeLineStarts(Text);
                return _lineStarts;
            }
        }

        private static int[] ComputeLineStarts(string text)
        {
            var starts = new List<int>(text.Length / 32 + 1) { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n')
                    starts.Add(i + 1);
                else if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                        i++;
                    starts.Add(i + 1);
                }
            }
            return starts.ToArray();
        }

        /// <summary>The 1-based line and column of a character offset (an offset past the end maps to the last line).</summary>
        public LinePosition GetLinePosition(int offset)
        {
            if (offset < 0) offset = 0;
            if (offset > Text.Length) offset = Text.Length;
            int[] starts = LineStarts;
            int index = Array.BinarySearch(starts, offset);
            if (index < 0)
                index = ~index - 1;
            return new LinePosition(index + 1, offset - starts[index] + 1);
        }

        /// <summary>The offset where a 1-based line starts.</summary>
        public int GetLineStart(int line)
        {
            int[] starts = LineStarts;
            if (line < 1) return 0;
            if (line > starts.Length) return Text.Length;
            return starts[line - 1];
        }

        /// <summary>The text of a 1-based line without its line break.</summary>
        public string GetLineText(int line)
        {
            int[] starts = LineStarts;
            if (line < 1 || line > starts.Length)
                return string.Empty;
            int start = starts[line - 1];
            int end = line < starts.Length ? starts[line] : Text.Length;
            while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
                end--;
            return Text.Substring(start, end - start);
        }

        public string ToString(TextSpan span)
        {
            int start = Math.Max(0, Math.Min(span.Start, Text.Length));
            int end = Math.Max(start, Math.Min(span.End, Text.Length));
            return Text.Substring(start, end - start);
        }

        public override string ToString() => Text;
    }
}
