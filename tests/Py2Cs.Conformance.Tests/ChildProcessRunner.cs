using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Py2Cs.Conformance.Tests
{
    /// <summary>What a finished (or killed) child process did.</summary>
    public sealed class ChildProcessResult
    {
        public byte[] Stdout { get; set; }
        public byte[] Stderr { get; set; }
        public int ExitCode { get; set; }
        public bool TimedOut { get; set; }
        public TimeSpan Elapsed { get; set; }
    }

    /// <summary>
    /// Runs a program the way the conformance corpus was recorded: a given working directory, empty
    /// stdin, and an environment without the variables that change Python's or the terminal's behaviour.
    /// </summary>
    public static class ChildProcessRunner
    {
        /// <summary>Variables removed from the child's environment (as when the expected outputs were recorded).</summary>
        public static readonly string[] RemovedVariables = { "PYTHONHASHSEED", "PYTHONIOENCODING", "PYTHONPATH", "COLUMNS", "LINES", "TZ" };

        /// <summary>
        /// Runs <paramref name="fileName"/> to completion or until <paramref name="timeout"/> (then kills it).
        /// <paramref name="stdin"/> is written to its stdin before closing it (empty when null);
        /// <paramref name="environment"/> sets (or, with a null value, removes) further variables.
        /// </summary>
        public static ChildProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
            IReadOnlyDictionary<string, string> environment = null, byte[] stdin = null)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            foreach (var name in RemovedVariables)
                start.Environment.Remove(name);
            // The test host's own settings must not leak into the program under test.
            start.Environment.Remove("DOTNET_STARTUP_HOOKS");
            foreach (var variable in environment ?? new Dictionary<string, string>())
            {
                if (variable.Value == null)
                    start.Environment.Remove(variable.Key);
                else
                    start.Environment[variable.Key] = variable.Value;
            }

            var clock = Stopwatch.StartNew();
            using (var process = Process.Start(start))
            {
                var stdout = ReadAllAsync(process.StandardOutput.BaseStream);
                var stderr = ReadAllAsync(process.StandardError.BaseStream);
                try
                {
                    if (stdin != null)
                        process.StandardInput.BaseStream.Write(stdin, 0, stdin.Length);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // The program exited without reading all its input, as programs may.
                }
                var timedOut = !process.WaitForExit((int)timeout.TotalMilliseconds);
                if (timedOut)
                {
                    try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                    process.WaitForExit();
                }
                else
                {
                    // Waits for the end of the redirected streams too.
                    process.WaitForExit();
                }
                return new ChildProcessResult
                {
                    Stdout = stdout.GetAwaiter().GetResult(),
                    Stderr = stderr.GetAwaiter().GetResult(),
                    ExitCode = process.ExitCode,
                    TimedOut = timedOut,
                    Elapsed = clock.Elapsed,
                };
            }
        }

        private static async Task<byte[]> ReadAllAsync(Stream stream)
        {
            using (var buffer = new MemoryStream())
            {
                await stream.CopyToAsync(buffer).ConfigureAwait(false);
                return buffer.ToArray();
            }
        }
    }
}
