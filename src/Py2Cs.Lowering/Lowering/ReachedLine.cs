using Py2Cs.Syntax;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Lowering
{
    /// <summary>
    /// The line CPython 2.7's frame reports once a statement's evaluation has gone through some
    /// expressions. Its compiler only moves the line forwards: each expression node it compiles whose
    /// line is greater than the current one becomes the line of the following instructions
    /// (compile.c's compiler_visit_expr). So a call that spans lines runs at the greatest line of the
    /// nodes compiled before it (<c>f(1,\n 2)</c> calls at the second line), and a whole simple
    /// statement's last operation at the greatest line of its expressions.
    /// </summary>
    /// <remarks>Nodes compiled into another code object (a lambda's body, the inside of a generator
    /// expression or a set/dict comprehension) do not count; their own defaults and outermost iterable
    /// do. A node's line is where it starts: 2.7's parser gives attributes, subscripts and calls the line
    /// of their primary (ast.c's ast_for_power), so <c>(g()\n.upper())</c> runs both calls at g's line.</remarks>
    internal sealed class ReachedLine : PythonSyntaxWalker
    {
        private readonly SourceText _text;
        private int _line;

        private ReachedLine(SourceText text, int start)
        {
            _text = text;
            _line = start;
        }

        /// <summary>The greatest of <paramref name="start"/> and the lines of <paramref name="nodes"/>
        /// (null entries are skipped).</summary>
        public static int Of(SourceText text, int start, params Node[] nodes)
        {
            var walker = new ReachedLine(text, start);
            foreach (var n in nodes)
                if (n != null) walker.Visit(n);
            return walker._line;
        }

        private void Reach(int position)
        {
            int line = _text.GetLinePosition(position).Line;
            if (line > _line) _line = line;
        }

        public override object Visit(Node node)
        {
            if (node == null) return null;
            Reach(node.Span.Start);
            return base.Visit(node);
        }

        public override object VisitLambda(Lambda node)
        {
            VisitList(node.Args.Defaults);
            return null;
        }

        public override object VisitGeneratorExp(GeneratorExp node) => OuterIterable(node.Generators);
        public override object VisitSetComp(SetComp node) => OuterIterable(node.Generators);
        public override object VisitDictComp(DictComp node) => OuterIterable(node.Generators);

        private object OuterIterable(System.Collections.Generic.IReadOnlyList<Comprehension> generators)
        {
            if (generators.Count > 0) Visit(generators[0].Iter);
            return null;
        }

        // Statements met through a node list are other statements' business.
        public override object VisitFunctionDef(FunctionDef node) => null;
        public override object VisitClassDef(ClassDef node) => null;
    }
}
