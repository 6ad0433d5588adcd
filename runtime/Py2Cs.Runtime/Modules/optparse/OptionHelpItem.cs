using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.optparse
{
    /// <summary>What optparse's help formatter reads from one Option.</summary>
    internal sealed class OptionHelpItem
    {
        public List<string> ShortOpts = new List<string>();
        public List<string> LongOpts = new List<string>();
        public bool TakesValue;
        public string Metavar;
        public string Dest;
        /// <summary>The help text; null for None; <see cref="OptparseHelpFormatter.SuppressHelp"/> hides the option.</summary>
        public string Help;
        /// <summary>str() of parser.defaults[dest], or null when there is none (None or NO_DEFAULT).</summary>
        public string DefaultText;
    }

    /// <summary>An OptionGroup: title, description and options.</summary>
    internal sealed class OptionHelpGroup
    {
        public string Title;
        public string Description;
        public List<OptionHelpItem> Options = new List<OptionHelpItem>();
    }

    /// <summary>
    /// OptionParser.format_help: the usage line (already %prog-expanded), description, the options
    /// and groups, epilog — in optparse 2.7's order.
    /// </summary>
    internal sealed class OptionParserHelpLayout
    {
        /// <summary>The expanded usage text ("%prog [options]" with %prog replaced), or null for SUPPRESS_USAGE/None.</summary>
        public string Usage;
        public string Description;
        public string Epilog;
        public List<OptionHelpItem> Options = new List<OptionHelpItem>();
        public List<OptionHelpGroup> Groups = new List<OptionHelpGroup>();

        public string FormatUsage(OptparseHelpFormatter f) => Usage == null ? "" : f.FormatUsage(Usage);

        public string FormatHelp(OptparseHelpFormatter f)
        {
            var result = new System.Text.StringBuilder();
            if (!string.IsNullOrEmpty(Usage)) result.Append(f.FormatUsage(Usage)).Append('\n');
            if (!string.IsNullOrEmpty(Description)) result.Append(f.FormatDescription(Description)).Append('\n');
            result.Append(FormatOptionHelp(f));
            result.Append(f.FormatEpilog(Epilog));
            return result.ToString();
        }

        public string FormatOptionHelp(OptparseHelpFormatter f)
        {
            f.StoreOptionStrings(Options, Groups);
            var result = new List<string> { f.FormatHeading("Options") };
            f.Indent();
            if (Options.Count > 0)
            {
                result.Add(FormatContainerOptions(f, Options));
                result.Add("\n");
            }
            foreach (OptionHelpGroup group in Groups)
            {
                result.Add(FormatGroup(f, group));
                result.Add("\n");
            }
            f.Dedent();
            // The last "\n" goes, or the heading when there are no options or groups.
            result.RemoveAt(result.Count - 1);
            return string.Concat(result);
        }

        private static string FormatContainerOptions(OptparseHelpFormatter f, List<OptionHelpItem> options)
        {
            var sb = new System.Text.StringBuilder();
            foreach (OptionHelpItem option in options)
                if (option.Help != OptparseHelpFormatter.SuppressHelp) sb.Append(f.FormatOption(option));
            return sb.ToString();
        }

        private static string FormatGroup(OptparseHelpFormatter f, OptionHelpGroup group)
        {
            string result = f.FormatHeading(group.Title);
            f.Indent();
            var parts = new List<string>();
            if (!string.IsNullOrEmpty(group.Description)) parts.Add(f.FormatDescription(group.Description));
            if (group.Options.Count > 0) parts.Add(FormatContainerOptions(f, group.Options));
            result += string.Join("\n", parts);
            f.Dedent();
            return result;
        }
    }
}
