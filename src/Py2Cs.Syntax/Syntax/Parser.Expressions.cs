using System.Collections.Generic;
using Py2Cs.Syntax.Text;
using Py2Cs.Syntax.Tokens;

namespace Py2Cs.Syntax
{
    // Expressions: test, or_test ... atom, trailers, displays, comprehensions, lambda, arguments.
    public sealed partial class Parser
    {
        private static readonly Expr[] NoExprs = System.Array.Empty<Expr>();

        private static TextSpan SpanOf(IReadOnlyList<Expr> items)
            => items.Count == 0 ? default(TextSpan) : TextSpan.FromBounds(items[0].Span.Start, items[items.Count - 1].Span.End);

        /// <summary>testlist: a single test, or a Tuple when there are commas.</summary>
        private Expr ParseTestList()
        {
            int start = _token.Start;
            Expr first = ParseTest();
            if (Kind != TokenKind.Comma)
                return first;
            List<Expr> items = RentExprs(first);
            while (Accept(TokenKind.Comma))
            {
                if (!StartsExpression(Kind))
                    break;
                items.Add(ParseTest());
                if (_inError) break;
            }
            return new TupleExpr(ToArrayAndReturn(items), ExprContext.Load, SpanFrom(start));
        }

        /// <summary>exprlist: expr (',' expr)* [','] (targets of for and del).</summary>
        private Expr[] ParseExprList(out bool trailingComma)
        {
            trailingComma = false;
            List<Expr> items = RentExprs(ParseExpr());
            while (Accept(TokenKind.Comma))
            {
                if (!StartsExpression(Kind))
                {
                    trailingComma = true;
                    break;
                }
                items.Add(ParseExpr());
                if (_inError) break;
            }
            return ToArrayAndReturn(items);
        }

        private Expr ExprListAsTarget(IReadOnlyList<Expr> items, bool trailingComma, int start)
        {
            Expr target = items.Count == 1 && !trailingComma ? items[0] : new TupleExpr(items, ExprContext.Load, SpanFrom(start));
            return SetContext(target, ExprContext.Store);
        }

        private bool StartsExpression(TokenKind kind)
        {
            switch (kind)
            {
                case TokenKind.Name:
                case TokenKind.Number:
                case TokenKind.String:
                case TokenKind.LeftParen:
                case TokenKind.LeftBracket:
                case TokenKind.LeftBrace:
                case TokenKind.Backquote:
                case TokenKind.Minus:
                case TokenKind.Plus:
                case TokenKind.Tilde:
                case TokenKind.Not:
                case TokenKind.Lambda:
                    return true;
                case TokenKind.Print:
                    return (_future & FutureFlags.PrintFunction) != 0;
                default:
                    return false;
            }
        }

        /// <summary>Reports and returns true when the tree being built would be too deep to walk safely.</summary>
        private bool TooDeep()
        {
            if (_depth < MaxExpressionDepth && _treeDepth < MaxTreeDepth)
                return false;
            if (!_inError)
            {
                _inError = true;
                _diagnostics.Error(new TextSpan(_token.Start, _token.Length),
                    _depth >= MaxExpressionDepth ? "too many nested parentheses" : "s_push: parser stack overflow");
            }
            return true;
        }

        private Expr ParseTest()
        {
            if (TooDeep())
                return ErrorExpr();
            _depth++;
            _treeDepth++;
            Expr result;
            if (Kind == TokenKind.Lambda)
                result = ParseLambda(false);
            else
            {
                int start = _token.Start;
                result = ParseOrTest();
                if (Kind == TokenKind.If && !_inError)
                {
                    Advance();
                    Expr test = ParseOrTest();
                    Expect(TokenKind.Else);
                    Expr orelse = _inError ? ErrorExpr() : ParseTest();
                    result = new IfExp(test, result, orelse, SpanFrom(start));
                }
            }
            _depth--;
            _treeDepth--;
            return result;
        }

