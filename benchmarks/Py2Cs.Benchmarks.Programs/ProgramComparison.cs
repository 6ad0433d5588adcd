using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Py2Cs.Benchmarks.Programs
{
    /// <summary>
    /// The "compare" verb: for each Programs/*.py, transpile it with py2cs convert and build the C#
    /// project in Release (both timed, reported apart), check that the built program prints exactly
    /// what CPython 2.7.18 prints, then time whole-process runs of the built program, of CPython 2.7
    /// and of python3 (only where python3 runs the program and prints the same) and print the medians.
    /// </summary>
    public sealed class ProgramComparison
    {
        private readonly int runs;
        private readonly IReadOnlyCollection<string> only;
        private readonly string workRoot = Path.Combine(Path.GetTempPath(), "py2cs-bench");
        private readonly string programsFolder;
        private readonly Action<string, string> prepare;
        private readonly Func<string, string> writtenFiles;

        /// <param name="programsFolder">The folder of the .py programs (default: this project's Programs/).</param>
        /// <param name="prepare">Called with (program name, working directory) before a program is run, to
        /// create its input files (the stdlib benchmarks generate their data there).</param>
        /// <param name="writtenFiles">Called with the working directory after a correctness run: a summary of
        /// the files the program wrote there (null when none), compared like stdout (the command-line
        /// benchmarks compare their log file this way).</param>
        public ProgramComparison(int runs, IReadOnlyCollection<string> only, string programsFolder = null, Action<string, string> prepare = null,
            Func<string, string> writtenFiles = null)
        {
            this.runs = runs;
            this.only = only;
            this.programsFolder = programsFolder ?? RepositoryLocator.ProgramsFolder();
            this.prepare = prepare;
            this.writtenFiles = writtenFiles;
        }

        public static string CPython27()
        {
            string root = Environment.GetEnvironmentVariable("PYENV_ROOT");
            if (string.IsNullOrEmpty(root))
                root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv");
            string path = Path.Combine(root, "versions", "2.7.18", "bin", "python2.7");
            return File.Exists(path) ? path : null;
        }

        public static string Python3()
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                if (dir.Length == 0) continue;
                string path = Path.Combine(dir, "python3");
                if (File.Exists(path)) return path;
            }
            return null;
        }

        public int Run()
        {
            string py2cs = Path.Combine(AppContext.BaseDirectory, "py2cs.dll");
            string cpython = CPython27();
            string python3 = Python3();
            var programs = Directory.GetFiles(programsFolder, "*.py")
                .Where(p => only.Count == 0 || only.Contains(Path.GetFileNameWithoutExtension(p)))
                .OrderBy(p => p, StringComparer.Ordinal).ToList();
            Console.WriteLine($"runs per program: {runs} (median reported); CPython 2.7.18: {cpython ?? "absent"}; python3: {python3 ?? "absent"}");
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
            var rows = new List<string[]>();
            bool allCorrect = true;
            foreach (var program in programs)
            {
                var row = Measure(program, py2cs, cpython, python3);
                allCorrect &= row.Correct;
                rows.Add(row.Cells);
                Console.WriteLine(string.Join(" | ", row.Cells));
            }
            Console.WriteLine();
            Console.WriteLine(MarkdownTable.Format(
                new[] { "program", "transpile (s)", "C# build (s)", "py2cs wall (cpu) s", "CPython 2.7 wall (cpu) s", "speed-up vs 2.7 (wall)", "speed-up vs 2.7 (cpu)", "python3 wall (cpu) s" },
                rows));
            return allCorrect ? 0 : 1;
        }

        private sealed record Row(string[] Cells, bool Correct);

        private Row Measure(string program, string py2cs, string cpython, string python3)
        {
            string name = Path.GetFileNameWithoutExtension(program);
            string project = Path.Combine(workRoot, name, "project");
            string cwd = Path.Combine(workRoot, name, "cwd");
            Directory.CreateDirectory(cwd);
            prepare?.Invoke(name, cwd);
            if (Directory.Exists(project))
                Directory.Delete(project, true);

            var transpile = ProcessTimer.Run("dotnet", new[] { py2cs, "convert", "--force", "-o", project, program }, cwd);
            if (transpile.ExitCode != 0)
                return Failed(name, "transpile failed: " + transpile.Stderr);
            var build = ProcessTimer.Run("dotnet", new[] { "build", project, "-c", "Release", "-nologo", "-v", "q" }, cwd);
            if (build.ExitCode != 0)
                return Failed(name, "build failed: " + build.Stdout + build.Stderr);
            string assembly = Path.Combine(project, "bin", "Release", "net10.0", name + ".dll");
            string[] ours = { assembly };
            string[] script = { program };

            // Correctness before speed: our stdout, exit status and written files must equal CPython's.
            var first = ProcessTimer.Run("dotnet", ours, cwd);
            string ourFiles = writtenFiles?.Invoke(cwd);
            if (ourFiles != null) Console.WriteLine($"{name}: {first.Stdout.TrimEnd()}; {ourFiles}");
            string expected = null;
            if (cpython != null)
            {
                var reference = ProcessTimer.Run(cpython, script, cwd);
                string referenceFiles = writtenFiles?.Invoke(cwd);
                expected = reference.Stdout;
                if (first.Stdout != reference.Stdout || first.ExitCode != reference.ExitCode || ourFiles != referenceFiles)
                    return Failed(name, $"output differs from CPython 2.7 (exit {first.ExitCode}):\n{first.Stdout}{ourFiles}\n{first.Stderr}\n--- CPython:\n{reference.Stdout}{referenceFiles}");
            }
            else if (first.ExitCode != 0)
                return Failed(name, "exit status " + first.ExitCode + ": " + first.Stderr);

            bool python3Runs = false;
            if (python3 != null && expected != null)
            {
                var trial = ProcessTimer.Run(python3, script, cwd);
                python3Runs = trial.ExitCode == 0 && trial.Stdout == expected && writtenFiles?.Invoke(cwd) == ourFiles;
            }

            var ourTimes = new List<ProcessRun>();
            var cpythonTimes = new List<ProcessRun>();
            var python3Times = new List<ProcessRun>();
            for (int i = 0; i < runs; i++)
            {
                ourTimes.Add(ProcessTimer.Run("dotnet", ours, cwd));
                if (cpython != null)
                    cpythonTimes.Add(ProcessTimer.Run(cpython, script, cwd));
                if (python3Runs)
                    python3Times.Add(ProcessTimer.Run(python3, script, cwd));
            }
            double our = Median(ourTimes.Select(r => r.Wall.TotalSeconds)), ourCpu = Median(ourTimes.Select(r => r.Cpu.TotalSeconds));
            string cpythonCell = "not measured", ratio = "not measured", cpuRatio = "not measured";
            if (cpython != null)
            {
                double wall = Median(cpythonTimes.Select(r => r.Wall.TotalSeconds)), cpu = Median(cpythonTimes.Select(r => r.Cpu.TotalSeconds));
                cpythonCell = $"{Seconds(wall)} ({Seconds(cpu)})";
                ratio = Ratio(wall / our);
                cpuRatio = Ratio(cpu / ourCpu);
            }
            string python3Cell = python3 == null ? "not measured (absent)"
                : python3Runs ? $"{Seconds(Median(python3Times.Select(r => r.Wall.TotalSeconds)))} ({Seconds(Median(python3Times.Select(r => r.Cpu.TotalSeconds)))})"
                : "n/a (does not run on python3)";
            return new Row(new[] { name, Seconds(transpile.Wall.TotalSeconds), Seconds(build.Wall.TotalSeconds), $"{Seconds(our)} ({Seconds(ourCpu)})", cpythonCell, ratio, cpuRatio, python3Cell }, true);
        }

        private static Row Failed(string name, string why)
        {
            Console.Error.WriteLine($"{name}: {why}");
            return new Row(new[] { name, "", "", "FAILED", "", "", "", "" }, false);
        }

        private static string Ratio(double r) => r.ToString("0.00", CultureInfo.InvariantCulture) + "×";

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            int n = sorted.Count;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        private static string Seconds(double s) => s.ToString("0.00", CultureInfo.InvariantCulture);

        private static string LoadAverage()
        {
            try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
            catch (IOException) { return "unknown"; }
        }
    }
}
