using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Csv
{
    /// <summary>_csv/csv through the runtime API; every expected value was recorded from python2.7.</summary>
    [Collection("str-first-use")]
    public class CsvTests
    {
        private static PyObject S(string s) => PyStr.FromString(s);
        private static string Repr(PyObject o) => Ops.Repr(o).ToString();
        private static PyObject List(params PyObject[] items) => PyList.FromArray(items);
        private static PyObject NewStringIO() => Ops.Call(Ops.GetAttr(Importer.ImportModule("StringIO"), "StringIO"));

        private static string Write(PyObject row, string[] kwNames = null, params PyObject[] kwValues)
        {
            PyObject output = NewStringIO();
            var args = new PyObject[1 + kwValues.Length];
            args[0] = output;
            kwValues.CopyTo(args, 1);
            var names = System.Array.ConvertAll(kwNames ?? new string[0], n => PyStr.Intern(n));
            PyObject writer = Ops.Call(_csv.writer, args, names);
            Ops.CallMethod(writer, "writerow", row);
            return Repr(Ops.CallMethod(output, "getvalue"));
        }

        [Fact]
        public void Minimal_quoting_quotes_only_fields_that_need_it()
        {
            var row = List(S("a"), S("b,c"), S("d\"e"), S(""), PyNone.None, new PyFloat(1.5), PyInt.From(2));
            Assert.Equal("'a,\"b,c\",\"d\"\"e\",,,1.5,2\\r\\n'", Write(row));
        }

        [Fact]
        public void Nonnumeric_quoting_quotes_everything_but_numbers()
        {
            var row = List(S("a"), PyInt.From(1), new PyFloat(2.5), PyNone.None);
            Assert.Equal("'\"a\",1,2.5,\"\"\\r\\n'", Write(row, new[] { "quoting" }, csv.QUOTE_NONNUMERIC));
        }

        [Fact]
        public void Quote_none_escapes_delimiters_and_quotes()
        {
            var row = List(S("a,b"), S("c\"d"));
            Assert.Equal("'a\\\\,b,c\\\\\"d\\r\\n'", Write(row, new[] { "quoting", "escapechar" }, csv.QUOTE_NONE, S("\\")));
        }

        [Fact]
        public void Reader_joins_a_quoted_field_across_lines_and_counts_them()
        {
            PyObject reader = Ops.Call(csv.reader, List(S("a,\"b\n"), S("c\""), S("d")));
            Assert.Equal("[['a', 'b\\nc'], ['d']]", Repr(Ops.Call(Builtins.Get("list"), reader)));
            Assert.Equal("3L", Repr(Ops.GetAttr(reader, "line_num")));
        }

        [Fact]
        public void Nonnumeric_reader_turns_unquoted_fields_into_floats()
        {
            var args = new PyObject[] { List(S("1,\"x\"")), csv.QUOTE_NONNUMERIC };
            PyObject reader = Ops.Call(csv.reader, args, new[] { PyStr.Intern("quoting") });
            Assert.Equal("[[1.0, 'x']]", Repr(Ops.Call(Builtins.Get("list"), reader)));
        }

        [Fact]
        public void Skipinitialspace_drops_the_space_after_a_delimiter()
        {
            var args = new PyObject[] { List(S("a; b")), S(";"), PyBool.True };
            PyObject reader = Ops.Call(csv.reader, args, new[] { PyStr.Intern("delimiter"), PyStr.Intern("skipinitialspace") });
            Assert.Equal("[['a', 'b']]", Repr(Ops.Call(Builtins.Get("list"), reader)));
        }

        [Fact]
        public void Carriage_return_inside_an_unquoted_field_is_a_csv_Error()
        {
            PyObject reader = Ops.Call(csv.reader, List(S("a\rb")));
            var e = Assert.Throws<PythonException>(() => Ops.Call(Builtins.Get("list"), reader));
            Assert.True(e.Matches(csv.Error));
            Assert.Equal("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?", Ops.Str(e.Value).ToString());
        }

        [Fact]
        public void Two_character_delimiter_is_a_TypeError()
        {
            var args = new PyObject[] { List(), S("::") };
            var e = Assert.Throws<PythonException>(() => Ops.Call(csv.reader, args, new[] { PyStr.Intern("delimiter") }));
            Assert.True(e.Matches(PyExceptionTypes.TypeError));
            Assert.Equal("\"delimiter\" must be an 1-character string", Ops.Str(e.Value).ToString());
        }

        [Fact]
        public void Excel_dialects_are_registered_when_csv_is_imported()
        {
            Importer.ImportModule("csv");
            PyObject tab = Ops.Call(csv.get_dialect, S("excel-tab"));
            Assert.Equal("'\\t'", Repr(Ops.GetAttr(tab, "delimiter")));
            Assert.Equal("1", Repr(Ops.GetAttr(tab, "doublequote")));
        }
    }
}
