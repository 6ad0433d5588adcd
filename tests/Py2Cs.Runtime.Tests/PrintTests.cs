using Py2Cs.Runtime;
using Py2Cs.Runtime.Tests.Support;
using Xunit;

namespace Py2Cs.Runtime.Tests;

/// <summary>The print statement's softspace rules (expected bytes from python2.7 | od -c).</summary>
[Collection("sys.stdout")]
public class PrintTests
{
    [Fact]
    public void SoftspaceBetweenItemsAndAfterTrailingComma()
    {
        using var output = new CapturedOutput();
        // print "a\t",; print "b"; print "c\n",; print "d"
        Builtins.PrintItem(null, PyStr.FromString("a\t"));
        Builtins.Print(null, PyStr.FromString("b"));
        Builtins.PrintItem(null, PyStr.FromString("c\n"));
        Builtins.Print(null, PyStr.FromString("d"));
        Assert.Equal("a\tb\nc\nd\n", output.Text);
    }

    [Fact]
    public void ItemsAreSeparatedBySpaces()
    {
        using var output = new CapturedOutput();
        // print 1, 'x', [2.5, None], (1,)
        Builtins.Print(null, PyInt.From(1), PyStr.FromString("x"), PyList.Create(new PyFloat(2.5), PyNone.None), PyTuple.Create(PyInt.From(1)));
        Assert.Equal("1 x [2.5, None] (1,)\n", output.Text);
    }

    [Fact]
    public void PrintingNonAsciiUnicodeToAPipeFails()
    {
        using var output = new CapturedOutput();
        var e = Assert.Throws<PythonException>(() => Builtins.Print(null, PyUnicode.FromString("\u00e9")));
        Assert.Equal("UnicodeEncodeError: 'ascii' codec can't encode character u'\\xe9' in position 0: ordinal not in range(128)", Ops.ExceptionLine(e.Value));
    }

    [Fact]
    public void PrintFunctionWithSepAndEnd()
    {
        using var output = new CapturedOutput();
        Builtins.PrintFunction(new PyObject[] { PyInt.From(1), PyInt.From(2), PyStr.FromString("-"), PyStr.FromString("!\n") }, new[] { PyStr.Intern("sep"), PyStr.Intern("end") });
        Assert.Equal("1-2!\n", output.Text);
    }
}
