using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Py2Cs.Runtime.Modules.re;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.re
{
    /// <summary>
    /// The differential test: every (pattern, flags, input) triple of data/re_cases.jsonl, recorded
    /// from CPython 2.7.18 by data/generate_re_cases.py, must give Python's compile error or the same
    /// search, match, pos/endpos search, finditer spans (with lastindex and lastgroup), findall, split
    /// and subn results.
    /// </summary>
    public class RegexDifferentialTests
    {
        private static string DataFile([CallerFilePath] string thisFile = "") =>
            Path.Combine(Path.GetDirectoryName(thisFile), "data", "re_cases.jsonl");

        public static IEnumerable<JsonElement> Cases() =>
            File.ReadAllLines(DataFile()).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement);

        [Fact]
        public void RecordedTriplesNumberAtLeastFiveHundred()
        {
            Assert.True(Cases().Count() >= 500);
        }

        [Fact]
        public void EveryRecordedTripleMatchesCPython()
        {
            var failures = new List<string>();
            int count = 0;
            foreach (JsonElement row in Cases())
            {
                count++;
                string where = $"pattern {Show(row.GetProperty("pattern").GetString())} flags {row.GetProperty("flags").GetInt32()} input {Show(row.GetProperty("input").GetString())}";
                try
                {
                    foreach (string problem in Check(row)) failures.Add(where + ": " + problem);
                }
                catch (Exception e)
                {
                    failures.Add(where + ": threw " + e.GetType().Name + ": " + e.Message);
                }
            }
            Assert.True(failures.Count == 0, $"{failures.Count} of {count} triples differ from CPython:\n" + string.Join("\n", failures.Take(60)));
        }

        private static string Show(string s) => JsonSerializer.Serialize(s);

        private static string ErrorName(RegexError e) => e.Kind switch
        {
            RegexError.ErrorKind.IndexError => "IndexError",
            RegexError.ErrorKind.OverflowError => "OverflowError",
            RegexError.ErrorKind.AssertionError => "AssertionError",
            _ => "error",
        };

        private static IEnumerable<string> Check(JsonElement row)
        {
            string pattern = row.GetProperty("pattern").GetString();
            int flags = row.GetProperty("flags").GetInt32();
            string input = row.GetProperty("input").GetString();
            bool upattern = row.GetProperty("upattern").GetBoolean();
            CompiledPattern p = null;
            RegexError compileError = null;
            try { p = CompiledPattern.Compile(pattern, flags, upattern); }
            catch (RegexError e) { compileError = e; }
            if (compileError != null)
            {
                if (!row.TryGetProperty("error", out JsonElement expectedError))
                {
                    yield return "compile failed: " + compileError.Message;
                    yield break;
                }
                string got = ErrorName(compileError) + ": " + compileError.Message;
                string want = expectedError.GetProperty("err").GetString() + ": " + expectedError.GetProperty("msg").GetString();
                if (got != want) yield return $"error {got} != {want}";
                yield break;
            }
            if (row.TryGetProperty("error", out JsonElement missing))
            {
                yield return "compiled, but CPython raised " + missing.GetProperty("msg").GetString() + " (net: " + p.NetPattern + ")";
                yield break;
            }
            if (p.Groups != row.GetProperty("groups").GetInt32()) yield return "groups " + p.Groups;
            if (p.Flags != row.GetProperty("pflags").GetInt32()) yield return "flags " + p.Flags;
            foreach (JsonProperty kv in row.GetProperty("groupindex").EnumerateObject())
                if (!p.GroupIndex.TryGetValue(kv.Name, out int gi) || gi != kv.Value.GetInt32()) yield return "groupindex " + kv.Name;

            string net = " (net: " + p.NetPattern + ")";
            string c;
            if ((c = Compare("search", row.GetProperty("search"), p.Search(input))) != null) yield return c + net;
            if ((c = Compare("match", row.GetProperty("match"), p.Match(input))) != null) yield return c + net;
            if ((c = Compare("search(s, 1, n-1)", row.GetProperty("search_pos"), p.Search(input, 1, Math.Max(input.Length - 1, 0)))) != null) yield return c + net;
            if ((c = Compare("match(s, 1)", row.GetProperty("match_pos"), p.Match(input, 1))) != null) yield return c + net;

            var found = p.FindIter(input).ToList();
            JsonElement expectedIter = row.GetProperty("finditer");
            if (found.Count != expectedIter.GetArrayLength())
                yield return $"finditer gives {found.Count} matches, CPython {expectedIter.GetArrayLength()}: " + string.Join(" ", found.Select(Describe)) + net;
            else
                for (int i = 0; i < found.Count; i++)
                    if ((c = Compare("finditer[" + i + "]", expectedIter[i], found[i])) != null) yield return c + net;

            string findall = JsonSerializer.Serialize(p.FindAll(input).Select(items => p.Groups <= 1 ? (object)items[0] : items));
            string wantFindall = JsonSerializer.Serialize(row.GetProperty("findall").GetProperty("ok"));
            if (findall != wantFindall) yield return $"findall {findall} != {wantFindall}";

            if ((c = CompareList("split", row.GetProperty("split"), p.Split(input))) != null) yield return c + net;
            if ((c = CompareList("split(s, 1)", row.GetProperty("split1"), p.Split(input, 1))) != null) yield return c + net;

            string template = row.GetProperty("template").GetString();
            if ((c = CompareSub("subn", row.GetProperty("subn"), () => { var r = Sub(p, template, input, 0); return JsonSerializer.Serialize(new object[] { r.Result, r.Count }); })) != null) yield return c + net;
            if ((c = CompareSub("sub(count=1)", row.GetProperty("sub1"), () => JsonSerializer.Serialize(Sub(p, template, input, 1).Result))) != null) yield return c + net;
        }

        private static (string Result, int Count) Sub(CompiledPattern p, string template, string input, int count)
        {
            ReplacementTemplate t = ReplacementTemplate.Parse(template, p);
            return p.Sub(t.Expand, input, count);
        }

        private static string CompareSub(string what, JsonElement expected, Func<string> run)
        {
            string got;
            try { got = run(); }
            catch (RegexError e) { got = "raises " + ErrorName(e) + ": " + e.Message; }
            string want = expected.TryGetProperty("ok", out JsonElement ok)
                ? JsonSerializer.Serialize(ok)
                : "raises " + expected.GetProperty("err").GetString() + ": " + expected.GetProperty("msg").GetString();
            return got == want ? null : $"{what} {got} != {want}";
        }

        private static string CompareList(string what, JsonElement expected, List<string> got)
        {
            string g = JsonSerializer.Serialize(got);
            string w = JsonSerializer.Serialize(expected);
            return g == w ? null : $"{what} {g} != {w}";
        }

        private static string Describe(MatchSpans m)
        {
            if (m == null) return "None";
            var parts = new List<string>();
            for (int g = 0; g <= m.GroupCount; g++) parts.Add($"({m.Start(g)},{m.End(g)})");
            return "[" + string.Join(",", parts) + $" lastindex={m.LastIndex} lastgroup={m.LastGroup}]";
        }

        private static string Compare(string what, JsonElement expected, MatchSpans got)
        {
            if (expected.ValueKind == JsonValueKind.Null)
                return got == null ? null : $"{what}: CPython finds nothing, got {Describe(got)}";
            if (got == null) return $"{what}: no match, CPython {expected}";
            int n = expected.GetArrayLength() - 2;
            bool same = got.GroupCount + 1 == n;
            for (int g = 0; same && g < n; g++)
                same = expected[g][0].GetInt32() == got.Start(g) && expected[g][1].GetInt32() == got.End(g);
            JsonElement lastIndex = expected[n], lastGroup = expected[n + 1];
            int wantLast = lastIndex.ValueKind == JsonValueKind.Null ? -1 : lastIndex.GetInt32();
            string wantGroup = lastGroup.ValueKind == JsonValueKind.Null ? null : lastGroup.GetString();
            same = same && wantLast == got.LastIndex && wantGroup == got.LastGroup;
            return same ? null : $"{what}: got {Describe(got)}, CPython {expected}";
        }
    }
}
