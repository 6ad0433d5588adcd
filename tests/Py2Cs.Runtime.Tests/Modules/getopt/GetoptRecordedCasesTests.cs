using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.getopt
{
    /// <summary>getopt/gnu_getopt called as Python calls them, against every combination recorded from
    /// CPython 2.7 (data/record_getopt.py): the pairs, the rest, or GetoptError's msg and opt.</summary>
    public class GetoptRecordedCasesTests
    {
        private static JsonElement[] RecordedCases([CallerFilePath] string thisFile = "")
        {
            string json = File.ReadAllText(Path.Combine(Path.GetDirectoryName(thisFile), "data", "getopt_cases.json"));
            return JsonDocument.Parse(json).RootElement.EnumerateArray().ToArray();
        }

        private static List<string> Strings(JsonElement e) => e.EnumerateArray().Select(x => x.GetString()).ToList();

        private static PyList PyStrings(List<string> items) => PyList.FromArray(items.Select(s => (PyObject)PyStr.FromString(s)).ToArray());

        /// <summary>A str result as C# text; a result of any other type fails the case.</summary>
        private static string Str(PyObject o, string label) => o is PyStr s ? s.ToString() : throw new Xunit.Sdk.XunitException(label + ": not a str: " + Ops.Repr(o));

        [Fact]
        public void EveryRecordedCaseMatchesCPython()
        {
            JsonElement[] cases = RecordedCases();
            Assert.True(cases.Length > 1000);
            PyObject module = Importer.ImportModule("getopt");
            PyObject error = Ops.GetAttr(module, PyStr.Intern("GetoptError"));
            foreach (JsonElement c in cases)
            {
                List<string> args = Strings(c.GetProperty("args"));
                string shortopts = c.GetProperty("short").GetString();
                List<string> longopts = Strings(c.GetProperty("long"));
                string fn = c.GetProperty("fn").GetString();
                string label = $"{fn}({string.Join(" ", args)}; '{shortopts}'; {string.Join(",", longopts)})";
                try
                {
                    PyObject result = Ops.Call(Ops.GetAttr(module, PyStr.Intern(fn)), PyStrings(args), PyStr.FromString(shortopts), PyStrings(longopts));
                    Assert.False(c.TryGetProperty("msg", out JsonElement msg), label + " should fail with " + msg);
                    PyObject[] pair = Ops.UnpackSequence(result, 2);
                    var opts = Ops.ToList(pair[0]).Select(p => Ops.UnpackSequence(p, 2)).Select(p => (Str(p[0], label), Str(p[1], label))).ToList();
                    var expectedOpts = c.GetProperty("opts").EnumerateArray().Select(p => (p[0].GetString(), p[1].GetString())).ToList();
                    Assert.Equal(expectedOpts, opts);
                    Assert.Equal(Strings(c.GetProperty("rest")), Ops.ToList(pair[1]).Select(x => Str(x, label)).ToList());
                }
                catch (PythonException e) when (e.Matches(error))
                {
                    Assert.True(c.TryGetProperty("msg", out JsonElement msg), label + " failed unexpectedly: " + Ops.Str(e.Value));
                    Assert.Equal(msg.GetString(), Str(Ops.GetAttr(e.Value, PyStr.Intern("msg")), label));
                    Assert.Equal(c.GetProperty("opt").GetString(), Str(Ops.GetAttr(e.Value, PyStr.Intern("opt")), label));
                }
            }
        }
    }
}
