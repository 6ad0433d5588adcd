using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace Py2Cs.Samples.Tests
{
    /// <summary>
    /// <c>dotnet pack src/Py2Cs.Package</c> writes both packages, with one version: Py2Cs.Runtime (the
    /// library generated code runs on) and Py2Cs (generator, task, build props/targets) depending on it.
    /// A project outside the checkout then builds from that folder feed alone, in both modes.
    /// </summary>
    [Collection(DotnetBuildCollection.Name)]
    public sealed class PackageTests : IClassFixture<PackageTests.PackedFeed>
    {
        private readonly PackedFeed feed;

        public PackageTests(PackedFeed feed)
        {
            this.feed = feed;
        }

        /// <summary>The packages, packed once into a temporary folder feed.</summary>
        public sealed class PackedFeed : IDisposable
        {
            public PackedFeed()
            {
                Version = XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props")).Descendants("Version").Single().Value;
                var project = Path.Combine(Repository.Root, "src", "Py2Cs.Package", "Py2Cs.Package.csproj");
                // Every project packed was built with the tests, in the same configuration: packing only
                // collects files (and never rebuilds a project another test process may be reading).
                Pack = Dotnet.Run(Repository.Root, "pack", project, "-nologo", "-c", Repository.Configuration, "-o", Folder,
                    "--no-build", "--disable-build-servers");
            }

            public string Root { get; } = Path.Combine(Path.GetTempPath(), "py2cs-packages-" + Guid.NewGuid().ToString("N"));
            public string Folder => Path.Combine(Root, "feed");
            public string Version { get; }
            public Dotnet.Result Pack { get; }
            public string BuildPackage => Path.Combine(Folder, $"Py2Cs.{Version}.nupkg");

            public void Dispose()
            {
                try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
            }
        }

        [Fact]
        public void Pack_writes_the_runtime_package_and_the_build_package_with_the_expected_layout()
        {
            Assert.True(feed.Pack.ExitCode == 0, feed.Pack.ToString());
            Assert.Equal(new[] { $"Py2Cs.{feed.Version}.nupkg", $"Py2Cs.Runtime.{feed.Version}.nupkg" },
                Directory.GetFiles(feed.Folder, "*.nupkg").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));

            var build = Entries(feed.BuildPackage);
            Assert.Contains("build/Py2Cs.props", build);
            Assert.Contains("build/Py2Cs.targets", build);
            Assert.Equal(new[] { "analyzers/dotnet/cs/Py2Cs.Lowering.dll", "analyzers/dotnet/cs/Py2Cs.SourceGenerator.dll", "analyzers/dotnet/cs/Py2Cs.Syntax.dll" },
                build.Where(e => e.StartsWith("analyzers/")).OrderBy(e => e, StringComparer.Ordinal));
            foreach (var assembly in new[] { "Py2Cs.Build.Tasks.dll", "Py2Cs.SourceGenerator.dll", "Py2Cs.Syntax.dll", "Py2Cs.Lowering.dll", "Microsoft.CodeAnalysis.dll", "Microsoft.CodeAnalysis.CSharp.dll" })
                Assert.Contains("tasks/net10.0/" + assembly, build);
            // MSBuild provides its own assemblies and .NET 10 the rest: a copy in tasks/net10.0 would be loaded twice.
            Assert.DoesNotContain(build, e => e.StartsWith("tasks/net10.0/") && (e.Contains("Microsoft.Build.") || e.Contains("System.")));
            // The .NET Framework MSBuild's build: the same assemblies, plus the System.* ones Roslyn needs there.
            foreach (var assembly in new[] { "Py2Cs.Build.Tasks.dll", "Py2Cs.SourceGenerator.dll", "Py2Cs.Syntax.dll", "Py2Cs.Lowering.dll", "Microsoft.CodeAnalysis.dll", "Microsoft.CodeAnalysis.CSharp.dll", "System.Collections.Immutable.dll", "System.Memory.dll" })
                Assert.Contains("tasks/netstandard2.0/" + assembly, build);
            Assert.DoesNotContain(build, e => e.StartsWith("tasks/") && e.Contains("Microsoft.Build."));
            Assert.DoesNotContain(build, e => e.StartsWith("lib/"));

            var nuspec = XDocument.Parse(ReadEntry(feed.BuildPackage, "Py2Cs.nuspec"));
            var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency")
                .Select(e => e.Attribute("id").Value + " " + e.Attribute("version").Value).ToArray();
            Assert.Equal(new[] { "Py2Cs.Runtime " + feed.Version }, dependencies);

            Assert.Contains("lib/net10.0/Py2Cs.Runtime.dll", Entries(Path.Combine(feed.Folder, $"Py2Cs.Runtime.{feed.Version}.nupkg")));
            // exec/eval interpret the front end's tree at run time; there is no separate Syntax package.
            Assert.Contains("lib/net10.0/Py2Cs.Syntax.dll", Entries(Path.Combine(feed.Folder, $"Py2Cs.Runtime.{feed.Version}.nupkg")));
        }

        /// <summary>
        /// A project that knows py2cs only as <c>&lt;PackageReference Include="Py2Cs" /&gt;</c> from the
        /// folder feed (no other source, its own empty package cache: offline, and never a stale copy of
        /// the same version), holding TaskApp's scripts and Program.cs: built in Task mode, then in
        /// Generator mode, it prints what python2.7 printed both times.
        /// </summary>
        [Fact]
        public void A_project_referencing_the_package_builds_its_python_files_in_both_modes()
        {
            Assert.True(feed.Pack.ExitCode == 0, feed.Pack.ToString());
            var project = Path.Combine(feed.Root, "Consumer");
            CopyFolder(Path.Combine(Repository.Samples, "TaskApp", "scripts"), Path.Combine(project, "scripts"));
            File.Copy(Path.Combine(Repository.Samples, "TaskApp", "Program.cs"), Path.Combine(project, "Program.cs"));
            File.WriteAllText(Path.Combine(project, "Consumer.csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
                + "  <PropertyGroup>\n"
                + "    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n"
                + "    <Nullable>disable</Nullable>\n    <ImplicitUsings>disable</ImplicitUsings>\n"
                + "    <Py2CsMode>Task</Py2CsMode>\n    <Py2CsRootNamespace>TaskApp.Scripts</Py2CsRootNamespace>\n"
                + "  </PropertyGroup>\n"
                + "  <ItemGroup>\n"
                + $"    <PackageReference Include=\"Py2Cs\" Version=\"{feed.Version}\" />\n"
                + "    <PythonSource Include=\"scripts/**/*.py\" />\n"
                + "  </ItemGroup>\n"
                + "</Project>\n");
            File.WriteAllText(Path.Combine(project, "nuget.config"),
                "<configuration>\n  <packageSources>\n    <clear />\n"
                + $"    <add key=\"py2cs\" value=\"{feed.Folder}\" />\n"
                + "  </packageSources>\n</configuration>\n");
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(feed.Root, "nuget-cache") };
            var expected = File.ReadAllText(Path.Combine(Repository.Samples, "TaskApp", "expected.stdout"));
            var program = Path.Combine(project, "bin", Repository.Configuration, "net10.0", "Consumer.dll");

            var task = Dotnet.Run(project, environment, "build", "-nologo", "-v:n", "-c", Repository.Configuration, "--disable-build-servers");
            Assert.True(task.ExitCode == 0, task.ToString());
            Assert.Contains("py2cs: transpiled 4 Python file(s)", task.Stdout);
            Assert.Equal(expected, Dotnet.Run(project, program).Stdout);

            var generator = Dotnet.Run(project, environment, "build", "-nologo", "-v:n", "-c", Repository.Configuration, "--disable-build-servers",
                "-p:Py2CsMode=Generator");
            Assert.True(generator.ExitCode == 0, generator.ToString());
            Assert.DoesNotContain("py2cs: transpiled", generator.Stdout);
            Assert.Equal(expected, Dotnet.Run(project, program).Stdout);
        }

        private static void CopyFolder(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from))
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            foreach (var folder in Directory.GetDirectories(from))
                CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }

        private static string[] Entries(string package)
        {
            using (var zip = ZipFile.OpenRead(package))
                return zip.Entries.Select(e => e.FullName).ToArray();
        }

        private static string ReadEntry(string package, string name)
        {
            using (var zip = ZipFile.OpenRead(package))
            using (var reader = new StreamReader(zip.GetEntry(name).Open()))
                return reader.ReadToEnd();
        }
    }
}
