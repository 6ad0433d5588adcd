using System.Text;

namespace Py2Cs.Runtime.Modules.ConfigParser
{
    /// <summary>repr() of a Python 2 byte str held as a C# string of byte-valued chars, for error messages.</summary>
    internal static class StrRepr
    {
        public static string Of(string s)
        {
            char quote = s.IndexOf('\'') >= 0 && s.IndexOf('"') < 0 ? '"' : '\'';
            var sb = new StringBuilder(s.Length + 2);
            sb.Append(quote);
            foreach (char c in s)
            {
                if (c == quote || c == '\\') sb.Append('\\').Append(c);
                else if (c == '\t') sb.Append("\\t");
                else if (c == '\n') sb.Append("\\n");
                else if (c == '\r') sb.Append("\\r");
                else if (c < ' ' || c >= 0x7f) sb.Append("\\x").Append(((int)c & 0xff).ToString("x2"));
                else sb.Append(c);
            }
            return sb.Append(quote).ToString();
        }
    }
}