        /// <summary>old_test: or_test | old_lambdef (no conditional expression; used in list comprehension clauses).</summary>
        private Expr ParseOldTest()
        {
            if (Kind == TokenKind.Lambda)
            {
                if (_depth >= MaxExpressionDepth)
                    return ParseTest();
                _depth++;
                Expr result = ParseLambda(true);
                _depth--;
                return result;
            }
            return ParseOrTest();
        }

        private Expr ParseLambda(bool old)
        {
            int start = _token.Start;
            Advance();
            Arguments args = ParseParameters(TokenKind.Colon);
            Expect(TokenKind.Colon);
            Expr body = _inError ? ErrorExpr() : old ? ParseOldTest() : ParseTest();
            return new Lambda(args, body, SpanFrom(start));
        }

        private Expr ParseOrTest()
        {
            int start = _token.Start;
            Expr first = ParseAndTest();
            if (Kind != TokenKind.Or)
                return first;
            var values = new List<Expr> { first };
            while (Accept(TokenKind.Or))
                values.Add(ParseAndTest());
            return new BoolOp(BoolOperator.Or, values.ToArray(), SpanFrom(start));
        }

        private Expr ParseAndTest()
        {
            int start = _token.Start;
            Expr first = ParseNotTest();
            if (Kind != TokenKind.And)
                return first;
            var values = new List<Expr> { first };
            while (Accept(TokenKind.And))
                values.Add(ParseNotTest());
            return new BoolOp(BoolOperator.And, values.ToArray(), SpanFrom(start));
        }

        private Expr ParseNotTest()
        {
            if (Kind != TokenKind.Not)
                return ParseComparison();
            // Iterative, so "not not ... x" of any length cannot exhaust the stack.
            var starts = new List<int>();
            while (Kind == TokenKind.Not && !TooDeep())
            {
                starts.Add(Advance().Start);
                _treeDepth++;
            }
            Expr operand = ParseComparison();
            _treeDepth -= starts.Count;
            for (int i = starts.Count - 1; i >= 0; i--)
                operand = new UnaryOp(UnaryOperator.Not, operand, SpanFrom(starts[i]));
            return operand;
        }

        private Expr ParseComparison()
        {
            int start = _token.Start;
            Expr left = ParseExpr();
            List<CompareOperator> ops = null;
            List<Expr> comparators = null;
            while (true)
            {
                CompareOperator op;
                switch (Kind)
                {
                    case TokenKind.Less: op = CompareOperator.Lt; break;
                    case TokenKind.Greater: op = CompareOperator.Gt; break;
                    case TokenKind.EqualEqual: op = CompareOperator.Eq; break;
                    case TokenKind.GreaterEqual: op = CompareOperator.GtE; break;
                    case TokenKind.LessEqual: op = CompareOperator.LtE; break;
                    case TokenKind.NotEqual: op = CompareOperator.NotEq; break;
                    case TokenKind.In: op = CompareOperator.In; break;
                    case TokenKind.Is:
                        Advance();
                        op = Kind == TokenKind.Not ? CompareOperator.IsNot : CompareOperator.Is;
                        if (op == CompareOperator.IsNot) Advance();
                        goto parsed;
                    case TokenKind.Not:
                        // After an operand, "not" can only begin "not in" (CPython's LL(1) parser commits to it too).
                        Advance();
                        if (Kind != TokenKind.In)
                        {
                            Unexpected();
                            goto done;
                        }
                        op = CompareOperator.NotIn;
                        break;
                    default:
                        goto done;
                }
                Advance();
            parsed:
                if (ops == null)
                {
                    ops = new List<CompareOperator>();
                    comparators = new List<Expr>();
                }
                ops.Add(op);
                comparators.Add(ParseExpr());
                if (_inError) break;
            }
        done:
            if (ops == null)
                return left;
            return new Compare(left, ops.ToArray(), comparators.ToArray(), SpanFrom(start));
        }

