using System.IO;
using System.Text;
using Py2Cs.Runtime;
using Xunit;

namespace Py2Cs.Runtime.Tests;

/// <summary>The print statement's softspace rules (expected bytes from python2.7 | od -c). Each test
/// prints to its own file object (<c>print &gt;&gt;f</c>), so tests running in parallel cannot mix output.</summary>
public class PrintTests
{
    sealed class Output
    {
        readonly MemoryStream _buffer = new();
        public Output() { File = new PyFile(_buffer, "<test>", "w", false); }
        public PyFile File { get; }
        public string Text => Encoding.Latin1.GetString(_buffer.ToArray());
    }

    [Fact]
    public void SoftspaceBetweenItemsAndAfterTrailingComma()
    {
        var output = new Output();
        // print "a\t",; print "b"; print "c\n",; print "d"
        Builtins.PrintItem(output.File, PyStr.FromString("a\t"));
        Builtins.Print(output.File, PyStr.FromString("b"));
        Builtins.PrintItem(output.File, PyStr.FromString("c\n"));
        Builtins.Print(output.File, PyStr.FromString("d"));
        Assert.Equal("a\tb\nc\nd\n", output.Text);
    }

    [Fact]
    public void FileWriteResetsSoftspace()
    {
        var output = new Output();
        // print >>f, "a",; f.write("[written]"); print >>f, "b"   (tests/conformance/lang/print_stmt.py)
        Builtins.PrintItem(output.File, PyStr.FromString("a"));
        Ops.CallMethod(output.File, "write", PyStr.FromString("[written]"));
        Builtins.Print(output.File, PyStr.FromString("b"));
        Assert.Equal("a[written]b\n", output.Text);
    }

    [Fact]
    public void ItemsAreSeparatedBySpaces()
    {
        var output = new Output();
        // print 1, 'x', [2.5, None], (1,)
        Builtins.Print(output.File, PyInt.From(1), PyStr.FromString("x"), PyList.Create(new PyFloat(2.5), PyNone.None), PyTuple.Create(PyInt.From(1)));
        Assert.Equal("1 x [2.5, None] (1,)\n", output.Text);
    }

    [Fact]
    public void PrintingNonAsciiUnicodeToAPipeFails()
    {
        var output = new Output();
        var e = Assert.Throws<PythonException>(() => Builtins.Print(output.File, PyUnicode.FromString("\u00e9")));
        Assert.Equal("UnicodeEncodeError: 'ascii' codec can't encode character u'\\xe9' in position 0: ordinal not in range(128)", Ops.ExceptionLine(e.Value));
    }

    [Fact]
    public void PrintFunctionWithSepAndEnd()
    {
        var output = new Output();
        Builtins.PrintFunction(new PyObject[] { PyInt.From(1), PyInt.From(2), PyStr.FromString("-"), PyStr.FromString("!\n"), output.File }, new[] { PyStr.Intern("sep"), PyStr.Intern("end"), PyStr.Intern("file") });
        Assert.Equal("1-2!\n", output.Text);
    }
}
