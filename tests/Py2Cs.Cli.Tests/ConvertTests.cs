using System;
using System.IO;
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
    }
}
