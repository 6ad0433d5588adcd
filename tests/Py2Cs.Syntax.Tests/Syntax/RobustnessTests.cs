using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using Py2Cs.Syntax.Text;
using Xunit;

namespace Py2Cs.Syntax.Tests.Syntax
{
    /// <summary>
    /// Hostile inputs end in a tree or diagnostics, in bounded time, without exceptions or stack overflow. Each
    /// runs on a fresh thread with a 1 MB stack (the default for secondary threads), not the larger main stack.
    /// </summary>
    public class RobustnessTests
    {
        internal static ParseResult ParseOnSmallStack(byte[] bytes, TimeSpan limit)
        {
            ParseResult result = null;
            Exception failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    ParseResult parsed = Parser.Parse(SourceText.FromBytes(bytes, "input.py"));
                    // Later stages walk the tree recursively: so do we.
                    PythonPrinter.Print(parsed.Module);
                    result = parsed;
                }
                catch (Exception e)
                {
                    failure = e;
                }
            }, 1024 * 1024);
            var watch = Stopwatch.StartNew();
            thread.Start();
            bool finished = thread.Join(limit);
            Assert.True(finished, "parse did not finish within " + limit);
            if (failure != null)
                throw new Exception("parser threw", failure);
            Assert.NotNull(result.Module);
            return result;
        }

        private static ParseResult Parse(string source, int seconds = 10)
            => ParseOnSmallStack(Encoding.UTF8.GetBytes("# coding: utf-8\n" + source), TimeSpan.FromSeconds(seconds));

        [Theory]
        [InlineData("(", 1000, ")")]
        [InlineData("[", 1000, "]")]
        [InlineData("{", 1000, "}")]
        [InlineData("f(", 1000, ")")]
        [InlineData("x[", 1000, "]")]
        [InlineData("lambda: ", 1000, "")]
        [InlineData("a if b else ", 1000, "c")]
        [InlineData("not ", 100000, "x")]
        [InlineData("-", 100000, "1")]
        [InlineData("2 ** ", 100000, "2")]
        [InlineData("a.", 100000, "b")]
        [InlineData("`", 1000, "`")]
        public void Deep_nesting_gives_a_diagnostic_not_a_crash(string open, int depth, string close)
        {
            var source = new StringBuilder("x = ");
            for (int i = 0; i < depth; i++) source.Append(open);
            source.Append('1');
            for (int i = 0; i < depth; i++) source.Append(close);
            source.Append('\n');
            ParseResult result = Parse(source.ToString());
            Assert.Contains(result.Diagnostics, d => d.IsError);
        }

        [Fact]
        public void Nesting_that_CPython_accepts_is_accepted()
        {
            ParseResult result = Parse("x = " + new string('(', 90) + "1" + new string(')', 90) + "\ny = " + string.Concat(Enumerable.Repeat("-", 300)) + "1\n");
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        }

        [Fact]
        public void Thousand_indentation_levels_are_reported()
        {
            var source = new StringBuilder();
            for (int i = 0; i < 1000; i++)
                source.Append(' ', i).Append("if x:\n");
            source.Append(' ', 1000).Append("pass\n");
            ParseResult result = Parse(source.ToString());
            Assert.Contains(result.Diagnostics, d => d.Message == "too many levels of indentation");
        }

        [Fact]
        public void Ten_megabyte_single_line_is_handled()
        {
            var source = new StringBuilder("x = 1");
            while (source.Length < 10 * 1024 * 1024)
                source.Append(" + 1");
            source.Append('\n');
            ParseResult result = Parse(source.ToString(), 60);
            Assert.Contains(result.Diagnostics, d => d.IsError);

            var list = new StringBuilder("x = [1");
            while (list.Length < 10 * 1024 * 1024)
                list.Append(", 1");
            list.Append("]\n");
            Assert.DoesNotContain(Parse(list.ToString(), 60).Diagnostics, d => d.IsError);
        }

        [Fact]
        public void Binary_garbage_gets_diagnostics()
        {
            var random = new Random(20261121);
            for (int n = 0; n < 20; n++)
            {
                var bytes = new byte[random.Next(1, 200000)];
                random.NextBytes(bytes);
                ParseResult result = ParseOnSmallStack(bytes, TimeSpan.FromSeconds(10));
                Assert.Contains(result.Diagnostics, d => d.IsError);
            }
        }

        [Theory]
        [InlineData("x = '")]
        [InlineData("x = '''")]
        [InlineData("x = \"\"\"abc\n")]
        [InlineData("x = (")]
        [InlineData("def f(")]
        [InlineData("class C(")]
        [InlineData("if x:")]
        [InlineData("x = [1, {2: (3, `4")]
        [InlineData("x = \\")]
        [InlineData("@")]
        [InlineData("try:\n    pass\n")]
        [InlineData("from . import (a,")]
        [InlineData("print >>")]
        [InlineData("lambda")]
        [InlineData("x[1:2:")]
        [InlineData("u'\\N{")]
        [InlineData("u'\\U0011ffff'")]
        public void Unterminated_input_gets_diagnostics(string source)
        {
            ParseResult result = Parse(source);
            Assert.Contains(result.Diagnostics, d => d.IsError);
        }
    }
}
