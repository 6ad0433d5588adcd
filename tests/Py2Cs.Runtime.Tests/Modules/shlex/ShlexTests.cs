using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Shlex
{
    /// <summary>shlex through the runtime API; expected values recorded from python2.7.</summary>
    [Collection("str-first-use")]
    public class ShlexTests
    {
        private static PyObject S(string s) => PyStr.FromString(s);
        private static string Repr(PyObject o) => Ops.Repr(o).ToString();

        [Fact]
        public void Posix_split_removes_quotes_and_keeps_escaped_backslashes()
        {
            Assert.Equal("['a', 'b c', 'd\\\\', 'e']", Repr(Ops.Call(shlex.split, S("a \"b c\" d\\\\ e"))));
        }

        [Fact]
        public void Comments_are_dropped_only_when_asked()
        {
            Assert.Equal("['x']", Repr(Ops.Call(shlex.split, S("x # y"), PyBool.True)));
        }

        [Fact]
        public void Non_posix_split_keeps_the_quotes()
        {
            Assert.Equal("['p', '\"q r\"']", Repr(Ops.Call(shlex.split, S("p \"q r\""), PyBool.False, PyBool.False)));
        }

        [Fact]
        public void Unterminated_quote_is_a_ValueError()
        {
            var e = Assert.Throws<PythonException>(() => Ops.Call(shlex.split, S("'open")));
            Assert.Equal("No closing quotation", Ops.Str(e.Value).ToString());
            var lexer = Ops.Call(shlex.shlex_, S("tail\\"), PyNone.None, PyBool.True);
            e = Assert.Throws<PythonException>(() => Ops.CallMethod(lexer, "get_token"));
            Assert.Equal("No escaped character", Ops.Str(e.Value).ToString());
        }
    }
}
