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
                case Syntax.BinaryOperator.BitOr: return "BitOr";
                case Syntax.BinaryOperator.BitXor: return "BitXor";
                case Syntax.BinaryOperator.BitAnd: return "BitAnd";
                default: return "FloorDivide";
            }
        }

        /// <summary>The runtime's BinaryOperator member for a Python operator.</summary>
        public static string OperatorEnumMember(BinaryOperator op, bool trueDivision)
        {
            switch (op)
            {
                case Syntax.BinaryOperator.BitOr: return "Or";
                case Syntax.BinaryOperator.BitXor: return "Xor";
                case Syntax.BinaryOperator.BitAnd: return "And";
                default: return BinaryOperator(op, trueDivision);
            }
        }

        /// <summary>The bool-returning comparison of Ops (Eq, Ne, Less...).</summary>
        public static string CompareBool(CompareOperator op)
        {
            switch (op)
            {
                case Syntax.CompareOperator.Eq: return "Eq";
                case Syntax.CompareOperator.NotEq: return "Ne";
                case Syntax.CompareOperator.Lt: return "Less";
                case Syntax.CompareOperator.LtE: return "LessEqual";
                case Syntax.CompareOperator.Gt: return "Greater";
                default: return "GreaterEqual";
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
