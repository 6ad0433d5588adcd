using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Py2Cs.Benchmarks.Programs
{
    /// <summary>Formats rows as a GitHub markdown table, ready to paste into docs/performance.md.</summary>
    public static class MarkdownTable
    {
        public static string Format(IReadOnlyList<string> header, IEnumerable<string[]> rows)
        {
            var text = new StringBuilder();
            text.Append("| ").Append(string.Join(" | ", header)).Append(" |\n");
            text.Append('|').Append(string.Concat(header.Select(_ => "---|"))).Append('\n');
            foreach (var row in rows)
                text.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
            return text.ToString();
        }
    }
}
