using Py2Cs.Runtime;
using Xunit;

namespace Py2Cs.Runtime.Tests;

/// <summary>Exception objects: repr/str, the richer kinds, raising and matching.</summary>
public class ExceptionTests
{
    static PyObject Make(PyType t, params PyObject[] args) => Ops.Call(t, args);

    [Fact]
    public void ReprAndStrLikeCPython()
    {
        Assert.Equal("ValueError('x',)", Ops.Repr(Make(PyExceptionTypes.ValueError, PyStr.FromString("x"))).ToString());
        Assert.Equal("ValueError()", Ops.Repr(Make(PyExceptionTypes.ValueError)).ToString());
        Assert.Equal("ValueError(1, 2)", Ops.Repr(Make(PyExceptionTypes.ValueError, PyInt.From(1), PyInt.From(2))).ToString());
        Assert.Equal("'k'", Ops.Str(Make(PyExceptionTypes.KeyError, PyStr.FromString("k"))).ToString());
        var io = Make(PyExceptionTypes.IOError, PyInt.From(2), PyStr.FromString("No such file or directory"), PyStr.FromString("x"));
        Assert.Equal("[Errno 2] No such file or directory: 'x'", Ops.Str(io).ToString());
        Assert.Equal("(2, 'a')", Ops.Repr(Ops.GetAttr(Make(PyExceptionTypes.IOError, PyInt.From(2), PyStr.FromString("a"), PyStr.FromString("b")), "args")).ToString());
        Assert.Equal("[Errno 1] e", Ops.Str(Make(PyExceptionTypes.EnvironmentError, PyInt.From(1), PyStr.FromString("e"))).ToString());
        var ude = Make(PyExceptionTypes.UnicodeDecodeError, PyStr.FromString("ascii"), PyStr.FromString("\xc3\xa9"), PyInt.From(0), PyInt.From(2), PyStr.FromString("ordinal not in range(128)"));
        Assert.Equal("'ascii' codec can't decode bytes in position 0-1: ordinal not in range(128)", Ops.Str(ude).ToString());
    }

    [Fact]
    public void RaiseNormalisesClassAndValue()
    {
        var e = Ops.MakeRaise(PyExceptionTypes.ValueError, PyStr.FromString("bad"));
        Assert.True(e.Matches(PyExceptionTypes.StandardError));
        Assert.True(e.Matches(PyTuple.Create(PyExceptionTypes.KeyError, PyExceptionTypes.ValueError)));
        Assert.False(e.Matches(PyExceptionTypes.KeyError));
        Assert.Equal("ValueError: bad", Ops.ExceptionLine(e.Value));
        var inst = Make(PyExceptionTypes.KeyError, PyInt.From(3));
        Assert.Same(inst, Ops.MakeRaise(inst).Value);
        var err = Assert.Throws<PythonException>(() => Ops.MakeRaise(inst, PyInt.From(1)));
        Assert.Equal("TypeError: instance exception may not have a separate value", Ops.ExceptionLine(err.Value));
        err = Assert.Throws<PythonException>(() => Ops.MakeRaise(PyInt.From(1)));
        Assert.Equal("TypeError: exceptions must be old-style classes or derived from BaseException, not int", Ops.ExceptionLine(err.Value));
    }

    [Fact]
    public void PythonSubclassOfException()
    {
        var dict = new PyDict();
        dict.SetStr("__module__", PyStr.FromString("__main__"));
        dict.SetStr("__str__", new PyFunction(new FunctionSignature("__str__", new[] { "self" }), (PyObject self) => PyStr.FromString("custom")));
        var myError = PyType.MakeClass("MyError", PyTuple.Create(PyExceptionTypes.Exception), dict);
        var e = Ops.MakeRaise(myError, PyInt.From(5));
        Assert.True(e.Matches(PyExceptionTypes.Exception));
        Assert.Equal("MyError: custom", Ops.ExceptionLine(e.Value));
        Assert.Equal("(5,)", Ops.Repr(Ops.GetAttr(e.Value, "args")).ToString());
    }
}
