using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Py2Cs.Runtime.Tests.Modules.Unittest
{
    /// <summary>The rows of data/unittest_cases.jsonl, recorded from CPython 2.7.18 by data/generate_unittest_cases.py.</summary>
    internal static class UnittestRecordedCases
    {
        private static string DataFile([CallerFilePath] string thisFile = "") =>
            Path.Combine(Path.GetDirectoryName(thisFile), "data", "unittest_cases.jsonl");

        public static IEnumerable<JsonElement> OfKind(string kind) =>
            File.ReadAllLines(DataFile()).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
                .Where(r => r.GetProperty("kind").GetString() == kind);

        public static List<string> StringList(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();

        /// <summary>A Python value built by the runtime's eval of an expression of the recorded row.</summary>
        public static PyObject Eval(string expression) => Builtins.Eval(PyStr.FromString(expression), new PyDict());

        public static string Text(PyObject o) => o is PyUnicode u ? u.Value : Ops.Str(o).ToString();
    }
}
