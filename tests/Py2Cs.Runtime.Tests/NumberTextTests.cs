using System.Numerics;
using Py2Cs.Runtime;
using Xunit;

namespace Py2Cs.Runtime.Tests;

/// <summary>repr/str of numbers and integer arithmetic rules; expected values printed by python2.7.</summary>
public class NumberTextTests
{
    [Theory]
    [InlineData(0.1, "0.1", "0.1")]
    [InlineData(1.0 / 3, "0.3333333333333333", "0.333333333333")]
    [InlineData(1e16, "1e+16", "1e+16")]
    [InlineData(1e15, "1000000000000000.0", "1e+15")]
    [InlineData(1e-5, "1e-05", "1e-05")]
    [InlineData(0.0001, "0.0001", "0.0001")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17", "1.23456789012e+17")]
    [InlineData(-0.0, "-0.0", "-0.0")]
    [InlineData(1e301, "1e+301", "1e+301")]
    [InlineData(2.5, "2.5", "2.5")]
    [InlineData(1e22, "1e+22", "1e+22")]
    [InlineData(5e-324, "5e-324", "4.94065645841e-324")]
    [InlineData(100.0, "100.0", "100.0")]
    [InlineData(0.30000000000000004, "0.30000000000000004", "0.3")]
    [InlineData(1e12, "1000000000000.0", "1e+12")]
    [InlineData(123456789012.0, "123456789012.0", "1.23456789012e+11")]
    [InlineData(1234567.891234567, "1234567.891234567", "1234567.89123")]
    public void FloatReprAndStr(double value, string repr, string str)
    {
        var f = new PyFloat(value);
        Assert.Equal(repr, Ops.Repr(f).ToString());
        Assert.Equal(str, Ops.Str(f).ToString());
    }

    [Theory]
    [InlineData(1, 2, "(1+2j)")]
    [InlineData(0, 2, "2j")]
    [InlineData(-1.5, -0.5, "(-1.5-0.5j)")]
    [InlineData(0, -0.0, "-0j")]
    [InlineData(-0.0, 1, "(-0+1j)")]
    public void ComplexRepr(double re, double im, string expected) =>
        Assert.Equal(expected, Ops.Repr(new PyComplex(re, im)).ToString());

    [Fact]
    public void HexOctBinLikeCPython()
    {
        Assert.Equal("0xff", Builtins.Get("hex").Call(PyInt.From(255)).ToString());
        Assert.Equal("-0xff", Builtins.Get("hex").Call(PyInt.From(-255)).ToString());
        Assert.Equal("0x400000000000000000L", Builtins.Get("hex").Call(new PyLong(BigInteger.Pow(2, 70))).ToString());
        Assert.Equal("010", Builtins.Get("oct").Call(PyInt.From(8)).ToString());
        Assert.Equal("-010", Builtins.Get("oct").Call(PyInt.From(-8)).ToString());
        Assert.Equal("0", Builtins.Get("oct").Call(PyInt.From(0)).ToString());
        Assert.Equal("02000000000000000000000L", Builtins.Get("oct").Call(new PyLong(BigInteger.Pow(2, 64))).ToString());
        Assert.Equal("0b101", Builtins.Get("bin").Call(PyInt.From(5)).ToString());
        Assert.Equal("-0b101", Builtins.Get("bin").Call(PyInt.From(-5)).ToString());
    }

    [Fact]
    public void IntegerDivisionAndModuloFollowPythonSigns()
    {
        // print 7/2, -7/2, 7%-3, -7%3, 7.5//2, -7.5//2  →  3 -4 -2 2 3.0 -4.0
        Assert.Equal("3", Ops.Str(Ops.Divide(PyInt.From(7), PyInt.From(2))).ToString());
        Assert.Equal("-4", Ops.Str(Ops.Divide(PyInt.From(-7), PyInt.From(2))).ToString());
        Assert.Equal("-2", Ops.Str(Ops.Modulo(PyInt.From(7), PyInt.From(-3))).ToString());
        Assert.Equal("2", Ops.Str(Ops.Modulo(PyInt.From(-7), PyInt.From(3))).ToString());
        Assert.Equal("3.0", Ops.Str(Ops.FloorDivide(new PyFloat(7.5), PyInt.From(2))).ToString());
        Assert.Equal("-4.0", Ops.Str(Ops.FloorDivide(new PyFloat(-7.5), PyInt.From(2))).ToString());
    }

    [Fact]
    public void IntOverflowPromotesToLong()
    {
        // 2**62*4 → 18446744073709551616; (-2**63)/-1 → 9223372036854775808
        var big = Ops.Multiply(Ops.Power(PyInt.From(2), PyInt.From(62)), PyInt.From(4));
        Assert.IsType<PyLong>(big);
        Assert.Equal("18446744073709551616", Ops.Str(big).ToString());
        Assert.Equal("18446744073709551616L", Ops.Repr(big).ToString());
        Assert.Equal("9223372036854775808", Ops.Str(Ops.Divide(PyInt.From(long.MinValue), PyInt.From(-1))).ToString());
    }

    [Theory]
    [InlineData(2.675, 2, "2.67")]
    [InlineData(0.5, 0, "1.0")]
    [InlineData(-0.5, 0, "-1.0")]
    [InlineData(1.5, 0, "2.0")]
    [InlineData(2.5, 0, "3.0")]
    [InlineData(1234.5678, -2, "1200.0")]
    public void RoundHalfAwayFromZeroOnTheExactValue(double x, int n, string expected) =>
        Assert.Equal(expected, Ops.Str(Builtins.Get("round").Call(new PyFloat(x), PyInt.From(n))).ToString());

    [Theory]
    [InlineData("1/0", "integer division or modulo by zero")]
    [InlineData("1.0/0", "float division by zero")]
    [InlineData("1%0", "integer division or modulo by zero")]
    [InlineData("1.0%0", "float modulo")]
    [InlineData("1.0//0", "float divmod()")]
    [InlineData("1L/0", "long division or modulo by zero")]
    [InlineData("0.0**-1", "0.0 cannot be raised to a negative power")]
    public void ZeroDivisionMessages(string expression, string message)
    {
        PyObject a = expression.StartsWith("1.0") ? new PyFloat(1.0) : expression.StartsWith("1L") ? new PyLong(1) : expression.StartsWith("0.0") ? new PyFloat(0.0) : PyInt.From(1);
        var e = Assert.Throws<PythonException>(() =>
        {
            if (expression.Contains("//")) Ops.FloorDivide(a, PyInt.From(0));
            else if (expression.Contains("**")) Ops.Power(a, PyInt.From(-1));
            else if (expression.Contains('%')) Ops.Modulo(a, PyInt.From(0));
            else Ops.Divide(a, PyInt.From(0));
        });
        Assert.Equal("ZeroDivisionError: " + message, Ops.ExceptionLine(e.Value));
    }

    [Theory]
    [InlineData("'0x10'", 16, "16")]
    [InlineData("' 12 '", 10, "12")]
    [InlineData("'12'", 0, "12")]
    [InlineData("'0x1f'", 0, "31")]
    [InlineData("'010'", 0, "8")]
    [InlineData("'0b101'", 0, "5")]
    [InlineData("'z'", 36, "35")]
    [InlineData("'- 5'", 10, "-5")]
    [InlineData("'99999999999999999999'", 10, "99999999999999999999L")]
    public void IntParsing(string literal, int numberBase, string expected)
    {
        var text = Support.LiteralReader.Read(literal);
        Assert.Equal(expected, Ops.Repr(Ops.Call(PyInt.TypeObject, text, PyInt.From(numberBase))).ToString());
    }

    [Theory]
    [InlineData("'abc'", "ValueError: invalid literal for int() with base 10: 'abc'")]
    [InlineData("''", "ValueError: invalid literal for int() with base 10: ''")]
    [InlineData("'123L'", "ValueError: invalid literal for int() with base 10: '123L'")]
    [InlineData("[]", "TypeError: int() argument must be a string or a number, not 'list'")]
    [InlineData("None", "TypeError: int() argument must be a string or a number, not 'NoneType'")]
    public void IntConstructorErrors(string literal, string expected)
    {
        var e = Assert.Throws<PythonException>(() => Ops.Call(PyInt.TypeObject, Support.LiteralReader.Read(literal)));
        Assert.Equal(expected, Ops.ExceptionLine(e.Value));
    }

    [Fact]
    public void LongAcceptsTrailingL()
    {
        Assert.Equal("123L", Ops.Repr(Ops.Call(PyLong.TypeObject, PyStr.FromString("123L"))).ToString());
        Assert.Equal("7L", Ops.Repr(Ops.Call(PyLong.TypeObject, PyStr.FromString(" 7l "))).ToString());
    }
}

/// <summary>long → float conversion rounds half to even like CPython (recorded: python2.7 -Qnew,
/// <c>repr(float(b)), repr(b / 3)</c>).</summary>
public class LongToFloatTests
{
    [Theory]
    [InlineData("9007199254740993", "9007199254740992.0", "3002399751580331.0")]
    [InlineData("9007199254740995", "9007199254740996.0", "3002399751580331.5")]
    [InlineData("18014398509481987", "1.8014398509481988e+16", "6004799503160662.0")]
    [InlineData("123456789012345678901234567890", "1.2345678901234568e+29", "4.115226300411523e+28")]
    [InlineData("295147905179352825857", "2.9514790517935283e+20", "9.838263505978427e+19")]
    [InlineData("1180591620717411303425", "1.1805916207174113e+21", "3.935305402391371e+20")]
    public void RoundsHalfToEven(string digits, string asFloat, string thirds)
    {
        var b = new PyLong(System.Numerics.BigInteger.Parse(digits));
        Assert.Equal(asFloat, Ops.Repr(Ops.Call(PyFloat.TypeObject, b)).ToString());
        Assert.Equal(thirds, Ops.Repr(Ops.TrueDivide(b, PyInt.From(3))).ToString());
    }
}

/// <summary>complex() from text (recorded from python2.7).</summary>
public class ComplexParsingTests
{
    [Theory]
    [InlineData("1+2j", "(1+2j)")]
    [InlineData("(1+2j)", "(1+2j)")]
    [InlineData("2j", "2j")]
    [InlineData("1", "(1+0j)")]
    [InlineData(" 1.5-2.5J ", "(1.5-2.5j)")]
    [InlineData("j", "1j")]
    [InlineData("-j", "-1j")]
    [InlineData("+1e3-4.5e-2j", "(1000-0.045j)")]
    [InlineData("inf+nanj", "(inf+nanj)")]
    [InlineData("( 3j )", "3j")]
    [InlineData("abc", "ValueError: complex() arg is a malformed string")]
    [InlineData("1+", "ValueError: complex() arg is a malformed string")]
    [InlineData("1 + 2j", "ValueError: complex() arg is a malformed string")]
    public void ParsesLikeCPython(string text, string expected)
    {
        string actual;
        try { actual = Ops.Repr(Ops.Call(PyComplex.TypeObject, PyStr.FromString(text))).ToString(); }
        catch (PythonException e) { actual = Ops.ExceptionLine(e.Value); }
        Assert.Equal(expected, actual);
    }
}
