using System;
using System.Collections.Generic;
using System.IO;
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

        public CliComparison(int runs, IReadOnlyCollection<string> only)
        {
            this.runs = runs;
            this.only = only;
        }

        /// <summary>The Programs benchmark's driver over this project's Programs/, with the log file
        /// compared as well as stdout.</summary>
        public int Run()
        {
            string programs = Path.Combine(RepositoryLocator.Root(), "benchmarks", "Py2Cs.Benchmarks.Cli", "Programs");
            Console.WriteLine($"logging: {Environment.GetEnvironmentVariable("LOGGING_BENCH_N")} records; argparse: {Environment.GetEnvironmentVariable("ARGPARSE_BENCH_N")} parses");
            return new ProgramComparison(runs, only, programs, writtenFiles: LogSummary).Run();
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
    }
}
