using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Py2Cs.Conformance.Tests
{
    /// <summary>
    /// tests/Py2Cs.Conformance.Tests/known-failures.txt: the cases that cannot pass yet, one
    /// <c>area/name: reason</c> per line (# starts a comment). The list must stay true both ways: an
    /// unlisted failure fails the run, and so does a listed case that passes.
    /// </summary>
    public sealed class KnownFailures
    {
        private readonly Dictionary<string, string> reasons;

        private KnownFailures(Dictionary<string, string> reasons)
        {
            this.reasons = reasons;
        }

        public IReadOnlyCollection<string> Ids => reasons.Keys;

        public bool Contains(string id) => reasons.ContainsKey(id);

        public string ReasonFor(string id) => reasons.TryGetValue(id, out var reason) ? reason : null;

        public static KnownFailures Load(string path)
        {
            return Parse(File.Exists(path) ? File.ReadAllLines(path) : new string[0]);
        }

        public static KnownFailures Parse(IEnumerable<string> lines)
        {
            var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
                    continue;
                var colon = line.IndexOf(':');
                if (colon <= 0)
                    throw new FormatException("known-failures line without 'area/name: reason': " + raw);
                reasons[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
            }
            return new KnownFailures(reasons);
        }

        /// <summary>The file's text for the given failures (id → reason), sorted, as a human would check it in.</summary>
        public static string Format(IEnumerable<KeyValuePair<string, string>> failures)
        {
            var lines = failures
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => f.Key + ": " + f.Value.Replace('\n', ' ').Replace('\r', ' '));
            return "# Conformance cases that cannot pass yet: 'area/name: reason', one per line.\n"
                + "# Regenerate from a run's known-failures.actual.txt (in the conformance test's output folder).\n"
                + string.Join("\n", lines) + "\n";
        }
    }
}
