using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Py2Cs.Benchmarks.Programs;

namespace Py2Cs.Benchmarks.Cli
{
    /// <summary>
    /// The "compare" verb: each Programs/*.py is transpiled with py2cs convert and built in Release, run
    /// once by py2cs and by CPython 2.7.18 with stdout, exit status and the log file it writes (line count
    /// and checksum) compared, then timed as whole processes (median wall and CPU time of N alternating
    /// runs) against CPython 2.7 and python3 where python3 prints the same.
    /// </summary>
    public sealed class CliComparison
    {
        /// <summary>The file logging_file.py writes in its working directory.</summary>
        private const string LogFile = "bench.log";

        // "2026-11-21 10:16:18,123 " — Formatter's default asctime, stripped before the checksum.
        private static readonly Regex AsctimePrefix = new(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", RegexOptions.Compiled);

        private readonly int runs;
        private readonly IReadOnlyCollection<string> only;
        private readonly string workRoot = Path.Combine(Path.GetTempPath(), "py2cs-bench-cli");

        public CliComparison(int runs, IReadOnlyCollection<string> only)
        {
            this.runs = runs;
            this.only = only;
        }

        public int Run()
        {
            string programs = Path.Combine(RepositoryLocator.Root(), "benchmarks", "Py2Cs.Benchmarks.Cli", "Programs");
            string cpython = ProgramComparison.CPython27(), python3 = ProgramComparison.Python3();
            Console.WriteLine($"runs per program: {runs} (median); CPython 2.7.18: {cpython ?? "absent"}; python3: {python3 ?? "absent"}");
            Console.WriteLine($"logging: {Environment.GetEnvironmentVariable("LOGGING_BENCH_N")} records; argparse: {Environment.GetEnvironmentVariable("ARGPARSE_BENCH_N")} parses; {Environment.ProcessorCount} cores, load average {LoadAverage()}");
            var rows = new List<string[]>();
            bool allCorrect = true;
            foreach (var program in Directory.GetFiles(programs, "*.py").OrderBy(p => p, StringComparer.Ordinal))
            {
                string name = Path.GetFileNameWithoutExtension(program);
                if (only.Count > 0 && !only.Contains(name)) continue;
                var row = Measure(name, program, cpython, python3);
                allCorrect &= row != null;
                rows.Add(row ?? new[] { name, "FAILED", "", "", "", "" });
                Console.WriteLine(string.Join(" | ", rows[^1]));
            }
            Console.WriteLine();
            Console.WriteLine(MarkdownTable.Format(
                new[] { "program", "py2cs wall (cpu) s", "CPython 2.7 wall (cpu) s", "speed-up vs 2.7 (wall)", "speed-up vs 2.7 (cpu)", "python3 wall (cpu) s" }, rows));
            return allCorrect ? 0 : 1;
        }

        private string[] Measure(string name, string program, string cpython, string python3)
        {
            string project = Path.Combine(workRoot, name, "project"), cwd = Path.Combine(workRoot, name, "cwd");
            Directory.CreateDirectory(cwd);
            if (Directory.Exists(project)) Directory.Delete(project, true);
            string py2cs = Path.Combine(AppContext.BaseDirectory, "py2cs.dll");
            var convert = ProcessTimer.Run("dotnet", new[] { py2cs, "convert", "--force", "-o", project, program }, cwd);
            if (convert.ExitCode != 0) return Failed(name, "transpile failed: " + convert.Stderr);
            var build = ProcessTimer.Run("dotnet", new[] { "build", project, "-c", "Release", "-nologo", "-v", "q" }, cwd);
            if (build.ExitCode != 0) return Failed(name, "build failed: " + build.Stdout + build.Stderr);
            string[] ours = { Path.Combine(project, "bin", "Release", "net10.0", name + ".dll") };
            string[] script = { program };

            var first = ProcessTimer.Run("dotnet", ours, cwd);
            string ourLog = LogSummary(cwd);
            Console.WriteLine($"{name}: {first.Stdout.TrimEnd()}{(ourLog == null ? "" : "; " + ourLog)}");
            if (first.ExitCode != 0) return Failed(name, $"exit status {first.ExitCode}: {first.Stderr}");
            if (cpython != null)
            {
                var reference = ProcessTimer.Run(cpython, script, cwd);
                string referenceLog = LogSummary(cwd);
                if (reference.Stdout != first.Stdout || reference.ExitCode != first.ExitCode || referenceLog != ourLog)
                    return Failed(name, $"output differs from CPython 2.7:\n{first.Stdout}{ourLog}\n{first.Stderr}\n--- CPython:\n{reference.Stdout}{referenceLog}");
            }
            bool python3Runs = false;
            if (python3 != null)
            {
                var trial = ProcessTimer.Run(python3, script, cwd);
                python3Runs = trial.ExitCode == 0 && trial.Stdout == first.Stdout && LogSummary(cwd) == ourLog;
            }

            var ourRuns = new List<ProcessRun>();
            var cpythonRuns = new List<ProcessRun>();
            var python3Runs_ = new List<ProcessRun>();
            for (int i = 0; i < runs; i++)
            {
                ourRuns.Add(ProcessTimer.Run("dotnet", ours, cwd));
                if (cpython != null) cpythonRuns.Add(ProcessTimer.Run(cpython, script, cwd));
                if (python3Runs) python3Runs_.Add(ProcessTimer.Run(python3, script, cwd));
            }
            double wall = Median(ourRuns.Select(r => r.Wall.TotalSeconds)), cpu = Median(ourRuns.Select(r => r.Cpu.TotalSeconds));
            string cpythonCell = "absent", wallRatio = "-", cpuRatio = "-";
            if (cpython != null)
            {
                double cw = Median(cpythonRuns.Select(r => r.Wall.TotalSeconds)), cc = Median(cpythonRuns.Select(r => r.Cpu.TotalSeconds));
                cpythonCell = $"{Seconds(cw)} ({Seconds(cc)})";
                wallRatio = Ratio(cw / wall);
                cpuRatio = Ratio(cc / cpu);
            }
            string python3Cell = python3 == null ? "absent"
                : python3Runs ? $"{Seconds(Median(python3Runs_.Select(r => r.Wall.TotalSeconds)))} ({Seconds(Median(python3Runs_.Select(r => r.Cpu.TotalSeconds)))})"
                : "n/a (output differs or fails)";
            return new[] { name, $"{Seconds(wall)} ({Seconds(cpu)})", cpythonCell, wallRatio, cpuRatio, python3Cell };
        }

        /// <summary>
        /// Line count and FNV-1a checksum of the log file with each line's asctime removed (the only
        /// part that differs between runs), or null when the program wrote no log; the file is then
        /// deleted so the next run starts clean.
        /// </summary>
        internal static string LogSummary(string cwd)
        {
            string path = Path.Combine(cwd, LogFile);
            if (!File.Exists(path)) return null;
            ulong hash = 14695981039346656037UL;
            long lines = 0, undated = 0;
            foreach (string line in File.ReadLines(path, Encoding.Latin1))
            {
                lines++;
                var prefix = AsctimePrefix.Match(line);
                if (!prefix.Success) undated++;
                foreach (char c in line.AsSpan(prefix.Length))
                    hash = (hash ^ c) * 1099511628211UL;
                hash = (hash ^ '\n') * 1099511628211UL;
            }
            File.Delete(path);
            return $"{LogFile}: {lines} lines, {undated} without asctime, checksum {hash:x16}";
        }

        private static string[] Failed(string name, string why)
        {
            Console.Error.WriteLine($"{name}: {why}");
            return null;
        }

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            int n = sorted.Count;
            return n == 0 ? double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        private static string Ratio(double r) => r.ToString("0.00", CultureInfo.InvariantCulture) + "×";
        private static string Seconds(double s) => s.ToString("0.00", CultureInfo.InvariantCulture);

        private static string LoadAverage()
        {
            try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
            catch (IOException) { return "unknown"; }
        }
    }
}
