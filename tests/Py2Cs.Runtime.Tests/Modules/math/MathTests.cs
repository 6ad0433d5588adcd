using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.math
{
    /// <summary>math through the module object; expected values recorded from python2.7.</summary>
    public class MathTests
    {
        private static PyObject Call(string name, params PyObject[] args) => Ops.Call(Ops.GetAttr(Importer.ImportModule("math"), name), args);
        private static string Repr(PyObject o) => Ops.Repr(o).ToString();
        private static PyObject F(double d) => new PyFloat(d);

        [Theory]
        [InlineData(0.1, "0.11246291601828488", "0.8875370839817152")]
        [InlineData(1.6, "0.976348383344644", "0.023651616655355968")]
        [InlineData(-1.7, "-0.9837904585907746", "1.9837904585907746")]
        [InlineData(5.5, "0.9999999999999927", "7.357847917974392e-15")]
        public void ErfAndErfcMatchMathmoduleC(double x, string erf, string erfc)
        {
            Assert.Equal(erf, Repr(Call("erf", F(x))));
            Assert.Equal(erfc, Repr(Call("erfc", F(x))));
        }

        [Fact]
        public void FsumIsExact()
        {
            Assert.Equal("1.0", Repr(Call("fsum", PyList.Create(F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1)))));
            Assert.Equal("1e-100", Repr(Call("fsum", PyList.Create(F(1e100), F(1.0), F(-1e100), F(1e-100), F(1e50), F(-1.0), F(-1e50)))));
        }

        [Theory]
        [InlineData("sqrt", -1.0, "ValueError: math domain error")]
        [InlineData("log", 0.0, "ValueError: math domain error")]
        [InlineData("exp", 1000.0, "OverflowError: math range error")]
        [InlineData("log1p", -1.0, "OverflowError: math range error")]
        [InlineData("acosh", 0.0, "ValueError: math domain error")]
        public void ErrorsAreCPythons(string name, double x, string line)
        {
            var e = Assert.Throws<PythonException>(() => Call(name, F(x)));
            Assert.Equal(line, Ops.ExceptionLine(e.Value));
        }

        [Fact]
        public void FloorReturnsFloatAndFactorialLong()
        {
            Assert.Equal("-3.0", Repr(Call("floor", F(-2.5))));
            Assert.Equal("15511210043330985984000000L", Repr(Call("factorial", PyInt.From(25))));
            Assert.Equal("(0.98828125, -1063)", Repr(Call("frexp", F(1e-320))));
            Assert.Equal("(-0.5, -3.0)", Repr(Call("modf", F(-3.5))));
        }
    }
}
