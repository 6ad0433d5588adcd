using System.Numerics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    /// <summary>What a number literal is in Python 2.</summary>
    public enum NumKind
    {
        /// <summary>A plain int (fits in a C long, 64 bits here): value in <see cref="NumLiteral.IntValue"/>.</summary>
        Int,
        /// <summary>A long (suffix L, or too big for an int): value in <see cref="NumLiteral.LongValue"/>.</summary>
        Long,
        /// <summary>A float: value in <see cref="NumLiteral.FloatValue"/>.</summary>
        Float,
        /// <summary>An imaginary literal (<c>2j</c>): the imaginary part in <see cref="NumLiteral.FloatValue"/>.</summary>
        Imaginary,
    }

    /// <summary>A number literal, decoded (ASDL's Num). A minus sign applied directly to a literal is folded in.</summary>
    public sealed class NumLiteral : Expr
    {
        private NumLiteral(NumKind kind, long intValue, BigInteger longValue, double floatValue, TextSpan span)
            : base(span)
        {
            Kind = kind;
            IntValue = intValue;
            LongValue = longValue;
            FloatValue = floatValue;
        }

        public static NumLiteral Int(long value, TextSpan span) => new NumLiteral(NumKind.Int, value, value, value, span);
        public static NumLiteral Long(BigInteger value, TextSpan span) => new NumLiteral(NumKind.Long, 0, value, 0, span);
        public static NumLiteral Float(double value, TextSpan span) => new NumLiteral(NumKind.Float, 0, BigInteger.Zero, value, span);
        public static NumLiteral Imaginary(double imaginary, TextSpan span) => new NumLiteral(NumKind.Imaginary, 0, BigInteger.Zero, imaginary, span);

        public NumKind Kind { get; }
        public long IntValue { get; }
        public BigInteger LongValue { get; }
        public double FloatValue { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitNumLiteral(this);
    }

    /// <summary>
    /// A string literal after escape processing and adjacent-literal concatenation (ASDL's Str). A byte string
    /// (<see cref="IsUnicode"/> false) holds one char per byte, all below 256, in the file's encoding; a unicode
    /// literal holds the decoded text.
    /// </summary>
    public sealed class StrLiteral : Expr
    {
        public StrLiteral(string value, bool isUnicode, TextSpan span)
            : base(span)
        {
            Value = value;
            IsUnicode = isUnicode;
        }

        public string Value { get; }
        public bool IsUnicode { get; }

        public override T Accept<T>(PythonSyntaxVisitor<T> visitor) => visitor.VisitStrLiteral(this);
    }
}
