using System.Text;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>re.escape of Python 2.7: a backslash before every character but ASCII letters and digits (2.7 escapes '_' too).</summary>
    public static class RegexEscaping
    {
        public static string Escape(string pattern)
        {
            var sb = new StringBuilder(pattern.Length * 2);
            foreach (char c in pattern)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) sb.Append(c);
                else if (c == '\0') sb.Append("\\000");
                else sb.Append('\\').Append(c);
            }
            return sb.ToString();
        }
    }
}
