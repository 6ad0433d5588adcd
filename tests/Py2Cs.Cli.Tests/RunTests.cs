using System;
using System.IO;
using Xunit;

namespace Py2Cs.Cli.Tests
{
    /// <summary><c>py2cs run</c> end to end.</summary>
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

        [Fact]
        public void A_missing_file_is_reported_like_python_does()
        {
            var result = py2cs.Run(workDirectory, "run", "nowhere.py");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("can't open file 'nowhere.py': [Errno 2] No such file or directory", result.Stderr);
        }
    }
}
