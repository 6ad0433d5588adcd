using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Py2Cs.Runtime.Modules.argparse;

namespace Py2Cs.Runtime.Modules.optparse
{
    /// <summary>
    /// optparse.HelpFormatter (2.7): IndentedHelpFormatter and TitledHelpFormatter share this state
    /// and differ in headings, usage and defaults. Every step is virtual because Python programs
    /// override them (format_epilog, format_description...) and the module layer routes them.
    /// </summary>
    internal class OptparseHelpFormatter
    {
        public const string SuppressHelp = "SUPPRESSHELP";
        public const string NoDefaultValue = "none";

        public readonly bool Titled;
        public readonly int IndentIncrement;
        public readonly int MaxHelpPosition;
        public readonly int Width;
        public int HelpPosition;
        public int HelpWidth;
        public int CurrentIndent;
        public int Level;
        public bool ShortFirst;
        /// <summary>"%default", or null/empty to disable expansion.</summary>
        public string DefaultTag = "%default";
        public string ShortOptFormatDelimiter = " ";
        public string LongOptFormatDelimiter = "=";
        /// <summary>Whether a parser is attached (expand_default does nothing without one).</summary>
        public bool HasParser = true;
        private readonly Dictionary<OptionHelpItem, string> optionStrings = new Dictionary<OptionHelpItem, string>(ReferenceEqualityComparer.Instance);

        /// <summary>IndentedHelpFormatter (indent 2, short options first) or TitledHelpFormatter (indent 0, long first).</summary>
        public OptparseHelpFormatter(bool titled = false, int? indentIncrement = null, int maxHelpPosition = 24, int? width = null, bool? shortFirst = null)
        {
            Titled = titled;
            IndentIncrement = indentIncrement ?? (titled ? 0 : 2);
            int w = width ?? HelpFormatter.ColumnsFromEnvironment() - 2;
            Width = w;
            HelpPosition = MaxHelpPosition = Math.Min(maxHelpPosition, Math.Max(w - 20, IndentIncrement * 2));
            ShortFirst = shortFirst ?? !titled;
        }

        public void SetShortOptDelimiter(string delimiter)
        {
            if (delimiter != "" && delimiter != " ")
                throw new ArgumentException("invalid metavar delimiter for short options: " + Modules.ConfigParser.StrRepr.Of(delimiter));
            ShortOptFormatDelimiter = delimiter;
        }

        public void SetLongOptDelimiter(string delimiter)
        {
            if (delimiter != "=" && delimiter != " ")
                throw new ArgumentException("invalid metavar delimiter for long options: " + Modules.ConfigParser.StrRepr.Of(delimiter));
            LongOptFormatDelimiter = delimiter;
        }

        public void Indent()
        {
            CurrentIndent += IndentIncrement;
            Level++;
        }

        public void Dedent()
        {
            CurrentIndent -= IndentIncrement;
            if (CurrentIndent < 0) throw new InvalidOperationException("Indent decreased below 0.");
            Level--;
        }

        public virtual string FormatUsage(string usage) =>
            Titled ? FormatHeading("Usage") + "  " + usage + "\n" : "Usage: " + usage + "\n";

        public virtual string FormatHeading(string heading) => Titled
            ? heading + "\n" + new string("=-"[Level], heading.Length) + "\n"
            : new string(' ', Math.Max(0, CurrentIndent)) + heading + ":\n";

        protected virtual string FormatText(string text)
        {
            int textWidth = Math.Max(Width - CurrentIndent, 11);
            string indent = new string(' ', Math.Max(0, CurrentIndent));
            return TextWrapper.Fill(text, textWidth, indent, indent);
        }

        public virtual string FormatDescription(string description) =>
            string.IsNullOrEmpty(description) ? "" : FormatText(description) + "\n";

        public virtual string FormatEpilog(string epilog) =>
            string.IsNullOrEmpty(epilog) ? "" : "\n" + FormatText(epilog) + "\n";

        public virtual string ExpandDefault(OptionHelpItem option)
        {
            if (!HasParser || string.IsNullOrEmpty(DefaultTag)) return option.Help;
            return option.Help.Replace(DefaultTag, option.DefaultText ?? NoDefaultValue);
        }

        public virtual string FormatOption(OptionHelpItem option)
        {
            var result = new StringBuilder();
            string opts = optionStrings[option];
            int optWidth = HelpPosition - CurrentIndent - 2;
            int indentFirst;
            string pad = new string(' ', Math.Max(0, CurrentIndent));
            if (opts.Length > optWidth)
            {
                opts = pad + opts + "\n";
                indentFirst = HelpPosition;
            }
            else
            {
                opts = pad + opts.PadRight(optWidth) + "  ";
                indentFirst = 0;
            }
            result.Append(opts);
            if (!string.IsNullOrEmpty(option.Help))
            {
                List<string> lines = TextWrapper.Wrap(ExpandDefault(option), HelpWidth);
                if (lines.Count == 0) throw new IndexOutOfRangeException("list index out of range");
                result.Append(' ', indentFirst).Append(lines[0]).Append('\n');
                foreach (string line in lines.Skip(1)) result.Append(' ', HelpPosition).Append(line).Append('\n');
            }
            else if (opts[^1] != '\n')
            {
                result.Append('\n');
            }
            return result.ToString();
        }

        public virtual void StoreOptionStrings(IList<OptionHelpItem> options, IList<OptionHelpGroup> groups)
        {
            Indent();
            int maxLength = 0;
            foreach (OptionHelpItem option in options)
            {
                string strings = FormatOptionStrings(option);
                optionStrings[option] = strings;
                maxLength = Math.Max(maxLength, strings.Length + CurrentIndent);
            }
            Indent();
            foreach (OptionHelpGroup group in groups)
            {
                foreach (OptionHelpItem option in group.Options)
                {
                    string strings = FormatOptionStrings(option);
                    optionStrings[option] = strings;
                    maxLength = Math.Max(maxLength, strings.Length + CurrentIndent);
                }
            }
            Dedent();
            Dedent();
            HelpPosition = Math.Min(maxLength + 2, MaxHelpPosition);
            HelpWidth = Math.Max(Width - HelpPosition, 11);
        }

        public virtual string FormatOptionStrings(OptionHelpItem option)
        {
            IEnumerable<string> shortOpts, longOpts;
            if (option.TakesValue)
            {
                string metavar = !string.IsNullOrEmpty(option.Metavar) ? option.Metavar : (option.Dest ?? "None").ToUpperInvariant();
                shortOpts = option.ShortOpts.Select(s => s + ShortOptFormatDelimiter + metavar);
                longOpts = option.LongOpts.Select(l => l + LongOptFormatDelimiter + metavar);
            }
            else
            {
                shortOpts = option.ShortOpts;
                longOpts = option.LongOpts;
            }
            return string.Join(", ", ShortFirst ? shortOpts.Concat(longOpts) : longOpts.Concat(shortOpts));
        }
    }
}
