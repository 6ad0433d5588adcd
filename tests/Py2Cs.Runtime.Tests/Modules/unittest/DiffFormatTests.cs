using System.Collections.Generic;
using System.Text.Json;
using Py2Cs.Runtime.Modules.unittest;
using Xunit;
using static Py2Cs.Runtime.Tests.Modules.Unittest.UnittestRecordedCases;

namespace Py2Cs.Runtime.Tests.Modules.Unittest
{
    /// <summary>The two layouts unittest's diffs rest on, difflib.ndiff and pprint.pformat, against python2.7's output.</summary>
    [Collection("str-first-use")]
    public class DiffFormatTests
    {
        [Fact]
        public void Ndiff_marks_changed_characters_under_similar_lines()
        {
            Assert.Equal(new[] { "- abcDefghiJkl", "?    ^  ^  ^\n", "+ abcdefGhijkl", "?    ^  ^  ^\n" },
                Ndiff.Compare(new[] { "abcDefghiJkl" }, new[] { "abcdefGhijkl" }));
        }

        [Fact]
        public void Ndiff_of_dissimilar_lines_is_a_plain_replace()
        {
            Assert.Equal(new[] { "- abc", "+ xyz" }, Ndiff.Compare(new[] { "abc" }, new[] { "xyz" }));
        }

        [Fact]
        public void Every_recorded_ndiff_matches_CPython()
        {
            foreach (JsonElement row in OfKind("ndiff"))
                Assert.Equal(StringList(row.GetProperty("result")), Ndiff.Compare(StringList(row.GetProperty("a")), StringList(row.GetProperty("b"))));
        }

        [Fact]
        public void Pformat_sorts_dict_keys_and_breaks_long_lists_one_item_per_line()
        {
            Assert.Equal("{'a': 2, 'b': 1}", PrettyFormat.Format(Eval("{'b': 1, 'a': 2}")));
            Assert.StartsWith("[0,\n 1,\n 2,\n", PrettyFormat.Format(Eval("range(30)")));
        }

        [Fact]
        public void Every_recorded_pformat_matches_CPython()
        {
            var seen = new List<string>();
            foreach (JsonElement row in OfKind("pformat"))
            {
                seen.Add(row.GetProperty("expr").GetString());
                Assert.Equal(row.GetProperty("result").GetString(), PrettyFormat.Format(Eval(row.GetProperty("expr").GetString())));
            }
            Assert.True(seen.Count >= 8);
        }
    }
}
