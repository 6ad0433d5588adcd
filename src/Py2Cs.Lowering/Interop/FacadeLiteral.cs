using System.Globalization;
using System.Text;
using Py2Cs.Syntax;

namespace Py2Cs.Lowering.Interop
{
    /// <summary>
    /// A Python literal a facade can show as a C# constant: the C# type C# callers pass and the literal
    /// text, chosen so that <c>Py.From</c> of the C# value is a Python value equal to the literal and of
    /// its type (int → <c>long</c>, float → <c>double</c>, ASCII str → <c>string</c>, True/False →
    /// <c>bool</c>, None → <c>object</c> null). Anything else (unicode, long, complex, non-ASCII bytes,
    /// expressions) has no C# form here.
    /// </summary>
    internal sealed class FacadeLiteral
    {
        private FacadeLiteral(string type, string text)
        {
            Type = type;
            Text = text;
        }

        public string Type { get; }
        public string Text { get; }

        public bool IsNone => Text == "null";

        public static FacadeLiteral From(Expr e)
        {
            switch (e)
            {
                case Name n when n.Id == "None": return new FacadeLiteral("object", "null");
                case Name n when n.Id == "True": return new FacadeLiteral("bool", "true");
                case Name n when n.Id == "False": return new FacadeLiteral("bool", "false");
                case NumLiteral num: return Number(num, negate: false);
                case UnaryOp u when u.Op == UnaryOperator.USub && u.Operand is NumLiteral num: return Number(num, negate: true);
                case StrLiteral s when !s.IsUnicode: return Ascii(s.Value);
                default: return null;
            }
        }

        private static FacadeLiteral Number(NumLiteral num, bool negate)
        {
            switch (num.Kind)
            {
                case NumKind.Int:
                    long v = negate ? -num.IntValue : num.IntValue;
                    return new FacadeLiteral("long", v.ToString(CultureInfo.InvariantCulture) + "L");
                case NumKind.Float:
                    double d = negate ? -num.FloatValue : num.FloatValue;
                    if (double.IsNaN(d) || double.IsInfinity(d)) return null;
                    return new FacadeLiteral("double", d.ToString("R", CultureInfo.InvariantCulture) + "D");
                default:
                    return null;
            }
        }

        private static FacadeLiteral Ascii(string value)
        {
            foreach (char c in value)
                if (c > 127) return null;   // Py.From would make a unicode, not the str the literal is
            return new FacadeLiteral("string", ModuleFacadeWriter.Literal(value));
        }
    }
}
