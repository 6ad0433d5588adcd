using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Py2Cs.Benchmarks.Programs
{
    /// <summary>The outcome of one child process: its wall time, exit status and output.</summary>
    public sealed class ProcessRun
    {
        public TimeSpan Wall { get; init; }
        /// <summary>User + system CPU time of the child (all its threads), from getrusage(RUSAGE_CHILDREN).</summary>
        public TimeSpan Cpu { get; init; }
        public int ExitCode { get; init; }
        public string Stdout { get; init; }
        public string Stderr { get; init; }
        public bool Started { get; init; } = true;
    }

    /// <summary>Runs a child process to completion and measures its whole wall time (start to exit).</summary>
    public static class ProcessTimer
    {
        public static ProcessRun Run(string fileName, IEnumerable<string> arguments, string workingDirectory)
        {
            var info = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var a in arguments)
                info.ArgumentList.Add(a);
            TimeSpan cpuBefore = ChildrenCpu.Total();
            var watch = Stopwatch.StartNew();
            Process process;
            try
            {
                process = Process.Start(info);
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception || e is FileNotFoundException)
            {
                return new ProcessRun { Started = false, ExitCode = -1, Stdout = "", Stderr = e.Message };
            }
            using (process)
            {
                process.StandardInput.Close();
                // Read both pipes concurrently so a chatty child never blocks on a full pipe.
                Task<string> stdout = process.StandardOutput.ReadToEndAsync();
                Task<string> stderr = process.StandardError.ReadToEndAsync();
                process.WaitForExit();
                watch.Stop();
                return new ProcessRun { Wall = watch.Elapsed, Cpu = ChildrenCpu.Total() - cpuBefore, ExitCode = process.ExitCode, Stdout = stdout.Result, Stderr = stderr.Result };
            }
        }
    }
}
