using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Py2Cs.Cli.Building;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Py2Cs.Conformance.Tests
{
    /// <summary>
    /// Builds and runs the whole corpus once per test run (an xunit class fixture): each case is
    /// transpiled and compiled in this process with one shared Roslyn setup, written with a
    /// runtimeconfig.json beside the runtime assembly, and run as a child <c>dotnet CASE.dll</c> in a
    /// fresh empty folder. Two cases are in flight at a time (CI has two cores).
    /// </summary>
    public sealed class ConformanceRun : IDisposable
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
        private const int Parallelism = 2;

        private readonly string binDirectory;
        private readonly string scratch;

        /// <param name="diagnostics">xunit's diagnostic sink: what it receives appears in the dotnet test log (xunit.runner.json turns it on).</param>
        public ConformanceRun(IMessageSink diagnostics)
        {
            scratch = Path.Combine(Path.GetTempPath(), "py2cs-conformance-" + Guid.NewGuid().ToString("N"));
            binDirectory = Path.Combine(scratch, "bin");
            Directory.CreateDirectory(binDirectory);
            File.Copy(RuntimeReferences.RuntimeAssemblyPath, Path.Combine(binDirectory, "Py2Cs.Runtime.dll"));
            // The runtime parses exec/eval source with the front end (docs/dynamic-code.md).
            File.Copy(Path.Combine(Path.GetDirectoryName(RuntimeReferences.RuntimeAssemblyPath), "Py2Cs.Syntax.dll"),
                Path.Combine(binDirectory, "Py2Cs.Syntax.dll"));

            Cases = ConformanceCase.All();
            KnownFailures = KnownFailures.Load(RepositoryLayout.KnownFailuresFile);
            var outcomes = new ConcurrentDictionary<string, CaseOutcome>();
            var clock = Stopwatch.StartNew();
            Parallel.ForEach(Cases, new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
                c => outcomes[c.Id] = RunCase(c));
            Elapsed = clock.Elapsed;
            Outcomes = outcomes;
            WriteReports();
            diagnostics.OnMessage(new DiagnosticMessage(Table()));
        }

        public IReadOnlyList<ConformanceCase> Cases { get; }

        public KnownFailures KnownFailures { get; }

        public IReadOnlyDictionary<string, CaseOutcome> Outcomes { get; }

        public TimeSpan Elapsed { get; }

        /// <summary>The folder of the reports: the test assembly's output folder.</summary>
        public static string ReportDirectory => AppContext.BaseDirectory;

        public void Dispose()
        {
            try { Directory.Delete(scratch, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }

        private CaseOutcome RunCase(ConformanceCase testCase)
        {
            var assemblyName = "conformance_" + testCase.Area.Replace('/', '_') + "_" + testCase.Name;
            CompiledProgram compiled;
            try
            {
                var builder = new ProgramBuilder(null);
                var transpiled = builder.Transpile(testCase.SourcePath);
                if (transpiled.HasErrors)
                {
                    var first = transpiled.Diagnostics.First(d => d.IsError);
                    return CaseOutcome.Fail($"transpile error: line {first.Line}: {first.Message}",
                        DiagnosticReport.Format(transpiled.Diagnostics, transpiled.Inputs));
                }
                if (transpiled.Result.EntryPoint == null)
                    return CaseOutcome.Fail("transpile error: no entry point was generated", "");
                compiled = builder.Compile(transpiled, assemblyName);
            }
            catch (Exception e)
            {
                return CaseOutcome.Fail($"transpile crashed: {e.GetType().Name}: {FirstLine(e.Message)}", e.ToString());
            }
            if (!compiled.Succeeded)
            {
                var first = compiled.Errors[0];
                return CaseOutcome.Fail($"compile error: {first.Id}: {FirstLine(first.GetMessage())}", compiled.FormatErrors());
            }

            var program = Path.Combine(binDirectory, assemblyName + ".dll");
            File.WriteAllBytes(program, compiled.Image);
            File.WriteAllText(Path.Combine(binDirectory, assemblyName + ".runtimeconfig.json"), RuntimeConfig);
            var workingDirectory = Path.Combine(scratch, "cwd-" + assemblyName);
            Directory.CreateDirectory(workingDirectory);
            try
            {
                var result = ChildProcessRunner.Run(DotnetHost, new[] { program }, workingDirectory, Timeout);
                return CaseOutcome.Judge(testCase.ExpectedStdout, testCase.ExpectedExitCode, result, Timeout,
                    StderrComparison.ExpectedFor(testCase.SourcePath), Path.GetDirectoryName(testCase.SourcePath));
            }
            finally
            {
                try { Directory.Delete(workingDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }

        /// <summary>The dotnet host that runs this test process (set by the dotnet CLI), else dotnet from PATH.</summary>
        private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is string host && File.Exists(host) ? host : "dotnet";

        private static string RuntimeConfig =>
            "{\n  \"runtimeOptions\": {\n    \"tfm\": \"net10.0\",\n    \"framework\": { \"name\": \"Microsoft.NETCore.App\", \"version\": \""
            + Environment.Version.Major + "." + Environment.Version.Minor + ".0\" }\n  }\n}\n";

        private static string FirstLine(string text)
        {
            var newline = text.IndexOfAny(new[] { '\r', '\n' });
            return newline < 0 ? text : text.Substring(0, newline);
        }

        /// <summary>The totals, then "area: passed/total" for every area.</summary>
        public string Table()
        {
            var builder = new StringBuilder();
            var shared = Cases.Where(c => !c.Area.StartsWith("extra/", StringComparison.Ordinal)).ToList();
            var extra = Cases.Except(shared).ToList();
            builder.Append($"conformance: {shared.Count(c => Outcomes[c.Id].Passed)}/{shared.Count} cases of tests/conformance behave like CPython 2.7");
            if (extra.Count > 0)
                builder.Append($", and {extra.Count(c => Outcomes[c.Id].Passed)}/{extra.Count} of tests/conformance-extra");
            builder.Append($" ({Elapsed.TotalSeconds:0} s)\n");
            foreach (var area in Cases.GroupBy(c => c.Area))
                builder.Append($"  {area.Key}: {area.Count(c => Outcomes[c.Id].Passed)}/{area.Count()}\n");
            return builder.ToString();
        }

        private void WriteReports()
        {
            File.WriteAllText(Path.Combine(ReportDirectory, "conformance-table.txt"), Table());
            var failures = Cases.Where(c => !Outcomes[c.Id].Passed)
                .Select(c => new KeyValuePair<string, string>(c.Id, Outcomes[c.Id].Reason));
            File.WriteAllText(Path.Combine(ReportDirectory, "known-failures.actual.txt"), KnownFailures.Format(failures));
            var details = new StringBuilder();
            foreach (var c in Cases.Where(c => !Outcomes[c.Id].Passed))
                details.Append("== ").Append(c.Id).Append(": ").Append(Outcomes[c.Id].Reason).Append('\n')
                    .Append(Outcomes[c.Id].Details).Append("\n\n");
            File.WriteAllText(Path.Combine(ReportDirectory, "conformance-failures.txt"), details.ToString());
        }
    }
}
