using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Py2Cs.Lowering
{
    /// <summary>Puts one <c>#line</c> directive before every statement of generated code that has no
    /// Python statements of its own (the loops of a comprehension): after a directive C# numbers the
    /// following lines on from it, so each statement that may call Python code needs its own.</summary>
    internal sealed class StatementLineRewriter : CSharpSyntaxRewriter
    {
        private readonly ModuleContext _m;
        private readonly int _line;

        private StatementLineRewriter(ModuleContext module, int line)
        {
            _m = module;
            _line = line;
        }

        public static StatementSyntax AtLine(ModuleContext module, StatementSyntax statement, int line)
            => (StatementSyntax)new StatementLineRewriter(module, line).Visit(statement);

        public override SyntaxNode Visit(SyntaxNode node)
        {
            // Nested functions and lambdas have their own lines.
            if (node is LocalFunctionStatementSyntax || node is AnonymousFunctionExpressionSyntax) return node;
            var visited = base.Visit(node);
            if (visited is StatementSyntax s && !(s is BlockSyntax))
                return _m.AtLine(s, _line);
            return visited;
        }
    }
}
