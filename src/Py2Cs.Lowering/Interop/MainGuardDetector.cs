using Py2Cs.Syntax;

namespace Py2Cs.Lowering.Interop
{
    /// <summary>Tells whether a module is meant to be run as a program: a top-level
    /// <c>if __name__ == '__main__':</c> (either operand order).</summary>
    public static class MainGuardDetector
    {
        public static bool HasMainGuard(Module module)
        {
            if (module == null) return false;
            foreach (var statement in module.Body)
                if (statement is If test && IsMainTest(test.Test)) return true;
            return false;
        }

        private static bool IsMainTest(Expr test)
        {
            if (!(test is Compare compare) || compare.Ops.Count != 1 || compare.Ops[0] != CompareOperator.Eq) return false;
            var right = compare.Comparators[0];
            return IsName(compare.Left) && IsMainString(right) || IsMainString(compare.Left) && IsName(right);
        }

        private static bool IsName(Expr e) => e is Name n && n.Id == "__name__";

        private static bool IsMainString(Expr e) => e is StrLiteral s && s.Value == "__main__";
    }
}
