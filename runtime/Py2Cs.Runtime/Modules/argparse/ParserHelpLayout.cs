using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.argparse
{
    /// <summary>An argument group (title, description, its actions) as format_help lists it.</summary>
    internal sealed class HelpActionGroup
    {
        public string Title;
        public string Description;
        public List<HelpAction> Actions = new List<HelpAction>();
    }

    /// <summary>
    /// ArgumentParser.format_usage/format_help: the order in which a parser feeds its usage,
    /// description, groups and epilog to a formatter.
    /// </summary>
    internal sealed class ParserHelpLayout
    {
        /// <summary>The usage= text, or null to generate it.</summary>
        public string Usage;
        public string Description;
        public string Epilog;
        /// <summary>Every action of the parser, in the order they were added.</summary>
        public List<HelpAction> Actions = new List<HelpAction>();
        /// <summary>The action groups: "positional arguments", "optional arguments", then user groups.</summary>
        public List<HelpActionGroup> Groups = new List<HelpActionGroup>();
        public List<HelpExclusiveGroup> ExclusiveGroups = new List<HelpExclusiveGroup>();

        public string FormatUsage(HelpFormatter formatter)
        {
            formatter.AddUsage(Usage, Actions, ExclusiveGroups);
            return formatter.FormatHelp();
        }

        public string FormatHelp(HelpFormatter formatter)
        {
            formatter.AddUsage(Usage, Actions, ExclusiveGroups);
            formatter.AddText(Description);
            foreach (HelpActionGroup group in Groups)
            {
                formatter.StartSection(group.Title);
                formatter.AddText(group.Description);
                formatter.AddArguments(group.Actions);
                formatter.EndSection();
            }
            formatter.AddText(Epilog);
            return formatter.FormatHelp();
        }
    }
}
