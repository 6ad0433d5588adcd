using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Py2Cs.Lowering.Driver;

namespace Py2Cs.Lowering.Tests.Compilation
{
    /// <summary>What running a lowered program printed.</summary>
    internal sealed class SnippetRun
    {
        public string Stdout;
        public string Stderr;
        public int ExitCode;
        public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Stdout + "\n--- stderr\n" + Stderr;
    }

    /// <summary>
    /// Lowers a Python snippet, compiles it with Roslyn against the runtime and runs it in a child
    /// process (so each program gets a fresh runtime: sys.modules, stdout and exit status are its own).
    /// </summary>
    internal static class SnippetRunner
    {
        private static readonly string WorkRoot = Path.Combine(Path.GetTempPath(), "py2cs-lowering-tests-" + Environment.ProcessId);

        public static TranspileResult Transpile(string name, string source, out string path)
        {
            var dir = Path.Combine(WorkRoot, name);
            Directory.CreateDirectory(dir);
            path = Path.Combine(dir, name + ".py");
            File.WriteAllText(path, source, new UTF8Encoding(false));
            var resolver = new ModuleResolver(new[] { dir }, CSharpCompiler.NativeModules);
            var resolution = resolver.Resolve(path);
            return new Transpiler(new TranspilerOptions { NativeModules = CSharpCompiler.NativeModules.ToList() })
                .Transpile(resolution.Files, resolution.MainModule);
        }

        public static SnippetRun Run(string name, string source)
        {
            var result = Transpile(name, source, out var path);
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            if (errors.Count > 0)
                throw new InvalidOperationException("transpile errors:\n" + string.Join("\n", errors));
            var compilation = CSharpCompiler.Compile(result, name);
            var dir = Path.GetDirectoryName(path);
            var dll = Path.Combine(dir, name + ".dll");
            using (var stream = File.Create(dll))
            {
                var emitted = compilation.Emit(stream);
                if (!emitted.Success)
                    throw new InvalidOperationException("C# errors:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(20))
                        + "\n\n" + string.Join("\n\n", result.Modules.Select(m => m.Syntax.ToFullString())));
            }
            foreach (var dep in Directory.EnumerateFiles(Path.GetDirectoryName(CSharpCompiler.RuntimeAssemblyPath), "Py2Cs.Runtime.*"))
                File.Copy(dep, Path.Combine(dir, Path.GetFileName(dep)), true);
            var version = Environment.Version;
            File.WriteAllText(Path.Combine(dir, name + ".runtimeconfig.json"),
                "{\"runtimeOptions\":{\"tfm\":\"net" + version.Major + "." + version.Minor + "\",\"framework\":{\"name\":\"Microsoft.NETCore.App\",\"version\":\""
                + version.Major + "." + version.Minor + ".0\"}}}");

            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = dir,
            };
            info.ArgumentList.Add(dll);
            foreach (var v in new[] { "PYTHONHASHSEED", "PYTHONIOENCODING", "PYTHONPATH", "COLUMNS", "LINES", "TZ" })
                info.Environment.Remove(v);
            using (var process = Process.Start(info))
            {
                process.StandardInput.Close();
                var buffer = new MemoryStream();
                var copy = process.StandardOutput.BaseStream.CopyToAsync(buffer);
                var stderr = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(60000))
                {
                    process.Kill(true);
                    throw new TimeoutException(name + " did not finish in 60 s");
                }
                copy.Wait();
                return new SnippetRun
                {
                    Stdout = Encoding.GetEncoding("ISO-8859-1").GetString(buffer.ToArray()),
                    Stderr = stderr.Result,
                    ExitCode = process.ExitCode,
                };
            }
        }
    }
}
