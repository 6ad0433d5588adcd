using System.Collections.Generic;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Tokens
{
    /// <summary>
    /// Turns Python 2.7 source into tokens on demand, as CPython's tokenizer.c does: INDENT/DEDENT from
    /// leading whitespace (tab stops of 8), NEWLINE only at the end of a logical line outside brackets,
    /// backslash continuations, comments collected on the side. Errors are reported once and produce an
    /// Error token; scanning then continues so the parser can report later, independent errors.
    /// </summary>
    public sealed class Tokenizer
    {
        public const int MaxIndentLevels = 100;

        private readonly string _text;
        private readonly int _length;
        private readonly DiagnosticBag _diagnostics;
        private readonly NameTable _names;

        // One table per thread, reused across files: common names are interned once, and no table is
        // rebuilt per file. Dropped when it grows large so memory stays bounded.
        [System.ThreadStatic]
        private static NameTable _threadNames;
        private readonly List<Comment> _comments = new List<Comment>();

        private int _position;
        private int _parenDepth;
        private bool _atLineStart = true;
        private bool _lastWasNewline = true;
        private int _pendingDedents;
        private int _pendingDedentPosition;
        private bool _pendingIndent;
        private bool _finished;

        private readonly int[] _indents = new int[MaxIndentLevels + 1];
        private readonly int[] _altIndents = new int[MaxIndentLevels + 1];
        private int _indentLevel;
        private bool _reportedTabs;

        private readonly SourceText _source;

        public Tokenizer(SourceText text, DiagnosticBag diagnostics)
        {
            _source = text;
            _text = text.Text;
            if (_threadNames == null || _threadNames.Count > 200_000)
                _threadNames = new NameTable();
            _names = _threadNames;
            _length = _text.Length;
            _diagnostics = diagnostics;
        }

        public IReadOnlyList<Comment> Comments => _comments;

        /// <summary>Current bracket nesting; newlines inside brackets are not tokens.</summary>
        public int ParenDepth => _parenDepth;

        public Token Next()
        {
            if (_pendingDedents > 0)
            {
                _pendingDedents--;
                return new Token(TokenKind.Dedent, _pendingDedentPosition, 0, null);
            }
            if (_pendingIndent)
            {
                _pendingIndent = false;
                return new Token(TokenKind.Indent, _position, 0, null);
            }
            if (_finished)
                return new Token(TokenKind.EndOfFile, _length, 0, null);

            if (_atLineStart && _parenDepth == 0)
            {
                _atLineStart = false;
                if (ReadIndentation(out Token indentToken))
                    return indentToken;
            }

          while (true)
          {
            while (true)
            {
                // Skip blanks, comments and continuations inside the line.
                char c = _position < _length ? _text[_position] : '\0';
                if (c == ' ' || c == '\t' || c == '\f')
                {
                    _position++;
                    continue;
                }
                if (c == '#')
                {
                    ReadComment();
                    continue;
                }
                if (c == '\\')
                {
                    int next = _position + 1;
                    if (next < _length && (_text[next] == '\n' || _text[next] == '\r'))
                    {
                        _position = next + (_text[next] == '\r' && next + 1 < _length && _text[next + 1] == '\n' ? 2 : 1);
                        continue;
                    }
                    if (next >= _length)
                    {
                        _position = next;
                        _diagnostics.Error(_position, "unexpected EOF while parsing");
                        return EndOfFile(true);
                    }
                    ErrorAt(_position, EndOfLine(_position), "unexpected character after line continuation character");
                    int start = _position;
                    _position = next;
                    return new Token(TokenKind.Error, start, 1, null);
                }
                break;
            }

            if (_position >= _length)
                return EndOfFile(false);

            char ch = _text[_position];
            if (ch == '\n' || ch == '\r')
            {
                int start = _position;
                _position += ch == '\r' && _position + 1 < _length && _text[_position + 1] == '\n' ? 2 : 1;
                if (_parenDepth > 0)
                    continue;
                _atLineStart = true;
                _lastWasNewline = true;
                return new Token(TokenKind.Newline, start, _position - start, null);
            }
            _lastWasNewline = false;

            if (IsIdentifierStart(ch))
                return ReadNameOrString();
            if (ch >= '0' && ch <= '9')
                return ReadNumber();
            if (ch == '.' && _position + 1 < _length && _text[_position + 1] >= '0' && _text[_position + 1] <= '9')
                return ReadNumber();
            if (ch == '\'' || ch == '"')
                return ReadString(_position, _position);
            return ReadOperator(ch);
          }
        }

        /// <summary>
        /// CPython's position for a tokenizer error: the line holding <paramref name="end"/>, and the offset of
        /// <paramref name="end"/> from the start of the line where <paramref name="tokenStart"/> is.
        /// </summary>
        private void ErrorAt(int tokenStart, int end, string message, string errorType = "SyntaxError")
        {
            int line = _source.GetLinePosition(end > tokenStart ? end - 1 : end).Line;
            int startLine = _source.GetLinePosition(tokenStart).Line;
            int column = end - _source.GetLineStart(startLine);
            _diagnostics.ErrorAt(TextSpan.FromBounds(tokenStart, end), line, column, message, errorType);
        }

        /// <summary>The end of the physical line containing offset, including its line break.</summary>
        private int EndOfLine(int offset)
        {
            int p = offset;
            while (p < _length && _text[p] != '\n' && _text[p] != '\r')
                p++;
            if (p < _length)
                p += _text[p] == '\r' && p + 1 < _length && _text[p + 1] == '\n' ? 2 : 1;
            return p;
        }

        private Token EndOfFile(bool error)
        {
            if (!_lastWasNewline && !error && _parenDepth == 0)
            {
                // CPython supplies the NEWLINE a last unterminated line lacks.
                _lastWasNewline = true;
                return new Token(TokenKind.Newline, _length, 0, null);
            }
            _finished = true;
            _position = _length;
            if (_indentLevel > 0)
            {
                _pendingDedents = _indentLevel - 1;
                _pendingDedentPosition = _length;
                _indentLevel = 0;
                return new Token(TokenKind.Dedent, _length, 0, null);
            }
            return new Token(TokenKind.EndOfFile, _length, 0, null);
        }

        private static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

        private static bool IsIdentifierPart(char c)
            => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');

        /// <summary>Measures the indentation of a new line; returns true with an INDENT/DEDENT token when it changes.</summary>
        private bool ReadIndentation(out Token token)
        {
            token = default;
            while (true)
            {
                int col = 0, altcol = 0;
                int lineStart = _position;
                while (_position < _length)
                {
                    char c = _text[_position];
                    if (c == ' ') { col++; altcol++; }
                    else if (c == '\t') { col = (col / 8 + 1) * 8; altcol++; }
                    else if (c == '\f') { col = altcol = 0; }
                    else break;
                    _position++;
                }
                if (_position >= _length)
                    return false;
                char first = _text[_position];
                if (first == '#' || first == '\n' || first == '\r')
                {
                    // A blank or comment-only line: no tokens, indentation irrelevant.
                    if (first == '#')
                        ReadComment();
                    if (_position < _length)
                    {
                        char e = _text[_position];
                        _position += e == '\r' && _position + 1 < _length && _text[_position + 1] == '\n' ? 2 : 1;
                    }
                    continue;
                }
                if (first == '\\' && _position + 1 < _length && (_text[_position + 1] == '\n' || _text[_position + 1] == '\r'))
                {
                    // CPython treats a continuation right after indentation as part of this line.
                }

                int top = _indents[_indentLevel];
                if (col == top)
                {
                    if (altcol != _altIndents[_indentLevel])
                        ReportTabs(lineStart);
                    return false;
                }
                if (col > top)
                {
                    if (_indentLevel + 1 >= MaxIndentLevels)
                    {
                        ErrorAt(lineStart, EndOfLine(_position), "too many levels of indentation", "IndentationError");
                        return false;
                    }
                    if (altcol <= _altIndents[_indentLevel])
                        ReportTabs(lineStart);
                    _indentLevel++;
                    _indents[_indentLevel] = col;
                    _altIndents[_indentLevel] = altcol;
                    token = new Token(TokenKind.Indent, lineStart, _position - lineStart, null);
                    return true;
                }
                int dedents = 0;
                while (_indentLevel > 0 && col < _indents[_indentLevel])
                {
                    _indentLevel--;
                    dedents++;
                }
                if (col != _indents[_indentLevel])
                {
                    ErrorAt(lineStart, EndOfLine(_position), "unindent does not match any outer indentation level", "IndentationError");
                }
                else if (altcol != _altIndents[_indentLevel])
                {
                    ReportTabs(lineStart);
                }
                _pendingDedents = dedents - 1;
                _pendingDedentPosition = _position;
                token = new Token(TokenKind.Dedent, _position, 0, null);
                return true;
            }
        }

        private void ReportTabs(int lineStart)
        {
            // CPython 2 accepts this unless run with -tt; it is a warning here, once per file.
            if (_reportedTabs) return;
            _reportedTabs = true;
            _diagnostics.Warning(new TextSpan(lineStart, 0), "inconsistent use of tabs and spaces in indentation", "TabError");
        }

        private void ReadComment()
        {
            int start = _position;
            while (_position < _length && _text[_position] != '\n' && _text[_position] != '\r')
                _position++;
            _comments.Add(new Comment(new TextSpan(start, _position - start), _text.Substring(start, _position - start)));
        }

        private Token ReadNameOrString()
        {
            int start = _position;
            char c = _text[_position];
            // String prefixes of Python 2: r, u, ur, b, br (any case).
            if (c == 'u' || c == 'U' || c == 'b' || c == 'B')
            {
                int p = _position + 1;
                if (p < _length && (_text[p] == 'r' || _text[p] == 'R'))
                    p++;
                if (p < _length && (_text[p] == '\'' || _text[p] == '"'))
                    return ReadString(start, p);
            }
            else if (c == 'r' || c == 'R')
            {
                int p = _position + 1;
                if (p < _length && (_text[p] == '\'' || _text[p] == '"'))
                    return ReadString(start, p);
            }
            _position++;
            while (_position < _length && IsIdentifierPart(_text[_position]))
                _position++;
            string name = _names.Lookup(_text, start, _position - start, out TokenKind kind);
            return new Token(kind, start, _position - start, name);
        }

        /// <summary>Scans a string literal whose prefix starts at start and whose quote is at quote.</summary>
        private Token ReadString(int start, int quote)
        {
            char q = _text[quote];
            bool triple = quote + 2 < _length && _text[quote + 1] == q && _text[quote + 2] == q;
            int p = quote + (triple ? 3 : 1);
            while (true)
            {
                if (p >= _length)
                {
                    ErrorAt(start, _length, triple ? "EOF while scanning triple-quoted string literal" : "EOL while scanning string literal");
                    _position = _length;
                    return new Token(TokenKind.Error, start, _length - start, null);
                }
                char c = _text[p];
                if (c == q)
                {
                    if (!triple)
                    {
                        p++;
                        break;
                    }
                    if (p + 2 < _length && _text[p + 1] == q && _text[p + 2] == q)
                    {
                        p += 3;
                        break;
                    }
                    p++;
                    continue;
                }
                if (c == '\\')
                {
                    p += 2;
                    if (p - 1 < _length && _text[p - 1] == '\r' && p < _length && _text[p] == '\n')
                        p++;
                    continue;
                }
                if (!triple && (c == '\n' || c == '\r'))
                {
                    ErrorAt(start, p, "EOL while scanning string literal");
                    _position = p;
                    return new Token(TokenKind.Error, start, p - start, null);
                }
                p++;
            }
            _position = p;
            return new Token(TokenKind.String, start, p - start, null);
        }

        private Token ReadNumber()
        {
            int start = _position;
            int p = _position;
            char c = _text[p];
            bool invalid = false;
            if (c == '0' && p + 1 < _length && (_text[p + 1] | 0x20) == 'x')
            {
                p += 2;
                int digits = p;
                while (p < _length && IsHexDigit(_text[p])) p++;
                if (p == digits) invalid = true;
                if (p < _length && (_text[p] | 0x20) == 'l') p++;
            }
            else if (c == '0' && p + 1 < _length && ((_text[p + 1] | 0x20) == 'o' || (_text[p + 1] | 0x20) == 'b'))
            {
                bool binary = (_text[p + 1] | 0x20) == 'b';
                p += 2;
                int digits = p;
                while (p < _length && (binary ? (_text[p] == '0' || _text[p] == '1') : (_text[p] >= '0' && _text[p] <= '7'))) p++;
                if (p == digits) invalid = true;
                else if (p < _length && _text[p] >= '0' && _text[p] <= '9') invalid = true;
                if (p < _length && (_text[p] | 0x20) == 'l') p++;
            }
            else
            {
                bool isFloat = false;
                while (p < _length && _text[p] >= '0' && _text[p] <= '9') p++;
                if (p < _length && _text[p] == '.')
                {
                    isFloat = true;
                    p++;
                    while (p < _length && _text[p] >= '0' && _text[p] <= '9') p++;
                }
                if (p < _length && (_text[p] | 0x20) == 'e')
                {
                    int save = p;
                    p++;
                    if (p < _length && (_text[p] == '+' || _text[p] == '-')) p++;
                    if (p < _length && _text[p] >= '0' && _text[p] <= '9')
                    {
                        isFloat = true;
                        while (p < _length && _text[p] >= '0' && _text[p] <= '9') p++;
                    }
                    else
                    {
                        // "1else" is the number 1 then the keyword: CPython backs off before the 'e'.
                        p = save;
                    }
                }
                if (!invalid && p < _length && (_text[p] | 0x20) == 'j')
                {
                    p++;
                }
                else if (!invalid && !isFloat)
                {
                    // A leading zero means octal: 0777, and 089 is an error unless it turns out to be a float.
                    if (c == '0')
                    {
                        for (int i = start + 1; i < p; i++)
                            if (_text[i] > '7') { invalid = true; break; }
                    }
                    if (p < _length && (_text[p] | 0x20) == 'l') p++;
                }
            }
            _position = p;
            if (invalid)
            {
                ErrorAt(start, p, "invalid token");
                return new Token(TokenKind.Error, start, p - start, null);
            }
            return new Token(TokenKind.Number, start, p - start, null);
        }

        private static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');

        private Token ReadOperator(char c)
        {
            int start = _position;
            char c2 = _position + 1 < _length ? _text[_position + 1] : '\0';
            char c3 = _position + 2 < _length ? _text[_position + 2] : '\0';
            TokenKind kind;
            int length = 1;
            switch (c)
            {
                case '(': kind = TokenKind.LeftParen; _parenDepth++; break;
                case '[': kind = TokenKind.LeftBracket; _parenDepth++; break;
                case '{': kind = TokenKind.LeftBrace; _parenDepth++; break;
                case ')': kind = TokenKind.RightParen; if (_parenDepth > 0) _parenDepth--; break;
                case ']': kind = TokenKind.RightBracket; if (_parenDepth > 0) _parenDepth--; break;
                case '}': kind = TokenKind.RightBrace; if (_parenDepth > 0) _parenDepth--; break;
                case ':': kind = TokenKind.Colon; break;
                case ',': kind = TokenKind.Comma; break;
                case ';': kind = TokenKind.Semicolon; break;
                case '.': kind = TokenKind.Dot; break;
                case '`': kind = TokenKind.Backquote; break;
                case '~': kind = TokenKind.Tilde; break;
                case '@': kind = TokenKind.At; break;
                case '+': if (c2 == '=') { kind = TokenKind.PlusEqual; length = 2; } else kind = TokenKind.Plus; break;
                case '-': if (c2 == '=') { kind = TokenKind.MinusEqual; length = 2; } else kind = TokenKind.Minus; break;
                case '%': if (c2 == '=') { kind = TokenKind.PercentEqual; length = 2; } else kind = TokenKind.Percent; break;
                case '&': if (c2 == '=') { kind = TokenKind.AmpersandEqual; length = 2; } else kind = TokenKind.Ampersand; break;
                case '|': if (c2 == '=') { kind = TokenKind.VerticalBarEqual; length = 2; } else kind = TokenKind.VerticalBar; break;
                case '^': if (c2 == '=') { kind = TokenKind.CircumflexEqual; length = 2; } else kind = TokenKind.Circumflex; break;
                case '=': if (c2 == '=') { kind = TokenKind.EqualEqual; length = 2; } else kind = TokenKind.Equal; break;
                case '!':
                    if (c2 == '=') { kind = TokenKind.NotEqual; length = 2; }
                    else return InvalidCharacter(start);
                    break;
                case '*':
                    if (c2 == '*') { if (c3 == '=') { kind = TokenKind.DoubleStarEqual; length = 3; } else { kind = TokenKind.DoubleStar; length = 2; } }
                    else if (c2 == '=') { kind = TokenKind.StarEqual; length = 2; }
                    else kind = TokenKind.Star;
                    break;
                case '/':
                    if (c2 == '/') { if (c3 == '=') { kind = TokenKind.DoubleSlashEqual; length = 3; } else { kind = TokenKind.DoubleSlash; length = 2; } }
                    else if (c2 == '=') { kind = TokenKind.SlashEqual; length = 2; }
                    else kind = TokenKind.Slash;
                    break;
                case '<':
                    if (c2 == '<') { if (c3 == '=') { kind = TokenKind.LeftShiftEqual; length = 3; } else { kind = TokenKind.LeftShift; length = 2; } }
                    else if (c2 == '=') { kind = TokenKind.LessEqual; length = 2; }
                    else if (c2 == '>') { kind = TokenKind.NotEqual; length = 2; }
                    else kind = TokenKind.Less;
                    break;
                case '>':
                    if (c2 == '>') { if (c3 == '=') { kind = TokenKind.RightShiftEqual; length = 3; } else { kind = TokenKind.RightShift; length = 2; } }
                    else if (c2 == '=') { kind = TokenKind.GreaterEqual; length = 2; }
                    else kind = TokenKind.Greater;
                    break;
                default:
                    return InvalidCharacter(start);
            }
            _position += length;
            return new Token(kind, start, length, null);
        }

        private Token InvalidCharacter(int start)
        {
            _diagnostics.Error(start, "invalid syntax");
            _position = start + 1;
            // A surrogate pair is one character to the reader.
            if (char.IsHighSurrogate(_text[start]) && _position < _length && char.IsLowSurrogate(_text[_position]))
                _position++;
            return new Token(TokenKind.Error, start, _position - start, null);
        }
    }
}
