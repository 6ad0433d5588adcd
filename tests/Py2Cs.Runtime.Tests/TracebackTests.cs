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
}
