using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Py2Cs.Samples.Tests
{
    /// <summary>
    /// samples/convert-tool: a plain Python 2 command-line tool, converted once with
    /// <c>py2cs convert</c> into a C# project, built with <c>dotnet build</c>, and run with each
    /// command line recorded in samples/convert-tool/expected (stdout, stderr and exit status from
    /// python2.7, by samples/record-expected.sh).
    /// </summary>
    [Collection(DotnetBuildCollection.Name)]
    public sealed class ConvertToolTests : IClassFixture<ConvertToolTests.ConvertedTool>
    {
        private static readonly string SampleFolder = Path.Combine(Repository.Samples, "convert-tool");
        private readonly ConvertedTool tool;

        public ConvertToolTests(ConvertedTool tool)
        {
            this.tool = tool;
        }

        /// <summary>The converted project, built once for all cases.</summary>
        public sealed class ConvertedTool : IDisposable
        {
            public ConvertedTool()
            {
                Directory.CreateDirectory(Output);
                Convert = Dotnet.Run(SampleFolder, Repository.Py2CsCli, "convert", "logstats.py", "-o", Output, "--force");
                if (Convert.ExitCode == 0)
                    Build = Dotnet.Build(Output);
            }

            public string Output { get; } = Path.Combine(Path.GetTempPath(), "py2cs-convert-tool-" + Guid.NewGuid().ToString("N"));
            public Dotnet.Result Convert { get; }
            public Dotnet.Result Build { get; }
            public string Assembly => Path.Combine(Output, "bin", Repository.Configuration, "net10.0", "logstats.dll");

            public void Dispose()
            {
                try { Directory.Delete(Output, recursive: true); } catch (IOException) { }
            }
        }

        public static IEnumerable<object[]> Cases =>
            Directory.GetFiles(Path.Combine(SampleFolder, "expected"), "*.args")
                .Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal).Select(n => new object[] { n });

        [Fact]
        public void Convert_writes_a_project_that_builds()
        {
            Assert.True(tool.Convert.ExitCode == 0, tool.Convert.ToString());
            Assert.True(File.Exists(Path.Combine(tool.Output, "logstats.csproj")));
            Assert.True(tool.Build.ExitCode == 0, tool.Build.ToString());
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void The_built_tool_behaves_like_python(string name)
        {
            Assert.True(tool.Build != null && tool.Build.ExitCode == 0, "the converted tool did not build");
            string Expected(string extension) => File.ReadAllText(Path.Combine(SampleFolder, "expected", name + extension));
            var arguments = Expected(".args").Split('\n', StringSplitOptions.RemoveEmptyEntries);

            // Run where python2.7 ran when recording, so relative file names mean the same files.
            var run = Dotnet.Run(SampleFolder, new[] { tool.Assembly }.Concat(arguments).ToArray());

            Assert.Equal(Expected(".stdout"), run.Stdout);
            Assert.Equal(Expected(".stderr"), run.Stderr);
            Assert.Equal(int.Parse(Expected(".exitcode").Trim()), run.ExitCode);
        }
    }
}