        /// <summary>expr: the binary operators from | down to * / % //, by precedence climbing (depth bounded by the levels).</summary>
        private Expr ParseExpr() => ParseBinary(1);

        private static int Precedence(TokenKind kind, out BinaryOperator op)
        {
            switch (kind)
            {
                case TokenKind.VerticalBar: op = BinaryOperator.BitOr; return 1;
                case TokenKind.Circumflex: op = BinaryOperator.BitXor; return 2;
                case TokenKind.Ampersand: op = BinaryOperator.BitAnd; return 3;
                case TokenKind.LeftShift: op = BinaryOperator.LShift; return 4;
                case TokenKind.RightShift: op = BinaryOperator.RShift; return 4;
                case TokenKind.Plus: op = BinaryOperator.Add; return 5;
                case TokenKind.Minus: op = BinaryOperator.Sub; return 5;
                case TokenKind.Star: op = BinaryOperator.Mult; return 6;
                case TokenKind.Slash: op = BinaryOperator.Div; return 6;
                case TokenKind.Percent: op = BinaryOperator.Mod; return 6;
                case TokenKind.DoubleSlash: op = BinaryOperator.FloorDiv; return 6;
                default: op = BinaryOperator.Add; return 0;
            }
        }

        private Expr ParseBinary(int minPrecedence)
        {
            int start = _token.Start;
            Expr left = ParseFactor();
            int added = 0;
            while (true)
            {
                int precedence = Precedence(Kind, out BinaryOperator op);
                if (precedence < minPrecedence || precedence == 0 || _inError || TooDeep())
                {
                    _treeDepth -= added;
                    return left;
                }
                _treeDepth++;
                added++;
                Advance();
                Expr right = ParseBinary(precedence + 1);
                left = new BinOp(left, op, right, SpanFrom(start));
            }
        }

        /// <summary>factor: ('+'|'-'|'~')* power, iteratively; "-NUMBER" folds into a negative literal as in ast.c.</summary>
        private Expr ParseFactor()
        {
            TokenKind kind = Kind;
            if (kind != TokenKind.Minus && kind != TokenKind.Plus && kind != TokenKind.Tilde)
                return ParsePower(out _);
            var ops = new List<Token>();
            while ((Kind == TokenKind.Minus || Kind == TokenKind.Plus || Kind == TokenKind.Tilde) && !TooDeep())
            {
                ops.Add(Advance());
                _treeDepth++;
            }
            Expr operand = ParsePower(out Token? bareNumber);
            _treeDepth -= ops.Count;
            return ApplyPrefixes(ops, operand, bareNumber);
        }

        private Expr ApplyPrefixes(List<Token> ops, Expr operand, Token? bareNumber)
        {
            int i = ops.Count - 1;
            if (i >= 0 && ops[i].Kind == TokenKind.Minus && bareNumber.HasValue)
            {
                operand = DecodeNumber(bareNumber.Value, true, ops[i].Start);
                i--;
            }
            for (; i >= 0; i--)
            {
                UnaryOperator op = ops[i].Kind == TokenKind.Minus ? UnaryOperator.USub
                    : ops[i].Kind == TokenKind.Plus ? UnaryOperator.UAdd : UnaryOperator.Invert;
                operand = new UnaryOp(op, operand, SpanFrom(ops[i].Start));
            }
            return operand;
        }

