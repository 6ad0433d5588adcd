using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.argparse
{
    /// <summary>
    /// What the help formatter needs to know about one argparse Action, read from the Python
    /// object by the module layer (or built directly by tests).
    /// </summary>
    internal sealed class HelpAction
    {
        public List<string> OptionStrings = new List<string>();
        /// <summary>The dest; null when it is None or SUPPRESS.</summary>
        public string Dest;
        /// <summary>Null (one value), a count (int), or one of "?", "*", "+", "...", "A...".</summary>
        public object Nargs;
        /// <summary>Null, a string, or a tuple of strings (string[]).</summary>
        public object Metavar;
        /// <summary>str() of each choice, in iteration order; null when choices is None.</summary>
        public List<string> Choices;
        /// <summary>The help text; null when it is None (or empty).</summary>
        public string Help;
        public bool HelpSuppressed;
        public bool Required;
        /// <summary>The subparsers pseudo-actions listed under this action, or null.</summary>
        public List<HelpAction> Subactions;
        /// <summary>%-format names for the help text (vars(action) after argparse's own cleanup).</summary>
        public Dictionary<string, string> HelpParams = new Dictionary<string, string>();
        /// <summary>Whether the action's default is SUPPRESS (ArgumentDefaultsHelpFormatter skips it).</summary>
        public bool DefaultSuppressed;

        public bool TakesNoValue => Nargs is int n && n == 0;
    }

    /// <summary>A mutually exclusive group as the usage line sees it.</summary>
    internal sealed class HelpExclusiveGroup
    {
        public List<HelpAction> Actions = new List<HelpAction>();
        public bool Required;
    }
}
