using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Curses
{
    /// <summary>
    /// _curses' terminfo functions over the system ncurses for TERM=xterm, without a screen; expected
    /// values recorded from python2.7 (exception lines as its uncaught-exception report prints them). setupterm is process-wide state, so the whole sequence (errors
    /// before it, a bad terminal, then the answers) is one test.
    /// </summary>
    public sealed class CursesTerminfoTests
    {
        static PyObject I(long n) => PyInt.From(n);
        static PyObject S(string s) => PyStr.FromString(s);
        static string R(PyObject o) => Ops.Repr(o).ToString();
        static string Raised(System.Func<PyObject> call) => Ops.ExceptionLine(Assert.Throws<PythonException>(() => call()).Value);

        [Fact]
        public void Setupterm_then_capabilities_and_tparm()
        {
            Importer.ImportModule("_curses");
            Assert.Equal("_curses.error: must call (at least) setupterm() first", Raised(() => _curses.tigetstr(S("cup"))));
            Assert.Equal("_curses.error: must call initscr() first", Raised(() => _curses.newwin(I(2), I(2))));
            Assert.Equal("_curses.error: setupterm: could not find terminal", Raised(() => _curses.setupterm(S("no-such-terminal-xyz"), I(1))));
            Assert.Equal("TypeError: setupterm() argument 1 must be string or None, not int", Raised(() => _curses.setupterm(I(5), I(1))));

            _curses.setupterm(S("xterm"), I(1));
            Assert.Equal("'\\x1b[%i%p1%d;%p2%dH'", R(_curses.tigetstr(S("cup"))));
            Assert.Equal("'\\x1b(B\\x1b[m'", R(_curses.tigetstr(S("sgr0"))));
            Assert.Same(PyNone.None, _curses.tigetstr(S("no-such-cap")));
            Assert.Equal("80", R(_curses.tigetnum(S("cols"))));
            Assert.Equal("-2", R(_curses.tigetnum(S("no-such-cap"))));
            Assert.Equal("-1", R(_curses.tigetnum(S("xmc"))));
            Assert.Equal("1", R(_curses.tigetflag(S("am"))));
            Assert.Equal("0", R(_curses.tigetflag(S("hs"))));
            Assert.Equal("-1", R(_curses.tigetflag(S("cols"))));
            Assert.Equal("'\\x1b[6;11H'", R(_curses.tparm(_curses.tigetstr(S("cup")), I(5), I(10))));
            Assert.Equal("'10|21|big'", R(_curses.tparm(S("%p1%p2%+%d|%p1%p2%*%d|%?%p1%p2%>%tbig%esmall%;"), I(7), I(3))));
            Assert.Equal("'9-1'", R(_curses.tparm(S("%p9%d-%p1%d"), I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8), I(9))));
            Assert.Equal("TypeError: an integer is required", Raised(() => _curses.tparm(S("%p1%d"), S("x"))));
            Assert.Equal("TypeError: tparm() argument 1 must be string, not int", Raised(() => _curses.tparm(I(5))));
            Assert.Equal("TypeError: argument 1 must be string, not int", Raised(() => _curses.tigetstr(I(5))));
        }
    }
}