        /// <summary>power: atom trailer* ['**' factor], right-associative, built iteratively.</summary>
        private Expr ParsePower(out Token? bareNumber)
        {
            int start = _token.Start;
            Expr first = ParseAtomWithTrailers(out bareNumber);
            if (Kind != TokenKind.DoubleStar || _inError)
                return first;
            bareNumber = null;
            var bases = new List<Expr> { first };
            var prefixes = new List<List<Token>> { null };
            var bares = new List<Token?> { null };
            var starts = new List<int> { start };
            int added = 0;
            while (Kind == TokenKind.DoubleStar && !_inError && !TooDeep())
            {
                Advance();
                List<Token> ops = null;
                starts.Add(_token.Start);
                while ((Kind == TokenKind.Minus || Kind == TokenKind.Plus || Kind == TokenKind.Tilde) && !TooDeep())
                {
                    (ops ?? (ops = new List<Token>())).Add(Advance());
                    _treeDepth++;
                    added++;
                }
                _treeDepth++;
                added++;
                bases.Add(ParseAtomWithTrailers(out Token? bare));
                prefixes.Add(ops);
                bares.Add(bare);
            }
            _treeDepth -= added;
            int last = bases.Count - 1;
            Expr acc = prefixes[last] != null ? ApplyPrefixes(prefixes[last], bases[last], bares[last]) : bases[last];
            for (int i = last - 1; i >= 0; i--)
            {
                int baseStart = i == 0 ? start : bases[i].Span.Start;
                Expr power = new BinOp(bases[i], BinaryOperator.Pow, acc, SpanFrom(baseStart));
                acc = i > 0 && prefixes[i] != null ? ApplyPrefixes(prefixes[i], power, null) : power;
            }
            return acc;
        }

        private Expr ParseAtomWithTrailers(out Token? bareNumber)
        {
            int start = _token.Start;
            bareNumber = Kind == TokenKind.Number ? _token : (Token?)null;
            Expr e = ParseAtom();
            int added = 0;
            while (!_inError)
            {
                if (Kind != TokenKind.LeftParen && Kind != TokenKind.LeftBracket && Kind != TokenKind.Dot)
                    break;
                if (TooDeep())
                    break;
                _treeDepth++;
                added++;
                switch (Kind)
                {
                    case TokenKind.LeftParen:
                        Advance();
                        e = ParseCallArguments(e, start);
                        break;
                    case TokenKind.LeftBracket:
                    {
                        Advance();
                        SliceBase slice = ParseSubscriptList();
                        Expect(TokenKind.RightBracket);
                        e = new Subscript(e, slice, ExprContext.Load, SpanFrom(start));
                        break;
                    }
                    case TokenKind.Dot:
                    {
                        Advance();
                        if (Kind != TokenKind.Name)
                        {
                            Unexpected();
                            break;
                        }
                        e = new AttributeExpr(e, Advance().Value, ExprContext.Load, SpanFrom(start));
                        break;
                    }
                }
                bareNumber = null;
            }
            _treeDepth -= added;
            return e;
        }

        private Expr ParseAtom()
        {
            Token t = _token;
            if (TooDeep())
                return ErrorExpr();
            switch (t.Kind)
            {
                case TokenKind.Name:
                    Advance();
                    return new Name(t.Value, ExprContext.Load, new TextSpan(t.Start, t.Length));
                case TokenKind.Print when (_future & FutureFlags.PrintFunction) != 0:
                    Advance();
                    return new Name(t.Value, ExprContext.Load, new TextSpan(t.Start, t.Length));
                case TokenKind.Number:
                    Advance();
                    return DecodeNumber(t, false, t.Start);
                case TokenKind.String:
                    return ParseStrings();
                case TokenKind.LeftParen:
                    return ParseParenthesized();
                case TokenKind.LeftBracket:
                    return ParseListDisplay();
                case TokenKind.LeftBrace:
                    return ParseDictOrSetDisplay();
                case TokenKind.Backquote:
                {
                    Advance();
                    Expr value = ParseTest();
                    if (Kind == TokenKind.Comma)
                    {
                        var items = new List<Expr> { value };
                        while (Accept(TokenKind.Comma))
                            items.Add(ParseTest());
                        value = new TupleExpr(items.ToArray(), ExprContext.Load, SpanFrom(value.Span.Start));
                    }
                    Expect(TokenKind.Backquote);
                    return new Repr(value, SpanFrom(t.Start));
                }
                default:
                    Unexpected();
                    return ErrorExpr();
            }
        }

