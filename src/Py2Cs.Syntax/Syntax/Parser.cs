using System;
using System.Collections.Generic;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;
using Py2Cs.Syntax.Tokens;

namespace Py2Cs.Syntax
{
    /// <summary>
    /// Recursive-descent parser for the complete Python 2.7 grammar (Grammar/Grammar of CPython 2.7), building
    /// the AST that CPython's ast.c builds. Errors never throw: the first error in a statement is reported,
    /// the rest of the logical line is skipped, and parsing resumes at the next statement.
    /// </summary>
    public sealed partial class Parser
    {
        /// <summary>Nesting of expressions (brackets, lambdas, conditionals); CPython's parser stack overflows near here.</summary>
        public const int MaxExpressionDepth = 100;

        /// <summary>Depth of any expression tree (operator chains included), so later tree walks cannot exhaust the stack.</summary>
        public const int MaxTreeDepth = 500;

        private readonly SourceText _source;
        private readonly string _text;
        private readonly Tokenizer _tokenizer;
        // CPython finds errors in three passes and reports the first pass's first error: the grammar (tokenizer and
        // parser), then the tree (ast.c), then compilation (symtable, future, compile.c). We keep them apart and list
        // them in that order, each in file order, so our first diagnostic is the one python2.7 reports.
        private readonly DiagnosticBag _diagnostics;
        private readonly DiagnosticBag _astDiagnostics;
        private readonly DiagnosticBag _compileDiagnostics;
        private bool _astErrorInStatement;

        private Token _token;
        private Token _peek;
        private bool _hasPeek;
        private int _lastEnd;
        private bool _inError;
        private int _depth;
        private int _treeDepth;
        private FutureFlags _future;

        private Parser(SourceText source)
        {
            _source = source;
            _text = source.Text;
            _diagnostics = new DiagnosticBag(source);
            _astDiagnostics = new DiagnosticBag(source);
            _compileDiagnostics = new DiagnosticBag(source);
            if (source.EncodingError != null)
                _diagnostics.Add(source.EncodingError);
            _tokenizer = new Tokenizer(source, _diagnostics);
            _token = _tokenizer.Next();
        }

        /// <summary>Parses a module; always returns a Module (best effort when there are errors) and all diagnostics.</summary>
        public static ParseResult Parse(SourceText text) => Parse(text, evalInput: false);

        /// <summary>Parses CPython's eval_input (<c>testlist NEWLINE* ENDMARKER</c>, what <c>eval()</c> and
        /// <c>compile(..., 'eval')</c> accept) as a module whose body is one expression statement.</summary>
        public static ParseResult ParseExpression(SourceText text) => Parse(text, evalInput: true);

        private Module ParseEvalInput()
        {
            int start = _token.Start;
            Expr value = ParseTestList();
            while (Kind == TokenKind.Newline)
                Advance();
            if (Kind != TokenKind.EndOfFile)
                Unexpected();
            var stmt = new ExprStmt(value, new TextSpan(start, value.Span.End - start));
            return new Module(new Stmt[] { stmt }, _tokenizer.Comments, _future, new TextSpan(0, _text.Length));
        }

        private static ParseResult Parse(SourceText text, bool evalInput)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            var parser = new Parser(text);
            Module module = evalInput ? parser.ParseEvalInput() : parser.ParseFileInput();
            if ((module.FutureFlags & FutureFlags.UnicodeLiterals) != 0 && module.Body.Count > 0 &&
                module.Body[0] is ExprStmt first && first.Value is StrLiteral docstring && !docstring.IsUnicode)
            {
                // unicode_literals applies to the whole file in CPython, the docstring before it included.
                parser = new Parser(text) { _future = FutureFlags.UnicodeLiterals };
                module = evalInput ? parser.ParseEvalInput() : parser.ParseFileInput();
            }
            SyntaxChecker.Check(module, text, parser._compileDiagnostics);
            List<Diagnostic> diagnostics;
            if (text.EncodingError != null)
            {
                // CPython stops at an undecodable file; what we parsed from a guessed decoding is not worth reporting.
                diagnostics = new List<Diagnostic> { text.EncodingError };
                return new ParseResult(text, module, diagnostics);
            }
            diagnostics = new List<Diagnostic>();
            foreach (DiagnosticBag pass in new[] { parser._diagnostics, parser._astDiagnostics, parser._compileDiagnostics })
            {
                var items = new List<Diagnostic>(pass.Items);
                SortByPosition(items);
                diagnostics.AddRange(items);
            }
            return new ParseResult(text, module, diagnostics);
        }

        private static void SortByPosition(List<Diagnostic> diagnostics)
        {
            // Insertion sort: stable, and the list is nearly sorted already.
            for (int i = 1; i < diagnostics.Count; i++)
            {
                Diagnostic item = diagnostics[i];
                int j = i - 1;
                while (j >= 0 && Compare(diagnostics[j], item) > 0)
                {
                    diagnostics[j + 1] = diagnostics[j];
                    j--;
                }
                diagnostics[j + 1] = item;
            }
        }

        private static int Compare(Diagnostic a, Diagnostic b)
            => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Span.Start.CompareTo(b.Span.Start);

        // ---- token stream ----

        private TokenKind Kind => _token.Kind;

        private Token Peek()
        {
            if (!_hasPeek)
            {
                _peek = _tokenizer.Next();
                _hasPeek = true;
            }
            return _peek;
        }

        private Token Advance()
        {
            Token current = _token;
            _lastEnd = current.End;
            if (_hasPeek)
            {
                _token = _peek;
                _hasPeek = false;
            }
            else
            {
                _token = _tokenizer.Next();
            }
            return current;
        }

