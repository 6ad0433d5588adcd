using System.Linq;
using Py2Cs.Runtime.ForeignFunctions;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.CTypes
{
    /// <summary>ctypes through the runtime API; expected values recorded from python2.7 on x86-64 Linux.</summary>
    public class CTypesTests
    {
        static PyObject Module => Importer.ImportModule("ctypes");
        static PyObject Attr(string name) => Ops.GetAttr(Module, name);
        static PyObject Make(string type, PyObject value) => Ops.Call(Attr(type), value);
        static string Value(string type, PyObject value) => Ops.Repr(Ops.GetAttr(Make(type, value), "value")).ToString();

        static PyType Struct(string name, PyObject baseType, params (string, PyObject, int)[] fields) =>
            Struct(name, baseType, null, fields);

        static PyType Struct(string name, PyObject baseType, PyObject pack, params (string, PyObject, int)[] fields)
        {
            var dict = new PyDict();
            dict.SetStr("__module__", PyStr.FromString("__main__"));
            if (pack != null) dict.SetStr("_pack_", pack);
            dict.SetStr("_fields_", PyList.FromArray(fields.Select(f => (PyObject)(f.Item3 == 0
                ? PyTuple.Create(PyStr.FromString(f.Item1), f.Item2)
                : PyTuple.Create(PyStr.FromString(f.Item1), f.Item2, PyInt.From(f.Item3)))).ToArray()));
            return (PyType)PyType.MakeClass(name, PyTuple.Create(baseType), dict);
        }

        static string Repr(PyObject o) => Ops.Repr(o).ToString();
        static int SizeOf(PyObject o) => (int)Ops.IndexToLong(Ops.Call(Attr("sizeof"), o));

        [Fact]
        public void Integers_that_do_not_fit_wrap_like_C()
        {
            Assert.Equal("44", Value("c_ubyte", PyInt.From(300)));
            Assert.Equal("-56", Value("c_byte", PyInt.From(200)));
            Assert.Equal("4464", Value("c_short", PyInt.From(70000)));
            Assert.Equal("4294967295L", Value("c_uint", PyInt.From(-1)));
            Assert.Equal("9", Value("c_int", PyInt.From((1L << 40) + 9)));
            Assert.Equal("18446744073709551614L", Value("c_ulong", PyInt.From(-2)));
        }

        [Fact]
        public void Floating_and_character_values_round_trip_through_C_memory()
        {
            Assert.Equal("0.10000000149011612", Value("c_float", new PyFloat(0.1)));
            Assert.Equal("0.3333333333333333", Value("c_longdouble", new PyFloat(1.0 / 3)));
            Assert.Equal("'z'", Value("c_char", PyStr.FromString("z")));
            Assert.Equal("u'\\u20ac'", Value("c_wchar", PyUnicode.FromString("\u20ac")));
        }

        [Fact]
        public void Long_double_keeps_a_double_exactly()
        {
            // python2.7: c_longdouble(x).value == x for each of these
            foreach (var d in new[] { 0.0, 1.0, -2.5, 1e-310, 1.7976931348623157e308, 5e-324, double.PositiveInfinity })
                Assert.Equal(d, ((PyFloat)Ops.GetAttr(Make("c_longdouble", new PyFloat(d)), "value")).Value);
        }

        [Fact]
        public void Bit_fields_follow_CPython_27s_GCC_layout()
        {
            var b = Struct("B", Attr("Structure"), ("a", Attr("c_ubyte"), 3), ("b", Attr("c_ubyte"), 6), ("c", Attr("c_int"), 20), ("d", Attr("c_short"), 0));
            Assert.Equal("<Field type=c_ubyte, ofs=0:0, bits=3>", Repr(Ops.GetAttr(b, "a")));
            Assert.Equal("<Field type=c_ubyte, ofs=1:0, bits=6>", Repr(Ops.GetAttr(b, "b")));
            Assert.Equal("<Field type=c_int, ofs=1:6, bits=20>", Repr(Ops.GetAttr(b, "c")));
            Assert.Equal("<Field type=c_short, ofs=6, size=2>", Repr(Ops.GetAttr(b, "d")));
            Assert.Equal(8, SizeOf(b));
            Assert.Equal(2, (int)Ops.IndexToLong(Ops.Call(Attr("alignment"), b)));
        }

        [Fact]
        public void Pack_and_union_sizes()
        {
            var p = Struct("P", Attr("Structure"), PyInt.From(1), ("a", Attr("c_char"), 0), ("b", Attr("c_int"), 0), ("c", Attr("c_double"), 0));
            Assert.Equal("1", Repr(Ops.GetAttr(Ops.GetAttr(p, "b"), "offset")));
            Assert.Equal("5", Repr(Ops.GetAttr(Ops.GetAttr(p, "c"), "offset")));
            Assert.Equal(13, SizeOf(p));
            var u = Struct("U", Attr("Union"), ("a", Ops.Multiply(Attr("c_char"), PyInt.From(5)), 0), ("b", Attr("c_int"), 0));
            Assert.Equal(8, SizeOf(u));
        }

        [Fact]
        public void Functions_of_the_C_library_are_called_with_default_conversions()
        {
            var libc = Ops.Call(Attr("CDLL"), PyStr.FromString("libc.so.6"));
            Assert.Equal("12", Repr(Ops.Call(Ops.GetAttr(libc, "strlen"), PyStr.FromString("twelve chars"))));
            Assert.Equal("77", Repr(Ops.Call(Ops.GetAttr(libc, "abs"), PyInt.From(-77))));
            var strtod = Ops.GetAttr(libc, "strtod");
            Ops.SetAttr(strtod, PyStr.Intern("restype"), Attr("c_double"));
            Assert.Equal("2500.0", Repr(Ops.Call(strtod, PyStr.FromString("2.5e3"), PyNone.None)));
        }

        [Fact]
        public void Arrays_share_memory_with_casts_and_string_at()
        {
            var x = Ops.Call(Ops.Multiply(Attr("c_short"), PyInt.From(4)), new PyObject[] { PyInt.From(1), PyInt.From(-2), PyInt.From(3), PyInt.From(-4) });
            var bytes = (PyStr)Ops.Call(Attr("string_at"), x, PyInt.From(8));
            Assert.Equal("0100feff0300fcff", string.Concat(bytes.Bytes.ToArray().Select(b => b.ToString("x2"))));
            var p = Ops.Call(Attr("cast"), x, Ops.Call(Attr("POINTER"), Attr("c_ushort")));
            Assert.Equal("65534", Repr(Ops.GetItem(p, PyInt.From(1))));
        }

        [Fact]
        public void From_param_gives_tagged_C_values()
        {
            Assert.Equal("<cparam 'i' (7)>", Repr(Ops.Call(Ops.GetAttr(Attr("c_int"), "from_param"), PyInt.From(7))));
            Assert.Equal("<cparam 'd' (1.500000)>", Repr(Ops.Call(Ops.GetAttr(Attr("c_double"), "from_param"), new PyFloat(1.5))));
            Assert.Equal("<cparam 'c' (x)>", Repr(Ops.Call(Ops.GetAttr(Attr("c_char"), "from_param"), PyStr.FromString("x"))));
            Assert.Equal("<cparam 'B' (-1)>", Repr(Ops.Call(Ops.GetAttr(Attr("c_ubyte"), "from_param"), PyInt.From(255))));
        }

        [Fact]
        public void Null_pointer_access_is_a_ValueError()
        {
            var nullPointer = Ops.Call(Ops.Call(Attr("POINTER"), Attr("c_int")));
            var e = Assert.Throws<PythonException>(() => Ops.GetItem(nullPointer, PyInt.From(0)));
            Assert.Equal("ValueError: NULL pointer access", Ops.ExceptionLine(e.Value));
        }

        [Fact]
        public void Structures_are_classified_for_the_System_V_calling_convention()
        {
            var dd = Struct("DD", Attr("Structure"), ("a", Attr("c_double"), 0), ("b", Attr("c_double"), 0));
            var iff = Struct("IF", Attr("Structure"), ("a", Attr("c_int"), 0), ("b", Attr("c_float"), 0));
            var big = Struct("Big", Attr("Structure"), ("a", Ops.Multiply(Attr("c_long"), PyInt.From(3)), 0));
            var ld = Struct("LD", Attr("Structure"), ("a", Attr("c_longdouble"), 0));
            Assert.Equal(new[] { ArgClass.Double, ArgClass.Double }, StructClassification.Classify(CTypeInfo.Find(dd)));
            Assert.Equal(new[] { ArgClass.Integer }, StructClassification.Classify(CTypeInfo.Find(iff)));
            Assert.Null(StructClassification.Classify(CTypeInfo.Find(big)));
            Assert.Null(StructClassification.Classify(CTypeInfo.Find(ld)));
        }
    }
}
