using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Py2Cs.Benchmarks.Programs;

namespace Py2Cs.Benchmarks.Files
{
    /// <summary>
    /// Transpiles Programs/line_io.py with py2cs convert, builds it in Release, checks that it prints
    /// what CPython 2.7.18 prints, then times whole-process runs of the built program, of CPython 2.7
    /// and of python3 (medians). usage: [--runs N] [--mb M] (M megabytes, default 200).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            int runs = 3, mb = 200;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--runs" && i + 1 < args.Length) runs = int.Parse(args[++i]);
                else if (args[i] == "--mb" && i + 1 < args.Length) mb = int.Parse(args[++i]);
                else { Console.WriteLine("usage: [--runs N] [--mb M]"); return 2; }
            }
            Environment.SetEnvironmentVariable("FILES_BENCH_MB", mb.ToString(CultureInfo.InvariantCulture));
            string program = Path.Combine(RepositoryLocator.Root(), "benchmarks", "Py2Cs.Benchmarks.Files", "Programs", "line_io.py");
            string work = Path.Combine(Path.GetTempPath(), "py2cs-bench-files");
            string project = Path.Combine(work, "project"), cwd = Path.Combine(work, "cwd");
            if (Directory.Exists(project)) Directory.Delete(project, true);
            Directory.CreateDirectory(cwd);
            string py2cs = Path.Combine(AppContext.BaseDirectory, "py2cs.dll");
            var convert = ProcessTimer.Run("dotnet", new[] { py2cs, "convert", "--force", "-o", project, program }, cwd);
            if (convert.ExitCode != 0) { Console.Error.WriteLine("transpile failed: " + convert.Stderr); return 1; }
            var build = ProcessTimer.Run("dotnet", new[] { "build", project, "-c", "Release", "-nologo", "-v", "q" }, cwd);
            if (build.ExitCode != 0) { Console.Error.WriteLine("build failed: " + build.Stdout + build.Stderr); return 1; }
            string[] ours = { Path.Combine(project, "bin", "Release", "net10.0", "line_io.dll") };
            string[] script = { program };
            string cpython = ProgramComparison.CPython27(), python3 = ProgramComparison.Python3();

            var first = ProcessTimer.Run("dotnet", ours, cwd);
            Console.Write(first.Stdout);
            if (cpython != null)
            {
                var reference = ProcessTimer.Run(cpython, script, cwd);
                if (reference.Stdout != first.Stdout || reference.ExitCode != first.ExitCode)
                {
                    Console.Error.WriteLine($"output differs from CPython 2.7:\n{first.Stdout}{first.Stderr}\n--- CPython:\n{reference.Stdout}");
                    return 1;
                }
            }
            bool python3Runs = python3 != null && ProcessTimer.Run(python3, script, cwd) is var p3 && p3.ExitCode == 0 && p3.Stdout == first.Stdout;

            var times = new Dictionary<string, List<double>> { ["py2cs"] = new(), ["cpython"] = new(), ["python3"] = new() };
            for (int i = 0; i < runs; i++)
            {
                times["py2cs"].Add(ProcessTimer.Run("dotnet", ours, cwd).Wall.TotalSeconds);
                if (cpython != null) times["cpython"].Add(ProcessTimer.Run(cpython, script, cwd).Wall.TotalSeconds);
                if (python3Runs) times["python3"].Add(ProcessTimer.Run(python3, script, cwd).Wall.TotalSeconds);
            }
            double ourMedian = Median(times["py2cs"]);
            string load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
            Console.WriteLine($"{mb} MB written and copied line by line; {runs} runs, medians; {Environment.ProcessorCount} cores, load average {load}");
            Console.WriteLine(MarkdownTable.Format(
                new[] { "program", "py2cs (s)", "CPython 2.7 (s)", "speed-up vs 2.7", "python3 (s)" },
                new[]
                {
                    new[]
                    {
                        "line_io", Seconds(ourMedian),
                        cpython == null ? "absent" : Seconds(Median(times["cpython"])),
                        cpython == null ? "-" : (Median(times["cpython"]) / ourMedian).ToString("0.00", CultureInfo.InvariantCulture) + "×",
                        python3Runs ? Seconds(Median(times["python3"])) : "n/a",
                    },
                }));
            return 0;
        }

        static double Median(List<double> v)
        {
            var s = v.OrderBy(x => x).ToList();
            return s.Count == 0 ? double.NaN : s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
        }

        static string Seconds(double s) => s.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
