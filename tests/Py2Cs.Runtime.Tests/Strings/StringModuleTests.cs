using Xunit;

namespace Py2Cs.Runtime.Tests.Strings
{
    /// <summary>The string and codecs modules through the importer; expected values recorded from python2.7.</summary>
    public class StringModuleTests
    {
        static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));
        static string Repr(PyObject o) => Ops.Repr(o).ToString();
        static PyObject S(string s) => PyStr.FromString(s);

        static PyObject CallKw(PyObject f, PyObject[] positional, params (string Name, PyObject Value)[] keywords)
        {
            var args = new PyObject[positional.Length + keywords.Length];
            var names = new PyStr[keywords.Length];
            positional.CopyTo(args, 0);
            for (int i = 0; i < keywords.Length; i++)
            {
                args[positional.Length + i] = keywords[i].Value;
                names[i] = PyStr.Intern(keywords[i].Name);
            }
            return Ops.Call(f, args, names);
        }

        [Fact]
        public void Constants_match_python()
        {
            PyObject m = Importer.ImportModule("string");
            Assert.Equal("'\\t\\n\\x0b\\x0c\\r '", Repr(Attr(m, "whitespace")));
            Assert.Equal("'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&\\'()*+,-./:;<=>?@[\\\\]^_`{|}~ \\t\\n\\r\\x0b\\x0c'",
                Repr(Attr(m, "printable")));
        }

        [Fact]
        public void Template_subclass_changes_the_delimiter()
        {
            PyObject m = Importer.ImportModule("string");
            var ns = new PyDict();
            ns.SetStr("__module__", S("__main__"));
            ns.SetStr("delimiter", S("@"));
            PyObject at = PyType.MakeClass("AtTemplate", PyTuple.Create(Attr(m, "Template")), ns);
            PyObject t = Ops.Call(at, S("user=@user home=@{home}/x cost=$5"));
            PyObject r = CallKw(Attr(t, "substitute"), new PyObject[0], ("user", S("root")), ("home", S("/root")));
            Assert.Equal("'user=root home=/root/x cost=$5'", Repr(r));
        }

        [Fact]
        public void Template_safe_substitute_keeps_unknown_and_bad_placeholders()
        {
            PyObject m = Importer.ImportModule("string");
            PyObject t = Ops.Call(Attr(m, "Template"), S("$a$b-${a}c $"));
            PyObject r = CallKw(Attr(t, "safe_substitute"), new PyObject[0], ("a", PyInt.From(1)), ("b", PyInt.From(2)));
            Assert.Equal("'12-1c $'", Repr(r));
            PyObject bad = Ops.Call(Attr(m, "Template"), S("cost: $ 5"));
            var e = Assert.Throws<PythonException>(() => Ops.Call(Attr(bad, "substitute")));
            Assert.Equal("ValueError: Invalid placeholder in string: line 1, col 7", e.Message);
        }

        [Fact]
        public void Formatter_formats_and_parses()
        {
            PyObject m = Importer.ImportModule("string");
            PyObject f = Ops.Call(Attr(m, "Formatter"));
            var d = new PyDict();
            d.SetItem(S("k"), S("v"));
            PyObject r = CallKw(Attr(f, "format"), new[] { S("{0}-{x}|{1[k]:>4}"), PyInt.From(1), d }, ("x", new PyFloat(2.5)));
            Assert.Equal("'1-2.5|   v'", Repr(r));
            Assert.Equal("[('a', '0', '>3', 'r'), ('b{', None, None, None)]", Repr(Ops.Call(Attr(f, "parse"), S("a{0!r:>3}b{{"))));
        }

        [Fact]
        public void Deprecated_functions_delegate_to_methods()
        {
            PyObject m = Importer.ImportModule("string");
            Assert.Equal("'A B-c D'", Repr(Ops.Call(Attr(m, "capwords"), S(" a  b-c d "))));
            Assert.Equal("'_`xyc'", Repr(Ops.GetSlice(Ops.Call(Attr(m, "maketrans"), S("ab"), S("xy")), PyInt.From(95), PyInt.From(100))));
            Assert.Equal("255", Repr(Ops.Call(Attr(m, "atoi"), S("ff"), PyInt.From(16))));
            Assert.Equal("'-0003.5'", Repr(Ops.Call(Attr(m, "zfill"), new PyFloat(-3.5), PyInt.From(7))));
            PyObject table = Ops.Call(Attr(m, "maketrans"), S("a"), S("A"));
            Assert.Equal("'Ab'", Repr(Ops.Call(Attr(m, "translate"), S("abc"), table, S("c"))));
        }

        [Fact]
        public void Codecs_open_encodes_writes_and_decodes_reads()
        {
            PyObject c = Importer.ImportModule("codecs");
            string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "py2cs-codecs-" + System.Guid.NewGuid().ToString("N") + ".txt");
            try
            {
                PyObject f = Ops.Call(Attr(c, "open"), S(path), S("w"), S("utf-8"));
                Ops.Call(Attr(f, "write"), PyUnicode.FromString("caf\u00e9 \u20ac\n"));
                Ops.Call(Attr(f, "writelines"), PyList.FromArray(new PyObject[] { PyUnicode.FromString("line2\n"), PyUnicode.FromString("\U0001f600 end\n") }));
                Ops.Call(Attr(f, "close"));
                Assert.Equal("'caf\\xc3\\xa9 \\xe2\\x82\\xac\\nline2\\n\\xf0\\x9f\\x98\\x80 end\\n'",
                    Repr(Ops.Call(Attr(Ops.Call(PyFile.TypeObject, S(path), S("rb")), "read"))));
                PyObject g = Ops.Call(Attr(c, "open"), S(path), S("r"), S("utf-8"));
                Assert.Equal("u'caf\\xe9 \\u20ac\\n'", Repr(Ops.Call(Attr(g, "readline"))));
                Assert.Equal("u'lin'", Repr(Ops.Call(Attr(g, "read"), PyInt.From(3))));
                Assert.Equal("u'e2\\n\\U0001f600 end\\n'", Repr(Ops.Call(Attr(g, "read"))));
                Ops.Call(Attr(g, "close"));
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }

        [Fact]
        public void Codecs_module_encodes_decodes_and_looks_up()
        {
            PyObject c = Importer.ImportModule("codecs");
            Assert.Equal("'\\xc3\\xa9'", Repr(Ops.Call(Attr(c, "encode"), PyUnicode.FromString("\u00e9"), S("utf-8"))));
            Assert.Equal("u'\\xe9'", Repr(Ops.Call(Attr(c, "decode"), S("\u00c3\u00a9"), S("utf-8"))));
            PyObject info = Ops.Call(Attr(c, "lookup"), S("UTF8"));
            Assert.Equal("'utf-8'", Repr(Attr(info, "name")));
            Assert.Equal("('ab', 2)", Repr(Ops.Call(Attr(Ops.Call(Attr(c, "lookup"), S("latin1")), "encode"), PyUnicode.FromString("ab"))));
            Assert.Equal("'\\xef\\xbb\\xbf'", Repr(Attr(c, "BOM_UTF8")));
        }
    }
}
