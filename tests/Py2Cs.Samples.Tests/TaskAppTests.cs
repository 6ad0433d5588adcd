using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Py2Cs.Samples.Tests
{
    /// <summary>
    /// samples/TaskApp: a C# console app whose scripts/*.py are transpiled to C# files on disk by the
    /// TranspilePython MSBuild task. Built with <c>dotnet build</c> in a copy of the sample; its output
    /// must equal what samples/TaskApp/driver.py printed under python2.7 (expected.stdout).
    /// </summary>
    [Collection(DotnetBuildCollection.Name)]
    public sealed class TaskAppTests : IClassFixture<TaskAppTests.BuiltTaskApp>
    {
        private const string TranspileRan = "py2cs: transpiled";
        private const string TranspileSkipped = "Skipping target \"Py2CsTranspile\" because all output files are up-to-date";
        private readonly BuiltTaskApp app;

        public TaskAppTests(BuiltTaskApp app)
        {
            this.app = app;
        }

        /// <summary>One copy of the sample, built and run once; what the first build produced is kept
        /// here, because the build-cycle test goes on to edit, break and clean the copy.</summary>
        public sealed class BuiltTaskApp : IDisposable
        {
            public BuiltTaskApp()
            {
                FirstBuild = Dotnet.Build(Copy.Directory);
                if (FirstBuild.ExitCode != 0) return;
                GeneratedFiles = Directory.GetFiles(GeneratedFolder, "*.cs").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToArray();
                FirstRun = Run();
            }

            public SampleCopy Copy { get; } = new SampleCopy("TaskApp");
            public Dotnet.Result FirstBuild { get; }
            public string[] GeneratedFiles { get; }
            public Dotnet.Result FirstRun { get; }
            public string GeneratedFolder => Copy.PathOf(Path.Combine("obj", Repository.Configuration, "net10.0", "py2cs"));

            public Dotnet.Result Run() => Dotnet.Run(Copy.Directory, Copy.PathOf(Path.Combine("bin", Repository.Configuration, "net10.0", "TaskApp.dll")));

            public void Dispose() => Copy.Dispose();
        }

        [Fact]
        public void Builds_and_prints_what_python_printed()
        {
            Assert.True(app.FirstBuild.ExitCode == 0, app.FirstBuild.ToString());
            Assert.Contains(TranspileRan + " 4 Python file(s) into 9 C# file(s)", app.FirstBuild.Stdout);
            Assert.DoesNotContain("warning CS8785", app.FirstBuild.Stdout);  // a generator that failed to load
            Assert.True(app.FirstRun.ExitCode == 0, app.FirstRun.ToString());
            Assert.Equal(File.ReadAllText(Path.Combine(Repository.Samples, "TaskApp", "expected.stdout")), app.FirstRun.Stdout);
        }

        [Fact]
        public void Writes_the_implementation_and_facade_of_each_module_and_the_registry_under_obj()
        {
            Assert.True(app.FirstBuild.ExitCode == 0, app.FirstBuild.ToString());
            Assert.Equal(new[]
            {
                "PythonModules.g.cs", "inventory.Interop.g.cs", "inventory.g.cs", "text.Interop.g.cs", "text.g.cs",
                "text.stats.Interop.g.cs", "text.stats.g.cs", "text.words.Interop.g.cs", "text.words.g.cs",
            }, app.GeneratedFiles);
        }

        /// <summary>One build cycle, in order, on the built copy (each step needs the state the last left).</summary>
        [Fact]
        public void Rebuilds_only_what_changed_reports_py_errors_and_cleans_up()
        {
            Assert.True(app.FirstBuild.ExitCode == 0, app.FirstBuild.ToString());

            // 1. Nothing changed: the transpile target is skipped and no generated file is touched.
            var before = GeneratedTimes();
            var again = Dotnet.Build(app.Copy.Directory);
            Assert.True(again.ExitCode == 0, again.ToString());
            Assert.Contains(TranspileSkipped, again.Stdout);
            Assert.DoesNotContain(TranspileRan, again.Stdout);
            Assert.Equal(before, GeneratedTimes());

            // 2. One module edited: transpiled again, only its C# file rewritten, and the program sees the edit.
            var script = app.Copy.PathOf("scripts/inventory.py");
            File.WriteAllText(script, File.ReadAllText(script).Replace("VERSION = \"1.2\"", "VERSION = \"1.3\""));
            var edited = Dotnet.Build(app.Copy.Directory);
            Assert.True(edited.ExitCode == 0, edited.ToString());
            Assert.Contains(TranspileRan, edited.Stdout);
            var after = GeneratedTimes();
            Assert.Equal(new[] { "inventory.g.cs" }, before.Where(b => after.Single(a => a.File == b.File).Time != b.Time).Select(b => b.File));
            Assert.StartsWith("inventory module version 1.3\n", app.Run().Stdout);

            // 3. A syntax error: the build fails with the .py location in MSBuild's canonical form, and no
            //    C# error follows. python2.7 reports this file as line 2, offset 15: invalid syntax.
            File.WriteAllText(app.Copy.PathOf("scripts/broken.py"), "def f(x):\n    return x +\n\nprint f(1)\n");
            var broken = Dotnet.Build(app.Copy.Directory);
            Assert.NotEqual(0, broken.ExitCode);
            Assert.Contains("scripts/broken.py(2,15): error PY0001: invalid syntax", broken.Stdout);
            Assert.DoesNotContain("error CS", broken.Stdout);
            File.Delete(app.Copy.PathOf("scripts/broken.py"));

            // 4. Py2CsReportDynamicDispatch=true: the option is part of the inputs, so the task runs again
            //    and reports each dynamic-dispatch site as an MSBuild warning at its .py line and column
            //    (counted by hand in samples/TaskApp/scripts/inventory.py). Off, the builds above had none.
            Assert.DoesNotContain("PY0100", app.FirstBuild.Stdout);
            var reported = Dotnet.Build(app.Copy.Directory, "-p:Py2CsReportDynamicDispatch=true");
            Assert.True(reported.ExitCode == 0, reported.ToString());
            Assert.Contains(TranspileRan, reported.Stdout);
            Assert.Contains("scripts/inventory.py(53,9): warning PY0100: dynamic dispatch: call with *args or **kwargs binds its arguments at run time", reported.Stdout);
            Assert.Contains("scripts/inventory.py(7,9): warning PY0100: dynamic dispatch: attribute 'name' of an object of unknown type is set at run time", reported.Stdout);
            Assert.DoesNotContain("inventory.py(2,", reported.Stdout);   // VERSION = "1.2": a plain global store

            // 5. Clean removes the generated files along with the rest of the build's outputs.
            Assert.NotEmpty(Directory.GetFiles(app.GeneratedFolder, "*.cs"));
            var clean = Dotnet.Clean(app.Copy.Directory);
            Assert.True(clean.ExitCode == 0, clean.ToString());
            Assert.Empty(Directory.Exists(app.GeneratedFolder) ? Directory.GetFiles(app.GeneratedFolder) : new string[0]);
        }

        private (string File, DateTime Time)[] GeneratedTimes() =>
            Directory.GetFiles(app.GeneratedFolder, "*.cs").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (Path.GetFileName(f), File.GetLastWriteTimeUtc(f))).ToArray();
    }
}
