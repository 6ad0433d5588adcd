using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;
using Xunit;
using Xunit.Abstractions;

namespace Py2Cs.Syntax.Tests.Diagnostics
{
    /// <summary>
    /// Differential check against python2.7 on single-edit mutants of the conformance corpus (a word or byte deleted or
    /// duplicated, or a byte replaced by punctuation; see Data/recording/record_mutant_errors.py): where CPython compiles the mutant we report no
    /// error, and where it rejects it our first error has CPython's message, line and (when CPython gives one)
    /// column. Differences we accept are listed with a reason in Data/mutant-known-differences.txt.
    /// </summary>
    public class MutantTests
    {
        private readonly ITestOutputHelper _output;

        public MutantTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private const string Punctuation = "():,=[]{}'\"\n\t #\\.`";

        internal static byte[] Mutate(byte[] data, int k, string name)
        {
            int p = (int)(((ulong)(k * 7919 + name.Length) * 2654435761UL) % (ulong)data.Length);
            bool Word(byte b) => b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
            int start = p, end = p + 1;
            if (Word(data[p]))
            {
                while (start > 0 && Word(data[start - 1])) start--;
                while (end < data.Length && Word(data[end])) end++;
            }
            var result = new List<byte>(data.Length + (end - start));
            switch (k % 3)
            {
                case 0:
                    result.AddRange(data.Take(start));
                    result.AddRange(data.Skip(end));
                    break;
                case 1:
                    result.AddRange(data.Take(end));
                    result.AddRange(data.Skip(start).Take(end - start));
                    result.AddRange(data.Skip(end));
                    break;
                default:
                    result.AddRange(data);
                    result[p] = (byte)Punctuation[k % Punctuation.Length];
                    break;
            }
            return result.ToArray();
        }

        [Fact]
        public void First_error_of_each_mutant_matches_CPython()
        {
            using JsonDocument recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.DataDirectory, "mutant-errors.json")));
            var known = File.ReadAllLines(Path.Combine(TestFiles.DataDirectory, "mutant-known-differences.txt"))
                .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
                .Select(l => l.Substring(0, l.IndexOf(" -- ", StringComparison.Ordinal)))
                .OrderBy(l => l, StringComparer.Ordinal).ToList();
            var differences = new List<string>();
            int count = 0;
            foreach (JsonElement entry in recorded.RootElement.EnumerateArray())
            {
                count++;
                string file = entry.GetProperty("file").GetString();
                int k = entry.GetProperty("k").GetInt32();
                byte[] mutant = Mutate(File.ReadAllBytes(Path.Combine(TestFiles.ConformanceDirectory, file)), k, file);
                ParseResult result = Parser.Parse(SourceText.FromBytes(mutant, file));
                Diagnostic first = result.Diagnostics.FirstOrDefault(d => d.IsError);
                JsonElement error = entry.GetProperty("error");
                string expected = "(no error)";
                if (error.ValueKind != JsonValueKind.Null)
                {
                    expected = error.GetProperty("message").GetString() + " @" + error.GetProperty("line");
                    if (error.GetProperty("offset").ValueKind == JsonValueKind.Number)
                        expected += ":" + error.GetProperty("offset").GetInt32();
                }
                string actual = first == null ? "(no error)" : first.Message + " @" + first.Line +
                    (expected.Count(c => c == ':') > expected.Split('@')[0].Count(c => c == ':') ? ":" + first.Column : "");
                if (expected != actual)
                    differences.Add(file + "#" + k + ": expected " + expected + ", got " + actual);
            }
            var differing = differences.Select(d => d.Substring(0, d.IndexOf(": expected", StringComparison.Ordinal))).OrderBy(d => d, StringComparer.Ordinal).ToList();
            _output.WriteLine(count - differences.Count + "/" + count + " mutants get CPython's verdict");
            foreach (string d in differences)
                _output.WriteLine("  " + d);
            Assert.Equal(known, differing);
        }
    }
}
