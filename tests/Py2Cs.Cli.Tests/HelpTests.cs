using System;
using Xunit;

namespace Py2Cs.Cli.Tests
{
    public sealed class HelpTests : IDisposable
    {
        private readonly Py2CsProcess py2cs = new Py2CsProcess();

        public void Dispose() => py2cs.Dispose();

        [Fact]
        public void Help_lists_the_verbs_with_what_they_do()
        {
            var result = py2cs.Run(Py2CsProcess.RepositoryRoot, "--help");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("run", result.Stdout);
            Assert.Contains("compile it in memory and run it", result.Stdout);
            Assert.Contains("convert", result.Stdout);
            Assert.Contains("C# project", result.Stdout);
        }

        [Fact]
        public void Run_help_explains_its_options_with_examples()
        {
            var result = py2cs.Run(Py2CsProcess.RepositoryRoot, "run", "--help");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("--python-path", result.Stdout);
            Assert.Contains("--no-cache", result.Stdout);
            Assert.Contains("--keep", result.Stdout);
            Assert.Contains("py2cs run hello.py", result.Stdout);
            Assert.Contains("py2cs run --python-path lib tool.py", result.Stdout);
        }

        [Fact]
        public void Convert_help_explains_its_options_with_examples()
        {
            var result = py2cs.Run(Py2CsProcess.RepositoryRoot, "convert", "--help");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("-o DIR, --output=DIR", result.Stdout);
            Assert.Contains("--force", result.Stdout);
            Assert.Contains("py2cs convert", result.Stdout);
        }

        [Fact]
        public void An_unknown_verb_is_a_usage_error_on_stderr()
        {
            var result = py2cs.Run(Py2CsProcess.RepositoryRoot, "frobnicate");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("", result.Stdout);
            Assert.Contains("frobnicate", result.Stderr);
        }
    }
}
