using System.Text;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>repr() of a str or unicode value, for error messages that quote pattern text.</summary>
    internal static class PythonRepr
    {
        public static string Of(string s, bool isUnicode)
        {
            char quote = s.IndexOf('\'') >= 0 && s.IndexOf('"') < 0 ? '"' : '\'';
            var sb = new StringBuilder();
            if (isUnicode) sb.Append('u');
            sb.Append(quote);
            foreach (char c in s)
            {
                if (c == quote || c == '\\') sb.Append('\\').Append(c);
                else if (c == '\t') sb.Append("\\t");
                else if (c == '\n') sb.Append("\\n");
                else if (c == '\r') sb.Append("\\r");
                else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0x100)) sb.Append("\\x").Append(((int)c).ToString("x2"));
                else if (c >= 0x100) sb.Append("\\u").Append(((int)c).ToString("x4"));
                else sb.Append(c);
            }
            return sb.Append(quote).ToString();
        }
    }
}
