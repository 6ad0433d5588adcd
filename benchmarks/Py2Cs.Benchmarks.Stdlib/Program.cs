using System;
using System.IO;
using Py2Cs.Benchmarks.Programs;

namespace Py2Cs.Benchmarks.Stdlib
{
    public static class Program
    {
        private const string Usage =
@"usage:
  compare [--runs N] [--only name,name] [--log-mb M]
      whole-process times of Programs/*.py (log_parsing over a generated M MB access.log, default 100;
      json_roundtrip, zlib_roundtrip): py2cs vs CPython 2.7.18 and python3, outputs compared before timing";

        public static int Main(string[] args)
        {
            if (args.Length == 0 || args[0] != "compare")
            {
                Console.WriteLine(Usage);
                return 2;
            }
            int runs = 3;
            long logMegabytes = 100;
            var only = Array.Empty<string>();
            for (int i = 1; i < args.Length; i++)
            {
                if (args[i] == "--runs" && i + 1 < args.Length) runs = int.Parse(args[++i]);
                else if (args[i] == "--only" && i + 1 < args.Length) only = args[++i].Split(',');
                else if (args[i] == "--log-mb" && i + 1 < args.Length) logMegabytes = long.Parse(args[++i]);
                else { Console.WriteLine(Usage); return 2; }
            }
            string programs = Path.Combine(RepositoryLocator.Root(), "benchmarks", "Py2Cs.Benchmarks.Stdlib", "Programs");
            Console.WriteLine($"access.log: {logMegabytes} MB, generated into each program's working directory");
            void Prepare(string name, string cwd)
            {
                if (name != "log_parsing") return;
                string log = Path.Combine(cwd, "access.log");
                AccessLogGenerator.Write(log, logMegabytes * 1024 * 1024);
            }
            return new ProgramComparison(runs, only, programs, Prepare).Run();
        }
    }
}
