using System;
using System.Diagnostics;
using BenchmarkDotNet.Running;

namespace Py2Cs.Benchmarks.Parser
{
    public static class Program
    {
        /// <summary>
        /// "dotnet run -c Release -- --filter *" runs BenchmarkDotNet; "--quick" times one pass of each without it
        /// (a smoke check, not a measurement).
        /// </summary>
        public static void Main(string[] args)
        {
            if (args.Length == 1 && args[0] == "--quick")
            {
                var benchmarks = new ParserBenchmarks();
                benchmarks.Setup();
                for (int round = 0; round < 5; round++)
                {
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    var watch = Stopwatch.StartNew();
                    benchmarks.Parse();
                    watch.Stop();
                    long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                    Console.WriteLine($"parse: {ParserBenchmarks.Lines / watch.Elapsed.TotalSeconds:N0} lines/s, {allocated / (double)ParserBenchmarks.Lines:N0} bytes/line");
                    watch.Restart();
                    benchmarks.Tokenize();
                    Console.WriteLine($"tokenize: {ParserBenchmarks.Lines / watch.Elapsed.TotalSeconds:N0} lines/s");
                }
                return;
            }
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
