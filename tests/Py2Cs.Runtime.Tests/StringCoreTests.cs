using Py2Cs.Runtime;
using Xunit;

namespace Py2Cs.Runtime.Tests;

/// <summary>The str/unicode core: repr, hash, mixing; expected values printed by python2.7.</summary>
public class StringCoreTests
{
    [Fact]
    public void StrReprChoosesQuotesAndEscapes()
    {
        Assert.Equal("\"a'b\"", Ops.Repr(PyStr.FromString("a'b")).ToString());
        Assert.Equal("'a\"b\\''", Ops.Repr(PyStr.FromString("a\"b'")).ToString());
        Assert.Equal("'\\x00\\x7f\\xff\\t\\n\\r\\\\'", Ops.Repr(PyStr.FromString("\x00\x7f\xff\t\n\r\\")).ToString());
    }

    [Fact]
    public void UnicodeReprUsesUcs4Escapes()
    {
        Assert.Equal("u'\\xe9\\u1234\\U0001f600'", Ops.Repr(PyUnicode.FromString("\u00e9\u1234\U0001F600")).ToString());
        Assert.Equal("u\"it's\"", Ops.Repr(PyUnicode.FromString("it's")).ToString());
        Assert.Equal(1, PyUnicode.FromString("\U0001F600").Length);
    }

    [Fact]
    public void HashesMatchCPython()
    {
        // hash('abc') == hash(u'abc') == 1453079729188098211 on 64-bit CPython 2.7 without -R
        Assert.Equal(1453079729188098211L, PyStr.FromString("abc").Hash());
        Assert.Equal(1453079729188098211L, PyUnicode.FromString("abc").Hash());
        Assert.Equal(0L, PyStr.Empty.Hash());
        Assert.Equal(1610645504L, new PyFloat(1.5).Hash());
        Assert.Equal(64L, new PyLong(System.Numerics.BigInteger.Pow(2, 70)).Hash());
        Assert.Equal(314159L, new PyFloat(double.PositiveInfinity).Hash());
        Assert.Equal(0L, new PyFloat(double.NaN).Hash());
    }

    [Fact]
    public void MixingStrAndUnicodeDecodesAscii()
    {
        var r = Ops.Add(PyStr.FromString("a"), PyUnicode.FromString("b"));
        Assert.Equal("u'ab'", Ops.Repr(r).ToString());
        var e = Assert.Throws<PythonException>(() => Ops.Add(PyStr.FromString("\xc3"), PyUnicode.FromString("b")));
        Assert.Equal("UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)", Ops.ExceptionLine(e.Value));
        var e2 = Assert.Throws<PythonException>(() => Ops.Str(PyUnicode.FromString("\u00e9")));
        Assert.Equal("UnicodeEncodeError: 'ascii' codec can't encode character u'\\xe9' in position 0: ordinal not in range(128)", Ops.ExceptionLine(e2.Value));
    }

    [Fact]
    public void ConcatenationErrors()
    {
        var e = Assert.Throws<PythonException>(() => Ops.Add(PyStr.FromString("a"), PyInt.From(1)));
        Assert.Equal("TypeError: cannot concatenate 'str' and 'int' objects", Ops.ExceptionLine(e.Value));
        e = Assert.Throws<PythonException>(() => Ops.Add(PyList.Create(), PyTuple.Empty));
        Assert.Equal("TypeError: can only concatenate list (not \"tuple\") to list", Ops.ExceptionLine(e.Value));
        e = Assert.Throws<PythonException>(() => Ops.Multiply(PyList.Create(), new PyFloat(1.5)));
        Assert.Equal("TypeError: can't multiply sequence by non-int of type 'float'", Ops.ExceptionLine(e.Value));
        e = Assert.Throws<PythonException>(() => Ops.Add(PyInt.From(1), PyStr.FromString("a")));
        Assert.Equal("TypeError: unsupported operand type(s) for +: 'int' and 'str'", Ops.ExceptionLine(e.Value));
    }

    [Fact]
    public void SlicingAndIndexing()
    {
        var s = PyStr.FromString("hello");
        Assert.Equal("'ell'", Ops.Repr(Ops.GetSlice(s, PyInt.From(1), PyInt.From(-1))).ToString());
        Assert.Equal("'olleh'", Ops.Repr(Ops.GetExtendedSlice(s, null, null, PyInt.From(-1))).ToString());
        Assert.Equal("'o'", Ops.Repr(Ops.GetItem(s, PyInt.From(-1))).ToString());
        var e = Assert.Throws<PythonException>(() => Ops.GetItem(s, PyInt.From(5)));
        Assert.Equal("IndexError: string index out of range", Ops.ExceptionLine(e.Value));
    }
}
