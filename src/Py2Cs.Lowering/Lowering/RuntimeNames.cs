using Py2Cs.Syntax;

namespace Py2Cs.Lowering
{
    /// <summary>The runtime entry points generated code calls, by name, in one place (see docs/runtime.md,
    /// "Generated code calls").</summary>
    internal static class RuntimeNames
    {
        public const string Globals = "__globals";

        public static string BinaryOperator(BinaryOperator op, bool trueDivision)
        {
            switch (op)
            {
                case Syntax.BinaryOperator.Add: return "Add";
                case Syntax.BinaryOperator.Sub: return "Subtract";
                case Syntax.BinaryOperator.Mult: return "Multiply";
                case Syntax.BinaryOperator.Div: return trueDivision ? "TrueDivide" : "Divide";
                case Syntax.BinaryOperator.Mod: return "Modulo";
                case Syntax.BinaryOperator.Pow: return "Power";
                case Syntax.BinaryOperator.LShift: return "LeftShift";
                case Syntax.BinaryOperator.RShift: return "RightShift";
                case Syntax.BinaryOperator.BitOr: return "Or";
                case Syntax.BinaryOperator.BitXor: return "Xor";
                case Syntax.BinaryOperator.BitAnd: return "And";
                default: return "FloorDivide";
            }
        }

        public static string CompareOperator(CompareOperator op)
        {
            switch (op)
            {
                case Syntax.CompareOperator.Eq: return "Equal";
                case Syntax.CompareOperator.NotEq: return "NotEqual";
                case Syntax.CompareOperator.Lt: return "Less";
                case Syntax.CompareOperator.LtE: return "LessEqual";
                case Syntax.CompareOperator.Gt: return "Greater";
                default: return "GreaterEqual";
            }
        }
    }
}
