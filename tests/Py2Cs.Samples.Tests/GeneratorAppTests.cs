using System;
using System.IO;
using Xunit;

namespace Py2Cs.Samples.Tests
{
    /// <summary>
    /// samples/GeneratorApp: a C# console app whose scripts/*.py become C# inside the compiler, through
    /// the py2cs source generator referenced as an analyzer. Built with <c>dotnet build</c> in a copy
    /// of the sample; its output must equal what samples/GeneratorApp/driver.py printed under python2.7.
    /// Built with --no-dependencies, as TaskApp: the compiler then gets the generator's front end and
    /// lowering assemblies through GetTargetPath alone (this used to fail with CS8785).
    /// </summary>
    [Collection(DotnetBuildCollection.Name)]
    public sealed class GeneratorAppTests : IDisposable
    {
        private readonly SampleCopy copy = new SampleCopy("GeneratorApp");

        public void Dispose() => copy.Dispose();

        [Fact]
        public void Builds_and_prints_what_python_printed_and_reports_py_errors_at_their_location()
        {
            var build = Dotnet.Build(copy.Directory);
            Assert.True(build.ExitCode == 0, build.ToString());
            var run = Dotnet.Run(copy.Directory, copy.PathOf(Path.Combine("bin", Repository.Configuration, "net10.0", "GeneratorApp.dll")));
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(File.ReadAllText(Path.Combine(Repository.Samples, "GeneratorApp", "expected.stdout")), run.Stdout);
            // Nothing on disk: the generator's C# lives in the compilation only.
            Assert.False(Directory.Exists(copy.PathOf(Path.Combine("obj", Repository.Configuration, "net10.0", "py2cs"))));

            // python2.7: line 2, offset 15, invalid syntax. The compiler prints the .py's full path.
            var broken = copy.PathOf("scripts/broken.py");
            File.WriteAllText(broken, "def f(x):\n    return x +\n\nprint f(1)\n");
            var failed = Dotnet.Build(copy.Directory);
            Assert.NotEqual(0, failed.ExitCode);
            Assert.Contains(broken + "(2,15): error PY0001: invalid syntax", failed.Stdout);
            Assert.DoesNotContain("error CS", failed.Stdout);
        }
    }
}
