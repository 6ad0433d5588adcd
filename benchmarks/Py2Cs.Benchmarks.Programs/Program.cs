using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace Py2Cs.Benchmarks.Programs
{
    public static class Program
    {
        private const string Usage =
@"usage:
  compare [--runs N] [--only name,name]   whole-process times of Programs/*.py: py2cs vs CPython 2.7.18 (and python3)
  micro [BenchmarkDotNet arguments]       micro-benchmarks of the runtime's hot paths (e.g. micro --filter *Call*)
  profile TRACE.nettrace [TOP]            the hottest methods of a run traced with the sample profiler (docs/performance.md)";

        public static int Main(string[] args)
        {
            if (args.Length == 0)
            {
                Console.WriteLine(Usage);
                return 2;
            }
            switch (args[0])
            {
                case "compare":
                    int runs = 3;
                    var only = Array.Empty<string>();
                    for (int i = 1; i < args.Length; i++)
                    {
                        if (args[i] == "--runs" && i + 1 < args.Length) runs = int.Parse(args[++i]);
                        else if (args[i] == "--only" && i + 1 < args.Length) only = args[++i].Split(',');
                        else { Console.WriteLine(Usage); return 2; }
                    }
                    return new ProgramComparison(runs, only).Run();
                case "profile" when args.Length >= 2:
                    return SampleProfile.Run(args[1], args.Length > 2 ? int.Parse(args[2]) : 40);
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
