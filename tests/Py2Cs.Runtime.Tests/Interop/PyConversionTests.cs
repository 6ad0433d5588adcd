using System.Collections.Generic;
using System.Numerics;
using Py2Cs.Runtime;
using Py2Cs.Runtime.Interop;
using Xunit;

namespace Py2Cs.Runtime.Tests.Interop;

/// <summary>C# values into Python values (Py.From) and back (As&lt;T&gt;, ToClr); the Python side is
/// checked through repr(), whose text is CPython 2.7's for these values.</summary>
public class PyConversionTests
{
    static string Repr(object clrValue) => Py.From(clrValue).ToPythonRepr();

    [Fact]
    public void ScalarsBecomePythonScalars()
    {
        Assert.Equal("None", Repr(null));
        Assert.Equal("'abc'", Repr("abc"));
        Assert.Equal("u'caf\\xe9'", Repr("café"));   // non-ASCII text stays text: unicode, not bytes
        Assert.Equal("True", Repr(true));
        Assert.Equal("42", Repr(42));
        Assert.Equal("-7", Repr(-7L));
        Assert.Equal("18446744073709551615L", Repr(ulong.MaxValue));
        Assert.Equal("2.5", Repr(2.5));
        Assert.Equal("100000000000000000000L", Repr(BigInteger.Pow(10, 20)));
    }

    [Fact]
    public void CollectionsBecomeListsDictsAndTuples()
    {
        Assert.Equal("[1, 2, 3]", Repr(new List<int> { 1, 2, 3 }));
        Assert.Equal("['a', None, [True]]", Repr(new object[] { "a", null, new[] { true } }));
        Assert.Equal("{'a': 1, 'b': [2]}", Repr(new Dictionary<string, object> { ["a"] = 1, ["b"] = new[] { 2 } }));
        Assert.Equal("(1, 'x')", Repr((1, "x")));
    }

    [Fact]
    public void PythonValuesConvertToTheRequestedType()
    {
        Assert.Equal("abc", Py.From("abc").As<string>());
        Assert.Equal("café", PyStr.FromString("caf\u00c3\u00a9").As<string>());   // str holding UTF-8 bytes
        Assert.Null(PyNone.None.As<string>());
        Assert.Equal(42L, PyInt.From(42).As<long>());
        Assert.Equal(42, PyInt.From(42).As<int>());
        Assert.Equal(3.0, PyInt.From(3).As<double>());
        Assert.False(PyList.Create().As<bool>());          // Python truth: an empty list is false
        Assert.Null(PyNone.None.As<int?>());
        Assert.Equal(new List<long> { 1, 2 }, Py.From(new[] { 1, 2 }).As<List<long>>());
        Assert.Equal(new[] { "a", "b" }, Py.From(new[] { "a", "b" }).As<string[]>());
        var dict = Py.From(new Dictionary<string, int> { ["k"] = 5 }).As<Dictionary<string, long>>();
        Assert.Equal(5L, dict["k"]);
    }

    [Fact]
    public void ToClrGivesTheNaturalCSharpValue()
    {
        Assert.Equal(7L, PyInt.From(7).ToClr());
        Assert.Equal(true, PyBool.True.ToClr());
        Assert.Equal("x", Py.From("x").ToClr());
        Assert.Equal(new List<object> { 1L, "a", null }, Py.From(new object[] { 1, "a", null }).ToClr());
    }

    [Fact]
    public void AMismatchIsAPythonTypeErrorAndOverflowIsOverflowError()
    {
        var e = Assert.Throws<PythonException>(() => Py.From("x").As<long>());
        Assert.Equal("TypeError", e.PythonType.Name);
        var o = Assert.Throws<PythonException>(() => Py.From(BigInteger.Pow(2, 40)).As<int>());
        Assert.Equal("OverflowError", o.PythonType.Name);
        Assert.Equal("TypeError", Assert.Throws<PythonException>(() => Py.From(new System.Text.StringBuilder())).PythonType.Name);
    }
}