        private Expr ParseParenthesized()
        {
            int start = _token.Start;
            Advance();
            if (Accept(TokenKind.RightParen))
                return new TupleExpr(NoExprs, ExprContext.Load, SpanFrom(start));
            if (Kind == TokenKind.Yield)
            {
                Expr y = ParseYield();
                Expect(TokenKind.RightParen);
                return y;
            }
            Expr first = ParseTest();
            if (Kind == TokenKind.For)
            {
                IReadOnlyList<Comprehension> generators = ParseCompFor();
                Expect(TokenKind.RightParen);
                return new GeneratorExp(first, generators, SpanFrom(start));
            }
            if (Kind == TokenKind.Comma)
            {
                var items = new List<Expr> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (Kind == TokenKind.RightParen) break;
                    items.Add(ParseTest());
                    if (_inError) break;
                }
                Expect(TokenKind.RightParen);
                return new TupleExpr(items.ToArray(), ExprContext.Load, SpanFrom(start));
            }
            Expect(TokenKind.RightParen);
            return first;
        }

        private Expr ParseListDisplay()
        {
            int start = _token.Start;
            Advance();
            if (Accept(TokenKind.RightBracket))
                return new List(NoExprs, ExprContext.Load, SpanFrom(start));
            Expr first = ParseTest();
            if (Kind == TokenKind.For)
            {
                IReadOnlyList<Comprehension> generators = ParseListFor();
                Expect(TokenKind.RightBracket);
                return new ListComp(first, generators, SpanFrom(start));
            }
            List<Expr> items = RentExprs(first);
            while (!_inError && Accept(TokenKind.Comma))
            {
                if (Kind == TokenKind.RightBracket) break;
                items.Add(ParseTest());
            }
            Expect(TokenKind.RightBracket);
            return new List(ToArrayAndReturn(items), ExprContext.Load, SpanFrom(start));
        }

        private Expr ParseDictOrSetDisplay()
        {
            int start = _token.Start;
            Advance();
            if (Accept(TokenKind.RightBrace))
                return new Dict(NoExprs, NoExprs, SpanFrom(start));
            Expr first = ParseTest();
            if (Accept(TokenKind.Colon))
            {
                Expr value = ParseTest();
                if (Kind == TokenKind.For)
                {
                    IReadOnlyList<Comprehension> generators = ParseCompFor();
                    Expect(TokenKind.RightBrace);
                    return new DictComp(first, value, generators, SpanFrom(start));
                }
                List<Expr> keys = RentExprs(first);
                List<Expr> values = RentExprs(value);
                while (!_inError && Accept(TokenKind.Comma))
                {
                    if (Kind == TokenKind.RightBrace) break;
                    keys.Add(ParseTest());
                    Expect(TokenKind.Colon);
                    values.Add(_inError ? ErrorExpr() : ParseTest());
                }
                Expect(TokenKind.RightBrace);
                return new Dict(ToArrayAndReturn(keys), ToArrayAndReturn(values), SpanFrom(start));
            }
            if (Kind == TokenKind.For)
            {
                IReadOnlyList<Comprehension> generators = ParseCompFor();
                Expect(TokenKind.RightBrace);
                return new SetComp(first, generators, SpanFrom(start));
            }
            var elts = new List<Expr> { first };
            while (!_inError && Accept(TokenKind.Comma))
            {
                if (Kind == TokenKind.RightBrace) break;
                elts.Add(ParseTest());
            }
            Expect(TokenKind.RightBrace);
            return new Set(elts.ToArray(), SpanFrom(start));
        }

        /// <summary>list_for: 'for' exprlist 'in' testlist_safe, then 'for'/'if' clauses (old_test conditions).</summary>
        private IReadOnlyList<Comprehension> ParseListFor() => ParseComprehensionClauses(true);

        /// <summary>comp_for: 'for' exprlist 'in' or_test, then 'for'/'if' clauses.</summary>
        private IReadOnlyList<Comprehension> ParseCompFor() => ParseComprehensionClauses(false);

