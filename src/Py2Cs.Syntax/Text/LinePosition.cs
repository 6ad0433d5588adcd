using System;

namespace Py2Cs.Syntax.Text
{
    /// <summary>A 1-based line and 1-based column (in characters of the decoded text).</summary>
    public readonly struct LinePosition : IEquatable<LinePosition>
    {
        public LinePosition(int line, int column)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }
        public int Column { get; }

        public bool Equals(LinePosition other) => Line == other.Line && Column == other.Column;
        public override bool Equals(object obj) => obj is LinePosition other && Equals(other);
        public override int GetHashCode() => (Line * 397) ^ Column;
        public override string ToString() => Line + ":" + Column;
    }
}
