using System;
using Py2Cs.Runtime;
using Xunit;

namespace Py2Cs.Runtime.Tests;

/// <summary>Argument binding of Python functions with CPython 2.7's messages (recorded from python2.7).</summary>
public class CallBindingTests
{
    static readonly PyFunction F = new(new FunctionSignature("f", new[] { "a", "b" }), (a, b) => PyTuple.Create(a, b));
    static readonly PyFunction G = PyFunction.WithBoundArguments(new FunctionSignature("g", new[] { "a", "b" }, "args", "kw"),
        bound => PyTuple.Create(bound), new PyObject[] { PyInt.From(1) });
    static readonly PyFunction H = new(new FunctionSignature("h", Array.Empty<string>()), () => PyNone.None);
    static readonly PyFunction K = new(new FunctionSignature("k", new[] { "a", "b" }), (a, b) => PyTuple.Create(a, b), new PyObject[] { PyInt.From(2) });

    static PyStr[] Names(params string[] n) => Array.ConvertAll(n, PyStr.Intern);
    static PyInt I(int v) => PyInt.From(v);

    static string Error(Func<PyObject> call)
    {
        var e = Assert.Throws<PythonException>(() => call());
        return Ops.ExceptionLine(e.Value);
    }

    [Fact]
    public void ExactArityMessages()
    {
        Assert.Equal("TypeError: f() takes exactly 2 arguments (1 given)", Error(() => F.Call(I(1))));
        Assert.Equal("TypeError: f() takes exactly 2 arguments (3 given)", Error(() => F.Call(I(1), I(2), I(3))));
        Assert.Equal("TypeError: f() got multiple values for keyword argument 'a'", Error(() => F.Call(new PyObject[] { I(1), I(2) }, Names("a"))));
        Assert.Equal("TypeError: f() got an unexpected keyword argument 'c'", Error(() => F.Call(new PyObject[] { I(1), I(2) }, Names("c"))));
        Assert.Equal("TypeError: h() takes no arguments (1 given)", Error(() => H.Call(I(1))));
        Assert.Equal("TypeError: h() takes no arguments (1 given)", Error(() => H.Call(new PyObject[] { I(1) }, Names("x"))));
    }

    [Fact]
    public void DefaultsAndVarargsMessages()
    {
        Assert.Equal("TypeError: g() takes at least 1 argument (0 given)", Error(() => G.Call()));
        Assert.Equal("TypeError: k() takes at most 2 arguments (3 given)", Error(() => K.Call(I(1), I(2), I(3))));
        Assert.Equal("TypeError: k() takes at least 1 argument (0 given)", Error(() => K.Call()));
        Assert.Equal("TypeError: k() takes at least 1 argument (1 given)", Error(() => K.Call(new PyObject[] { I(1) }, Names("b"))));
    }

    [Fact]
    public void BindingFillsDefaultsStarArgsAndKwargs()
    {
        // g(5, 6, 7, 8, x=9) → a=5, b=6, args=(7, 8), kw={'x': 9}
        var r = G.Call(new PyObject[] { I(5), I(6), I(7), I(8), I(9) }, Names("x"));
        Assert.Equal("(5, 6, (7, 8), {'x': 9})", Ops.Repr(r).ToString());
        Assert.Equal("(5, 1, (), {})", Ops.Repr(G.Call(I(5))).ToString());
        Assert.Equal("(1, 2)", Ops.Repr(K.Call(I(1))).ToString());
        Assert.Equal("(3, 4)", Ops.Repr(Ops.CallEx(K, Array.Empty<PyObject>(), null, PyTuple.Create(I(3)), Dict("b", I(4)))).ToString());
    }

    static PyDict Dict(string k, PyObject v)
    {
        var d = new PyDict();
        d.SetStr(k, v);
        return d;
    }

    [Fact]
    public void UnboundMethodChecksTheInstance()
    {
        var dict = new PyDict();
        dict.SetStr("m", new PyFunction(new FunctionSignature("m", new[] { "self", "x" }), (s, x) => x));
        var a = PyType.MakeClass("A", PyTuple.Create(PyType.ObjectType), dict);
        var unbound = Ops.GetAttr(a, "m");
        Assert.Equal("TypeError: unbound method m() must be called with A instance as first argument (got int instance instead)",
            Error(() => unbound.Call(I(1), I(2))));
        Assert.Equal("TypeError: unbound method m() must be called with A instance as first argument (got nothing instead)",
            Error(() => unbound.Call()));
        var instance = Ops.Call(a);
        Assert.Equal("TypeError: m() takes exactly 2 arguments (1 given)", Error(() => Ops.GetAttr(instance, "m").Call()));
        Assert.Equal("7", Ops.Repr(Ops.CallMethod(instance, PyStr.Intern("m"), I(7))).ToString());
    }

    [Fact]
    public void UnpackSequenceMessages()
    {
        Assert.Equal("ValueError: need more than 1 value to unpack", Error(() => Ops.UnpackSequence(PyList.Create(I(1)), 2)[0]));
        Assert.Equal("ValueError: too many values to unpack", Error(() => Ops.UnpackSequence(PyList.Create(I(1), I(2), I(3)), 2)[0]));
        Assert.Equal("TypeError: 'int' object is not iterable", Error(() => Ops.UnpackSequence(I(1), 2)[0]));
    }
}
