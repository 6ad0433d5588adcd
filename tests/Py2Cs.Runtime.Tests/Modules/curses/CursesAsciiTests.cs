using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Curses
{
    /// <summary>curses.ascii called directly; expected values recorded from python2.7.</summary>
    public sealed class CursesAsciiTests
    {
        static PyObject I(long n) => PyInt.From(n);
        static PyObject S(string s) => PyStr.FromString(s);
        static string R(PyObject o) => Ops.Repr(o).ToString();
        static string Raised(System.Func<PyObject> call) => Ops.ExceptionLine(Assert.Throws<PythonException>(() => call()).Value);

        [Fact]
        public void Unctrl_marks_controls_with_a_caret_and_the_meta_bit_with_a_bang()
        {
            Assert.Equal("'!^['", R(cursesAsciiModule.unctrl(I(0x9b))));
            Assert.Equal("'!^\\x9f'", R(cursesAsciiModule.unctrl(I(255))));
            Assert.Equal("'^?'", R(cursesAsciiModule.unctrl(S("\x7f"))));
            Assert.Equal("'A'", R(cursesAsciiModule.unctrl(I(65))));
        }

        [Fact]
        public void Conversions_give_a_str_for_a_str_and_a_number_otherwise()
        {
            Assert.Equal("'\\r'", R(cursesAsciiModule.ctrl(S("m"))));
            Assert.Equal("'\\xe1'", R(cursesAsciiModule.alt(S("a"))));
            Assert.Equal("105", R(cursesAsciiModule.ascii(I(0xe9))));
            Assert.Equal("'i'", R(cursesAsciiModule.ascii(S("\xe9"))));
        }

        [Fact]
        public void Predicates_answer_bools()
        {
            Assert.Same(PyBool.True, cursesAsciiModule.isxdigit(S("f")));
            Assert.Same(PyBool.False, cursesAsciiModule.isxdigit(S("g")));
            Assert.Same(PyBool.True, cursesAsciiModule.ispunct(S("!")));
            Assert.Same(PyBool.False, cursesAsciiModule.ispunct(S("a")));
            Assert.Same(PyBool.True, cursesAsciiModule.isblank(I(9)));
            Assert.Same(PyBool.True, cursesAsciiModule.ismeta(I(128)));
            Assert.Same(PyBool.False, cursesAsciiModule.isctrl(I(127)));
            Assert.Same(PyBool.True, cursesAsciiModule.iscntrl(I(127)));
        }

        [Fact]
        public void Controlnames_and_bad_arguments()
        {
            Assert.Equal("'ESC'", R(Ops.GetItem(cursesAsciiModule.controlnames, I(27))));
            Assert.Equal(33, Ops.Len(cursesAsciiModule.controlnames));
            Assert.Equal("TypeError: ord() expected a character, but string of length 2 found", Raised(() => cursesAsciiModule.isalpha(S("ab"))));
            Assert.Equal("TypeError: unsupported operand type(s) for &: 'NoneType' and 'int'", Raised(() => cursesAsciiModule.ctrl(PyNone.None)));
        }
    }
}
