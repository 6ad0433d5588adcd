using System;
using System.IO;
using Xunit;

namespace Py2Cs.Cli.Tests
{
    /// <summary><c>py2cs check</c> as a process: CPython-style diagnostics, the summary line, and exit statuses 0/1/2.</summary>
    public sealed class CheckTests : IDisposable
    {
        private readonly Py2CsProcess py2cs = new Py2CsProcess();
        private readonly string folder = Path.Combine(Path.GetTempPath(), "py2cs-check-tests-" + Guid.NewGuid().ToString("N"));

        public CheckTests()
        {
            Directory.CreateDirectory(Path.Combine(folder, "pkg", "sub"));
            File.WriteAllText(Path.Combine(folder, "good.py"), "print 'hello'\n");
            File.WriteAllText(Path.Combine(folder, "pkg", "sub", "bad.py"), "x = = 1\ndef f(a=1, b):\n    pass\n");
            File.WriteAllText(Path.Combine(folder, "pkg", "notes.txt"), "not python (\n");
        }

        public void Dispose()
        {
            py2cs.Dispose();
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public void A_clean_file_exits_0_with_the_summary()
        {
            var result = py2cs.Run(folder, "check", "good.py");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("1 file, 0 errors\n", result.Stdout);
        }

        [Fact]
        public void Directories_are_searched_for_py_files_and_every_error_is_printed_with_a_caret()
        {
            var result = py2cs.Run(folder, "check", ".");

            Assert.True(result.ExitCode == 1, result.ToString());
            string bad = Path.Combine(".", "pkg", "sub", "bad.py");
            Assert.Equal(
                bad + ":1:5: error: invalid syntax\n" +
                "x = = 1\n" +
                "    ^\n" +
                bad + ":2:12: error: non-default argument follows default argument\n" +
                "def f(a=1, b):\n" +
                "           ^\n" +
                "2 files, 2 errors\n",
                result.Stdout);
        }

        [Fact]
        public void A_missing_path_is_bad_usage()
        {
            var result = py2cs.Run(folder, "check", "missing.py");

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("missing.py", result.Stderr);
        }

        [Fact]
        public void No_path_is_bad_usage()
        {
            var result = py2cs.Run(folder, "check");

            Assert.True(result.ExitCode == 2, result.ToString());
        }
    }
}
