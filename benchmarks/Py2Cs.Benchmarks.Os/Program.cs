using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Py2Cs.Benchmarks.Programs;

namespace Py2Cs.Benchmarks.Os
{
    /// <summary>
    /// The os benchmark: Programs/os_walk.py over a generated tree of 100,000 files (1,000 leaf
    /// directories of 100 files under 10 top directories), Programs/struct_pack.py and the os.fork stress
    /// program Programs/fork_stress.py (200 fork/compute/pipe rounds, 50 fork/exec rounds). Each program
    /// is transpiled with py2cs convert and built in Release, checked to print what CPython 2.7.18
    /// prints, then timed as whole processes against CPython 2.7 and python3 (medians).
    /// usage: [--runs N] [--files F] [--structs S]
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            int runs = 3, files = 100_000, structs = 1_000_000;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--runs" && i + 1 < args.Length) runs = int.Parse(args[++i]);
                else if (args[i] == "--files" && i + 1 < args.Length) files = int.Parse(args[++i]);
                else if (args[i] == "--structs" && i + 1 < args.Length) structs = int.Parse(args[++i]);
                else { Console.WriteLine("usage: [--runs N] [--files F] [--structs S]"); return 2; }
            }
            string work = Path.Combine(Path.GetTempPath(), "py2cs-bench-os");
            string tree = Path.Combine(work, "tree-" + files.ToString(CultureInfo.InvariantCulture));
            MakeTree(tree, files);
            Environment.SetEnvironmentVariable("OS_BENCH_TREE", tree);
            Environment.SetEnvironmentVariable("STRUCT_BENCH_N", structs.ToString(CultureInfo.InvariantCulture));

            var rows = new List<string[]>();
            foreach (var name in new[] { "os_walk", "struct_pack", "fork_stress" })
            {
                var row = Measure(name, work, runs);
                if (row == null) return 1;
                rows.Add(row);
            }
            string load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
            Console.WriteLine($"os.walk over {files} files; {structs} struct rounds; {runs} runs, medians; {Environment.ProcessorCount} cores, load average {load}");
            Console.WriteLine(MarkdownTable.Format(
                new[] { "program", "py2cs (s)", "CPython 2.7 (s)", "speed-up vs 2.7", "python3 (s)" }, rows));
            return 0;
        }

        // 10 top directories × 10 subdirectories × (files / 100) files each; made once and reused.
        static void MakeTree(string tree, int files)
        {
            string done = tree + ".complete";
            if (File.Exists(done)) return;
            if (Directory.Exists(tree)) Directory.Delete(tree, true);
            int perLeaf = Math.Max(1, files / 100), made = 0;
            for (int a = 0; a < 10; a++)
                for (int b = 0; b < 10; b++)
                {
                    string leaf = Path.Combine(tree, "top" + a, "sub" + b);
                    Directory.CreateDirectory(leaf);
                    for (int f = 0; f < perLeaf && made < files; f++, made++)
                        File.WriteAllBytes(Path.Combine(leaf, "file" + f + ".dat"), Array.Empty<byte>());
                }
            File.WriteAllText(done, made.ToString(CultureInfo.InvariantCulture));
        }

        static string[] Measure(string name, string work, int runs)
        {
            string program = Path.Combine(RepositoryLocator.Root(), "benchmarks", "Py2Cs.Benchmarks.Os", "Programs", name + ".py");
            string project = Path.Combine(work, "project-" + name), cwd = Path.Combine(work, "cwd");
            if (Directory.Exists(project)) Directory.Delete(project, true);
            Directory.CreateDirectory(cwd);
            string py2cs = Path.Combine(AppContext.BaseDirectory, "py2cs.dll");
            var convert = ProcessTimer.Run("dotnet", new[] { py2cs, "convert", "--force", "-o", project, program }, cwd);
            if (convert.ExitCode != 0) { Console.Error.WriteLine(name + ": transpile failed: " + convert.Stderr); return null; }
            var build = ProcessTimer.Run("dotnet", new[] { "build", project, "-c", "Release", "-nologo", "-v", "q" }, cwd);
            if (build.ExitCode != 0) { Console.Error.WriteLine(name + ": build failed: " + build.Stdout + build.Stderr); return null; }
            string[] ours = { Path.Combine(project, "bin", "Release", "net10.0", name + ".dll") };
            string[] script = { program };
            string cpython = ProgramComparison.CPython27(), python3 = ProgramComparison.Python3();

            var first = ProcessTimer.Run("dotnet", ours, cwd);
            Console.Write(name + ": " + first.Stdout);
            if (cpython != null)
            {
                var reference = ProcessTimer.Run(cpython, script, cwd);
                if (reference.Stdout != first.Stdout || reference.ExitCode != first.ExitCode)
                {
                    Console.Error.WriteLine($"{name}: output differs from CPython 2.7:\n{first.Stdout}{first.Stderr}\n--- CPython:\n{reference.Stdout}");
                    return null;
                }
            }
            bool python3Runs = python3 != null && ProcessTimer.Run(python3, script, cwd) is var p3 && p3.ExitCode == 0 && p3.Stdout == first.Stdout;

            var ourTimes = new List<double>();
            var cpythonTimes = new List<double>();
            var python3Times = new List<double>();
            for (int i = 0; i < runs; i++)
            {
                ourTimes.Add(ProcessTimer.Run("dotnet", ours, cwd).Wall.TotalSeconds);
                if (cpython != null) cpythonTimes.Add(ProcessTimer.Run(cpython, script, cwd).Wall.TotalSeconds);
                if (python3Runs) python3Times.Add(ProcessTimer.Run(python3, script, cwd).Wall.TotalSeconds);
            }
            double ourMedian = Median(ourTimes);
            return new[]
            {
                name, Seconds(ourMedian),
                cpython == null ? "absent" : Seconds(Median(cpythonTimes)),
                cpython == null ? "-" : (Median(cpythonTimes) / ourMedian).ToString("0.00", CultureInfo.InvariantCulture) + "×",
                python3Runs ? Seconds(Median(python3Times)) : "n/a",
            };
        }

        static double Median(List<double> v)
        {
            var s = v.OrderBy(x => x).ToList();
            return s.Count == 0 ? double.NaN : s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
        }

        static string Seconds(double s) => s.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
