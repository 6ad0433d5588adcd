using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.getopt
{
    /// <summary>The getopt module as Python code sees it; expected reprs recorded from python2.7.</summary>
    public class GetoptModuleTests
    {
        private static PyObject Module() => Importer.ImportModule("getopt");

        private static PyObject Call(string function, params PyObject[] args) =>
            Ops.Call(Ops.GetAttr(Module(), PyStr.Intern(function)), args);

        private static PyList List(params string[] items) =>
            PyList.FromArray(System.Array.ConvertAll(items, s => (PyObject)PyStr.FromString(s)));

        private static string Repr(PyObject o) => Ops.Repr(o).ToString();

        [Fact]
        public void GetoptReturnsPairsAndTheRest()
        {
            Assert.Equal("([('-a', ''), ('-b', 'v')], ['x'])", Repr(Call("getopt", List("-a", "-bv", "x"), PyStr.FromString("ab:"))));
        }

        [Fact]
        public void GetoptSlicesTheArgumentSequenceItself()
        {
            var args = PyTuple.Create(PyStr.FromString("-a"), PyStr.FromString("x"), PyStr.FromString("y"));
            Assert.Equal("([('-a', '')], ('x', 'y'))", Repr(Call("getopt", args, PyStr.FromString("a"))));
        }

        [Fact]
        public void GnuGetoptTakesASingleLongOptionString()
        {
            PyObject result = Call("gnu_getopt", List("x", "-a", "--be", "1", "y"), PyStr.FromString("a"), PyStr.FromString("beta="));
            Assert.Equal("([('-a', ''), ('--beta', '1')], ['x', 'y'])", Repr(result));
        }

        [Fact]
        public void GetoptErrorCarriesMsgAndOpt()
        {
            var e = Assert.Throws<PythonException>(() => Call("getopt", List("--al"), PyStr.FromString(""), List("alpha", "alps")));
            Assert.True(e.Matches(Ops.GetAttr(Module(), PyStr.Intern("GetoptError"))));
            Assert.True(e.Matches(PyExceptionTypes.Exception));
            Assert.Equal("GetoptError('option --al not a unique prefix', 'al')", Repr(e.Value));
            Assert.Equal("option --al not a unique prefix", Ops.Str(e.Value).ToString());
            Assert.Equal("'option --al not a unique prefix'", Repr(Ops.GetAttr(e.Value, PyStr.Intern("msg"))));
            Assert.Equal("'al'", Repr(Ops.GetAttr(e.Value, PyStr.Intern("opt"))));
            Assert.Equal("('option --al not a unique prefix', 'al')", Repr(Ops.GetAttr(e.Value, PyStr.Intern("args"))));
        }

        [Fact]
        public void ErrorIsAnAliasAndTheClassBelongsToGetopt()
        {
            PyObject cls = Ops.GetAttr(Module(), PyStr.Intern("GetoptError"));
            Assert.Same(cls, Ops.GetAttr(Module(), PyStr.Intern("error")));
            Assert.Equal("'getopt'", Repr(Ops.GetAttr(cls, PyStr.Intern("__module__"))));
            Assert.Equal("''", Repr(Ops.GetAttr(Ops.Call(cls, PyStr.FromString("m")), PyStr.Intern("opt"))));
        }
    }
}
