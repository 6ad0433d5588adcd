namespace Py2Cs.Syntax.Tokens
{
    /// <summary>
    /// One token: its kind and where it is. Name and keyword tokens carry their interned text; numbers and
    /// strings are decoded by the parser from the source span, so the tokenizer allocates nothing per token.
    /// </summary>
    public readonly struct Token
    {
        public Token(TokenKind kind, int start, int length, string value)
        {
            Kind = kind;
            Start = start;
            Length = length;
            Value = value;
        }

        public TokenKind Kind { get; }
        public int Start { get; }
        public int Length { get; }
        public int End => Start + Length;

        /// <summary>The interned identifier for names and keywords, otherwise null.</summary>
        public string Value { get; }

        public bool IsKeyword => Kind >= TokenKind.And;

        public override string ToString() => Kind + "@" + Start + (Value != null ? " " + Value : "");
    }
}
