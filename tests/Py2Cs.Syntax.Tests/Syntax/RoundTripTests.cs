using System.IO;
using System.Linq;
using Py2Cs.Syntax.Text;
using Xunit;

namespace Py2Cs.Syntax.Tests.Syntax
{
    /// <summary>Every conformance program parses cleanly, and parse → print → parse gives an equal tree.</summary>
    public class RoundTripTests
    {
        [Theory]
        [MemberData(nameof(TestFiles.ConformanceCases), MemberType = typeof(TestFiles))]
        public void Conformance_program_parses_and_round_trips(string relativePath)
        {
            string path = Path.Combine(TestFiles.ConformanceDirectory, relativePath);
            ParseResult first = Parser.Parse(SourceText.FromBytes(File.ReadAllBytes(path), path));
            Assert.Empty(first.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));

            string printed = PythonPrinter.Print(first.Module);
            ParseResult second = Parser.Parse(SourceText.From(printed, path + " (printed)"));
            Assert.Empty(second.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
            Assert.Null(AstEquality.FirstDifference(first.Module, second.Module));
        }

        [Fact]
        public void Corpus_is_present()
        {
            Assert.True(TestFiles.ConformancePrograms.Count >= 90, "conformance corpus missing");
        }

        [Theory]
        [InlineData("x = -1 ** 2\ny = (-1) ** 2\nz = -(1)\nw = - -1\n")]
        [InlineData("a = b if c else lambda: d\nf = lambda (a, b), c=1, *d, **e: (a, b)\n")]
        [InlineData("print >>f, a, b,\nprint\nexec 'x' in g, l\nraise E, v, tb\n")]
        [InlineData("x[1:2, ..., ::] = y[1,]\nz = x[::2][:][a:b]\n")]
        [InlineData("[x for x in 1, 2 if x if not x for y in (lambda: 1)()]\n{k: v for k, v in d}\n{a for a in b}\n")]
        [InlineData("with a as (b, c), d:\n    pass\ntry:\n    pass\nexcept (A, B), e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n")]
        [InlineData("@a.b(c)\n@d\nclass C(object, E):\n    @staticmethod\n    def f((a, (b,)), c=(1,)):\n        x = yield a, b\n")]
        [InlineData("from __future__ import unicode_literals\nx = 'a' b'b'\ny = u'\\u1234\\U0001f600' '\\x00\\xff'\n")]
        [InlineData("x = 0777 + 0o7 + 0x10L + 0b101 + 10L + 1.5e10 + 2j + 1e999 + 9223372036854775808 + -9223372036854775808\n")]
        [InlineData("if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    x = `a, b` <> c is not d not in e\n")]
        [InlineData("a = b = c, d = f(*a, **k)\na += 1; b **= 2; c //= 3\ndel a, (b, c), [d]\nglobal g, h\nassert x, 'm'\n")]
        public void Printed_snippet_reparses_to_an_equal_tree(string source)
        {
            ParseResult first = Parser.Parse(SourceText.From(source));
            Assert.Empty(first.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
            string printed = PythonPrinter.Print(first.Module);
            ParseResult second = Parser.Parse(SourceText.From(printed));
            Assert.Empty(second.Diagnostics.Where(d => d.IsError).Select(d => d.ToString() + "\n" + printed));
            Assert.Null(AstEquality.FirstDifference(first.Module, second.Module));
        }
    }
}