        private bool Accept(TokenKind kind)
        {
            if (_token.Kind != kind) return false;
            Advance();
            return true;
        }

        private bool Expect(TokenKind kind)
        {
            if (_token.Kind == kind)
            {
                Advance();
                return true;
            }
            Unexpected();
            return false;
        }

        private TextSpan SpanFrom(int start) => TextSpan.FromBounds(start, Math.Max(start, _lastEnd));

        // ---- errors ----

        /// <summary>Reports the current token as CPython's parser does ("invalid syntax" and its indentation variants).</summary>
        private void Unexpected()
        {
            if (_inError) return;
            _inError = true;
            Token t = _token;
            switch (t.Kind)
            {
                case TokenKind.Error:
                    return; // the tokenizer has said why
                case TokenKind.EndOfFile:
                    ReportAtEnd(EndOfFileMessage("invalid syntax"), "SyntaxError");
                    return;
                case TokenKind.Indent:
                    ReportAtTokenEnd(t, "unexpected indent", "IndentationError");
                    return;
                case TokenKind.Dedent:
                    ReportAtTokenEnd(t, "unexpected unindent", "IndentationError");
                    return;
                default:
                    ReportAtTokenEnd(t, "invalid syntax", "SyntaxError");
                    return;
            }
        }

        /// <summary>CPython's convention: the line where the token ends, the offset of its end from the start of the line it starts on.</summary>
        private void ReportAtTokenEnd(Token t, string message, string errorType)
        {
            int end = t.End;
            int startLine = _source.GetLinePosition(t.Start).Line;
            int endLine = _source.GetLinePosition(t.Length > 0 ? end - 1 : end).Line;
            int column = end - _source.GetLineStart(startLine);
            if (t.Length == 0 && t.Kind != TokenKind.Indent)
                column++;
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, message, _source.Path, new TextSpan(t.Start, t.Length), endLine, column, errorType));
        }

        /// <summary>
        /// CPython's compile() says "unexpected EOF while parsing" only when input ends on its first line; on later
        /// lines the same error is the ordinary one (python2.7 running a file never says it).
        /// </summary>
        private string EndOfFileMessage(string otherwise)
        {
            int length = _text.Length;
            return _source.GetLinePosition(length > 0 ? length - 1 : 0).Line == 1 ? "unexpected EOF while parsing" : otherwise;
        }

        /// <summary>Errors at end of input point just past the last line, as CPython does.</summary>
        private void ReportAtEnd(string message, string errorType)
        {
            int length = _text.Length;
            int line = _source.GetLinePosition(length > 0 ? length - 1 : 0).Line;
            int column = length - _source.GetLineStart(line);
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, message, _source.Path, new TextSpan(length, 0), line, column, errorType));
        }

        /// <summary>An error about a construct (ast.c style): CPython gives only a line; the column is the node's start.</summary>
        private void ReportNode(Node node, string message) => ReportSpan(node.Span, message);

        /// <summary>
        /// An error CPython's ast.c reports: parsing goes on (a later grammar error in the statement is what CPython
        /// would report first); only the first such error of a statement is kept, as CPython stops there.
        /// </summary>
        private void ReportSpan(TextSpan span, string message, string errorType = "SyntaxError")
        {
            if (_inError || _astErrorInStatement) return;
            _astErrorInStatement = true;
            _astDiagnostics.Error(span, message, errorType);
        }

        // Scratch lists, reused: most lists in a tree are built in one of these, then copied to an exact array.
        private readonly Stack<List<Expr>> _exprLists = new Stack<List<Expr>>();
        private readonly Stack<List<Stmt>> _stmtLists = new Stack<List<Stmt>>();

        private List<Expr> RentExprs() => _exprLists.Count > 0 ? _exprLists.Pop() : new List<Expr>();

        private List<Expr> RentExprs(Expr first)
        {
            List<Expr> list = RentExprs();
            list.Add(first);
            return list;
        }

        private Expr[] ToArrayAndReturn(List<Expr> list)
        {
            Expr[] result = list.Count == 0 ? Array.Empty<Expr>() : list.ToArray();
            list.Clear();
            _exprLists.Push(list);
            return result;
        }

        private List<Stmt> RentStmts() => _stmtLists.Count > 0 ? _stmtLists.Pop() : new List<Stmt>();

        private Stmt[] ToArrayAndReturn(List<Stmt> list)
        {
            Stmt[] result = list.Count == 0 ? Array.Empty<Stmt>() : list.ToArray();
            list.Clear();
            _stmtLists.Push(list);
            return result;
        }

        private Expr ErrorExpr() => new Name("<error>", ExprContext.Load, new TextSpan(_token.Start, 0));

        /// <summary>After an error: skip the rest of the logical line; an indented block that follows belongs to it.</summary>
        private void Recover()
        {
            _depth = 0;
            _treeDepth = 0;
            while (Kind != TokenKind.Newline && Kind != TokenKind.EndOfFile)
                Advance();
            _inError = false;
            if (Kind == TokenKind.Newline)
            {
                Advance();
                if (Kind == TokenKind.Indent)
                    SkipBlock();
            }
        }

        private void SkipBlock()
        {
            Advance(); // INDENT
            var discarded = new List<Stmt>();
            while (Kind != TokenKind.Dedent && Kind != TokenKind.EndOfFile)
                ParseStatementInto(discarded);
            Accept(TokenKind.Dedent);
        }
    }
}
