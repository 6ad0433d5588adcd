using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace Py2Cs.Benchmarks.Cli
{
    public static class Program
    {
        private const string Usage =
@"usage:
  compare [--runs N] [--records N] [--parses N] [--only logging_file,argparse_parse]
      whole-process times of Programs/*.py (1M logger.info, 100k parse_args): py2cs vs CPython 2.7.18 and python3
  micro [BenchmarkDotNet arguments]
      in-process figures of one logger.info and one parse_args (e.g. micro --filter *)
  profile TRACE.nettrace [TOP]
      the hottest methods of a run traced with the sample profiler (docs/performance.md)";

        public static int Main(string[] args)
        {
            if (args.Length == 0) { Console.WriteLine(Usage); return 2; }
            switch (args[0])
            {
                case "compare":
                    int runs = 3;
                    string records = "1000000", parses = "100000";
                    var only = Array.Empty<string>();
                    for (int i = 1; i < args.Length; i++)
                    {
                        if (args[i] == "--runs" && i + 1 < args.Length) runs = int.Parse(args[++i]);
                        else if (args[i] == "--records" && i + 1 < args.Length) records = args[++i];
                        else if (args[i] == "--parses" && i + 1 < args.Length) parses = args[++i];
                        else if (args[i] == "--only" && i + 1 < args.Length) only = args[++i].Split(',');
                        else { Console.WriteLine(Usage); return 2; }
                    }
                    // The programs read their sizes from the environment, which every child inherits.
                    Environment.SetEnvironmentVariable("LOGGING_BENCH_N", records);
                    Environment.SetEnvironmentVariable("ARGPARSE_BENCH_N", parses);
                    return new CliComparison(runs, only).Run();
                case "profile" when args.Length >= 2:
                    return Py2Cs.Benchmarks.Programs.SampleProfile.Run(args[1], args.Length > 2 ? int.Parse(args[2]) : 40);
                case "micro":
                    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Skip(1).ToArray());
                    return 0;
                default:
                    Console.WriteLine(Usage);
                    return 2;
            }
        }
    }
}
