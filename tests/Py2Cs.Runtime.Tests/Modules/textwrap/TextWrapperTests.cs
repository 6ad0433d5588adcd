using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Textwrap
{
    // One collection: both classes first touch the built-in str type, whose lazy method table is not
    // thread-safe to populate (PyType.Dict publishes the dict before filling it); see docs/stdlib-modules.md.
    /// <summary>textwrap through the runtime API; expected values recorded from python2.7.</summary>
    [Collection("str-first-use")]
    public class TextWrapperTests
    {
        private static PyObject S(string s) => PyStr.FromString(s);
        private static string Repr(PyObject o) => Ops.Repr(o).ToString();

        [Fact]
        public void Wrap_breaks_on_whitespace()
        {
            var lines = Ops.Call(textwrap.wrap, S("hello world again"), PyInt.From(7));
            Assert.Equal("['hello', 'world', 'again']", Repr(lines));
        }

        [Fact]
        public void Fill_splits_long_words_to_the_width()
        {
            Assert.Equal("'aaaa\\naaaa\\naaa\\nbb'", Repr(Ops.Call(textwrap.fill, S("aaaaaaaaaaa bb"), PyInt.From(4))));
        }

        [Fact]
        public void Hyphenated_words_break_after_the_hyphen_unless_disabled()
        {
            Assert.Equal("['well-', 'known', 'fact']", Repr(Ops.Call(textwrap.wrap, S("well-known fact"), PyInt.From(6))));
            var wrapper = Ops.Call(textwrap.TextWrapper, new PyObject[] { PyInt.From(6), PyBool.False },
                new[] { PyStr.Intern("width"), PyStr.Intern("break_on_hyphens") });
            Assert.Equal("['well-k', 'nown', 'fact']", Repr(Ops.CallMethod(wrapper, "wrap", S("well-known fact"))));
        }

        [Fact]
        public void Dedent_removes_the_common_margin()
        {
            Assert.Equal("'x\\n  y\\n'", Repr(textwrap.dedent(S("   x\n     y\n"))));
        }

        [Fact]
        public void Non_positive_width_is_a_ValueError()
        {
            var wrapper = Ops.Call(textwrap.TextWrapper, new PyObject[] { PyInt.From(-1) }, new[] { PyStr.Intern("width") });
            var e = Assert.Throws<PythonException>(() => Ops.CallMethod(wrapper, "wrap", S("a")));
            Assert.Equal("invalid width -1 (must be > 0)", Ops.Str(e.Value).ToString());
        }
    }
}
