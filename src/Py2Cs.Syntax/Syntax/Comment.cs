using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax
{
    /// <summary>A source comment, kept beside the tree so lowering can carry it into the output.</summary>
    public sealed class Comment
    {
        public Comment(TextSpan span, string text)
        {
            Span = span;
            Text = text;
        }

        public TextSpan Span { get; }

        /// <summary>The comment including its leading '#', without the line break.</summary>
        public string Text { get; }

        public override string ToString() => Text;
    }
}
