using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Py2Cs.Conformance.Tests;
using Xunit;

namespace Py2Cs.Cli.Tests
{
    public sealed class ConvertTests : IDisposable
    {
        private readonly Py2CsProcess py2cs = new Py2CsProcess();
        private readonly string output = Path.Combine(Path.GetTempPath(), "py2cs-convert-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            py2cs.Dispose();
            if (Directory.Exists(output))
                Directory.Delete(output, recursive: true);
        }

        [Fact]
        public void Refuses_to_write_into_a_folder_that_is_not_empty()
        {
            Directory.CreateDirectory(output);
            var mine = Path.Combine(output, "notes.txt");
            File.WriteAllText(mine, "my notes");

            var result = py2cs.Run(Py2CsProcess.RepositoryRoot, "convert", "samples/hello.py", "-o", output);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("--force", result.Stderr);
            Assert.Equal(new[] { mine }, Directory.GetFileSystemEntries(output));
        }

        [Fact]
        public void Force_writes_beside_existing_files_without_removing_them()
        {
            Directory.CreateDirectory(output);
            var mine = Path.Combine(output, "notes.txt");
            File.WriteAllText(mine, "my notes");

            var result = py2cs.Run(Py2CsProcess.RepositoryRoot, "convert", "samples/hello.py", "-o", output, "--force");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("my notes", File.ReadAllText(mine));
            Assert.True(File.Exists(Path.Combine(output, "hello.csproj")));
            Assert.True(File.Exists(Path.Combine(output, "Program.cs")));
        }

        public static IEnumerable<object[]> Samples =>
            Directory.GetFiles(Py2CsProcess.Samples, "*.py").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n).Select(n => new object[] { n });

        /// <summary>Each converted sample builds with plain dotnet build and prints what python2.7 printed (samples/NAME.stdout).</summary>
        [Theory]
        [MemberData(nameof(Samples))]
        public void A_converted_sample_builds_and_runs_like_python(string sample)
        {
            var converted = py2cs.Run(Py2CsProcess.RepositoryRoot, "convert", "samples/" + sample + ".py", "-o", output);
            Assert.True(converted.ExitCode == 0, converted.ToString());

            var build = Dotnet(output, "build", "-nologo", "-v", "q");
            Assert.True(build.ExitCode == 0, "dotnet build failed:\n" + Encoding.UTF8.GetString(build.Stdout) + Encoding.UTF8.GetString(build.Stderr));
            var run = Dotnet(output, "run", "--no-build");

            Assert.True(run.ExitCode == 0, Encoding.UTF8.GetString(run.Stderr));
            Assert.Equal(File.ReadAllBytes(Path.Combine(Py2CsProcess.Samples, sample + ".stdout")), run.Stdout);
        }

        // The test host's MSBuild settings would redirect the child build; it must build as a user's would.
        private static ChildProcessResult Dotnet(string directory, params string[] arguments)
        {
            var environment = new Dictionary<string, string>
            {
                ["MSBuildSDKsPath"] = null,
                ["MSBuildExtensionsPath"] = null,
                ["MSBUILD_EXE_PATH"] = null,
                ["MSBuildLoadMicrosoftTargetsReadOnly"] = null,
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
            };
            return ChildProcessRunner.Run(Py2CsProcess.DotnetHost, arguments, directory, TimeSpan.FromMinutes(5), environment);
        }
    }
}
