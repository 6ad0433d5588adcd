using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Py2Cs.Runtime.Modules.getopt;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.getopt
{
    /// <summary>getopt/gnu_getopt against every combination recorded from CPython 2.7 (data/record_getopt.py).</summary>
    public class GetoptScannerTests
    {
        private static JsonElement[] RecordedCases([CallerFilePath] string thisFile = "")
        {
            string json = File.ReadAllText(Path.Combine(Path.GetDirectoryName(thisFile), "data", "getopt_cases.json"));
            return JsonDocument.Parse(json).RootElement.EnumerateArray().ToArray();
        }

        private static List<string> Strings(JsonElement e) => e.EnumerateArray().Select(x => x.GetString()).ToList();

        [Fact]
        public void EveryRecordedCaseMatchesCPython()
        {
            JsonElement[] cases = RecordedCases();
            Assert.True(cases.Length > 1000);
            foreach (JsonElement c in cases)
            {
                List<string> args = Strings(c.GetProperty("args"));
                string shortopts = c.GetProperty("short").GetString();
                List<string> longopts = Strings(c.GetProperty("long"));
                string label = $"{c.GetProperty("fn").GetString()}({string.Join(" ", args)}; '{shortopts}'; {string.Join(",", longopts)})";
                try
                {
                    List<(string, string)> opts;
                    List<string> rest;
                    if (c.GetProperty("fn").GetString() == "getopt")
                    {
                        var (o, start) = GetoptScanner.Getopt(args, shortopts, longopts);
                        opts = o;
                        rest = args.Skip(start).ToList();
                    }
                    else
                    {
                        (opts, rest) = GetoptScanner.GnuGetopt(args, shortopts, longopts);
                    }
                    Assert.False(c.TryGetProperty("msg", out JsonElement msg), label + " should fail with " + msg);
                    var expectedOpts = c.GetProperty("opts").EnumerateArray().Select(p => (p[0].GetString(), p[1].GetString())).ToList();
                    Assert.Equal(expectedOpts, opts);
                    Assert.Equal(Strings(c.GetProperty("rest")), rest);
                }
                catch (GetoptFailure e)
                {
                    Assert.True(c.TryGetProperty("msg", out JsonElement msg), label + " failed unexpectedly: " + e.Msg);
                    Assert.Equal(msg.GetString(), e.Msg);
                    Assert.Equal(c.GetProperty("opt").GetString(), e.Opt);
                }
            }
        }
    }
}
