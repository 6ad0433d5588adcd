using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Py2Cs.Cli.Tests
{
    /// <summary>
    /// <c>py2cs run</c> end to end. Expected outputs are what python2.7 printed for the same programs
    /// (tests/Py2Cs.Cli.Tests/programs, samples).
    /// </summary>
    public sealed class RunTests : IDisposable
    {
        private readonly Py2CsProcess py2cs = new Py2CsProcess();
        private readonly string workDirectory = Path.Combine(Path.GetTempPath(), "py2cs-run-" + Guid.NewGuid().ToString("N"));

        public RunTests()
        {
            Directory.CreateDirectory(workDirectory);
        }

        public void Dispose()
        {
            py2cs.Dispose();
            Directory.Delete(workDirectory, recursive: true);
        }

        private static string Program(string name) => Path.Combine(Py2CsProcess.TestPrograms, name);

        [Fact]
        public void Runs_hello_world()
        {
            var result = py2cs.Run(Py2CsProcess.RepositoryRoot, "run", "samples/hello.py");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("Hello, world!\n", result.Stdout);
        }

        public static IEnumerable<object[]> Samples =>
            Directory.GetFiles(Py2CsProcess.Samples, "*.py").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n).Select(n => new object[] { n });

        /// <summary>Every sample prints what python2.7 printed (samples/NAME.stdout).</summary>
        [Theory]
        [MemberData(nameof(Samples))]
        public void Runs_each_sample_like_python(string sample)
        {
            var result = py2cs.Run(Py2CsProcess.Samples, "run", sample + ".py");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(File.ReadAllText(Path.Combine(Py2CsProcess.Samples, sample + ".stdout")), result.Stdout);
        }

        [Fact]
        public void Passes_arguments_as_sys_argv_and_exits_with_the_programs_status()
        {
            var result = py2cs.Run(Py2CsProcess.TestPrograms, "run", "argv_exit.py", "a", "b c", "--help");

            // sys.argv[0] is FILE as given, as with `python2.7 argv_exit.py a 'b c' --help`.
            Assert.Equal("argv[1:] = ['a', 'b c', '--help']\nscript: argv_exit.py\n", result.Stdout);
            Assert.Equal(3, result.ExitCode);
        }

        [Fact]
        public void Passes_stdin_through()
        {
            var result = py2cs.RunWithInput(workDirectory, "one\ntwo\n", "run", Program("echo_stdin.py"));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("> one\n> two\n", result.Stdout);
        }

        [Fact]
        public void Finds_modules_on_the_python_path()
        {
            var result = py2cs.Run(workDirectory, "run", "--python-path", Program("lib"), Program("uses_module.py"));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("Hello, py2cs!\n", result.Stdout);
        }

        [Fact]
        public void An_uncaught_exception_prints_a_traceback_naming_the_python_file_and_line()
        {
            var result = py2cs.Run(Py2CsProcess.TestPrograms, "run", "uncaught.py");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("", result.Stdout);
            // What `python2.7 uncaught.py` prints: the .NET frames map back through #line and the PDB.
            Assert.Equal(
                "Traceback (most recent call last):\n"
                + "  File \"uncaught.py\", line 5, in <module>\n"
                + "    print divide(1, 0)\n"
                + "  File \"uncaught.py\", line 3, in divide\n"
                + "    return a / b\n"
                + "ZeroDivisionError: integer division or modulo by zero\n",
                result.Stderr);
        }

        [Fact]
        public void A_syntax_error_is_reported_with_file_line_column_and_caret()
        {
            var bad = Path.Combine(workDirectory, "bad.py");
            File.WriteAllText(bad, "print \"a\"\nx = = 1\n");

            var result = py2cs.Run(workDirectory, "run", "bad.py");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal("", result.Stdout);
            // CPython reports line 2, offset 5 for this error.
            Assert.Contains("bad.py:2:5: error: invalid syntax\nx = = 1\n    ^", result.Stderr);
        }

        [Fact]
        public void A_missing_file_is_reported_like_python_does()
        {
            var result = py2cs.Run(workDirectory, "run", "nowhere.py");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("can't open file 'nowhere.py': [Errno 2] No such file or directory", result.Stderr);
        }

        [Fact]
        public void A_second_run_uses_the_cache_and_a_changed_source_is_rebuilt()
        {
            var program = Path.Combine(workDirectory, "cached.py");
            File.WriteAllText(program, "print 'first'\n");

            var first = py2cs.Run(workDirectory, "run", "cached.py");
            var cached = Directory.GetFiles(Path.Combine(py2cs.CacheHome, "py2cs"), "program.dll", SearchOption.AllDirectories).Single();
            var builtAt = File.GetLastWriteTimeUtc(cached);
            var second = py2cs.Run(workDirectory, "run", "cached.py");
            var unchanged = File.GetLastWriteTimeUtc(cached) == builtAt;
            File.WriteAllText(program, "print 'second'\n");
            var third = py2cs.Run(workDirectory, "run", "cached.py");

            Assert.Equal("first\n", first.Stdout);
            Assert.Equal("first\n", second.Stdout);
            Assert.True(unchanged, "the second run rebuilt the program instead of using the cache");
            Assert.Equal("second\n", third.Stdout);
        }

        [Fact]
        public void No_cache_leaves_the_cache_alone()
        {
            var result = py2cs.Run(Py2CsProcess.RepositoryRoot, "run", "--no-cache", "samples/hello.py");

            Assert.Equal("Hello, world!\n", result.Stdout);
            Assert.False(Directory.Exists(Path.Combine(py2cs.CacheHome, "py2cs")), "--no-cache wrote to the cache");
        }

        [Fact]
        public void Keep_prints_where_the_generated_csharp_went()
        {
            var result = py2cs.Run(Py2CsProcess.RepositoryRoot, "run", "--keep", "samples/hello.py");

            Assert.Equal("Hello, world!\n", result.Stdout);
            var line = result.Stderr.Split('\n').Single(l => l.StartsWith("py2cs: generated C# kept in "));
            var folder = line.Substring("py2cs: generated C# kept in ".Length);
            Assert.Contains(Directory.GetFiles(folder, "*.cs"), f => Path.GetFileName(f) == "Program.cs");
            Directory.Delete(folder, recursive: true);
        }
    }
}
