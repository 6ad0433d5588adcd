using System.Collections.Generic;
using System.Linq;

namespace Py2Cs.Runtime.Modules.argparse
{
    /// <summary>RawDescriptionHelpFormatter: descriptions and epilogs keep their line breaks.</summary>
    internal class RawDescriptionHelpFormatter : HelpFormatter
    {
        public RawDescriptionHelpFormatter(string prog, int indentIncrement = 2, int maxHelpPosition = 24, int? width = null)
            : base(prog, indentIncrement, maxHelpPosition, width) { }

        protected override string FillText(string text, int width, string indent) => RawFill(text, indent);

        public static string RawFill(string text, string indent) =>
            string.Concat(PythonLines.SplitKeepEnds(text).Select(line => indent + line));
    }

    /// <summary>RawTextHelpFormatter: argument help keeps its line breaks too.</summary>
    internal class RawTextHelpFormatter : RawDescriptionHelpFormatter
    {
        public RawTextHelpFormatter(string prog, int indentIncrement = 2, int maxHelpPosition = 24, int? width = null)
            : base(prog, indentIncrement, maxHelpPosition, width) { }

        protected override List<string> SplitLines(string text, int width) => PythonLines.Split(text);
    }

    /// <summary>ArgumentDefaultsHelpFormatter: appends " (default: %(default)s)" where argparse 2.7 does.</summary>
    internal class ArgumentDefaultsHelpFormatter : HelpFormatter
    {
        public ArgumentDefaultsHelpFormatter(string prog, int indentIncrement = 2, int maxHelpPosition = 24, int? width = null)
            : base(prog, indentIncrement, maxHelpPosition, width) { }

        protected override string GetHelpString(HelpAction action) => WithDefault(action);

        public static string WithDefault(HelpAction action)
        {
            string help = action.Help;
            if (!help.Contains("%(default)") && !action.DefaultSuppressed)
            {
                if (action.OptionStrings.Count > 0 || action.Nargs is "?" || action.Nargs is "*")
                    help += " (default: %(default)s)";
            }
            return help;
        }
    }

    /// <summary>str.splitlines as CPython 2.7 does it for a byte str: \n, \r and \r\n end lines.</summary>
    internal static class PythonLines
    {
        public static List<string> SplitKeepEnds(string text) => SplitCore(text, keepEnds: true);

        public static List<string> Split(string text) => SplitCore(text, keepEnds: false);

        private static List<string> SplitCore(string text, bool keepEnds)
        {
            var lines = new List<string>();
            int i = 0, start = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '\n' || c == '\r')
                {
                    int eol = i;
                    i++;
                    if (c == '\r' && i < text.Length && text[i] == '\n') i++;
                    lines.Add(text.Substring(start, (keepEnds ? i : eol) - start));
                    start = i;
                }
                else i++;
            }
            if (start < text.Length) lines.Add(text.Substring(start));
            return lines;
        }
    }
}