        private IReadOnlyList<Comprehension> ParseComprehensionClauses(bool listComprehension)
        {
            var result = new List<Comprehension>();
            while (Kind == TokenKind.For && !_inError)
            {
                int start = _token.Start;
                Advance();
                int targetStart = _token.Start;
                IReadOnlyList<Expr> targets = ParseExprList(out bool trailingComma);
                Expr target = ExprListAsTarget(targets, trailingComma, targetStart);
                Expect(TokenKind.In);
                Expr iter;
                if (_inError)
                    iter = ErrorExpr();
                else if (listComprehension)
                {
                    int iterStart = _token.Start;
                    iter = ParseOldTest();
                    if (Kind == TokenKind.Comma)
                    {
                        var items = new List<Expr> { iter };
                        while (Accept(TokenKind.Comma))
                        {
                            if (Kind == TokenKind.RightBracket || Kind == TokenKind.For || Kind == TokenKind.If) break;
                            items.Add(ParseOldTest());
                            if (_inError) break;
                        }
                        iter = new TupleExpr(items.ToArray(), ExprContext.Load, SpanFrom(iterStart));
                    }
                }
                else
                    iter = ParseOrTest();
                var ifs = new List<Expr>();
                while (Kind == TokenKind.If && !_inError)
                {
                    Advance();
                    ifs.Add(ParseOldTest());
                }
                result.Add(new Comprehension(target, iter, ifs.ToArray(), SpanFrom(start)));
            }
            return result.ToArray();
        }

        private Expr ParseYield()
        {
            int start = _token.Start;
            Advance();
            Expr value = StartsExpression(Kind) ? ParseTestList() : null;
            return new Yield(value, SpanFrom(start));
        }

        /// <summary>arglist after '(' up to and including ')', with ast.c's checks on argument order.</summary>
        private Expr ParseCallArguments(Expr func, int start)
        {
            List<Expr> args = RentExprs();
            List<Keyword> keywords = null;
            Expr starargs = null, kwargs = null;
            int generators = 0;
            Expr generatorArg = null;
            while (Kind != TokenKind.RightParen && !_inError)
            {
                if (Kind == TokenKind.Star && starargs == null && kwargs == null)
                {
                    Advance();
                    starargs = ParseTest();
                }
                else if (Kind == TokenKind.DoubleStar && kwargs == null)
                {
                    Advance();
                    kwargs = ParseTest();
                    break;
                }
                else
                {
                    int argStart = _token.Start;
                    Expr e = ParseTest();
                    if (_inError) break;
                    if (Kind == TokenKind.For)
                    {
                        IReadOnlyList<Comprehension> comps = ParseCompFor();
                        e = new GeneratorExp(e, comps, SpanFrom(argStart));
                        generators++;
                        generatorArg = e;
                        args.Add(e);
                    }
                    else if (Kind == TokenKind.Equal)
                    {
                        Advance();
                        Expr value = ParseTest();
                        if (e is Lambda)
                            ReportNode(e, "lambda cannot contain assignment");
                        else if (!(e is Name name))
                            ReportNode(e, "keyword can't be an expression");
                        else
                        {
                            CheckForbiddenName(name.Id, name.Span);
                            if (keywords == null)
                                keywords = new List<Keyword>();
                            foreach (Keyword k in keywords)
                                if (k.Arg == name.Id)
                                    ReportNode(e, "keyword argument repeated");
                            keywords.Add(new Keyword(name.Id, value, SpanFrom(argStart)));
                        }
                    }
                    else
                    {
                        if (kwargs != null || keywords != null)
                            ReportNode(e, "non-keyword arg after keyword arg");
                        else if (starargs != null)
                            ReportNode(e, "only named arguments may follow *expression");
                        args.Add(e);
                    }
                }
                if (_inError) break;
                if (!Accept(TokenKind.Comma))
                    break;
                if (Kind == TokenKind.RightParen && (starargs != null || kwargs != null))
                {
                    Unexpected();
                    break;
                }
            }
            int keywordCount = keywords?.Count ?? 0;
            if (!_inError && generators > 0 && (generators > 1 || args.Count > 1 || keywordCount > 0))
                ReportNode(generatorArg, "Generator expression must be parenthesized if not sole argument");
            if (!_inError && args.Count + keywordCount > 255)
                ReportSpan(SpanFrom(start), "more than 255 arguments");
            Expect(TokenKind.RightParen);
            return new Call(func, ToArrayAndReturn(args), keywords?.ToArray(), starargs, kwargs, SpanFrom(start));
        }

