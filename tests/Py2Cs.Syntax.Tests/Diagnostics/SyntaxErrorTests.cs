using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;
using Xunit;

namespace Py2Cs.Syntax.Tests.Diagnostics
{
    /// <summary>
    /// Syntax errors against what CPython 2.7.18 reports: Data/syntax-errors.json holds, per case, the source and
    /// python2.7's compile() result (exception type, msg, lineno, offset). When CPython gives an offset our Column
    /// equals it (CPython's offset is the end of the offending token, counted from the start of the line the token
    /// starts on). When CPython gives none (errors found after parsing), our Column is the 1-based start of the
    /// offending construct, recorded by hand in "column".
    /// </summary>
    public class SyntaxErrorTests
    {
        public sealed class Case
        {
            public string name { get; set; }
            public string source { get; set; }
            public string type { get; set; }
            public string message { get; set; }
            public int line { get; set; }
            public int? cpythonOffset { get; set; }
            public int column { get; set; }
            public string knownGap { get; set; }
            public override string ToString() => name;
        }

        public static IReadOnlyList<Case> Cases =>
            JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(Path.Combine(TestFiles.DataDirectory, "syntax-errors.json")));

        public static IEnumerable<object[]> CaseNames => Cases.Select(c => new object[] { c.name });

        [Fact]
        public void At_least_forty_distinct_messages_are_covered()
        {
            int distinct = Cases.Where(c => c.knownGap == null).Select(c => c.message).Distinct().Count();
            Assert.True(distinct >= 40, distinct + " distinct messages");
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void First_diagnostic_matches_CPython(string name)
        {
            Case c = Cases.Single(x => x.name == name);
            ParseResult result = Parser.Parse(SourceText.From(c.source, c.name + ".py"));
            bool warning = c.type == "SyntaxWarning";
            Diagnostic first = result.Diagnostics.FirstOrDefault(d => warning ? d.Severity == DiagnosticSeverity.Warning : d.IsError);
            string actual = first == null ? "(none)" : first.Message + " @" + first.Line + ":" + first.Column + " " + first.ErrorType;
            string expected = c.message + " @" + c.line + ":" + c.column + " " + c.type;
            if (c.knownGap != null)
            {
                // Listed in the data as not yet reported; fails when it starts passing so the list stays true.
                Assert.NotEqual(expected, actual);
                return;
            }
            Assert.Equal(expected, actual);
        }

        [Fact]
        public void Every_independent_error_is_reported()
        {
            string source = "x = = 1\ndef f(a=1, b):\n    return\ny = 'abc\nclass C:\n    return 2\nz = (1,\n";
            ParseResult result = Parser.Parse(SourceText.From(source, "many.py"));
            var lines = result.Diagnostics.Where(d => d.IsError).Select(d => d.Line + ": " + d.Message).ToList();
            // Grammar errors first, then tree errors, then compile errors, as CPython finds them.
            Assert.Equal(new[]
            {
                "1: invalid syntax",
                "4: EOL while scanning string literal",
                "7: invalid syntax",
                "2: non-default argument follows default argument",
                "6: 'return' outside function",
            }, lines);
        }

        [Fact]
        public void Formatter_prints_location_source_line_and_caret()
        {
            var text = SourceText.From("if x:\n    y = = 2\n", "f.py");
            ParseResult result = Parser.Parse(text);
            string formatted = DiagnosticFormatter.Format(result.Diagnostics[0], text);
            Assert.Equal("f.py:2:9: error: invalid syntax\n    y = = 2\n        ^", formatted);
        }
    }
}
