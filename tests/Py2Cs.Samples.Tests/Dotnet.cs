using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Py2Cs.Conformance.Tests;

namespace Py2Cs.Samples.Tests
{
    /// <summary>Runs the dotnet CLI as a user would: without the test host's MSBuild settings, without
    /// build servers left behind, and with the checkout's location for the samples' build files.</summary>
    public static class Dotnet
    {
        public static string Host =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is string host && File.Exists(host) ? host : "dotnet";

        public sealed class Result
        {
            public Result(ChildProcessResult result)
            {
                Stdout = Encoding.UTF8.GetString(result.Stdout);
                Stderr = Encoding.UTF8.GetString(result.Stderr);
                StdoutBytes = result.Stdout;
                ExitCode = result.TimedOut ? -1 : result.ExitCode;
            }

            public string Stdout { get; }
            public byte[] StdoutBytes { get; }
            public string Stderr { get; }
            public int ExitCode { get; }

            public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
        }

        public static Result Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, null, arguments);

        /// <summary>With <paramref name="variables"/> set in the child's environment as well.</summary>
        public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> variables, params string[] arguments)
        {
            var environment = new Dictionary<string, string>
            {
                ["MSBuildSDKsPath"] = null,
                ["MSBuildExtensionsPath"] = null,
                ["MSBUILD_EXE_PATH"] = null,
                ["MSBuildLoadMicrosoftTargetsReadOnly"] = null,
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
                ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
                // Read by samples/Directory.Build.props when a sample is built from a copy outside the checkout.
                ["Py2CsRepoRoot"] = Repository.Root,
            };
            foreach (var variable in variables ?? new Dictionary<string, string>())
                environment[variable.Key] = variable.Value;
            return new Result(ChildProcessRunner.Run(Host, arguments, workingDirectory, TimeSpan.FromMinutes(5), environment));
        }

        /// <summary><c>dotnet build</c> of the project in <paramref name="directory"/> at normal verbosity
        /// (the log then shows whether targets ran or were skipped). The referenced projects were built
        /// with the tests, so they are not built again; no MSBuild node or compiler server outlives it.</summary>
        public static Result Build(string directory, params string[] extra)
            => Run(directory, BuildArguments(extra, "--no-dependencies"));

        private static string[] BuildArguments(string[] extra, params string[] more)
        {
            var arguments = new List<string> { "build", "-nologo", "-v:n", "-c", Repository.Configuration, "--disable-build-servers" };
            arguments.AddRange(more);
            arguments.AddRange(extra);
            return arguments.ToArray();
        }

        /// <summary><c>dotnet clean</c> of that project only: without BuildProjectReferences=false it would
        /// clean the referenced runtime and task projects of the checkout too.</summary>
        public static Result Clean(string directory)
            => Run(directory, "clean", "-nologo", "-v:n", "-c", Repository.Configuration, "-p:BuildProjectReferences=false", "--disable-build-servers");
    }
}