        /// <summary>subscriptlist: one subscript, or several (a Tuple index, or an ExtSlice when any is a slice).</summary>
        private SliceBase ParseSubscriptList()
        {
            int start = _token.Start;
            SliceBase first = ParseSubscript();
            if (Kind != TokenKind.Comma)
                return first;
            var items = new List<SliceBase> { first };
            while (Accept(TokenKind.Comma))
            {
                if (Kind == TokenKind.RightBracket) break;
                items.Add(ParseSubscript());
                if (_inError) break;
            }
            bool simple = true;
            foreach (SliceBase s in items)
                if (!(s is Index)) simple = false;
            if (!simple)
                return new ExtSlice(items.ToArray(), SpanFrom(start));
            var values = new Expr[items.Count];
            for (int i = 0; i < values.Length; i++)
                values[i] = ((Index)items[i]).Value;
            TextSpan span = SpanFrom(start);
            return new Index(new TupleExpr(values, ExprContext.Load, span), span);
        }

        private SliceBase ParseSubscript()
        {
            int start = _token.Start;
            if (Kind == TokenKind.Dot)
            {
                Advance();
                if (Expect(TokenKind.Dot) && Expect(TokenKind.Dot))
                    return new Ellipsis(SpanFrom(start));
                return new Index(ErrorExpr(), SpanFrom(start));
            }
            Expr lower = null;
            if (Kind != TokenKind.Colon)
            {
                lower = ParseTest();
                if (Kind != TokenKind.Colon)
                    return new Index(lower, SpanFrom(start));
            }
            Advance(); // ':'
            Expr upper = null, step = null;
            if (Kind != TokenKind.Colon && Kind != TokenKind.RightBracket && Kind != TokenKind.Comma)
                upper = ParseTest();
            if (Kind == TokenKind.Colon)
            {
                Token colon = Advance();
                if (Kind != TokenKind.RightBracket && Kind != TokenKind.Comma)
                    step = ParseTest();
                else
                    step = new Name("None", ExprContext.Load, new TextSpan(colon.Start, colon.Length));
            }
            return new Slice(lower, upper, step, SpanFrom(start));
        }

        /// <summary>varargslist up to the closer (')' for def, ':' for lambda).</summary>
        private Arguments ParseParameters(TokenKind closer)
        {
            int start = _token.Start;
            List<Expr> args = RentExprs();
            List<Expr> defaults = RentExprs();
            string vararg = null, kwarg = null;
            while (Kind != closer && !_inError)
            {
                if (Kind == TokenKind.Star)
                {
                    Advance();
                    vararg = ParseStoredName();
                    if (Accept(TokenKind.Comma))
                    {
                        if (!Expect(TokenKind.DoubleStar)) break;
                        kwarg = ParseStoredName();
                    }
                    break;
                }
                if (Kind == TokenKind.DoubleStar)
                {
                    Advance();
                    kwarg = ParseStoredName();
                    break;
                }
                Expr parameter = ParseParameter(true);
                if (_inError) break;
                args.Add(parameter);
                if (Accept(TokenKind.Equal))
                    defaults.Add(ParseTest());
                else if (defaults.Count > 0)
                    ReportNode(parameter, "non-default argument follows default argument");
                if (!Accept(TokenKind.Comma))
                    break;
            }
            return new Arguments(ToArrayAndReturn(args), vararg, kwarg, ToArrayAndReturn(defaults), SpanFrom(start));
        }

