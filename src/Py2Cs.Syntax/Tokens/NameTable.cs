namespace Py2Cs.Syntax.Tokens
{
    /// <summary>
    /// Interns identifiers straight from the source buffer (no substring per token) and knows the keywords.
    /// Open addressing over a power-of-two table.
    /// </summary>
    internal sealed class NameTable
    {
        private struct Entry
        {
            public string Text;
            public int Hash;
            public TokenKind Kind;
        }

        private static readonly (string, TokenKind)[] Keywords =
        {
            ("and", TokenKind.And), ("as", TokenKind.As), ("assert", TokenKind.Assert), ("break", TokenKind.Break),
            ("class", TokenKind.Class), ("continue", TokenKind.Continue), ("def", TokenKind.Def), ("del", TokenKind.Del),
            ("elif", TokenKind.Elif), ("else", TokenKind.Else), ("except", TokenKind.Except), ("exec", TokenKind.Exec),
            ("finally", TokenKind.Finally), ("for", TokenKind.For), ("from", TokenKind.From), ("global", TokenKind.Global),
            ("if", TokenKind.If), ("import", TokenKind.Import), ("in", TokenKind.In), ("is", TokenKind.Is),
            ("lambda", TokenKind.Lambda), ("not", TokenKind.Not), ("or", TokenKind.Or), ("pass", TokenKind.Pass),
            ("print", TokenKind.Print), ("raise", TokenKind.Raise), ("return", TokenKind.Return), ("try", TokenKind.Try),
            ("while", TokenKind.While), ("with", TokenKind.With), ("yield", TokenKind.Yield),
        };

        private Entry[] _entries = new Entry[512];
        private int _count;

        public int Count => _count;

        public NameTable()
        {
            foreach (var (text, kind) in Keywords)
                Add(text, 0, text.Length, Hash(text, 0, text.Length), kind, text);
        }

        private static int Hash(string text, int start, int length)
        {
            unchecked
            {
                int h = (int)2166136261;
                for (int i = 0; i < length; i++)
                    h = (h ^ text[start + i]) * 16777619;
                return h;
            }
        }

        /// <summary>The interned name for text[start..start+length) and whether it is a keyword.</summary>
        public string Lookup(string text, int start, int length, out TokenKind kind)
        {
            int hash = Hash(text, start, length);
            int mask = _entries.Length - 1;
            int index = hash & mask;
            while (true)
            {
                ref Entry entry = ref _entries[index];
                if (entry.Text == null)
                    break;
                if (entry.Hash == hash && entry.Text.Length == length && string.CompareOrdinal(entry.Text, 0, text, start, length) == 0)
                {
                    kind = entry.Kind;
                    return entry.Text;
                }
                index = (index + 1) & mask;
            }
            string name = text.Substring(start, length);
            Add(text, start, length, hash, TokenKind.Name, name);
            kind = TokenKind.Name;
            return name;
        }

        private void Add(string text, int start, int length, int hash, TokenKind kind, string value)
        {
            if ((_count + 1) * 2 > _entries.Length)
                Grow();
            int mask = _entries.Length - 1;
            int index = hash & mask;
            while (_entries[index].Text != null)
                index = (index + 1) & mask;
            _entries[index] = new Entry { Text = value, Hash = hash, Kind = kind };
            _count++;
        }

        private void Grow()
        {
            Entry[] old = _entries;
            _entries = new Entry[old.Length * 2];
            int mask = _entries.Length - 1;
            foreach (Entry e in old)
            {
                if (e.Text == null) continue;
                int index = e.Hash & mask;
                while (_entries[index].Text != null)
                    index = (index + 1) & mask;
                _entries[index] = e;
            }
        }
    }
}
