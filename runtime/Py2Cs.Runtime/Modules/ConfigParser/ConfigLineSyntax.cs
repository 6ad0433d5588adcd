using System.Text.RegularExpressions;

namespace Py2Cs.Runtime.Modules.ConfigParser
{
    /// <summary>
    /// The line grammar of RawConfigParser._read (Python 2.7): SECTCRE, OPTCRE and OPTCRE_NV with
    /// \s spelled as CPython's ASCII whitespace, plus the comment and 'rem' rules.
    /// </summary>
    internal static class ConfigLineSyntax
    {
        internal const string Whitespace = " \t\n\r\x0b\x0c";
        private const string S = "[ \\t\\n\\r\\f\\v]";

        private static readonly Regex SectionHeader = new Regex("^\\[(?<header>[^\\]]+)\\]", RegexOptions.CultureInvariant);
        private static readonly Regex OptionLine = new Regex(
            "^(?<option>[^:= \\t\\n\\r\\f\\v][^:=]*)" + S + "*(?<vi>[:=])" + S + "*(?<value>.*)$", RegexOptions.CultureInvariant);
        private static readonly Regex OptionLineNoValue = new Regex(
            "^(?<option>[^:= \\t\\n\\r\\f\\v][^:=]*)" + S + "*(?:(?<vi>[:=])" + S + "*(?<value>.*))?$", RegexOptions.CultureInvariant);

        public static bool IsSpace(char c) => Whitespace.IndexOf(c) >= 0;

        public static string Strip(string s) => s.Trim(Whitespace.ToCharArray());

        /// <summary>Blank lines, '#' and ';' comments, and lines whose first word is 'rem' (starting with r/R).</summary>
        public static bool IsIgnored(string line)
        {
            if (Strip(line).Length == 0 || line[0] == '#' || line[0] == ';') return true;
            if (line[0] != 'r' && line[0] != 'R') return false;
            string trimmed = line.TrimStart(Whitespace.ToCharArray());
            int end = 0;
            while (end < trimmed.Length && !IsSpace(trimmed[end])) end++;
            return trimmed.Substring(0, end).ToLowerInvariant() == "rem";
        }

        /// <summary>The section name of a "[name]" line (anything may follow the bracket), or null.</summary>
        public static string MatchSection(string line)
        {
            Match m = SectionHeader.Match(line);
            return m.Success ? m.Groups["header"].Value : null;
        }

        /// <summary>
        /// An option line: the name (right-stripped, not yet optionxform'ed) and the value after
        /// inline-comment removal and stripping (null for a bare key when allowNoValue).
        /// Returns false when the line is not an option line.
        /// </summary>
        public static bool MatchOption(string line, bool allowNoValue, out string name, out string value)
        {
            Match m = (allowNoValue ? OptionLineNoValue : OptionLine).Match(line);
            name = null;
            value = null;
            if (!m.Success) return false;
            name = m.Groups["option"].Value.TrimEnd(Whitespace.ToCharArray());
            if (!m.Groups["value"].Success) return true;
            string optval = m.Groups["value"].Value;
            int pos = optval.IndexOf(';');
            // optval[pos-1] with pos 0 is Python's optval[-1]: the last character.
            if (pos != -1 && IsSpace(optval[pos == 0 ? optval.Length - 1 : pos - 1])) optval = optval.Substring(0, pos);
            optval = Strip(optval);
            value = optval == "\"\"" ? "" : optval;
            return true;
        }
    }
}
