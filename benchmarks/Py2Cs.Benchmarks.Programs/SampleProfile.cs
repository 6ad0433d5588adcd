using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;

namespace Py2Cs.Benchmarks.Programs
{
    /// <summary>
    /// The "profile" verb: reads an EventPipe trace written by a run under
    /// DOTNET_EnableEventPipe=1 with the sample profiler (see docs/performance.md) and prints the
    /// methods with the most samples, exclusive (on top of the stack) and inclusive (anywhere in it).
    /// No profiler tools are installed on the build machines; TraceEvent comes with BenchmarkDotNet.
    /// </summary>
    public static class SampleProfile
    {
        public static int Run(string tracePath, int top)
        {
            string etlx = TraceLog.CreateFromEventPipeDataFile(tracePath);
            using var log = new TraceLog(etlx);
            var exclusive = new Dictionary<string, int>();
            var inclusive = new Dictionary<string, int>();
            int samples = 0;
            foreach (var e in log.Events)
            {
                if (e.ProviderName != "Microsoft-DotNETCore-SampleProfiler") continue;
                var stack = e.CallStack();
                if (stack == null) continue;
                samples++;
                bool first = true;
                var seen = new HashSet<string>();
                for (var frame = stack; frame != null; frame = frame.Caller)
                {
                    string name = frame.CodeAddress.FullMethodName;
                    if (string.IsNullOrEmpty(name)) name = "?" + frame.CodeAddress.ModuleName;
                    if (first) { exclusive[name] = exclusive.GetValueOrDefault(name) + 1; first = false; }
                    if (seen.Add(name)) inclusive[name] = inclusive.GetValueOrDefault(name) + 1;
                }
            }
            Console.WriteLine($"{samples} samples");
            Print("exclusive", exclusive, samples, top);
            Print("inclusive", inclusive, samples, top);
            return 0;
        }

        static void Print(string title, Dictionary<string, int> counts, int samples, int top)
        {
            Console.WriteLine($"--- {title}");
            foreach (var (name, n) in counts.OrderByDescending(kv => kv.Value).Take(top).Select(kv => (kv.Key, kv.Value)))
                Console.WriteLine($"{100.0 * n / Math.Max(1, samples),6:0.0}%  {Truncate(name, 150)}");
        }

        static string Truncate(string s, int n) => s.Length <= n ? s : s.Substring(0, n) + "…";
    }
}
