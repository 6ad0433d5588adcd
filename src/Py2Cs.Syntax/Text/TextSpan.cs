using System;

namespace Py2Cs.Syntax.Text
{
    /// <summary>A range of characters in a <see cref="SourceText"/>: [Start, Start + Length).</summary>
    public readonly struct TextSpan : IEquatable<TextSpan>
    {
        public TextSpan(int start, int length)
        {
            Start = start;
            Length = length;
        }

        public int Start { get; }
        public int Length { get; }
        public int End => Start + Length;

        public static TextSpan FromBounds(int start, int end) => new TextSpan(start, end - start);

        /// <summary>The smallest span covering both.</summary>
        public TextSpan Union(TextSpan other)
        {
            int start = Math.Min(Start, other.Start);
            int end = Math.Max(End, other.End);
            return FromBounds(start, end);
        }

        public bool Contains(int position) => position >= Start && position < End;

        public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;
        public override bool Equals(object obj) => obj is TextSpan other && Equals(other);
        public override int GetHashCode() => (Start * 397) ^ Length;
        public static bool operator ==(TextSpan a, TextSpan b) => a.Equals(b);
        public static bool operator !=(TextSpan a, TextSpan b) => !a.Equals(b);
        public override string ToString() => "[" + Start + ".." + End + ")";
    }
}
