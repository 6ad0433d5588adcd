using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.json
{
    /// <summary>json.dumps/json.loads through the module object; expected texts recorded from python2.7.</summary>
    public class JsonTests
    {
        private static PyObject Json => Importer.ImportModule("json");

        private static string Dumps(PyObject o, params (string Name, PyObject Value)[] kw)
        {
            var args = new PyObject[1 + kw.Length];
            var names = new PyStr[kw.Length];
            args[0] = o;
            for (int i = 0; i < kw.Length; i++) { args[i + 1] = kw[i].Value; names[i] = PyStr.Intern(kw[i].Name); }
            return Ops.Repr(Ops.Call(Ops.GetAttr(Json, "dumps"), args, names)).ToString();
        }

        private static string Loads(string text) => Ops.Repr(Ops.Call(Ops.GetAttr(Json, "loads"), PyStr.FromString(text))).ToString();

        private static PyObject S(string s) => PyStr.FromString(s);

        [Fact]
        public void DumpsFormatsLikePython27()
        {
            var d = new PyDict();
            d.SetItem(S("a"), PyList.Create(PyInt.From(1), new PyFloat(2.5), PyNone.None, PyBool.True));
            d.SetItem(S("b"), new PyDict());
            // python2.7: json.dumps({'a':[1,2.5,None,True],'b':{}}, indent=2)
            Assert.Equal("'{\\n  \"a\": [\\n    1, \\n    2.5, \\n    null, \\n    true\\n  ], \\n  \"b\": {}\\n}'", Dumps(d, ("indent", PyInt.From(2))));
            // json.dumps(u'\xe9\U0001f600\x01', ensure_ascii=False)
            Assert.Equal("u'\"\\xe9\\U0001f600\\\\u0001\"'", Dumps(PyUnicode.FromString("\u00e9\U0001F600\u0001"), ("ensure_ascii", PyBool.False)));
            // json.dumps('\xc3\xa9')
            Assert.Equal("'\"\\\\u00e9\"'", Dumps(PyStr.FromString("\u00c3\u00a9")));
            // json.dumps([0.1, 1e20, 1.0/3])
            Assert.Equal("'[0.1, 1e+20, 0.3333333333333333]'", Dumps(PyList.Create(new PyFloat(0.1), new PyFloat(1e20), new PyFloat(1.0 / 3))));
        }

        [Fact]
        public void LoadsReturnsUnicodeAndPythonNumbers()
        {
            Assert.Equal("[u'abc', u'\\xe9', {u'k': u'v'}]", Loads("[\"abc\", \"\u00c3\u00a9\", {\"k\": \"v\"}]"));
            Assert.Equal("[1, 2.5, u'x', {u'a': None}, inf, 12345678901234567890L, 0, -0.0, nan, -inf]",
                Loads("[1, 2.5, \"x\", {\"a\": null}, 1e400, 12345678901234567890, -0, -0.0, NaN, -Infinity]"));
        }

        [Theory]
        [InlineData("", "No JSON object could be decoded")]
        [InlineData("[", "Expecting object: line 1 column 1 (char 0)")]
        [InlineData("{\"a\" 1}", "Expecting : delimiter: line 1 column 6 (char 5)")]
        [InlineData("[1] x", "Extra data: line 1 column 5 - line 1 column 6 (char 4 - 5)")]
        [InlineData("\"abc", "Unterminated string starting at: line 1 column 1 (char 0)")]
        [InlineData("{1:2}", "Expecting property name: line 1 column 2 (char 1)")]
        [InlineData("[1 2]", "Expecting , delimiter: line 1 column 4 (char 3)")]
        [InlineData("\"\\u12\"", "Invalid \\uXXXX escape: line 1 column 3 (char 2)")]
        [InlineData("[1,\n]", "No JSON object could be decoded")]
        [InlineData("true false", "Extra data: line 1 column 6 - line 1 column 11 (char 5 - 10)")]
        public void LoadsErrorsAreCPythons(string text, string message)
        {
            var e = Assert.Throws<PythonException>(() => Loads(text));
            Assert.Equal("ValueError: " + message, Ops.ExceptionLine(e.Value));
        }
    }
}
