using System.Linq;
using Py2Cs.Runtime;
using Xunit;

namespace Py2Cs.Runtime.Tests;

/// <summary>exec/eval of source text through the interpreter. Expected values were printed by CPython 2.7.18
/// running the same statements.</summary>
public class InterpreterTests
{
    static PyDict Run(string source, PyDict globals = null)
    {
        globals ??= new PyDict();
        Builtins.Exec(PyStr.FromString(source), globals);
        return globals;
    }

    static string Repr(PyObject o) => Ops.Repr(o).ToString();

    [Fact]
    public void ExecBindsNamesInTheGivenGlobalsAndAddsBuiltins()
    {
        var g = Run("y = 1\nz = y + 10");
        Assert.Equal("11", Repr(g.GetStr("z")));
        Assert.NotNull(g.GetStr("__builtins__"));
    }

    [Fact]
    public void ExecWithSeparateLocalsStoresThereAndGlobalStatementsInGlobals()
    {
        var g = new PyDict();
        g.SetStr("base", PyInt.From(1));
        var l = new PyDict();
        Builtins.Exec(PyStr.FromString("derived = base + 1\nglobal top\ntop = derived * 10"), g, l);
        Assert.Equal("{'derived': 2}", Repr(l));
        Assert.Equal("20", Repr(g.GetStr("top")));
    }

    [Fact]
    public void EvalReturnsTheValueOfAnExpression()
    {
        var g = new PyDict();
        g.SetStr("d", Builtins.Eval(PyStr.FromString("{'b': 1, 'a': 2}"), new PyDict()));
        Assert.Equal("[('a', 2), ('b', 1)]", Repr(Builtins.Eval(PyStr.FromString("sorted(d.items())"), g)));
        Assert.Equal("u'\\xe9'", Repr(Builtins.Eval(PyStr.FromString("u\"\\u00e9\""), new PyDict())));
        Assert.Equal("'caf\\xc3\\xa9'", Repr(Builtins.Eval(PyStr.FromString("\"caf\\xc3\\xa9\""), new PyDict())));
    }

    [Fact]
    public void GeneratorsDefinedByExecSupportSendThrowAndClose()
    {
        var g = Run("def gen():\n    try:\n        x = yield 1\n        yield x * 2\n    finally:\n        log.append('closed')\n",
            new PyDict());
        var log = new PyList();
        g.SetStr("log", log);
        var it = (PyGenerator)Ops.Call(g.GetStr("gen"));
        Assert.Equal("1", Repr(it.Next()));
        Assert.Equal("42", Repr(it.Send(PyInt.From(21))));
        it.Close();
        Assert.Equal("['closed']", Repr(log));

        it = (PyGenerator)Ops.Call(g.GetStr("gen"));
        it.Next();
        var e = Assert.Throws<PythonException>(() => it.Throw(Ops.MakeRaise(PyExceptionTypes.ValueError, PyStr.FromString("boom"))));
        Assert.Equal("ValueError: boom", Ops.ExceptionLine(e.Value));
        Assert.Equal("['closed', 'closed']", Repr(log));
    }

    [Fact]
    public void ClosuresBindLateAsPythonCells()
    {
        var g = Run("fs = [lambda: i for i in range(3)]\nres = [f() for f in fs]\n" +
                    "def outer():\n    v = 1\n    def get(): return v\n    v = 2\n    return get()\nlate = outer()");
        Assert.Equal("[2, 2, 2]", Repr(g.GetStr("res")));
        Assert.Equal("2", Repr(g.GetStr("late")));
    }

    [Fact]
    public void ClassesUseTheRuntimesClassMachinery()
    {
        var g = Run("class A:\n    def m(self): return 1\nclass B(A, object):\n    def m(self): return super(B, self).m() + 1\nval = B().m()");
        Assert.Equal("2", Repr(g.GetStr("val")));
        Assert.Equal("<type 'type'>", Repr(Ops.TypeOf(g.GetStr("B"))));
    }

    [Fact]
    public void LoopsWithBreakContinueAndElse()
    {
        var g = Run("import math\nr = math.floor(2.5)\nwhile True:\n    break\nelse:\n    r = 0\nfor i in range(3):\n    if i == 1: continue\n    r += i\n");
        Assert.Equal("4.0", Repr(g.GetStr("r")));
    }

    [Fact]
    public void SyntaxErrorsCarryCPythonsDetails()
    {
        var e = Assert.Throws<PythonException>(() => Run("x = 1\ny = x +\n"));
        Assert.True(e.Is(PyExceptionTypes.SyntaxError));
        Assert.Equal("('invalid syntax', ('<string>', 2, 8, 'y = x +\\n'))", Repr(Ops.GetAttr(e.Value, "args")));
    }

    [Fact]
    public void TracebacksShowTheInterpretedFrames()
    {
        var e = Assert.Throws<PythonException>(() => Run("def inner():\n    raise KeyError('k')\n\ndef outer():\n    inner()\nouter()\n"));
        var frames = TracebackPrinter.Frames(e).Where(f => f.File == "<string>").Select(f => (f.Line, f.Function)).ToArray();
        Assert.Equal(new[] { (6, "<module>"), (5, "outer"), (2, "inner") }, frames);
    }
}