        /// <summary>fpdef: NAME | '(' fplist ')'. Top-level names are Param; names inside tuples are Store.</summary>
        private Expr ParseParameter(bool topLevel)
        {
            if (Kind == TokenKind.Name)
            {
                Token t = Advance();
                CheckForbiddenName(t.Value, new TextSpan(t.Start, t.Length));
                return new Name(t.Value, topLevel ? ExprContext.Param : ExprContext.Store, new TextSpan(t.Start, t.Length));
            }
            if (Kind == TokenKind.LeftParen)
            {
                if (_depth >= MaxExpressionDepth)
                    return ParseTest();
                _depth++;
                int start = _token.Start;
                Advance();
                var items = new List<Expr>();
                bool comma = false;
                while (!_inError)
                {
                    items.Add(ParseParameter(false));
                    if (!Accept(TokenKind.Comma)) break;
                    comma = true;
                    if (Kind == TokenKind.RightParen) break;
                }
                Expect(TokenKind.RightParen);
                _depth--;
                if (items.Count == 1 && !comma)
                {
                    // def f((x)): is the plain parameter x.
                    Expr only = items[0];
                    return topLevel && only is Name n ? new Name(n.Id, ExprContext.Param, n.Span) : only;
                }
                return new TupleExpr(items.ToArray(), ExprContext.Store, SpanFrom(start));
            }
            Unexpected();
            return ErrorExpr();
        }

        /// <summary>ast.c's set_context: rebuilds a target with Store/Del context or reports why it cannot be one.</summary>
        private Expr SetContext(Expr e, ExprContext ctx)
        {
            switch (e)
            {
                case Name n:
                    if (ctx == ExprContext.Store)
                        CheckForbiddenName(n.Id, n.Span);
                    return new Name(n.Id, ctx, n.Span);
                case AttributeExpr a:
                    if (ctx == ExprContext.Store && a.Attr == "None")
                        ReportNode(a, "cannot assign to None");
                    return new AttributeExpr(a.Value, a.Attr, ctx, a.Span);
                case Subscript s:
                    return new Subscript(s.Value, s.Slice, ctx, s.Span);
                case List l:
                {
                    var elts = new Expr[l.Elts.Count];
                    for (int i = 0; i < elts.Length; i++)
                        elts[i] = SetContext(l.Elts[i], ctx);
                    return new List(elts, ctx, l.Span);
                }
                case TupleExpr t:
                {
                    if (t.Elts.Count == 0)
                    {
                        ReportNode(t, ctx == ExprContext.Del ? "can't delete ()" : "can't assign to ()");
                        return t;
                    }
                    var elts = new Expr[t.Elts.Count];
                    for (int i = 0; i < elts.Length; i++)
                        elts[i] = SetContext(t.Elts[i], ctx);
                    return new TupleExpr(elts, ctx, t.Span);
                }
            }
            if (e is Name errorName && errorName.Id == "<error>")
                return e;
            string what;
            switch (e)
            {
                case Lambda _: what = "lambda"; break;
                case Call _: what = "function call"; break;
                case BoolOp _:
                case BinOp _:
                case UnaryOp _: what = "operator"; break;
                case GeneratorExp _: what = "generator expression"; break;
                case Yield _: what = "yield expression"; break;
                case ListComp _: what = "list comprehension"; break;
                case SetComp _: what = "set comprehension"; break;
                case DictComp _: what = "dict comprehension"; break;
                case Dict _:
                case Set _:
                case NumLiteral _:
                case StrLiteral _: what = "literal"; break;
                case Compare _: what = "comparison"; break;
                case Repr _: what = "repr"; break;
                case IfExp _: what = "conditional expression"; break;
                default: what = "expression"; break;
            }
            ReportNode(e, (ctx == ExprContext.Del ? "can't delete " : "can't assign to ") + what);
            return e;
        }
    }
}
