using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;
using static Py2Cs.Runtime.Tests.Modules.Unittest.UnittestRecordedCases;

namespace Py2Cs.Runtime.Tests.Modules.Unittest
{
    /// <summary>
    /// TestCase's assertion messages through the runtime API, against python2.7's: a few spelled out,
    /// then every recorded row of data/unittest_cases.jsonl (each assertion under longMessage off/on and
    /// maxDiff 640, None and 40).
    /// </summary>
    [Collection("str-first-use")]
    public class AssertionMessageTests
    {
        private static PyStr S(string s) => PyStr.FromString(s);

        /// <summary>class Probe(unittest.TestCase): def runTest(self): pass</summary>
        private static readonly PyObject Probe = MakeProbe();

        private static PyObject MakeProbe()
        {
            var ns = new PyDict();
            ns.SetStr("__module__", S("__main__"));
            ns.SetStr("runTest", PyFunction.WithBoundArguments(new FunctionSignature("runTest", new[] { "self" }), a => PyNone.None));
            return PyType.MakeClass("Probe", PyTuple.Create(unittestModule.TestCase), ns);
        }

        /// <summary>"passed", or "ExceptionType: message" as the recorder prints it.</summary>
        private static string Outcome(PyObject probe, string method, PyObject args, PyObject kwargs)
        {
            try
            {
                Ops.CallEx(Ops.GetAttr(probe, PyStr.Intern(method)), new PyObject[0], new PyStr[0], args, kwargs);
                return "passed";
            }
            catch (PythonException e)
            {
                return Text(Ops.GetAttr(Ops.TypeOf(e.Value), PyStr.Intern("__name__"))) + ": " + Text(e.Value);
            }
        }

        private static string Outcome(string method, string args) => Outcome(Ops.Call(Probe), method, Eval(args), new PyDict());

        [Fact]
        public void Lists_that_differ_name_the_first_differing_element_and_show_ndiff_lines()
        {
            Assert.Equal("AssertionError: Lists differ: [1, 2] != [1, 3]\n\nFirst differing element 1:\n2\n3\n\n- [1, 2]\n?     ^\n\n+ [1, 3]\n?     ^\n",
                Outcome("assertEqual", "([1, 2], [1, 3])"));
        }

        [Fact]
        public void Plain_values_use_their_reprs()
        {
            Assert.Equal("AssertionError: 'spam' != 'eggs'", Outcome("assertEqual", "('spam', 'eggs')"));
            Assert.Equal("AssertionError: 3 not found in [1, 2]", Outcome("assertIn", "(3, [1, 2])"));
            Assert.Equal("AssertionError: 1.0 != 1.1 within 7 places", Outcome("assertAlmostEqual", "(1.0, 1.1)"));
        }

        [Fact]
        public void A_diff_longer_than_maxDiff_is_replaced_by_its_length()
        {
            var probe = Ops.Call(Probe);
            Ops.SetAttr(probe, PyStr.Intern("maxDiff"), PyInt.From(10));
            Assert.Equal("AssertionError: Lists differ: [1, 2] != [1, 3]\n\nFirst differing element 1:\n2\n3\n\nDiff is 36 characters long. Set self.maxDiff to None to see it.",
                Outcome(probe, "assertEqual", Eval("([1, 2], [1, 3])"), new PyDict()));
        }

        [Fact]
        public void LongMessage_appends_the_custom_message_to_the_standard_one()
        {
            var probe = Ops.Call(Probe);
            Ops.SetAttr(probe, PyStr.Intern("longMessage"), PyBool.True);
            Assert.Equal("AssertionError: 1 != 2 : why", Outcome(probe, "assertEqual", Eval("(1, 2, 'why')"), new PyDict()));
        }

        [Fact]
        public void AssertRaises_names_the_exception_that_was_not_raised()
        {
            Assert.Equal("AssertionError: ValueError not raised", Outcome("assertRaises", "(ValueError, int, '1')"));
            Assert.Equal("passed", Outcome("assertRaises", "(ValueError, int, 'x')"));
        }

        [Fact]
        public void Every_recorded_assertion_outcome_matches_CPython()
        {
            var failures = new List<string>();
            int count = 0;
            foreach (JsonElement row in OfKind("assert"))
            {
                count++;
                var probe = Ops.Call(Probe);
                Ops.SetAttr(probe, PyStr.Intern("longMessage"), PyBool.From(row.GetProperty("longMessage").GetBoolean()));
                var maxDiff = row.GetProperty("maxDiff");
                Ops.SetAttr(probe, PyStr.Intern("maxDiff"), maxDiff.ValueKind == JsonValueKind.Null ? PyNone.None : PyInt.From(maxDiff.GetInt32()));
                string method = row.GetProperty("method").GetString(), args = row.GetProperty("args").GetString();
                string expected = row.GetProperty("outcome").GetString();
                string actual;
                try
                {
                    actual = Outcome(probe, method, Eval(args), Eval(row.GetProperty("kwargs").GetString()));
                }
                catch (System.Exception e)
                {
                    actual = "threw " + e.GetType().Name + ": " + e.Message;
                }
                if (actual != expected)
                    failures.Add($"{method}{args} longMessage={row.GetProperty("longMessage")} maxDiff={maxDiff}:\n  expected {JsonSerializer.Serialize(expected)}\n  actual   {JsonSerializer.Serialize(actual)}");
            }
            Assert.True(count >= 200, "recorded rows: " + count);
            Assert.True(failures.Count == 0, $"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(30)));
        }
    }
}
