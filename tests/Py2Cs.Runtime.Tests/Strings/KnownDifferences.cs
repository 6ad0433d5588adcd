using System.Collections.Generic;
using System.IO;

namespace Py2Cs.Runtime.Tests.Strings
{
    /// <summary>
    /// The checked-in list of recorded cases that cannot pass yet: one case id per line, then a tab
    /// and the reason. Lines starting with '#' are comments.
    /// </summary>
    internal static class KnownDifferences
    {
        public static HashSet<string> Load(string fileName)
        {
            var set = new HashSet<string>();
            string path = Path.Combine(RecordedCases.DataFolder(), fileName);
            if (!File.Exists(path)) return set;
            foreach (string line in File.ReadLines(path))
            {
                if (line.Length == 0 || line.StartsWith("#")) continue;
                int tab = line.IndexOf('\t');
                set.Add(tab < 0 ? line : line.Substring(0, tab));
            }
            return set;
        }
    }
}
