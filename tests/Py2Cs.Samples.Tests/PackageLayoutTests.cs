using System;
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
    /// </summary>
    [Collection(DotnetBuildCollection.Name)]
    public sealed class PackageLayoutTests : IDisposable
    {
        private readonly string output = Path.Combine(Path.GetTempPath(), "py2cs-packages-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            try { Directory.Delete(output, recursive: true); } catch (IOException) { }
        }

        [Fact]
        public void Pack_writes_the_runtime_package_and_the_build_package_with_the_expected_layout()
        {
            var project = Path.Combine(Repository.Root, "src", "Py2Cs.Package", "Py2Cs.Package.csproj");
            // The referenced projects were built with the tests, in the same configuration.
            var pack = Dotnet.Run(Repository.Root, "pack", project, "-nologo", "-c", Repository.Configuration, "-o", output,
                "-p:BuildProjectReferences=false", "--disable-build-servers");
            Assert.True(pack.ExitCode == 0, pack.ToString());

            var version = XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props")).Descendants("Version").Single().Value;
            Assert.Equal(new[] { $"Py2Cs.{version}.nupkg", $"Py2Cs.Runtime.{version}.nupkg" },
                Directory.GetFiles(output, "*.nupkg").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));

            var build = Entries(Path.Combine(output, $"Py2Cs.{version}.nupkg"));
            Assert.Contains("build/Py2Cs.props", build);
            Assert.Contains("build/Py2Cs.targets", build);
            foreach (var assembly in new[] { "Py2Cs.Build.Tasks.dll", "Py2Cs.SourceGenerator.dll", "Py2Cs.Syntax.dll", "Py2Cs.Lowering.dll", "Microsoft.CodeAnalysis.dll", "Microsoft.CodeAnalysis.CSharp.dll" })
                Assert.Contains("tasks/net10.0/" + assembly, build);
            // MSBuild provides its own assemblies and the framework the rest: a copy in tasks/ would be loaded twice.
            Assert.DoesNotContain(build, e => e.StartsWith("tasks/") && (e.Contains("Microsoft.Build.") || e.Contains("System.")));
            Assert.DoesNotContain(build, e => e.StartsWith("lib/"));
            Assert.Equal(new[] { "analyzers/dotnet/cs/Py2Cs.Lowering.dll", "analyzers/dotnet/cs/Py2Cs.SourceGenerator.dll", "analyzers/dotnet/cs/Py2Cs.Syntax.dll" },
                build.Where(e => e.StartsWith("analyzers/")).OrderBy(e => e, StringComparer.Ordinal));

            var nuspec = XDocument.Parse(ReadEntry(Path.Combine(output, $"Py2Cs.{version}.nupkg"), "Py2Cs.nuspec"));
            var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency")
                .Select(e => e.Attribute("id").Value + " " + e.Attribute("version").Value).ToArray();
            Assert.Equal(new[] { "Py2Cs.Runtime " + version }, dependencies);

            var runtime = Entries(Path.Combine(output, $"Py2Cs.Runtime.{version}.nupkg"));
            Assert.Contains("lib/net10.0/Py2Cs.Runtime.dll", runtime);
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
