using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.argparse
{
    /// <summary>How add_argument derives a dest from option strings (_get_optional_kwargs).</summary>
    internal static class OptionNames
    {
        /// <summary>
        /// The dest of an optional: the first long option (two prefix chars), else the first option,
        /// without leading prefix chars, '-' replaced by '_'. Null when nothing is left (argparse then
        /// raises "dest= is required for options like ...").
        /// </summary>
        public static string OptionalDest(IReadOnlyList<string> optionStrings, string prefixChars)
        {
            string chosen = null;
            foreach (string option in optionStrings)
            {
                if (option.Length > 1 && prefixChars.IndexOf(option[0]) >= 0 && prefixChars.IndexOf(option[1]) >= 0)
                {
                    chosen = option;
                    break;
                }
            }
            chosen ??= optionStrings[0];
            string dest = chosen.TrimStart(prefixChars.ToCharArray());
            return dest.Length == 0 ? null : dest.Replace('-', '_');
        }
    }
}
