using System.Text;

namespace Py2Cs.Syntax.Text
{
    /// <summary>
    /// The PEP 263 coding cookie of a source that was already decoded (the compiler hands the source
    /// generator text, not bytes), with the codec the front end decodes that cookie with. A front door
    /// encodes the text back with it so the front end sees the bytes CPython reads.
    /// </summary>
    public static class DeclaredEncoding
    {
        /// <summary>The cookie of line 1 or 2 (<c>coding[:=]\s*([-\w.]+)</c> in a comment), or null.</summary>
        public static string CookieOf(string text, out int line)
        {
            // Only the first two lines matter, and a cookie is ASCII: other characters cannot match.
            int end = 0;
            for (int newlines = 0; end < text.Length && newlines < 2; end++)
                if (text[end] == '\n') newlines++;
            var bytes = new byte[end];
            for (int i = 0; i < end; i++) bytes[i] = text[i] < 128 ? (byte)text[i] : (byte)'?';
            int offset = end > 0 && text[0] == '\uFEFF' ? 1 : 0;
            return SourceEncoding.FindCookie(bytes, offset, out line);
        }

        /// <summary>The codec the front end decodes a file declaring <paramref name="cookie"/> with (code
        /// pages such as cp1252 included); null, with the front end's message in
        /// <paramref name="problem"/>, when it has none.</summary>
        public static Encoding ForCookie(string cookie, out string problem) => SourceEncoding.Lookup(cookie, out problem);

        /// <summary>True for the spellings of UTF-8 (the compiler's own decoding).</summary>
        public static bool IsUtf8(string cookie) => SourceEncoding.NormalName(cookie) == "utf-8" || cookie.ToLowerInvariant() == "utf8";
    }
}
