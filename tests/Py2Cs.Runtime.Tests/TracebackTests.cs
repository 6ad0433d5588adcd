using System.Runtime.CompilerServices;
using Py2Cs.Runtime;
using Xunit;

namespace Py2Cs.Runtime.Tests;

/// <summary>Tracebacks come from the .NET stack mapped through #line directives, as for generated code.</summary>
public class TracebackTests
{
    // The shape lowering emits: #line to the .py file, [PythonFunction] naming each Python body.
#line 3 "demo_traceback.py"
    [PythonFunction("inner"), MethodImpl(MethodImplOptions.NoInlining)]
    static PyObject Inner(PyObject x) => throw Ops.MakeRaise(PyExceptionTypes.ValueError, PyStr.FromString("bad value"));

#line 7 "demo_traceback.py"
    [PythonFunction("<module>"), MethodImpl(MethodImplOptions.NoInlining)]
    static void ModuleBody()
    {
        Inner(PyInt.From(1));
    }
#line default

    [Fact]
    public void FramesAreOutermostFirstWithPythonNamesAndLines()
    {
        var e = Assert.Throws<PythonException>(() => ModuleBody());
        // The file is shown relative to the working directory when under it (other tests may change
        // the directory meanwhile), so take the path from the frame and check only its name here.
        var frames = TracebackPrinter.Frames(e);
        Assert.Equal(2, frames.Count);
        Assert.EndsWith("demo_traceback.py", frames[0].File);
        string where = frames[0].File;
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            "  File \"" + where + "\", line 10, in <module>\n" +
            "  File \"" + where + "\", line 4, in inner\n" +
            "ValueError: bad value\n",
            TracebackPrinter.Format(e));
    }

    [Fact]
    public void TracebackObjectsGiveLineNumbersAndFrames()
    {
        // try: raise ValueError  except: tb = sys.exc_info()[2]; tb.tb_lineno, tb.tb_frame.f_code.co_name
        var e = Assert.Throws<PythonException>(() => ModuleBody());
        var tb = new PyTraceback(e);
        Assert.Equal("10", Ops.Repr(Ops.GetAttr(tb, "tb_lineno")).ToString());
        Assert.Equal("'<module>'", Ops.Repr(Ops.GetAttr(Ops.GetAttr(Ops.GetAttr(tb, "tb_frame"), "f_code"), "co_name")).ToString());
        var next = Ops.GetAttr(tb, "tb_next");
        Assert.Equal("4", Ops.Repr(Ops.GetAttr(next, "tb_lineno")).ToString());
        Assert.Same(PyNone.None, Ops.GetAttr(next, "tb_next"));
    }

#line 20 "demo_getframe.py"
    [PythonFunction("where"), MethodImpl(MethodImplOptions.NoInlining)]
    static PyObject Where() => PyTuple.Create(Ops.GetAttr(Ops.GetAttr(PyFrame.Current(0), "f_code"), "co_name"),
        Ops.GetAttr(Ops.GetAttr(PyFrame.Current(1), "f_code"), "co_name"));

#line 25 "demo_getframe.py"
    [PythonFunction("<module>"), MethodImpl(MethodImplOptions.NoInlining)]
    static PyObject CallsWhere() => Where();
#line default

    [Fact]
    public void GetframeNamesTheCallerAndItsCaller()
    {
        // def where(): return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
        Assert.Equal("('where', '<module>')", Ops.Repr(CallsWhere()).ToString());
    }

    // def cleanup():          (line 30)
    //     try:
    //         pass
    //     finally:
    //         inner(1)        (line 34: CPython's traceback names this line, in cleanup)
    // The lowering runs the finally body in a local function marked [FinallyBlock("cleanup")].
#line 30 "demo_finally.py"
    [PythonFunction("cleanup"), MethodImpl(MethodImplOptions.NoInlining)]
    static void Cleanup()
    {
        try { }
        finally
        {
            [FinallyBlock("cleanup")]
            void FinallyBody()
            {
#line 34 "demo_finally.py"
                Inner(PyInt.From(1));
            }
#line 33 "demo_finally.py"
            FinallyBody();
        }
    }

#line 34 "demo_finally.py"
    [PythonFunction("cleanup"), MethodImpl(MethodImplOptions.NoInlining)]
    static PyObject FrameInFinally()
    {
        try { }
        finally
        {
            [FinallyBlock("cleanup")]
            void FinallyBody()
            {
#line 38 "demo_finally.py"
                _whereInFinally = Ops.GetAttr(PyFrame.Current(0), "f_lineno");
            }
#line 36 "demo_finally.py"
            FinallyBody();
        }
        return _whereInFinally;
    }
#line default

    static PyObject _whereInFinally;

    [Fact]
    public void FinallyBodyFramesShowTheFinallyLineUnderTheCallersName()
    {
        var e = Assert.Throws<PythonException>(() => Cleanup());
        var frames = TracebackPrinter.Frames(e);
        Assert.Equal(2, frames.Count);
        Assert.Equal(("cleanup", 34), (frames[0].Function, frames[0].Line));
        Assert.Equal(("inner", 4), (frames[1].Function, frames[1].Line));
    }

    [Fact]
    public void GetframeInsideAFinallyBodyIsTheEnclosingFrameAtTheFinallyLine()
    {
        Assert.Equal("38", Ops.Repr(FrameInFinally()).ToString());
    }

    // def again():           (line 50)
    //     try:
    //         inner(1)       (line 52)
    //     except ValueError:
    //         raise          (line 54: a bare raise adds no traceback entry; 'again' stays at line 52)
#line 50 "demo_reraise.py"
    [PythonFunction("again"), MethodImpl(MethodImplOptions.NoInlining)]
    static void Again()
    {
        PythonException e = null;
        try
        {
#line 52 "demo_reraise.py"
            Inner(PyInt.From(1));
        }
        catch (System.Exception x)
        {
            e = Ops.ToPython(x);
            Ops.SetExcInfo(e);
        }
        if (e != null)
        {
#line 54 "demo_reraise.py"
            throw Ops.Reraise();
        }
    }
#line default

    [Fact]
    public void BareRaiseKeepsTheOriginalLineAndAddsNoEntry()
    {
        var e = Assert.Throws<PythonException>(() => Again());
        var frames = TracebackPrinter.Frames(e);
        Assert.Equal(2, frames.Count);
        Assert.Equal(("again", 52), (frames[0].Function, frames[0].Line));
        Assert.Equal(("inner", 4), (frames[1].Function, frames[1].Line));
    }
}
