using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Py2Cs.SourceGenerator.Pipeline
{
    /// <summary>
    /// Prints a C# tree built without whitespace trivia (TranspilerOptions.LayOutWhitespace = false)
    /// as compilable text: one space between tokens, a line break after ';', '{' and '}', and comments
    /// and directives (#line, #pragma) on lines of their own. Several times faster than Roslyn's
    /// NormalizeWhitespace, which dominated the generator's per-file time; the text is for the
    /// compiler, not for reading (py2cs convert writes the laid-out form).
    /// </summary>
    internal sealed class CompactCSharpWriter
    {
        private readonly StringBuilder _out;
        private bool _lineStart = true;
        private bool _noSpace;

        private CompactCSharpWriter(int capacity)
        {
            _out = new StringBuilder(capacity);
        }

        public static string Write(SyntaxNode node)
        {
            var writer = new CompactCSharpWriter(node.FullSpan.Length * 2 + 256);
            foreach (var token in node.DescendantTokens()) writer.Token(token, inDirective: false);
            return writer._out.ToString();
        }

        private void Token(SyntaxToken token, bool inDirective)
        {
            foreach (var trivia in token.LeadingTrivia) Trivia(trivia);
            string text = token.Text;
            if (text.Length > 0)
            {
                if (!_lineStart && !_noSpace) _out.Append(' ');
                _out.Append(text);
                _lineStart = false;
                _noSpace = token.IsKind(SyntaxKind.HashToken);
            }
            foreach (var trivia in token.TrailingTrivia) Trivia(trivia);
            if (!inDirective && (token.IsKind(SyntaxKind.SemicolonToken) || token.IsKind(SyntaxKind.OpenBraceToken) || token.IsKind(SyntaxKind.CloseBraceToken)))
                NewLine();
        }

        private void Trivia(SyntaxTrivia trivia)
        {
            if (trivia.HasStructure)
            {
                NewLine();
                foreach (var token in trivia.GetStructure().DescendantTokens()) Token(token, inDirective: true);
                NewLine();
                return;
            }
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                    NewLine();
                    _out.Append(trivia.ToString());
                    _lineStart = false;
                    NewLine();
                    break;
                // Whitespace and line ends: the writer places its own.
            }
        }

        private void NewLine()
        {
            if (_lineStart) return;
            _out.Append('\n');
            _lineStart = true;
            _noSpace = false;
        }
    }
}
