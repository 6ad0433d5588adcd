using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Py2Cs.Conformance.Tests;

namespace Py2Cs.Cli.Tests
{
    /// <summary>Runs the real <c>py2cs</c> (the built py2cs.dll) as a child process, with its own cache folder.</summary>
    public sealed class Py2CsProcess : IDisposable
    {
        public Py2CsProcess()
        {
            CacheHome = Path.Combine(Path.GetTempPath(), "py2cs-cli-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(CacheHome);
        }

        /// <summary>XDG_CACHE_HOME for the child: the compilation cache lives in CacheHome/py2cs.</summary>
        public string CacheHome { get; }

        public static string RepositoryRoot
        {
            get
            {
                for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                    if (File.Exists(Path.Combine(dir.FullName, "Transpiler.sln")))
                        return dir.FullName;
                throw new InvalidOperationException("no Transpiler.sln above " + AppContext.BaseDirectory);
            }
        }

        public static string TestPrograms => Path.Combine(RepositoryRoot, "tests", "Py2Cs.Cli.Tests", "programs");

        public static string Samples => Path.Combine(RepositoryRoot, "samples");

        public static string DotnetHost =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is string host && File.Exists(host) ? host : "dotnet";

        public Result Run(string workingDirectory, params string[] arguments) => RunWithInput(workingDirectory, null, arguments);

        public Result RunWithInput(string workingDirectory, string stdin, params string[] arguments)
        {
            var py2cs = Path.Combine(AppContext.BaseDirectory, "py2cs.dll");
            var environment = new Dictionary<string, string> { ["XDG_CACHE_HOME"] = CacheHome };
            var result = ChildProcessRunner.Run(DotnetHost, new[] { py2cs }.Concat(arguments), workingDirectory,
                TimeSpan.FromSeconds(180), environment, stdin == null ? null : Encoding.UTF8.GetBytes(stdin));
            return new Result(result);
        }

        public void Dispose()
        {
            try { Directory.Delete(CacheHome, recursive: true); } catch (IOException) { }
        }

        public sealed class Result
        {
            public Result(ChildProcessResult result)
            {
                Stdout = Encoding.UTF8.GetString(result.Stdout);
                Stderr = Encoding.UTF8.GetString(result.Stderr);
                ExitCode = result.TimedOut ? -1 : result.ExitCode;
            }

            public string Stdout { get; }
            public string Stderr { get; }
            public int ExitCode { get; }

            public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
        }
    }
}
